"""Refer a member to a partner structure, with the member's consent on record."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.care.actions.cases import _acknowledge, _move
from cocon.care.models import CareCase, Referral, State
from cocon.resources.models import Partner
from cocon.safety.actions.audit import do_audit


def do_record_referral(
    actor: Member,
    case: CareCase,
    *,
    partner: Partner,
    consent: bool,
    consent_note: str = "",
    outcome: str = "",
) -> Referral:
    """Record the referral and move the case to referred."""
    now = timezone.now()
    with transaction.atomic():
        case = CareCase.objects.select_for_update().get(pk=case.pk)
        if case.acknowledged_at is None:
            _acknowledge(case, actor, now)
        referral = Referral.objects.create(
            case=case,
            partner=partner,
            by=actor,
            consent=consent,
            consent_note=consent_note,
            outcome=outcome,
        )
        if case.referred_at is None:
            case.referred_at = now
        if case.state != State.REFERRED:
            _move(case, actor, State.REFERRED, "case_referred", now, partner=partner.pk)
        case.save()
        do_audit(
            actor,
            "care.referral_recorded",
            target=referral,
            after={"case": case.pk, "partner": partner.pk, "consent": consent},
        )
    return referral


def do_set_referral_outcome(actor: Member, referral: Referral, outcome: str) -> bool:
    with transaction.atomic():
        if referral.outcome == outcome:
            return False
        before = referral.outcome
        referral.outcome = outcome
        referral.save(update_fields=["outcome"])
        do_audit(
            actor,
            "care.referral_outcome",
            target=referral,
            before={"outcome": before},
            after={"outcome": outcome},
        )
    return True
