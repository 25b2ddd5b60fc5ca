"""Schemathesis over the published OpenAPI schema: no 5xx, responses match the schema.

Runs as a member with a bearer token so authenticated endpoints are exercised too; rate
limits are lifted so that the fuzzer explores the endpoints instead of the 429 path.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from cocon.config.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
# Deleting the account would end the run early; it is covered by dedicated tests.
schema = schema.exclude(path="/api/v1/me/delete")


@pytest.fixture
def fuzz_member(django_db_setup: Any, django_db_blocker: Any) -> Any:
    from cocon.accounts.actions.tokens import do_create_token
    from cocon.accounts.models import Member

    with django_db_blocker.unblock():
        member = Member.objects.filter(
            pseudonym_key="fuzzmember"
        ).first() or Member.objects.create_user(
            "fuzz_member", "un-mot-de-passe-solide-42", birth_year=2005, birth_month=1
        )
        yield do_create_token(member)[1]


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails_with_5xx_and_matches_its_schema(
    case: Any, fuzz_member: str, settings_override: Any
) -> None:
    case.headers = {**(case.headers or {}), "Authorization": f"Bearer {fuzz_member}"}
    response = case.call()
    assert response.status_code < 500, response.text[:500]
    case.validate_response(
        response,
        checks=[response_schema_conformance, status_code_conformance],
        excluded_checks=[negative_data_rejection],
    )
    if response.status_code >= 400:
        error = response.json()["error"]
        assert set(error) == {"code", "message", "fields"}


@pytest.fixture
def settings_override(settings: Any) -> None:
    settings.COCON_RATE_LIMITS_ENABLED = False


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", "/api/v1/auth/password-reset", '{"email": "a\\u0000b@example.org"}'),
        ("post", "/api/v1/auth/login", '{"pseudonym": "x\\u0000", "password": "y"}'),
    ],
)
def test_nul_characters_are_refused_with_a_clear_400(
    api: Any, method: str, path: str, body: str
) -> None:
    response = api.request(method.upper(), path, raw=body)

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_characters"


def test_schema_documents_the_error_format_for_every_operation(client: Any) -> None:
    schema = client.get("/api/v1/openapi.json").json()

    for path_item in schema["paths"].values():
        for operation in path_item.values():
            assert "4XX" in operation["responses"]
