from django.apps import AppConfig


class ConsoleConfig(AppConfig):
    name = "cocon.console"
    label = "console"
