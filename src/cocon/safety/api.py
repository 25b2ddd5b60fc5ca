"""Members' side of safety in the v1 API: reports, messages from the team, appeals."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import pgettext
from ninja import Router, Status

from cocon.accounts.errors import CoconError
from cocon.accounts.ratelimit import check_rate_limit
from cocon.api.auth import member_auth
from cocon.safety.actions.reports import do_report
from cocon.safety.actions.sanctions import do_appeal
from cocon.safety.models import Report, Sanction
from cocon.safety.queries.sanctions import LOGIN_BLOCKING, active_sanctions
from cocon.safety.team_messages import team_messages_for
from cocon.safety.validation import check_sanctioned_credentials, validate_appeal, validate_report

router = Router(tags=["safety"], auth=member_auth)


def _auth(request: HttpRequest) -> Any:
    """Return the authenticated member (set by the router's auth)."""
    return getattr(request, "auth", None)


ERRORS = {400: dict, 401: dict, 403: dict, 404: dict, 409: dict, 422: dict, 429: dict}


def read_json(request: HttpRequest) -> dict[str, Any]:
    from cocon.console.api import read_json as read

    return read(request)


@router.post(
    "/reports",
    response={200: dict, 201: dict, **ERRORS},
    summary="Report a post, a comment or a member",
)
def report(request: HttpRequest) -> Status[dict[str, Any]]:
    reporter = _auth(request)
    check_rate_limit(request, "report", key=f"member:{reporter.pk}")
    data = validate_report(reporter, read_json(request))
    row, created = do_report(
        reporter, target_type=data.target_type, target_id=data.target_id, target_member=data.target_member,
        reason=data.reason, note=data.note, text=data.text,
    )  # fmt: skip
    return Status(
        201 if created else 200, {"id": row.pk, "reason": row.reason, "merged": not created}
    )


@router.get("/reports/mine", response={200: dict, **ERRORS})
def my_reports(request: HttpRequest) -> dict[str, Any]:
    rows = Report.objects.filter(reporter=_auth(request)).order_by("-created_at")[:100]
    return {"reports": [{"id": r.pk, "reason": r.reason, "outcome": r.outcome} for r in rows]}


@router.get(
    "/messages",
    response={200: dict, **ERRORS},
    summary="Messages from the Cocon team (the team entries of my notifications)",
)
def messages(request: HttpRequest) -> dict[str, Any]:
    return {
        "messages": [
            {
                "id": m.id,
                "from": "Cocon",
                "code": m.code,
                "body": m.body,
                "created_at": m.created_at.isoformat(),
                "read": m.read,
            }
            for m in team_messages_for(_auth(request))
        ]
    }


@router.get("/sanctions/mine", response={200: dict, **ERRORS})
def my_sanctions(request: HttpRequest) -> dict[str, Any]:
    rows = Sanction.objects.filter(member=_auth(request)).select_related("appeal")
    return {
        "sanctions": [
            {
                "id": s.pk,
                "kind": s.kind,
                "reason": s.reason,
                "created_at": s.created_at.isoformat(),
                "expires_at": s.expires_at.isoformat() if s.expires_at else None,
                "appeal": getattr(getattr(s, "appeal", None), "status", None),
            }
            for s in rows
        ]
    }


@router.post("/sanctions/{sanction_id}/appeal", response={201: dict, **ERRORS})
def appeal(request: HttpRequest, sanction_id: int) -> Status[dict[str, Any]]:
    sanction, text = validate_appeal(_auth(request), sanction_id, read_json(request))
    row = do_appeal(sanction, text=text)
    return Status(201, {"id": row.pk, "status": row.status})


@router.post(
    "/appeals/signed-out",
    response={201: dict, **ERRORS},
    auth=None,
    summary="Appeal a suspension or ban",
)
def appeal_signed_out(request: HttpRequest) -> Status[dict[str, Any]]:
    """A suspended or banned member cannot sign in; they appeal with their credentials instead."""
    check_rate_limit(request, "login")
    raw = read_json(request)
    member = check_sanctioned_credentials(raw.get("pseudonym"), raw.get("password"))
    sanction = (
        active_sanctions(member).filter(kind__in=LOGIN_BLOCKING).order_by("-created_at").first()
    )
    if sanction is None:
        raise CoconError(
            "not_found", pgettext("appeal error", "We could not find this decision."), status=404
        )
    sanction, text = validate_appeal(member, sanction.pk, raw)
    row = do_appeal(sanction, text=text)
    return Status(201, {"id": row.pk, "status": row.status})
