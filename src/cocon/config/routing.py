"""WebSocket routes; the care app adds the moderators' alert channel."""

from typing import Any

from cocon.care.routing import websocket_urlpatterns as care_websocket_urlpatterns

websocket_urlpatterns: list[Any] = [*care_websocket_urlpatterns]
