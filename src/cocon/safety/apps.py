from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "cocon.safety"
    label = "safety"

    def ready(self) -> None:
        from cocon.accounts.privacy import register_eraser, register_exporter
        from cocon.safety.privacy import erase_member, export_member

        register_exporter("safety", export_member)
        register_eraser("safety", erase_member)

        from cocon.safety.receivers import connect

        connect()
