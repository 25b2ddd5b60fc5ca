"""Hooks through which each app contributes to "download my data" and "delete my account".

Apps register in their ``AppConfig.ready`` so that accounts never imports them, and adding
an app that stores member data cannot be forgotten in the export: a test lists the models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from cocon.accounts.models import Member

DeleteMode = Literal["delete", "anonymise"]
Exporter = Callable[[Member], dict[str, Any]]
Eraser = Callable[[Member, DeleteMode], None]

_exporters: dict[str, Exporter] = {}
_erasers: dict[str, Eraser] = {}


def register_exporter(section: str, exporter: Exporter) -> None:
    _exporters[section] = exporter


def register_eraser(section: str, eraser: Eraser) -> None:
    _erasers[section] = eraser


def exporters() -> dict[str, Exporter]:
    return dict(_exporters)


def erasers() -> dict[str, Eraser]:
    return dict(_erasers)
