from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "cocon.community"
    label = "community"
