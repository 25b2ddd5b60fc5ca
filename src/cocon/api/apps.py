from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "cocon.api"
    label = "api"
