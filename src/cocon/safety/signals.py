"""Signals other apps connect to, so safety never needs to know their models.

``content_moderated`` is sent (after commit) with ``target_type``, ``target_id``, ``state``
(``held``, ``hidden``, ``removed``, ``approved``, ``redacted``) and, for ``redacted``,
``text`` (the content with personal information replaced by a marker).
"""

from django.dispatch import Signal

content_moderated = Signal()
