from django.urls import path  # noqa: F401

app_name = "care"

urlpatterns: list = []  # type: ignore[type-arg]
