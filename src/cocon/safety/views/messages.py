"""Messages from the Cocon team now live in the member's notifications: send old links there."""

from __future__ import annotations

from django.views.generic import RedirectView


class MessagesView(RedirectView):
    """``/safety/messages/`` (linked from the report page and older pages) → the one list."""

    pattern_name = "community:notifications"
    permanent = False
    query_string = False
