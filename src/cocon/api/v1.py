"""The v1 API, assembled from each app's router; schema at /api/v1/openapi.json."""

from __future__ import annotations

from ninja import NinjaAPI

from cocon.api.errors import install_error_handlers

api = NinjaAPI(
    title="Cocon API",
    version="1",
    description="The Cocon API. Errors are always {\"error\": {\"code\", \"message\", \"fields\"}}.",
    urls_namespace="api-v1",
    docs_url="/docs",
    openapi_url="/openapi.json",
)
install_error_handlers(api)

from cocon.accounts.api import router as accounts_router  # noqa: E402

api.add_router("/", accounts_router)
