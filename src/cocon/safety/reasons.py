"""Reason codes a moderator can give, and the category each one belongs to."""

from __future__ import annotations

from django.utils.translation import pgettext_lazy

REASONS = {
    "abuse": pgettext_lazy("reason", "Insults or put-downs"),
    "hate": pgettext_lazy("reason", "Attacks on who someone is"),
    "threat": pgettext_lazy("reason", "Threats"),
    "sexual": pgettext_lazy("reason", "Sexual content or harassment"),
    "incitement": pgettext_lazy("reason", "Urging someone to hurt themselves"),
    "personal_info": pgettext_lazy("reason", "Personal information that could put someone at risk"),
    "harassment": pgettext_lazy("reason", "Repeated harassment of a member"),
    "spam": pgettext_lazy("reason", "Spam or advertising"),
    "evasion": pgettext_lazy("reason", "A new account to get around a ban"),
    "strikes": pgettext_lazy("reason", "Repeated breaches of the kindness charter"),
    "other": pgettext_lazy("reason", "Breach of the kindness charter"),
}


def reason_category(code: str) -> str:
    """Return the category of a dotted reason code (``abuse.insult`` → ``abuse``)."""
    return code.split(".", 1)[0] if code else ""


def reason_label(code: str) -> str:
    return str(REASONS.get(reason_category(code), REASONS["other"]))
