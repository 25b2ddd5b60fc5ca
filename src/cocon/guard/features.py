"""Hashed character and word n-gram features for the learned layer.

The learned layer never stores text: every n-gram is reduced to a bucket number by a
deterministic polynomial hash computed with numpy, so the committed artefact is a table of
weights indexed by bucket.  The same hash serves training and inference, which is what keeps
the two consistent.

Character n-grams are taken inside each word with its two bounding spaces (" connard "), never
across two words (the word pairs carry that), so what a word adds to a score depends on the
word alone: inference remembers it per word (:func:`word_parts`) and only hashes the words it
has not met, which is what makes the learned layer cheap on ordinary chat.

The hash of a substring ``s[a:b]`` is obtained in constant time from prefix sums::

    P[i] = sum(c[j] * B**j for j < i)            (mod 2**64)
    H(a, b) = (P[b] - P[a]) * B**(-a)            (mod 2**64)

``B`` is odd, hence invertible modulo 2**64, so every character n-gram of every length and every
word comes out of a handful of whole-array numpy operations, with no Python loop per n-gram.
A final multiply-xorshift mix spreads the weak low bits before the top bits pick the bucket.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "FeatureConfig",
    "feature_counts",
    "hash_features",
    "mix_buckets",
    "word_buckets",
    "word_parts",
]

_MASK64 = (1 << 64) - 1
# Odd 64-bit constants (from splitmix64 / the golden ratio): odd so that the base is invertible
# modulo 2**64 and the prefix-hash trick above works.
_BASE = 0x9E3779B97F4A7C15
_BASE_INV = pow(_BASE, -1, 1 << 64)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_SHIFT32 = np.uint64(32)
# Salts keep a word and the character n-gram with the same letters in different buckets, and
# make a word pair differ from its two words.
_SALT_WORD = np.uint64(0x27D4EB2F165667C5)
_SALT_BIGRAM = np.uint64(0x165667B19E3779F9)

# Powers are tabulated once, on first use, and grown on demand: nothing is computed at import.
_POW_CACHE: dict[str, npt.NDArray[np.uint64]] = {}
# Per (rows, count) shape: which cells of the n-gram table end inside the text.
_FITS: dict[tuple[int, int], npt.NDArray[np.bool_]] = {}
# The final shift of each feature-space size, as a numpy scalar (built once, not per message).
_SHIFTS: dict[int, np.uint64] = {}


@dataclass(frozen=True, kw_only=True)
class FeatureConfig:
    """How text becomes hashed features; stored in the artefact and checked against the code.

    Parameters
    ----------
    n_bits : int
        The feature space holds ``2**n_bits`` buckets.
    char_ngram_min, char_ngram_max : int
        Lengths of the character n-grams, taken over the whole padded text (spaces included,
        so that word beginnings and endings are visible).
    word_unigrams, word_bigrams : bool
        Whether to add the words and the pairs of consecutive words.
    char_scope : str
        ``"word"``: character n-grams never cross a space.
    """

    n_bits: int = 18
    char_ngram_min: int = 2
    char_ngram_max: int = 5
    word_unigrams: bool = True
    #: Word pairs added little once character n-grams stay inside words (held-out ROC-AUC of the
    #: learned layer alone within 0.005 either way) and would cost a hash per pair per message.
    word_bigrams: bool = False
    #: where character n-grams are taken: "word" (inside each word), the only scope supported;
    #: recorded so that an artefact trained otherwise is refused rather than misread.
    char_scope: str = "word"

    def __post_init__(self) -> None:
        if self.char_scope != "word":
            raise ValueError(f"unsupported character n-gram scope {self.char_scope!r}")

    def to_dict(self) -> dict[str, Any]:
        """Return the configuration as a plain JSON-serialisable dict."""
        return asdict(self)


def _powers(n: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """Return ``B**j`` and ``B**-j`` (mod 2**64) for ``j < n``, cached and grown by doubling."""
    pos = _POW_CACHE.get("pos")
    if pos is None or pos.shape[0] < n:
        size = max(1024, 1 << max(n - 1, 1).bit_length())
        pos_list = [1] * size
        inv_list = [1] * size
        for j in range(1, size):
            pos_list[j] = (pos_list[j - 1] * _BASE) & _MASK64
            inv_list[j] = (inv_list[j - 1] * _BASE_INV) & _MASK64
        _POW_CACHE["pos"] = np.array(pos_list, dtype=np.uint64)
        _POW_CACHE["inv"] = np.array(inv_list, dtype=np.uint64)
    return _POW_CACHE["pos"], _POW_CACHE["inv"]


def _fits(rows: int, count: int) -> npt.NDArray[np.bool_]:
    """Which cells of the ``(rows, count)`` n-gram table end inside the text (row k is
    ``k`` longer than row 0, so its last ``k`` cells run past the end). Cached per shape."""
    key = (rows, count)
    found = _FITS.get(key)
    if found is None:
        found = np.arange(count)[None, :] < (count - np.arange(rows))[:, None]
        if len(_FITS) > 4096:
            _FITS.clear()
        _FITS[key] = found
    return found


def _hashed(
    text: str, config: FeatureConfig
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.intp], npt.NDArray[np.uint64]]:
    """Return the unmixed hashes of the in-word character n-grams of ``text``, the word each
    one belongs to, and the salted hash of every word (its leading space included)."""
    split = text.split()
    if not split:  # no word, no feature
        return (
            np.zeros(0, dtype=np.uint64),
            np.zeros(0, dtype=np.intp),
            np.zeros(0, dtype=np.uint64),
        )
    # Pad with spaces so that the first and last letters form boundary n-grams (" co", "rd ").
    padded = " " + " ".join(split) + " "
    # Everything in uint64 from here: mixed-type ufunc calls take a slower path.
    codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    length = codes.shape[0]
    n_min, n_max = config.char_ngram_min, max(config.char_ngram_min, config.char_ngram_max)
    rows = n_max - n_min + 1
    pos, inv = _powers(length + rows + 1)
    is_space = codes == 32
    # Room past the end of both prefix arrays for the strided views below.
    prefix = np.zeros(length + rows + 1, dtype=np.uint64)
    # Sums and products on uint64 wrap modulo 2**64, the arithmetic the hash needs.
    # (np.add.accumulate, not np.cumsum: same result without the Python-level wrapper.)
    np.add.accumulate(np.multiply(codes, pos[:length]), out=prefix[1 : length + 1])
    # spaces[i] = spaces in padded[:i].
    spaces = np.zeros(length + rows + 1, dtype=np.intp)
    np.add.accumulate(is_space, out=spaces[1 : length + 1], dtype=np.intp)
    # Every n-gram length at once, as the rows of one strided view (row k: length n_min + k,
    # starting at each position): at a few hundred characters numpy's per-call overhead, not
    # arithmetic, is the cost, so the number of calls is what is kept small. An n-gram lies
    # inside one word when padded[i + 1 : i + n - 1] holds no space, and belongs to word
    # spaces[i + 1] - 1; the ones that would run past the end are masked out.
    count = length - n_min + 1
    if count <= 0:
        grams = np.zeros(0, dtype=np.uint64)
        owners = np.zeros(0, dtype=np.intp)
    else:
        ends = np.ndarray((rows, count), np.uint64, prefix, n_min * 8, (8, 8))
        table = np.subtract(ends, prefix[:count])
        table *= inv[:count]
        step = spaces.strides[0]
        inner = np.ndarray((rows, count), np.intp, spaces, (n_min - 1) * step, (step, step))
        inside = inner == spaces[1 : count + 1]
        inside &= _fits(rows, count)
        grams = table[inside]
        # where an n-gram lies inside a word, ``inner`` holds that word's number (plus one)
        owners = inner[inside]
        owners -= 1
    # Words are what lies between spaces (the text was re-joined with single spaces).  A word
    # is hashed with its leading space, and punctuation stays on it.
    at = is_space.nonzero()[0]
    words = prefix[at[1:]] - prefix[at[:-1]]
    words *= inv[at[:-1]]
    words += _SALT_WORD
    return grams, owners, words


def mix_buckets(values: npt.NDArray[np.uint64], n_bits: int) -> npt.NDArray[np.int64]:
    """Reduce 64-bit hashes to buckets (in place: ``values`` is overwritten)."""
    # Multiplicative (Fibonacci) hashing: the top bits of the product depend on every bit of
    # the polynomial hash, whose own low bits are weak.
    values ^= values >> _SHIFT32
    values *= _MIX1
    shift = _SHIFTS.get(n_bits)
    if shift is None:
        shift = _SHIFTS[n_bits] = np.uint64(64 - n_bits)
    values >>= shift
    # The values now fit in n_bits, so reading the same memory as int64 changes nothing.
    return values.view(np.int64)


def hash_features(text: str, config: FeatureConfig) -> npt.NDArray[np.int64]:
    """Return the bucket of every n-gram of ``text``, one entry per occurrence.

    Repeated n-grams appear repeatedly, so the result is a bag: a linear model sums the weights
    it indexes.  The order of the entries is deterministic but carries no meaning.

    Parameters
    ----------
    text : str
        Normalised text (see :func:`cocon.guard.normalize.normalize`).
    config : FeatureConfig
        Which n-grams to extract and how many buckets.

    Returns
    -------
    numpy.ndarray of int64
        Bucket numbers in ``[0, 2**config.n_bits)``.

    Examples
    --------
    >>> cfg = FeatureConfig(n_bits=10)
    >>> a = hash_features("t'es nul", cfg)
    >>> bool((a == hash_features("t'es nul", cfg)).all())
    True
    >>> bool(a.min() >= 0 and a.max() < 1024)
    True
    """
    grams, _owners, words = _hashed(text, config)
    parts = [grams]
    if config.word_unigrams:
        parts.append(words)
    if config.word_bigrams and words.shape[0] > 1:
        pairs = words[:-1] * _SALT_BIGRAM
        pairs += words[1:]
        parts.append(pairs)
    return mix_buckets(np.concatenate(parts), config.n_bits)


def word_parts(
    words: list[str], config: FeatureConfig
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.intp], npt.NDArray[np.int64]]:
    """Return what each of ``words`` adds on its own, for inference to remember per word.

    Returns
    -------
    grams, owners : numpy.ndarray
        The buckets of the in-word character n-grams and the index of the word of each.
    buckets : numpy.ndarray
        The bucket of each word (its unigram).

    Examples
    --------
    >>> cfg = FeatureConfig(n_bits=10)
    >>> grams, owners, buckets = word_parts(["t'es", "nul"], cfg)
    >>> sorted(hash_features("t'es nul", cfg).tolist()) == sorted(grams.tolist() + buckets.tolist())
    True
    """
    grams, owners, hashes = _hashed(" ".join(words), config)
    return mix_buckets(grams, config.n_bits), owners, mix_buckets(hashes, config.n_bits)


def feature_counts(
    text: str, config: FeatureConfig
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Return the distinct buckets of ``text`` and their scaled counts, for training.

    The value of a bucket is its count divided by the square root of the total number of
    n-grams.  A linear model over these values gives exactly ``sum(w[hash_features(text)]) /
    sqrt(len(...))``, the cheap form that :class:`cocon.guard.learned.LearnedModel` computes at
    inference without sorting or counting.
    """
    buckets = hash_features(text, config)
    if buckets.shape[0] == 0:
        return buckets, np.zeros(0, dtype=np.float32)
    uniq, counts = np.unique(buckets, return_counts=True)
    scale = np.float32(1.0 / np.sqrt(buckets.shape[0]))
    return uniq, counts.astype(np.float32) * scale


def word_buckets(
    words: list[str], config: FeatureConfig
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.intp]]:
    """Return the buckets of :func:`word_parts` as one array, and the word each belongs to.

    Each word's character n-grams come in the order :func:`word_parts` gives them, and its
    unigram (when ``config.word_unigrams``) after all of them: summing a word's weights in this
    order adds exactly what ``word_parts`` followed by the unigram adds. One array is mixed and
    looked up once instead of two, and at a few words per call numpy's per-call overhead is
    what costs.

    Examples
    --------
    >>> cfg = FeatureConfig(n_bits=10)
    >>> buckets, owners = word_buckets(["t'es", "nul"], cfg)
    >>> grams, gram_owners, unigrams = word_parts(["t'es", "nul"], cfg)
    >>> buckets.tolist() == grams.tolist() + unigrams.tolist()
    True
    >>> owners.tolist() == gram_owners.tolist() + [0, 1]
    True
    """
    grams, owners, hashes = _hashed(" ".join(words), config)
    if not config.word_unigrams:
        return mix_buckets(grams, config.n_bits), owners
    return (
        mix_buckets(np.concatenate((grams, hashes)), config.n_bits),
        np.concatenate((owners, np.arange(hashes.shape[0], dtype=np.intp))),
    )
