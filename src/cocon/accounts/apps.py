from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "cocon.accounts"
    label = "accounts"

    def ready(self) -> None:
        from cocon.config import checks  # noqa: F401  (registers the system checks)
