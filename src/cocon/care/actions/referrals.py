"""Refer a member to a partner structure, with the member's consent on record.

Only care leads refer (``check_referral_permission``); the check lives here, so the API and
the case page cannot disagree, and a refused attempt by a team member is audited.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.care.actions.cases import _acknowledge, _move, record_event
from cocon.care.actions.lead_steps import check_lead_step
from cocon.care.models import CareCase, Referral, State
from cocon.care.permissions import check_case_open, check_referral_permission
from cocon.care.validation import validate_referral_outcome
from cocon.resources.models import Partner
from cocon.safety.actions.audit import do_audit


def _check_may_refer(actor: Member, step: str, case_id: int, referral_id: int | None) -> None:
    """Apply the care-lead rule; a team member refused here leaves ``care.referral_refused``."""
    check_lead_step(
        actor,
        check_referral_permission,
        refused_action="care.referral_refused",
        target_type="care.carecase",
        target_id=case_id,
        after={"step": step, "referral": referral_id},
    )


def check_may_refer(actor: Member, case: CareCase) -> None:
    """The care-lead rule for a new referral, audited when a team member is refused.

    ``do_record_referral`` calls it; the API and the case page call it first too, so that a
    moderator is refused (and audited) before the state of the case or the form is looked at.
    """
    _check_may_refer(actor, "record", case.pk, None)


def do_record_referral(
    actor: Member,
    case: CareCase,
    *,
    partner: Partner,
    consent: bool,
    consent_note: str = "",
    outcome: str = "",
) -> Referral:
    """Record the referral and move the case to referred (care leads only).

    The role first (403, audited), then the state: a closed case takes no new referral (409).
    """
    check_may_refer(actor, case)
    now = timezone.now()
    with transaction.atomic():
        case = CareCase.objects.select_for_update().get(pk=case.pk)
        check_case_open(case)
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


def do_set_referral_outcome(actor: Member, referral: Referral, outcome: object) -> bool:
    """Record what came of a referral; return False when it already says exactly that.

    Open to the care leads, like the referral itself, on open and closed cases alike: a
    partner's answer often arrives after the case is closed. The text is validated
    here too, so every caller gets the same refusals. The audit row records lengths, not the
    text: the audit log is append-only and outlives an account deletion.
    """
    _check_may_refer(actor, "outcome", referral.case_id, referral.pk)
    text = validate_referral_outcome(outcome)
    with transaction.atomic():
        referral = Referral.objects.select_for_update().select_related("case").get(pk=referral.pk)
        if referral.outcome == text:
            return False
        before = referral.outcome
        referral.outcome = text
        referral.save(update_fields=["outcome"])
        record_event(referral.case, "referral_outcome", actor=actor, referral=referral.pk)
        do_audit(
            actor,
            "care.referral_outcome",
            target=referral,
            before={"length": len(before)},
            after={"case": referral.case_id, "length": len(text)},
        )
    return True
