from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "cocon.community"
    label = "community"

    def ready(self) -> None:
        from cocon.accounts.privacy import register_eraser, register_exporter
        from cocon.community.privacy import erase_member, export_member

        register_exporter("community", export_member)
        register_eraser("community", erase_member)
