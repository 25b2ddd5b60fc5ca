"""The v1 API, assembled from each app's router; schema at /api/v1/openapi.json."""

from __future__ import annotations

from ninja import NinjaAPI

from cocon.api.errors import install_error_handlers

api = NinjaAPI(
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
