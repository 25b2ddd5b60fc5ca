"""The learned layer: hashed n-gram logistic models for abusive, hate and self-harm text.

The model reads the output of the normaliser, so obfuscation ("c.o.n.n.4.r.d") is undone before
any n-gram is hashed.  The committed artefact (``models/guard-v1.npz``) holds numbers only: one
row of float16 weights per target over the hashed buckets, a bias and a Platt calibration per
target.  Its companion ``guard-v1.json`` records the feature configuration, the hashes of the
training data and the library versions, and a test checks that they match the code.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import threading
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, ClassVar, cast

import numpy as np
import numpy.typing as npt

from cocon.guard.features import FeatureConfig, pair_bucket, word_parts

__all__ = [
    "ARTEFACT_NAME",
    "TARGETS",
    "LearnedModel",
    "normalize_for_model",
]

TARGETS: tuple[str, ...] = ("abusive", "hate", "self_harm")
ARTEFACT_NAME = "guard-v1"
# Arrays the artefact may hold; anything else (a string array above all) is refused.
# What one word adds: its share of the abusive, hate and self-harm sums, its n-gram count and
# its salted hash (for the word pairs).
_Part = tuple[float, float, float, int, int]

ARRAY_NAMES: frozenset[str] = frozenset({"weights", "bias", "calibration"})


# Hand-written strings that exercise every folding the normaliser does.  Their normalised form,
# hashed, is stored with the artefact: a normaliser change that would make inference read text
# differently from training shows up as a mismatch (and calls for a retrain).
_NORMALIZER_PROBES = (
    "T'ES QU'UN C0NNNNARD",
    "c.o.n.n.a.r.d et c o n n a r d",
    "espèce de сonnard",  # Cyrillic "с"
    "ｆｕｌｌ ｗｉｄｔｈ",
    "nuuuuul mdrrrr ptdr",
    "5al3 b1tch fdp ntm tg",
    "je\u200bveux mourir",
    "ça va ? ✨🖕 😂",
    "T’es où ? Réponds !!!",
    "stfu kys gtfo",
)


def normalizer_fingerprint() -> str:
    """Return a hash of how :func:`normalize_for_model` folds a fixed set of probe strings."""
    joined = "\n".join(normalize_for_model(text) for text in _NORMALIZER_PROBES)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _standin_normalize(text: str) -> str:
    """Lower-case, strip accents and collapse spaces: the minimum the model relies on."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def normalize_for_model(text: str) -> str:
    """Return ``text`` as the engine's normaliser hands it to :meth:`LearnedModel.predict`.

    Training and evaluation call this so that they see exactly what the engine sees.  Before
    :mod:`cocon.guard.normalize` exists, a stand-in (lower case, no accents) is used.

    Examples
    --------
    >>> normalize_for_model("T'ES NUL").startswith("t")
    True
    """
    try:
        from cocon.guard.normalize import normalize
    except ImportError:
        return _standin_normalize(text)
    result: Any = normalize(text)
    return str(getattr(result, "text", result))


def normalizer_name() -> str:
    """Return which normaliser :func:`normalize_for_model` uses, for the artefact metadata."""
    try:
        from cocon.guard import normalize  # noqa: F401
    except ImportError:
        return "standin"
    return "cocon.guard.normalize"


