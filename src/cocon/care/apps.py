from django.apps import AppConfig


class CareConfig(AppConfig):
    name = "cocon.care"
    label = "care"
