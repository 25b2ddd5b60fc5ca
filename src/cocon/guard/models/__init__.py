"""Committed artefacts of the learned layer (numbers only; see docs/guard-training.md)."""
