from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "cocon.resources"
    label = "resources"

    def ready(self) -> None:
        from cocon.accounts.privacy import register_eraser, register_exporter
        from cocon.resources.privacy import erase_member_data, export_member_data

        register_exporter("resources", export_member_data)
        register_eraser("resources", erase_member_data)