@dataclass(frozen=True, kw_only=True)
class LearnedModel:
    """Three logistic models over hashed character and word n-grams, one per target.

    Parameters
    ----------
    config : FeatureConfig
        How text becomes buckets; must be the configuration the weights were trained with.
    weights_ : numpy.ndarray, shape (n_targets, 2**config.n_bits)
        One row of weights per target, in :data:`TARGETS` order.
    bias_ : numpy.ndarray, shape (n_targets,)
    calibration_ : numpy.ndarray, shape (n_targets, 2)
        Platt scaling ``(a, b)``: the probability is ``sigmoid(a * logit + b)`` (identity in v1).
    metadata : dict
        The artefact's metadata (versions, data hashes, metrics).

    Examples
    --------
    >>> model = LearnedModel.load()
    >>> sorted(model.predict("merci pour ton aide"))
    ['abusive', 'hate', 'self_harm']
    """

    config: FeatureConfig
    weights_: npt.NDArray[np.float32]
    bias_: npt.NDArray[np.float64]
    calibration_: npt.NDArray[np.float64]
    metadata: dict[str, Any]
    _scalars: tuple[tuple[float, float, float], ...] = field(init=False, repr=False, compare=False)
    _rows: npt.NDArray[np.float32] = field(init=False, repr=False, compare=False)
    _flat: memoryview = field(init=False, repr=False, compare=False)
    _words: dict[str, _Part] = field(init=False, repr=False, compare=False)

    _cache: ClassVar[dict[str, LearnedModel]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __post_init__(self) -> None:
        # Bias and calibration as plain floats, read on every predict.
        scalars = tuple(
            (float(bias), float(a), float(b))
            for bias, (a, b) in zip(self.bias_, self.calibration_, strict=True)
        )
        object.__setattr__(self, "_scalars", scalars)
        # The weights are stored once, one row per bucket: the targets' weights of a bucket share
        # a cache line, so a message reads a third of the lines and evicts less of everything
        # else. ``weights_`` stays the (targets, buckets) array callers know, as a view of them.
        rows = np.ascontiguousarray(self.weights_.T)
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "weights_", rows.T)
        # The same numbers read one at a time from Python (word pairs): bucket b, target t at
        # 3 * b + t, without a numpy call per message.
        object.__setattr__(self, "_flat", rows.reshape(-1).data)
        # What each word met so far adds to the three sums, its n-gram count and its hash.
        object.__setattr__(self, "_words", {})

    @classmethod
    def load(cls) -> LearnedModel:
        """Return the committed model, read once from package data and then shared.

        The instance is immutable, so sharing it between threads is safe.
        """
        with cls._lock:
            model = cls._cache.get(ARTEFACT_NAME)
            if model is None:
                package = resources.files("cocon.guard") / "models"
                npz = (package / f"{ARTEFACT_NAME}.npz").read_bytes()
                meta = json.loads((package / f"{ARTEFACT_NAME}.json").read_text("utf-8"))
                model = cls.from_bytes(npz, meta)
                cls._cache[ARTEFACT_NAME] = model
            return model

    @classmethod
    def from_bytes(cls, npz: bytes, metadata: dict[str, Any]) -> LearnedModel:
        """Build a model from the bytes of an ``.npz`` artefact and its metadata dict."""
        # allow_pickle=False: the artefact is data, never code.
        with np.load(io.BytesIO(npz), allow_pickle=False) as arrays:
            names = set(arrays.files)
            if names != ARRAY_NAMES:
                raise ValueError(f"unexpected arrays in artefact: {sorted(names)}")
            weights = arrays["weights"].astype(np.float32)
            bias = arrays["bias"].astype(np.float64)
            calibration = arrays["calibration"].astype(np.float64)
        config = FeatureConfig(**metadata["features"])
        if weights.shape != (len(TARGETS), 1 << config.n_bits):
            raise ValueError(f"weights have shape {weights.shape}, config says {config}")
        return cls(
            config=config,
            weights_=np.ascontiguousarray(weights),
            bias_=bias,
            calibration_=calibration,
            metadata=metadata,
        )

    def predict(self, normalized: str) -> dict[str, float]:
        """Return the probability of each target for one normalised text.

        Parameters
        ----------
        normalized : str
            ``cocon.guard.normalize.normalize(text).text``.

        Returns
        -------
        dict
            ``{"abusive": p, "hate": p, "self_harm": p}`` with each ``p`` in [0, 1].
        """
        words = normalized.split()
        memory = self._words
        got = [memory.get(word) for word in words]
        if None in got:
            new = [w for w, p in zip(words, got, strict=True) if p is None]
            fresh = self._remember(list(dict.fromkeys(new)))
            got = [p if p is not None else fresh[w] for w, p in zip(words, got, strict=True)]
        parts = cast(list[_Part], got)
        # The sum of the weights of every n-gram, divided by sqrt(n): the row scaling used in
        # training (see feature_counts); it keeps long posts from saturating.
        abusive = hate = self_harm = 0.0
        count = 0
        for part in parts:
            abusive += part[0]
            hate += part[1]
            self_harm += part[2]
            count += part[3]
        if self.config.word_bigrams and len(parts) > 1:
            flat = self._flat
            config = self.config
            previous = parts[0]
            for part in parts[1:]:
                at = 3 * pair_bucket(previous[4], part[4], config)
                abusive += flat[at]
                hate += flat[at + 1]
                self_harm += flat[at + 2]
                previous = part
            count += len(parts) - 1
        scale = 1.0 / math.sqrt(max(count, 1))
        # Three scalars: plain-float arithmetic beats a chain of tiny numpy calls here.
        out: dict[str, float] = {}
        for target, total, (bias, a, b) in zip(
            TARGETS, (abusive, hate, self_harm), self._scalars, strict=True
        ):
            z = a * (total * scale + bias) + b
            out[target] = 1.0 / (1.0 + math.exp(-min(max(z, -40.0), 40.0)))
        return out

    def _remember(self, words: list[str]) -> dict[str, _Part]:
        """Hash ``words`` (new to this model) in one pass and remember what each adds."""
        grams, owners, buckets, hashes = word_parts(words, self.config)
        rows = self._rows
        k = len(words)
        sums = np.zeros((k, len(TARGETS)))
        counts = np.bincount(owners, minlength=k)
        if grams.shape[0]:
            picked = rows[grams]
            for t in range(len(TARGETS)):
                sums[:, t] = np.bincount(owners, weights=picked[:, t], minlength=k)
        if self.config.word_unigrams:
            sums += rows[buckets]
            counts += 1
        fresh = {
            word: (float(s[0]), float(s[1]), float(s[2]), int(n), h)
            for word, s, n, h in zip(words, sums.tolist(), counts.tolist(), hashes, strict=True)
        }
        memory = self._words
        if len(memory) > 200_000:  # bound the memory an adversarial stream can take
            memory.clear()
        memory.update(fresh)
        return fresh
