"""The console is the moderators' view of safety: it shares safety's fixtures."""

from tests.safety.conftest import old_member_factory, post_by, rule_factory, second_moderator

__all__ = ["old_member_factory", "post_by", "rule_factory", "second_moderator"]
