"""Parental confirmation for members below their country's digital-consent age."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import pgettext

from cocon.accounts.models import Consent, ConsentKind, Member
from cocon.safety.actions.audit import do_audit

_SALT = "cocon.parental-consent"


def make_parent_token(member: Member) -> str:
    return signing.TimestampSigner(salt=_SALT).sign_object(
        {"m": member.pk, "e": member.parent_email}
    )


def read_parent_token(token: str) -> Member | None:
    """Return the member a confirmation link is for, or None if it is invalid or expired."""
    max_age = settings.COCON_PARENT_LINK_DAYS * 86400
    try:
        data = signing.TimestampSigner(salt=_SALT).unsign_object(token, max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(data, dict):
        return None
    member_id = data.get("m")
    if not isinstance(member_id, int):
        return None
    member = Member.objects.filter(pk=member_id).first()
    if member is None or member.parent_email != data.get("e"):
        return None
    return member


def send_parent_confirmation(member: Member) -> None:
    """E-mail the parent a link that confirms the account, in the member's language."""
    link = settings.COCON_BASE_URL + reverse(
        "accounts:parent-confirm", args=[make_parent_token(member)]
    )
    with translation.override(member.language):
        subject = pgettext("parent e-mail", "Cocon: please confirm your child's account")
        body = pgettext(
            "parent e-mail",
            "Hello,\n\nYour child has joined Cocon under the pseudonym %(pseudonym)s. Cocon is a "
            "moderated space where young people aged 13 to 25 share how they feel and support each "
            "other. Every message is checked for kindness and safety before anyone sees it, and a "
            "team of moderators can offer help.\n\nAt your child's age the law asks a parent to "
            "confirm. To confirm, open this link:\n%(link)s\n\nIf you do not confirm, the account "
            "can only read the help pages. If you did not expect this e-mail, you can ignore it.\n\n"
            "The Cocon team",
        ) % {"pseudonym": member.pseudonym, "link": link}
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [member.parent_email])


def do_confirm_parental_consent(member: Member) -> bool:
    """Record the parent's confirmation; return False if it was already confirmed."""
    with transaction.atomic():
        locked = Member.objects.select_for_update().get(pk=member.pk)
        if locked.parental_consent_at is not None:
            return False
        locked.parental_consent_at = timezone.now()
        locked.save(update_fields=["parental_consent_at"])
        Consent.objects.create(
            member=locked,
            kind=ConsentKind.PARENTAL,
            version=settings.COCON_CHARTER_VERSION,
            language=locked.language,
        )
        do_audit(None, "account.parental_consent", target=locked)
    member.parental_consent_at = locked.parental_consent_at
    return True
