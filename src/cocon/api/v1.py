"""The v1 API, assembled from each app's router; schema at /api/v1/openapi.json."""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI

from cocon.api.errors import install_error_handlers

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "fields"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}


class CoconAPI(NinjaAPI):
    """The API whose schema promises, for every operation, the one error format it uses."""

    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(*args, **kwargs)
        error = {
            "description": "The request was refused; the message is in the member's language.",
            "content": {"application/json": {"schema": ERROR_SCHEMA}},
        }
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                if isinstance(operation, dict) and "responses" in operation:
                    operation["responses"].setdefault("4XX", error)
        return schema


api = CoconAPI(
    title="Cocon API",
    version="1",
    description='The Cocon API. Every error is {"error": {"code", "message", "fields"}} with a 4xx status.',
    urls_namespace="api-v1",
    docs_url="/docs",
    openapi_url="/openapi.json",
)
install_error_handlers(api)

from cocon.accounts.api import router as accounts_router  # noqa: E402
from cocon.care.api import router as care_router  # noqa: E402
from cocon.community.api import router as community_router  # noqa: E402
from cocon.console.api import router as console_router  # noqa: E402
from cocon.resources.api import router as resources_router  # noqa: E402
from cocon.safety.api import router as safety_router  # noqa: E402

api.add_router("/", accounts_router)
api.add_router("/", community_router)
api.add_router("/help", resources_router)
api.add_router("/console", console_router)
api.add_router("/care", care_router)
api.add_router("/safety", safety_router)
