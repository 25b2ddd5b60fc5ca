"""First-contact messages in the member's language, written for safe messaging.

They ask about safety, give the help lines of the member's country and never judge; the
moderator reads and may edit them before sending.
"""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import pgettext, pgettext_lazy

from cocon.accounts.models import Member
from cocon.resources.queries.directory import get_emergency_numbers, get_suicide_line

TEMPLATES = {
    "first_contact": pgettext_lazy("care template name", "First contact"),
    "disclosure": pgettext_lazy("care template name", "After a disclosure of abuse"),
    "follow_up": pgettext_lazy("care template name", "Follow-up"),
}


def _lines(member: Member, language: str) -> tuple[str, str]:
    line = get_suicide_line(member.country, member.province, language)
    emergency = get_emergency_numbers(member.country, member.province, language)
    line_text = (
        f"{line.name} ({line.phone})"
        if line is not None and line.phone
        else (line.name if line else "")
    )
    emergency_text = emergency[0].phone if emergency else ""
    return line_text, emergency_text


def render_template(name: str, member: Member) -> str:
    """Return the template ``name`` in the member's language, with their country's numbers."""
    language = member.language or "fr"
    line, emergency = _lines(member, language)
    with translation.override(language):
        values = {"pseudonym": member.pseudonym, "line": line, "emergency": emergency}
        if name == "disclosure":
            text = pgettext(
                "care first contact",
                "Hello %(pseudonym)s, this is the Cocon team. Thank you for trusting us with what you wrote. "
                "What is happening to you is not your fault, and you deserve to be safe. "
                "Are you safe where you are right now? If you are in danger, call %(emergency)s. "
                "We are here to listen, without judging: you can answer us here, whenever you want.",
            )
        elif name == "follow_up":
            text = pgettext(
                "care first contact",
                "Hello %(pseudonym)s, this is the Cocon team again. We wanted to know how you are doing today. "
                "If things get hard again, you can call %(line)s at any time, or write to us here.",
            )
        else:
            text = pgettext(
                "care first contact",
                "Hello %(pseudonym)s, this is the Cocon team. We read your message and we are thinking of you. "
                "Are you safe right now? If you are in danger, call %(emergency)s. "
                "You can also talk to someone right away at %(line)s, free and confidential. "
                "We are here to listen, without judging: you can answer us here.",
            )
    return text % values
