from django.urls import path  # noqa: F401

app_name = "community"

urlpatterns: list = []  # type: ignore[type-arg]
