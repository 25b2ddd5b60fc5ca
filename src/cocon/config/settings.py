"""Django settings for Cocon.

Everything an operator may change comes from the environment (``COCON_*`` and
``DATABASE_URL``); the defaults give a working single-machine setup on SQLite.
``COCON_PRODUCTION=1`` switches on the deployment checks in ``cocon.config.checks``.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from cocon.config.env import env_bool, env_int, env_json, env_list, env_str

SRC_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = SRC_DIR.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

PRODUCTION = env_bool("PRODUCTION")
# A development key is only ever used outside production; the production check refuses it.
DEV_SECRET_KEY = "cocon-development-key-not-for-production"  # noqa: S105
# Unset in production, the key is a placeholder that the start-up check refuses (cocon.E001).
SECRET_KEY = env_str("SECRET_KEY", "unset" if PRODUCTION else DEV_SECRET_KEY)
DEBUG = env_bool("DEBUG", default=not PRODUCTION)
ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "channels",
    "ninja",
    "cocon.accounts",
    "cocon.safety",
    "cocon.community",
    "cocon.care",
    "cocon.resources",
    "cocon.console",
    "cocon.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cocon.config.middleware.ContentSecurityPolicyMiddleware",
    "cocon.config.middleware.RequestSizeLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cocon.accounts.middleware.MemberLocaleMiddleware",
    "cocon.api.middleware.ApiErrorFormatMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "cocon.config.urls"
WSGI_APPLICATION = "cocon.config.wsgi.application"
ASGI_APPLICATION = "cocon.config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SRC_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cocon.accounts.context_processors.member_context",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'cocon.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the dev server and background work share the file.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
# The few queries that run on nearly every API request (token, feed, posting sanctions) are
# compiled once per process (cocon.accounts.prepared) and, on PostgreSQL with persistent
# connections, prepared once per connection so the server does not plan them again each time.
# Django's own queries bind on the client and are never prepared, whatever the threshold.
# Turn this off behind a pooler in transaction mode that does not support prepared statements.
COCON_DB_PREPARED_STATEMENTS = env_bool(
    "DB_PREPARED_STATEMENTS", DATABASES["default"]["CONN_MAX_AGE"] != 0
)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # psycopg prepares nothing by itself with this threshold, but no longer refuses to prepare
    # the statements that ask for it (Django's default, None, refuses).
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = 1_000_000
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL]},
        }
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "cocon"}
    }
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

AUTH_USER_MODEL = "accounts.Member"
AUTHENTICATION_BACKENDS = ["cocon.accounts.backends.PseudonymBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("pseudonym", "email")},
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [SRC_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env_str("TIME_ZONE", "Europe/Paris")
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# Project-wide assets (layout CSS, small scripts); each app keeps its own in <app>/static/.
STATICFILES_DIRS = [SRC_DIR / "static"]

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("FROM_EMAIL", "Cocon <no-reply@cocon.invalid>")
COCON_BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000")

# Security defaults; production turns on the transport ones.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("MAX_REQUEST_BYTES", 64 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE
COCON_MAX_REQUEST_BYTES = DATA_UPLOAD_MAX_MEMORY_SIZE

# Product rules.
# Screen every text with cocon.guard's deep mode (a multilingual sentence encoder): better
# self-harm and abuse scores, French self-harm read by a model too, for 2-8 ms of CPU per text
# and about 120 MB more per worker. Needs the cocon[deep] extra; a start-up check refuses it
# when the encoder cannot load.
COCON_GUARD_DEEP = env_bool("GUARD_DEEP", False)
COCON_MIN_AGE = env_int("MIN_AGE", 13)
COCON_MAX_AGE = env_int("MAX_AGE", 25)
# Age of digital consent per country (GDPR art. 8 and Québec law 25); below it a parent confirms.
COCON_DIGITAL_CONSENT_AGES = env_json(
    "DIGITAL_CONSENT_AGES", {"FR": 15, "BE": 13, "CA-QC": 14, "default": 13}
)
COCON_CHARTER_VERSION = env_str("CHARTER_VERSION", "2026-11")
COCON_SCREENING_CONSENT_VERSION = env_str("SCREENING_CONSENT_VERSION", "2026-11")
COCON_LOGIN_LOCKOUT_ATTEMPTS = env_int("LOGIN_LOCKOUT_ATTEMPTS", 5)
COCON_LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 15)
COCON_PARENT_LINK_DAYS = env_int("PARENT_LINK_DAYS", 14)
# Rate limits: "count/seconds" per client IP.
COCON_RATE_LIMITS = {
    "signup": env_str("RATE_SIGNUP", "10/3600"),
    "login": env_str("RATE_LOGIN", "20/300"),
    "password_reset": env_str("RATE_PASSWORD_RESET", "5/3600"),
    "post": env_str("RATE_POST", "30/600"),
    "report": env_str("RATE_REPORT", "20/3600"),
}
COCON_RATE_LIMITS_ENABLED = env_bool("RATE_LIMITS_ENABLED", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
SILENCED_SYSTEM_CHECKS = ["auth.W004"]  # uniqueness is on pseudonym_key, the folded look-alike key
