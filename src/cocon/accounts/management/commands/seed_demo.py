"""Load demo content so a newcomer sees a living Cocon; safe to run again."""

from __future__ import annotations

import importlib
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from cocon.accounts.models import Consent, ConsentKind, Member, Role
from cocon.accounts.pseudonyms import fold_pseudonym
from cocon.accounts.roles import ensure_roles

DEMO_PASSWORD = "cocon-demo-2026"  # noqa: S105 - printed on purpose: demo accounts only
DEMO_STAFF: list[tuple[str, str, str]] = [
    ("equipe_modo", Role.MODERATOR, "Demo Moderator"),
    ("equipe_soin", Role.CARE_LEAD, "Demo Care Lead"),
    ("equipe_admin", Role.ADMINISTRATOR, "Demo Administrator"),
]
DEMO_MEMBERS = [("Lina", "FR", ""), ("Noe_be", "BE", ""), ("Malik-qc", "CA", "QC")]
APPS_WITH_DEMO = ["cocon.resources", "cocon.community", "cocon.safety", "cocon.care"]


def _member(pseudonym: str, *, country: str, province: str = "", birth_year: int = 2007) -> Member:
    member = Member.objects.filter(pseudonym_key=fold_pseudonym(pseudonym)).first()
    if member is None:
        member = Member(
            pseudonym=pseudonym,
            birth_year=birth_year,
            birth_month=3,
            country=country,
            province=province,
        )
        member.set_password(DEMO_PASSWORD)
        member.save()
        for kind in (ConsentKind.CHARTER, ConsentKind.SCREENING):
            Consent.objects.create(
                member=member, kind=kind, version=settings.COCON_CHARTER_VERSION, language="fr"
            )
    return member


class Command(BaseCommand):
    help = "Create demo members, staff and content (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        ensure_roles()
        accounts: list[tuple[str, str, str]] = []
        with transaction.atomic():
            for pseudonym, country, province in DEMO_MEMBERS:
                member = _member(pseudonym, country=country, province=province)
                member.groups.add(Group.objects.get(name=Role.MEMBER))
                accounts.append((pseudonym, DEMO_PASSWORD, "member"))
            for pseudonym, role, real_name in DEMO_STAFF:
                staff = _member(pseudonym, country="FR", birth_year=1990)
                staff.real_name = real_name
                staff.is_staff = True
                staff.is_superuser = role == Role.ADMINISTRATOR
                staff.save()
                staff.groups.add(
                    *Group.objects.filter(
                        name__in=[role, Role.MODERATOR] if role == Role.CARE_LEAD else [role]
                    )
                )
                accounts.append((pseudonym, DEMO_PASSWORD, str(role)))
        for module_name in APPS_WITH_DEMO:
            try:
                demo = importlib.import_module(f"{module_name}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{module_name}.demo":
                    raise
                continue
            for pseudonym, password in demo.seed() or []:
                accounts.append((pseudonym, password, "member"))
        self.stdout.write("\nDemo accounts (pseudonym / password / role):")
        for pseudonym, password, role in dict.fromkeys(accounts):
            self.stdout.write(f"  {pseudonym:<16} {password:<18} {role}")
