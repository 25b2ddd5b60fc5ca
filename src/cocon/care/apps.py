from django.apps import AppConfig


class CareConfig(AppConfig):
    name = "cocon.care"
    label = "care"

    def ready(self) -> None:
        from cocon.accounts.privacy import register_eraser, register_exporter
        from cocon.care.privacy import erase_member_data, export_member_data
        from cocon.care.receivers import open_case_for_sos
        from cocon.resources.signals import sos_requested

        register_exporter("care", export_member_data)
        register_eraser("care", erase_member_data)
        sos_requested.connect(open_case_for_sos, dispatch_uid="care.open_case_for_sos")
