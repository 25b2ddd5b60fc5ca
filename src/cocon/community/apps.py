from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "cocon.community"
    label = "community"

    def ready(self) -> None:
        from cocon.accounts.privacy import register_eraser, register_exporter
        from cocon.community.privacy import erase_member, export_member

        register_exporter("community", export_member)
        register_eraser("community", erase_member)

        # Messages from the team (sanctions, decisions, report outcomes) land in the member's
        # notifications: safety cannot import community, so community hands it the action.
        from cocon.community.actions.notifications import deliver_team_message
        from cocon.community.queries.notifications import get_team_messages
        from cocon.safety.team_messages import register_channel

        register_channel(send=deliver_team_message, list_for=get_team_messages)

        # The team's messages in a care conversation are announced there too, without their
        # text; reading the conversation reads the notice. Care cannot import community either.
        from cocon.care.notices import register_channel as register_care_channel
        from cocon.community.actions.notifications import (
            deliver_care_notice,
            do_mark_care_notices_read,
        )

        register_care_channel(notify=deliver_care_notice, mark_read=do_mark_care_notices_read)
