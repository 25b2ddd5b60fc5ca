"""Read care cases for the console."""

from __future__ import annotations

from django.db.models import Case, IntegerField, QuerySet, Value, When

from cocon.accounts.models import Member
from cocon.care.models import PRIORITY_RANK, CareCase, CareMessage


def get_open_care_cases() -> QuerySet[CareCase]:
    """Open cases, most urgent first, then the nearest deadline."""
    rank = Case(
        *[When(priority=p, then=Value(r)) for p, r in PRIORITY_RANK.items()],
        output_field=IntegerField(),
    )
    return (
        CareCase.objects.filter(closed_at__isnull=True)
        .select_related("member", "acknowledged_by")
        .annotate(priority_rank=rank)
        .order_by("priority_rank", "deadline_at", "id")
    )


def get_recent_closed_cases(limit: int = 20) -> QuerySet[CareCase]:
    return (
        CareCase.objects.filter(closed_at__isnull=False)
        .select_related("member")
        .order_by("-closed_at")[:limit]
    )


def get_open_case_for_member(member: Member) -> CareCase | None:
    return CareCase.objects.filter(member=member, closed_at__isnull=True).first()


def get_member_conversation(member: Member) -> list[CareMessage]:
    """Every message between the member and the team, across their cases."""
    return list(CareMessage.objects.filter(case__member=member).order_by("created_at", "id"))


def count_unread_for_member(member: Member) -> int:
    return CareMessage.objects.filter(
        case__member=member, from_team=True, read_at__isnull=True
    ).count()
