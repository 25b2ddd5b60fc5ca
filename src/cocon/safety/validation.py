"""Validate what members send to safety (reports, appeals), for the pages and the API alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Model
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.safety.models import Appeal, ReportReason, Sanction
from cocon.safety.queries.content import resolve_target, target_author_id, target_text

TARGET_TYPES = {
    "post": "community.post",
    "comment": "community.comment",
    "member": "accounts.member",
}


@dataclass(frozen=True)
class ReportData:
    target_type: str
    target_id: str
    target: Model
    target_member: Member | None
    reason: str
    note: str
    text: str


def _text(value: object, limit: int) -> str:
    return value.strip()[: limit + 1] if isinstance(value, str) else ""


def validate_report(reporter: Member, raw: dict[str, Any]) -> ReportData:
    """Return a clean report or raise a CoconError (400 fields, 404 unknown target)."""
    fields: dict[str, list[str]] = {}
    kind = _text(raw.get("target_type"), 10)
    raw_id = raw.get("target_id")
    target_id = (
        str(raw_id)
        if isinstance(raw_id, int) and not isinstance(raw_id, bool)
        else _text(raw_id, 20)
    )
    reason = _text(raw.get("reason"), 12)
    note = _text(raw.get("note"), 500)
    if kind not in TARGET_TYPES:
        fields["target_type"] = [
            str(pgettext_lazy("report error", "You can report a post, a comment or a member."))
        ]
    if not target_id.isdigit() or len(target_id) > 18:
        fields["target_id"] = [
            str(pgettext_lazy("report error", "We could not find what you are reporting."))
        ]
    if reason not in ReportReason.values:
        fields["reason"] = [str(pgettext_lazy("report error", "Please choose a reason."))]
    if len(note) > 500:
        fields["note"] = [
            str(pgettext_lazy("report error", "Your note can be 500 characters at most."))
        ]
    if fields:
        raise CoconError("invalid", _("Some answers need another look."), fields=fields)
    target_type = TARGET_TYPES[kind]
    target = resolve_target(target_type, target_id)
    if target is None:
        raise CoconError(
            "not_found",
            pgettext_lazy("report error", "We could not find what you are reporting."),
            status=404,
        )
    author_id = target_author_id(target)
    if author_id == reporter.pk:
        raise CoconError(
            "own_content", pgettext_lazy("report error", "You cannot report yourself.")
        )
    target_member = Member.objects.filter(pk=author_id).first() if author_id else None
    return ReportData(
        target_type, target_id, target, target_member, reason, note, target_text(target)
    )


def validate_appeal(member: Member, sanction_id: Any, raw: dict[str, Any]) -> tuple[Sanction, str]:
    """Return the member's own sanction and the appeal text, or raise a CoconError."""
    sanction = (
        Sanction.objects.filter(pk=sanction_id, member=member).first()
        if str(sanction_id).isdigit()
        else None
    )
    if sanction is None:
        raise CoconError(
            "not_found",
            pgettext_lazy("appeal error", "We could not find this decision."),
            status=404,
        )
    if Appeal.objects.filter(sanction=sanction).exists():
        raise CoconError(
            "already_appealed",
            pgettext_lazy("appeal error", "You have already appealed this decision."),
            status=409,
        )
    if sanction.lifted_at is not None:
        raise CoconError(
            "lifted",
            pgettext_lazy("appeal error", "This decision has already been lifted."),
            status=409,
        )
    text = _text(raw.get("text"), 2000)
    if not text or len(text) > 2000:
        raise CoconError(
            "invalid",
            _("Some answers need another look."),
            fields={
                "text": [
                    str(
                        pgettext_lazy(
                            "appeal error", "Tell us in 1 to 2000 characters why you appeal."
                        )
                    )
                ]
            },
        )
    return sanction, text


def check_sanctioned_credentials(pseudonym: object, password: object) -> Member:
    """Return the member these credentials belong to, or raise the same 401 as a failed login."""
    from cocon.accounts.pseudonyms import fold_pseudonym

    wrong = CoconError(
        "invalid_credentials",
        pgettext_lazy("login error", "Pseudonym or password incorrect."),
        status=401,
    )
    if (
        not isinstance(pseudonym, str)
        or not isinstance(password, str)
        or len(password) > 256
        or len(pseudonym) > 64
    ):
        raise wrong
    member = Member.objects.filter(pseudonym_key=fold_pseudonym(pseudonym)).first()
    if member is None or not member.check_password(password):
        raise wrong
    return member
