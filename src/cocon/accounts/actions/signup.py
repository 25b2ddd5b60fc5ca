"""Create a member account with its consents, and ask a parent when the law requires it."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction

from cocon.accounts.actions.parental import send_parent_confirmation
from cocon.accounts.models import Consent, ConsentKind, Member, Role
from cocon.accounts.validation import SignupData
from cocon.safety.actions.audit import do_audit


def do_signup(data: SignupData) -> Member:
    """Create the member, record both consents, and e-mail the parent if one must confirm."""
    with transaction.atomic():
        member = Member(
            pseudonym=data.pseudonym,
            email=data.email,
            birth_year=data.birth_year,
            birth_month=data.birth_month,
            country=data.country,
            province=data.province,
            language=data.language,
            parent_email=data.parent_email,
            parental_consent_required=bool(data.parent_email),
        )
        member.set_password(data.password)
        member.save()
        group, _created = Group.objects.get_or_create(name=Role.MEMBER)
        member.groups.add(group)
        Consent.objects.create(
            member=member,
            kind=ConsentKind.CHARTER,
            version=settings.COCON_CHARTER_VERSION,
            language=data.language,
        )
        Consent.objects.create(
            member=member,
            kind=ConsentKind.SCREENING,
            version=settings.COCON_SCREENING_CONSENT_VERSION,
            language=data.language,
        )
        do_audit(
            member,
            "account.signup",
            target=member,
            after={"parental_consent_required": member.parental_consent_required},
        )
        if member.parental_consent_required:
            transaction.on_commit(lambda: send_parent_confirmation(member))
    return member
