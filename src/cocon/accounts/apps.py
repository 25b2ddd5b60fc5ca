from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "cocon.accounts"
    label = "accounts"

    def ready(self) -> None:
        from cocon.accounts.roles import ensure_roles_after_migrate
        from cocon.config import checks  # noqa: F401  (registers the system checks)

        post_migrate.connect(ensure_roles_after_migrate, dispatch_uid="cocon.accounts.ensure_roles")
        checks.refuse_unsafe_production()
