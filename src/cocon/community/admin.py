from __future__ import annotations

from django.contrib import admin

from cocon.community.models import Theme


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("slug", "name_fr", "name_en", "position", "is_active")
    list_editable = ("position", "is_active")
    prepopulated_fields = {"slug": ("name_en",)}
