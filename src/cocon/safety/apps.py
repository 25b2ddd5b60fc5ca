from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "cocon.safety"
    label = "safety"
