"""WebSocket routes; the care app adds the moderators' alert channel."""

from typing import Any

websocket_urlpatterns: list[Any] = []
