"""Errors of the engine's optional parts, importable without numpy."""

from __future__ import annotations

__all__ = ["DeepUnavailableError"]


class DeepUnavailableError(RuntimeError):
    """Deep mode was asked for and its encoder or artefact is missing or does not match."""
