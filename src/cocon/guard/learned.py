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
import operator
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, ClassVar, cast

import numpy as np
import numpy.typing as npt

from cocon.guard.features import FeatureConfig, hash_features, word_buckets

__all__ = [
    "ARTEFACT_NAME",
    "TARGETS",
    "LearnedModel",
    "has_run",
    "model_reading",
    "normalize_for_model",
    "squashed",
    "without_runs",
]

TARGETS: tuple[str, ...] = ("abusive", "hate", "self_harm")
ARTEFACT_NAME = "guard-v1"
# Arrays the artefact may hold; anything else (a string array above all) is refused.
# A remembered word: its three partial sums and its n-gram count.
_Part = tuple[float, float, float, int]


# Words remembered by one model at most: past this, new words are hashed with each message.
_MAX_WORDS = 250_000
# New words hashed in one pass by LearnedModel.learn (bounds the arrays of a huge batch).
_LEARN_CHUNK = 2048

ARRAY_NAMES: frozenset[str] = frozenset({"weights", "bias", "calibration"})


# A run of the same word or phrase longer than this is read as this many repeats (see
# without_runs), and so is a unit of one to three characters inside a word (see squashed).
_RUN_LIMIT = 3
# One to three characters said four times or more in a row inside a word ("hahahaha", "!!!!!").
_RUN_IN_WORD = re.compile(r"(\S{1,3}?)\1{3,}")


def squashed(word: str) -> str:
    """Return ``word`` with every unit of one to three characters repeated more than three
    times in a row kept three times: "hahahahaha" is read as "hahaha", "!!!!!!!!" as "!!!".

    The model sums the weights of every n-gram, so the scaled sum of a long run grows with its
    length: thirty "!" or a long laugh saturated the abusive probability (and a long row of
    dots the self-harm one) and got a nudge. Three repeats keep what the run says.

    Examples
    --------
    >>> squashed("hahahahahaha"), squashed("!!!!!!!!"), squashed("mdrr"), squashed("...")
    ('hahaha', '!!!', 'mdrr', '...')
    """
    if len(word) < 4 or len(set(word)) * 2 > len(word):
        # A run long enough to move the sum makes most of its word; the regular expression,
        # tried at every position, would cost more than the rest of a new word's reading.
        return word
    return _RUN_IN_WORD.sub(r"\1\1\1", word)


def without_runs(words: list[str], longest: int = 4) -> list[str]:
    """Return ``words`` with every run of the same word, or the same phrase of up to
    ``longest`` words, kept at three repeats ("no no no no no no" is read as "no no no").
    :meth:`LearnedModel.predict` looks for runs only when half the words are repeats.

    Same reason as :func:`squashed`, across words: "les " typed five thousand times was hate to
    the model, "no" typed seven times a care flag.

    Examples
    --------
    >>> " ".join(without_runs("ha ha ha ha ha ok".split()))
    'ha ha ha ok'
    >>> " ".join(without_runs("je suis la je suis la je suis la je suis la !".split()))
    'je suis la je suis la je suis la !'
    >>> without_runs("a b a b c".split())
    ['a', 'b', 'a', 'b', 'c']
    """
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        for size in range(1, longest + 1):
            unit = words[i : i + size]
            repeats = 1
            while words[i + repeats * size : i + (repeats + 1) * size] == unit:
                repeats += 1
            if repeats > _RUN_LIMIT:
                out.extend(unit * _RUN_LIMIT)
                i += repeats * size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def model_reading(normalized: str) -> str:
    """Return the text whose n-grams :meth:`LearnedModel.predict` sums for ``normalized``:
    runs of words cut to three repeats (when half the words are repeats), runs inside words
    squashed."""
    return " ".join(map(squashed, _runs_cut(normalized.split())))


def _runs_cut(words: list[str]) -> list[str]:
    """``words`` with runs cut (see :func:`without_runs`), or ``words`` itself when it has none:
    runs are looked for only when half the words are repeats."""
    if len(words) > _RUN_LIMIT and len(set(words)) * 2 <= len(words) and has_run(words):
        return without_runs(words)
    return words


