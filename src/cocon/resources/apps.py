from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "cocon.resources"
    label = "resources"
