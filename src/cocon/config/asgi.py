"""ASGI entry point: HTTP through Django, WebSockets through Channels."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cocon.config.settings")
django_asgi = get_asgi_application()

from channels.auth import AuthMiddleware  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from channels.sessions import CookieMiddleware, SessionMiddleware  # noqa: E402

from cocon.config.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi,
        "websocket": AllowedHostsOriginValidator(
            CookieMiddleware(SessionMiddleware(AuthMiddleware(URLRouter(websocket_urlpatterns))))
        ),
    }
)


if os.environ.get("COCON_PRELOAD_ENGINE", "1") == "1":
    # A risky first message after a restart must reach the moderators as fast as any other.
    import threading

    from cocon.safety.screening import warm_up

    threading.Thread(target=warm_up, name="cocon-engine-warm-up", daemon=True).start()
