"""The console's live alert channel: team members only, over the session cookie."""

from __future__ import annotations

from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from cocon.care.actions.alerts import ALERT_GROUP
from cocon.care.permissions import is_care_staff


class CareAlertConsumer(AsyncJsonWebsocketConsumer):  # type: ignore[misc]
    async def connect(self) -> None:
        user = self.scope.get("user")
        allowed = user is not None and await database_sync_to_async(is_care_staff)(user)
        if not allowed:
            await self.close(code=4403)
            return
        await self.channel_layer.group_add(ALERT_GROUP, self.channel_name)
        await self.accept()
        await self.send_json({"type": "hello"})

    async def disconnect(self, code: int) -> None:
        await self.channel_layer.group_discard(ALERT_GROUP, self.channel_name)

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        if isinstance(content, dict) and content.get("type") == "ping":
            await self.send_json({"type": "pong"})

    async def care_alert(self, message: dict[str, Any]) -> None:
        await self.send_json({"type": "alert", "event": message["event"], "case": message["case"]})
