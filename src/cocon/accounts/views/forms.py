"""Shared helpers for the account pages' forms."""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.accounts.forms import has_nul

NUL_MESSAGE = pgettext_lazy("form error", "This text contains a character that cannot be saved.")


def check_no_nul(values: Mapping[str, str]) -> None:
    """Raise a CoconError naming every field that holds a NUL character."""
    bad = has_nul(values)
    if bad:
        raise CoconError(
            "invalid",
            _("Some answers need another look."),
            fields={name: [str(NUL_MESSAGE)] for name in bad},
        )
