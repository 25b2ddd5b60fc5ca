"""Password reset by e-mail through Django's token generator."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import pgettext

from cocon.accounts.models import Member


def do_send_password_reset(email: str) -> int:
    """E-mail a reset link to each active member with this address; return how many.

    The caller always answers the same way, so nobody can learn whether an address is known.
    """
    sent = 0
    for member in Member.objects.filter(email__iexact=email.strip(), is_active=True):
        if not member.has_usable_password():
            continue
        uid = urlsafe_base64_encode(force_bytes(member.pk))
        token = default_token_generator.make_token(member)
        link = settings.COCON_BASE_URL + reverse(
            "accounts:password-reset-confirm", args=[uid, token]
        )
        with translation.override(member.language):
            subject = pgettext("password reset e-mail", "Cocon: choose a new password")
            body = pgettext(
                "password reset e-mail",
                "Hello %(pseudonym)s,\n\nTo choose a new password, open this link:\n%(link)s\n\n"
                "If you did not ask for it, you can ignore this e-mail.\n\nThe Cocon team",
            ) % {"pseudonym": member.pseudonym, "link": link}
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [member.email])
        sent += 1
    return sent
