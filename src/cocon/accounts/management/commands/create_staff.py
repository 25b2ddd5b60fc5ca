"""Create (or update) a staff account: moderator, care lead or administrator."""

from __future__ import annotations

import getpass
from typing import Any

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from cocon.accounts.models import Member, Role
from cocon.accounts.pseudonyms import fold_pseudonym, pseudonym_problem
from cocon.accounts.roles import ensure_roles
from cocon.safety.actions.audit import do_audit

STAFF_CHOICES = [Role.PEER_SUPPORTER, Role.MODERATOR, Role.CARE_LEAD, Role.ADMINISTRATOR]


class Command(BaseCommand):
    help = "Create a staff account. Members only ever see staff as 'the team', never by name."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("pseudonym")
        parser.add_argument("--role", choices=[str(r) for r in STAFF_CHOICES], required=True)
        parser.add_argument("--real-name", default="")
        parser.add_argument("--email", default="")
        parser.add_argument("--password", help="Prompted for when omitted.")

    def handle(self, *args: Any, **options: Any) -> None:
        pseudonym: str = options["pseudonym"]
        problem = pseudonym_problem(pseudonym)
        if problem:
            raise CommandError(f"Pseudonym refused: {problem}")
        password = options["password"] or getpass.getpass("Password: ")
        role = options["role"]
        ensure_roles()
        with transaction.atomic():
            member = Member.objects.filter(pseudonym_key=fold_pseudonym(pseudonym)).first()
            created = member is None
            if member is None:
                member = Member(pseudonym=pseudonym, birth_year=1990, birth_month=1)
            member.real_name = options["real_name"]
            member.email = options["email"] or member.email
            member.is_staff = role in (Role.MODERATOR, Role.CARE_LEAD, Role.ADMINISTRATOR)
            member.is_superuser = role == Role.ADMINISTRATOR
            member.set_password(password)
            member.save()
            roles = [role]
            if role == Role.CARE_LEAD:
                roles.append(Role.MODERATOR)
            member.groups.add(*Group.objects.filter(name__in=roles))
            do_audit(
                None,
                "staff.create" if created else "staff.update",
                target=member,
                after={"role": role},
            )
        self.stdout.write(f"{'Created' if created else 'Updated'} {role} {member.pseudonym}.")