def has_run(words: list[str], longest: int = 4) -> bool:
    """Whether some word or phrase of up to ``longest`` words is said more than three times in
    a row: four repeats of a phrase of ``k`` words make ``3 * k`` words in a row equal to the
    word ``k`` places on. Compared in C, so that only a message that has a run pays for
    :func:`without_runs`' walk (half the words being repeats is common in long posts)."""
    for size in range(1, longest + 1):
        if b"\x01" * (_RUN_LIMIT * size) in bytes(map(operator.eq, words, words[size:])):
            return True
    return False


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
    _words: _WordMemory = field(init=False, repr=False, compare=False)
    _columns: tuple[memoryview, ...] = field(init=False, repr=False, compare=False)

    _cache: ClassVar[dict[str, LearnedModel]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __post_init__(self) -> None:
        # Bias and calibration as plain floats, read on every predict.
        scalars = tuple(
            (float(bias), float(a), float(b))
            for bias, (a, b) in zip(self.bias_, self.calibration_, strict=True)
        )
        object.__setattr__(self, "_scalars", scalars)
        # (targets, buckets), contiguous: each target's weights are one row, read one bucket at
        # a time from Python through a memoryview (a float per lookup, no copy).
        weights = np.ascontiguousarray(self.weights_)
        object.__setattr__(self, "weights_", weights)
        object.__setattr__(self, "_columns", tuple(row.data for row in weights))
        # What each word met so far adds to the three sums, and its n-gram count.
        object.__setattr__(self, "_words", _WordMemory())

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
        if not words:
            return self._probabilities((0.0, 0.0, 0.0), 0)
        cut = _runs_cut(words)
        if cut is not words:
            words = cut
            normalized = " ".join(words)
        if self.config.word_bigrams:  # pairs are not remembered: hash the message whole
            return self._probabilities(*self._sums(normalized))
        memory = self._words
        got = list(map(memory.parts.get, words))
        if not all(got):  # a missing word (a part is a non-empty tuple: truth without ==)
            found = memory.add(words, got, self)
            if found is None:  # the memory is full: this message is hashed whole
                return self._probabilities(*self._sums(normalized))
            parts = found
        else:
            parts = cast(list[_Part], got)
        # What each word adds was summed once, when the word was first met: zip(*...) turns
        # the rows into columns in C, so a message costs a few passes over its words, not
        # Python bytecode per word.
        columns = list(zip(*parts, strict=True))
        return self._probabilities(
            (sum(columns[0]), sum(columns[1]), sum(columns[2])), sum(columns[3])
        )

    def learn(self, normalized_texts: Sequence[str]) -> None:
        """Remember, in one hashing pass, every word of ``normalized_texts`` not met yet.

        :meth:`predict` then finds them all: a batch pays numpy's per-call overhead once
        instead of once per message with a new word. The numbers are the ones ``predict``
        would remember (each word's sums do not depend on the words hashed beside it).
        """
        if self.config.word_bigrams:
            return
        known = self._words.parts
        new = list(
            dict.fromkeys(
                word
                for text in normalized_texts
                for word in _runs_cut(text.split())
                if word not in known
            )
        )
        for at in range(0, len(new), _LEARN_CHUNK):
            chunk = new[at : at + _LEARN_CHUNK]
            if self._words.add(chunk, [None] * len(chunk), self) is None:
                return  # the memory is full: predict hashes such messages whole

    def _sums(self, normalized: str) -> tuple[tuple[float, ...], int]:
        """The weights of every bucket of ``normalized`` summed per target, and their count."""
        buckets = hash_features(" ".join(map(squashed, normalized.split())), self.config)
        totals = self.weights_.take(buckets, axis=1).sum(axis=1, dtype=np.float64)
        return tuple(totals.tolist()), int(buckets.shape[0])

    def _probabilities(self, totals: tuple[float, ...], count: int) -> dict[str, float]:
        # The sum of the weights of every n-gram, divided by sqrt(n): the row scaling used in
        # training (see feature_counts); it keeps long posts from saturating.
        scale = 1.0 / math.sqrt(max(count, 1))
        out: dict[str, float] = {}
        for target, total, (bias, a, b) in zip(TARGETS, totals, self._scalars, strict=True):
            z = a * (total * scale + bias) + b
            out[target] = 1.0 / (1.0 + math.exp(-min(max(z, -40.0), 40.0)))
        return out

    def parts_of(self, words: list[str]) -> list[_Part]:
        """Return, per word of ``words``, its three partial sums and its n-gram count.

        One lookup of the weights and one ``bincount`` for the three targets (target ``t`` of
        word ``j`` is bin ``t * len(words) + j``): each word's sums add its n-grams then its
        unigram in the order the message-wide sum would, so they are the same numbers.
        """
        buckets, owners = word_buckets(words, self.config)
        k = len(words)
        width = len(TARGETS)
        picked = self.weights_.take(buckets, axis=1)
        offsets = _OFFSETS.get(k)
        if offsets is None:
            offsets = np.arange(0, width * k, k, dtype=np.intp)[:, None]
            if len(_OFFSETS) < 4096:
                _OFFSETS[k] = offsets
        sums = np.bincount(
            (owners + offsets).ravel(), weights=picked.ravel(), minlength=width * k
        ).tolist()
        counts = np.bincount(owners, minlength=k).tolist()
        return [(sums[j], sums[k + j], sums[2 * k + j], counts[j]) for j in range(k)]


# The bin offset of each target, per number of words (see LearnedModel.parts_of).
_OFFSETS: dict[int, npt.NDArray[np.intp]] = {}


class _WordMemory:
    """Each word a model has met, with what it adds to a message (see ``predict``).

    Words are added under a lock; reads need no lock (a dict lookup is atomic). Once
    ``_MAX_WORDS`` words are known, messages with a new word are hashed whole.
    """

    def __init__(self) -> None:
        self.parts: dict[str, _Part] = {}
        self._lock = threading.Lock()

    def add(
        self, words: list[str], parts: list[_Part | None], model: LearnedModel
    ) -> list[_Part] | None:
        """Remember the words not yet known; return the parts of all of ``words``."""
        with self._lock:
            known = self.parts
            new = list(dict.fromkeys(w for w in words if w not in known))
            if new:
                size = len(known)
                if size + len(new) > _MAX_WORDS:
                    return None
                read = [squashed(w) for w in new]
                known.update(zip(new, model.parts_of(read), strict=True))
            return [p if p is not None else known[w] for w, p in zip(words, parts, strict=True)]
