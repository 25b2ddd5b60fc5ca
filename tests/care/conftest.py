"""Care fixtures: a case made through the action, staff on duty."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocon.accounts.models import Member
from cocon.care.actions.cases import do_open_or_join_case
from cocon.care.actions.duty import do_set_on_duty
from cocon.care.models import CareCase


@pytest.fixture
def case_factory(db: Any) -> Callable[..., CareCase]:
    def make(
        member: Member,
        *,
        risk: str = "high",
        source: str = "verdict",
        reasons: tuple[str, ...] = ("self_harm.ideation",),
    ) -> CareCase:
        case, _opened = do_open_or_join_case(
            member,
            source=source,
            risk=risk,
            reasons=reasons,
            content_type="community.post",
            content_id=1,
        )
        return case

    return make


@pytest.fixture
def on_duty_moderator(moderator: Member) -> Member:
    do_set_on_duty(moderator, True)
    return moderator


@pytest.fixture
def case(
    member: Member, on_duty_moderator: Member, case_factory: Callable[..., CareCase]
) -> CareCase:
    return case_factory(member)
