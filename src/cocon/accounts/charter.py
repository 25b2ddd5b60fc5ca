"""The kindness charter and the screening consent, in plain words, versioned."""

from __future__ import annotations

from django.utils.translation import pgettext_lazy

CHARTER_TITLE = pgettext_lazy("charter", "The Cocon kindness charter")

CHARTER_SECTIONS = [
    (
        pgettext_lazy("charter", "Here, we are kind"),
        pgettext_lazy(
            "charter",
            "Cocon is a place to say how you feel and to support each other. Words that hurt, mock, "
            "threaten or push someone to harm themselves do not go out.",
        ),
    ),
    (
        pgettext_lazy("charter", "Every feeling is welcome"),
        pgettext_lazy(
            "charter",
            "Sadness, anger, fear and dark thoughts have their place here. If you are not well, the "
            "team is here to help you, and so are the help lines of your country.",
        ),
    ),
    (
        pgettext_lazy("charter", "Zero tolerance for harassment"),
        pgettext_lazy(
            "charter",
            "Harassment, hate and threats lead to strikes, suspensions and bans. You can report and "
            "block anyone, at any time.",
        ),
    ),
    (
        pgettext_lazy("charter", "Protect yourself and others"),
        pgettext_lazy(
            "charter",
            "Share no phone number, address or social account. Never ask anyone for photos or to "
            "meet. Keep a pseudonym that is not your real name.",
        ),
    ),
    (
        pgettext_lazy("charter", "Text and emoji only"),
        pgettext_lazy(
            "charter", "No photos, no videos, no links: what counts here is what you say."
        ),
    ),
]

SCREENING_TITLE = pgettext_lazy("screening consent", "Safety screening of your messages")
SCREENING_TEXT = pgettext_lazy(
    "screening consent",
    "Before anyone sees what you write, a program reads it to check that it is kind and to notice "
    "if you might be in danger. This means Cocon processes information about your health and your "
    "feelings. It is used only to keep you and others safe: to hold a hurtful message, or to let "
    "the team offer you help. Moderators may read a message that was held. Nothing is sold or used "
    "for advertising.",
)
