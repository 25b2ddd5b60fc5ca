"""Production mode refuses to start with an unsafe configuration."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_check(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith("COCON_") and k != "DATABASE_URL"
    }
    clean.update({"PYTHONPATH": str(ROOT / "src"), "COCON_VAR_DIR": str(tmp_path), **env})
    return subprocess.run(
        [sys.executable, "-m", "django", "check", "--settings=cocon.config.settings"],
        capture_output=True,
        text=True,
        env=clean,
        timeout=120,
        check=False,
    )


def test_production_without_secret_key_refuses_to_start(tmp_path: Path) -> None:
    result = run_check(tmp_path, COCON_PRODUCTION="1", COCON_ALLOWED_HOSTS="cocon.example.org")

    assert result.returncode != 0
    assert "cocon.E001" in result.stderr
    assert "cocon.E005" in result.stderr


def test_production_with_debug_on_refuses_to_start(tmp_path: Path) -> None:
    result = run_check(
        tmp_path,
        COCON_PRODUCTION="1",
        COCON_DEBUG="1",
        COCON_SECRET_KEY="k" * 50,
        COCON_ALLOWED_HOSTS="cocon.example.org",
        COCON_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    )

    assert result.returncode != 0
    assert "cocon.E002" in result.stderr
    assert "cocon.E001" not in result.stderr


def test_production_with_a_safe_configuration_starts(tmp_path: Path) -> None:
    result = run_check(
        tmp_path,
        COCON_PRODUCTION="1",
        COCON_SECRET_KEY="k" * 50,
        COCON_ALLOWED_HOSTS="cocon.example.org",
        COCON_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    )

    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_every_response_carries_a_strict_csp(client: object) -> None:
    from django.test import Client

    response = Client().get("/api/v1/charter")

    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
