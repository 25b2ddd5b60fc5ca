"""Administrators edit the help directory and the partner structures; every change is audited."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import pgettext_lazy

from cocon.accounts.models import Member, Role
from cocon.resources.actions.directory import (
    do_delete_help_resource,
    do_delete_partner,
    do_save_help_resource,
    do_save_partner,
)
from cocon.resources.models import HelpResource, Partner, Topic


def _is_administrator(request: HttpRequest) -> bool:
    user = request.user
    return isinstance(user, Member) and user.is_active and user.has_role(Role.ADMINISTRATOR)


def _actor(request: HttpRequest) -> Member:
    user = request.user
    assert isinstance(user, Member)  # noqa: S101 - admin views require a signed-in administrator
    return user


class AdministratorsOnly:
    """Only administrators manage the directory and the partners."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return _is_administrator(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _is_administrator(request)

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return _is_administrator(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _is_administrator(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _is_administrator(request)


class TopicsField(forms.MultipleChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            choices=Topic.choices, required=False, widget=forms.CheckboxSelectMultiple, **kwargs
        )


class HelpResourceForm(forms.ModelForm):  # type: ignore[type-arg]
    topics = TopicsField(label=pgettext_lazy("help resource field", "topics"))
    verified_now = forms.BooleanField(
        label=pgettext_lazy("help resource admin", "I have just verified this entry"),
        help_text=pgettext_lazy(
            "help resource admin",
            "Records you and today's date; an unverified entry then becomes visible as a secondary source.",
        ),
        required=False,
    )

    class Meta:
        model = HelpResource
        fields = (
            "country",
            "province",
            "not_in_province",
            "name",
            "kind",
            "priority",
            "is_active",
            "phone",
            "dial",
            "sms",
            "url",
            "description_fr",
            "description_en",
            "hours_fr",
            "hours_en",
            "cost_fr",
            "cost_en",
            "topics",
            "ages",
            "age_min",
            "age_max",
            "is_emergency",
            "is_suicide_line",
            "source",
            "status",
        )


class PartnerForm(forms.ModelForm):  # type: ignore[type-arg]
    topics = TopicsField(label=pgettext_lazy("partner field", "topics"))

    class Meta:
        model = Partner
        fields = (
            "name",
            "country",
            "region",
            "postcode_prefixes",
            "topics",
            "age_min",
            "age_max",
            "contact",
            "hours",
            "notes",
            "active",
        )


@admin.register(HelpResource)
class HelpResourceAdmin(AdministratorsOnly, admin.ModelAdmin):  # type: ignore[type-arg]
    form = HelpResourceForm
    list_display = (
        "name",
        "country",
        "province",
        "kind",
        "phone",
        "status",
        "is_emergency",
        "is_suicide_line",
        "priority",
        "last_verified",
        "is_active",
    )
    list_filter = ("country", "status", "kind", "is_emergency", "is_active")
    search_fields = ("name", "phone", "sms", "url", "source")
    ordering = ("country", "priority", "id")
    readonly_fields = ("last_verified", "verified_by", "updated_at")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "country",
                    "province",
                    "not_in_province",
                    "name",
                    "kind",
                    "priority",
                    "is_active",
                )
            },
        ),
        (
            pgettext_lazy("help resource admin", "Contact"),
            {"fields": ("phone", "dial", "sms", "url")},
        ),
        (
            pgettext_lazy("help resource admin", "What members read"),
            {
                "fields": (
                    "description_fr",
                    "description_en",
                    "hours_fr",
                    "hours_en",
                    "cost_fr",
                    "cost_en",
                    "topics",
                    "ages",
                    "age_min",
                    "age_max",
                    "is_emergency",
                    "is_suicide_line",
                )
            },
        ),
        (
            pgettext_lazy("help resource admin", "Verification"),
            {
                "fields": (
                    "source",
                    "status",
                    "verified_now",
                    "last_verified",
                    "verified_by",
                    "updated_at",
                )
            },
        ),
    )

    def save_model(self, request: HttpRequest, obj: HelpResource, form: Any, change: bool) -> None:
        do_save_help_resource(
            _actor(request), obj, verified=bool(form.cleaned_data.get("verified_now"))
        )

    def delete_model(self, request: HttpRequest, obj: HelpResource) -> None:
        do_delete_help_resource(_actor(request), obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[HelpResource]) -> None:
        for obj in queryset:
            do_delete_help_resource(_actor(request), obj)


@admin.register(Partner)
class PartnerAdmin(AdministratorsOnly, admin.ModelAdmin):  # type: ignore[type-arg]
    form = PartnerForm
    list_display = (
        "name",
        "country",
        "region",
        "postcode_prefixes",
        "age_min",
        "age_max",
        "active",
    )
    list_filter = ("country", "active")
    search_fields = ("name", "region", "postcode_prefixes", "contact")

    def save_model(self, request: HttpRequest, obj: Partner, form: Any, change: bool) -> None:
        do_save_partner(_actor(request), obj)

    def delete_model(self, request: HttpRequest, obj: Partner) -> None:
        do_delete_partner(_actor(request), obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Partner]) -> None:
        for obj in queryset:
            do_delete_partner(_actor(request), obj)
