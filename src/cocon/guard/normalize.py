"""Offset-keeping text normaliser.

The engine never matches words on the text as typed: people write "C0NNNARD", "c.o.n.n.a.r.d",
"сonnard" (with a Cyrillic "с") or "t'es n u l". :func:`normalize` folds all of these to one
spelling and keeps, for every character of the folded text, the range of the original text it
came from, so that a match can be shown (or blurred) where the author typed it.

Two views come out of one pass:

``raw``
    case, accents, look-alikes, zero-width and combining marks folded; digits and symbols kept,
    so that phone numbers, e-mail addresses and times ("à 22h") can still be read.
``text``
    ``raw`` plus leetspeak folded inside words, stretched letters collapsed and single letters
    separated by dots or spaces joined. This is what lexicons and the learned layer read.

Most messages are plain Latin text whose folding is one character for one character; those go
through a single :meth:`str.translate` call and need no offset table at all.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["Normalized", "fold_char", "normalize"]

# Look-alikes that Unicode compatibility decomposition leaves alone: Cyrillic and Greek letters
# drawn like Latin ones, and typographic apostrophes (so "t’es" and "t'es" read the same).
_CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ү": "y", "һ": "h",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
    "С": "c", "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ς": "s",
    "Α": "a", "Β": "b", "Ε": "e", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "Ζ": "z",
    # Latin letters without a decomposition
    "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "ŀ": "l",
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ħ": "h",
    # apostrophes and primes
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u2032": "'",
}  # fmt: skip

# Leetspeak, applied only inside words (see _fold_leet): 1:1, so offsets are unchanged.
_LEET = str.maketrans({"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "$": "s", "@": "a",
                       "7": "t", "€": "e"})  # fmt: skip
_LEET_CHARS = re.compile(r"[0-9$@€]")
_WORD_WITH_SYMBOLS = re.compile(r"[a-z0-9$@€]+")
_LETTERS = re.compile(r"[a-z]")
_DIGITS = re.compile(r"[0-9]")

_VOWELS = frozenset("aeiouy")
# Three or more of the same letter: "connnnard", "nuuuul", "mdrrrr".
_STRETCH = re.compile(r"([a-z])\1{2,}")
# Single letters split by dots, dashes, stars... ("c.o.n.n.a.r.d") from three letters on;
# split by single spaces from four letters on, because French typed without apostrophes has
# runs of three ("il n y a", "j y vais"); the lexicons spell out "f d p", "k y s". A double
# space is a word break, so "f u c k  y o u" gives "fuck you".
_SPLIT_SYMBOLS = re.compile(r"(?<![a-z0-9'])[a-z](?:[ ]*[.\-_*·,/|+~:][ ]*[a-z](?![a-z0-9])){2,}")
_SPLIT_SPACES = re.compile(r"(?<![a-z0-9'])[a-z](?: [a-z](?![a-z0-9'])){3,}")
_NON_LETTER = re.compile(r"[^a-z]")
_GATE_SYMBOLS = re.compile(r"[.\-_*·,/|+~:] *[a-z] *[.\-_*·,/|+~:]")
_GATE_SPACES = re.compile(r" [a-z] [a-z] [a-z] ")

# A character whose folding changes the length marks the text for the slow path.
_SLOW = "\x00"


def fold_char(ch: str) -> str:
    """Return the folded form of one character (possibly empty or longer than one).

    Parameters
    ----------
    ch : str
        A single character.

    Returns
    -------
    str
        Lower case, without accents or combining marks, look-alikes mapped to Latin.

    Examples
    --------
    >>> fold_char("É"), fold_char("с"), fold_char("\u200b"), fold_char("œ")
    ('e', 'c', '', 'oe')
    """
    if ch in _CONFUSABLES:
        return _CONFUSABLES[ch]
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf"):  # combining marks, zero-width and bidi controls
        return ""
    if cat in ("Zs", "Zl", "Zp") or ch in "\t\r\n\x0b\x0c":
        return " " if ch != "\n" else "\n"
    decomposed = unicodedata.normalize("NFKD", ch)
    out = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    out = "".join(_CONFUSABLES.get(c, c) for c in out)
    if not out and cat[0] != "M":
        return ch
    return out


class _FoldTable(dict[int, int | str]):
    """Translation table filled on first sight of each code point.

    Characters that fold to exactly one character map to it; the others map to a sentinel that
    sends the whole text through the slower offset-tracking loop.
    """

    def __missing__(self, key: int) -> int | str:
        folded = fold_char(chr(key))
        value: int | str = ord(folded) if len(folded) == 1 else _SLOW
        self[key] = value
        return value


_TABLE = _FoldTable()
for _code in range(128):
    _TABLE[_code] = ord(chr(_code).lower())
_TABLE[0] = _SLOW  # a real NUL goes through the slow path too, which handles it


def _latin1_table() -> bytes:
    """Build (once, on first use) the byte table for Latin-1 text."""
    global _LATIN1  # noqa: PLW0603 - filled lazily: nothing is computed at import time
    out = bytearray()
    for code in range(256):
        value = _TABLE[code]
        # a fold outside Latin-1 or longer than one character takes the slow path (NUL)
        out.append(value if isinstance(value, int) and value < 256 else 0)
    _LATIN1 = bytes(out)
    return _LATIN1


_LATIN1: bytes = b""


@dataclass(frozen=True, slots=True)
class Normalized:
    """The folded views of a text and the way back to the original.

    Attributes
    ----------
    original : str
        The text as given.
    text : str
        Fully folded text (leetspeak, stretched letters and split words handled).
    raw : str
        Folded text with digits and symbols kept.
    """

    original: str
    text: str
    raw: str
    # starts[i] / ends[i]: original range of text[i]; None when text maps 1:1 onto original.
    _starts: tuple[int, ...] | None = field(default=None, repr=False)
    _ends: tuple[int, ...] | None = field(default=None, repr=False)
    _raw_starts: tuple[int, ...] | None = field(default=None, repr=False)
    _raw_ends: tuple[int, ...] | None = field(default=None, repr=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the range of ``original`` that produced ``text[start:end]``.

        Examples
        --------
        >>> n = normalize("Quel C.O.N.N.A.R.D !")
        >>> n.text
        'quel connard !'
        >>> s, e = n.span(5, 12)
        >>> n.original[s:e]
        'C.O.N.N.A.R.D'
        """
        return _map(self._starts, self._ends, start, end, len(self.text), len(self.original))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the range of ``original`` that produced ``raw[start:end]``."""
        return _map(self._raw_starts, self._raw_ends, start, end, len(self.raw), len(self.original))

    def raw_to_text(self, pos: int) -> int:
        """Return the index in ``text`` of the first character at or after raw index ``pos``."""
        orig = self.raw_span(pos, pos + 1)[0] if pos < len(self.raw) else len(self.original)
        if self._starts is None:
            return min(orig, len(self.text))
        return bisect_right(self._starts, orig - 1)


def _map(
    starts: tuple[int, ...] | None,
    ends: tuple[int, ...] | None,
    start: int,
    end: int,
    n: int,
    n_orig: int,
) -> tuple[int, int]:
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    if starts is None or ends is None:
        return start, end
    if start == end:
        pos = starts[start] if start < n else n_orig
        return pos, pos
    return starts[start], ends[end - 1]


_SENTINEL = re.compile(_SLOW + "+")
# Folded forms that are not one character long ("œ" -> "oe", combining marks -> "").
_EXPANSIONS: dict[str, str] = {"\x00": " "}


def _fold_slow(text: str, translated: str) -> tuple[str, list[int], list[int]]:
    """Fold the characters the translation table could not, keeping offsets.

    Only the marked positions are visited in Python; the stretches between them are copied with
    slices and ranges, so a French text with one "œ" costs little more than the fast path.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for m in _SENTINEL.finditer(translated):
        a = m.start()
        if a > last:
            out.append(translated[last:a])
            starts.extend(range(last, a))
            ends.extend(range(last + 1, a + 1))
        for i in range(a, m.end()):
            ch = text[i]
            folded = _EXPANSIONS.get(ch)
            if folded is None:
                folded = _EXPANSIONS[ch] = fold_char(ch)
            if not folded:
                if ends:  # a dropped mark belongs to the character before it
                    ends[-1] = i + 1
                continue
            out.append(folded)
            starts.extend([i] * len(folded))
            ends.extend([i + 1] * len(folded))
        last = m.end()
    if last < len(text):
        out.append(translated[last:])
        starts.extend(range(last, len(text)))
        ends.extend(range(last + 1, len(text) + 1))
    return "".join(out), starts, ends


def _may_have_leet(text: str) -> bool:
    """Return whether ``text`` holds a character of ``_LEET_CHARS`` ("€" is outside Latin-1).

    Deleting bytes is many times faster than a character-class scan by the regex engine.
    """
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return _LEET_CHARS.search(text) is not None
    return len(data.translate(None, b"0123456789$@")) != len(data)


def _may_stretch(text: str) -> bool:
    """Return False when ``text`` certainly has no three identical characters in a row.

    A cheap necessary condition for :data:`_STRETCH`, whose back-reference makes the regex
    engine try every position: for Latin-1 text, XOR the bytes with themselves shifted by one
    (one big-integer operation); two zero bytes in a row mean three equal bytes in a row.
    """
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return True
    x = int.from_bytes(data, "big")
    return b"\0\0" in (x ^ (x >> 8)).to_bytes(len(data), "big")


def _fold_leet(text: str) -> str:
    """Fold leetspeak in words that are mostly letters ("c0nn4rd"), not in "15 ans" or "22h"."""
    if not _may_have_leet(text):
        return text
    pieces: list[str] = []
    last = 0
    for m in _WORD_WITH_SYMBOLS.finditer(text):
        word = m.group()
        if not _LEET_CHARS.search(word):
            continue
        letters = len(_LETTERS.findall(word))
        digits = len(_DIGITS.findall(word))
        if letters < 1 or digits > letters:
            continue
        head = ""
        if word[0] == "@":  # "@pseudo" is a mention, not leetspeak
            head, word = "@", word[1:]
        pieces.append(text[last : m.start()])
        # "ki11" is "kill": a doubled 1 is almost always a doubled l.
        pieces.append(head + word.replace("11", "ll").translate(_LEET))
        last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _deletions(text: str) -> list[tuple[int, int]]:
    """Return the sorted ranges of ``text`` to drop (stretched letters, split-word separators)."""
    drops: list[tuple[int, int]] = []
    if _may_stretch(text):
        for m in _STRETCH.finditer(text):
            keep = 1 if m.group(1) in _VOWELS else 2
            drops.append((m.start() + keep, m.end()))
    # The split patterns start with a look-behind, which defeats the regex engine's fast scan;
    # their gates start with a rarer character and reject most texts five times faster.
    for gate, pattern, probe in (
        (_GATE_SYMBOLS, _SPLIT_SYMBOLS, text),
        (_GATE_SPACES, _SPLIT_SPACES, " " + text + " "),
    ):
        if gate.search(probe) and pattern.search(text):
            for m in pattern.finditer(text):
                for sep in _NON_LETTER.finditer(m.group()):
                    drops.append((m.start() + sep.start(), m.start() + sep.end()))
    drops.sort()
    return drops


def _apply_deletions(
    text: str, starts: list[int], ends: list[int], drops: list[tuple[int, int]]
) -> tuple[str, list[int], list[int]]:
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for a, b in drops:
        if a < last:  # overlapping ranges from two rules
            a = last
            if a >= b:
                continue
        out.append(text[last:a])
        new_starts.extend(starts[last:a])
        new_ends.extend(ends[last:a])
        if new_ends:
            new_ends[-1] = ends[b - 1]
        last = b
    out.append(text[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(out), new_starts, new_ends


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching and keep the way back to it.

    Parameters
    ----------
    text : str
        Any Unicode string.

    Returns
    -------
    Normalized
        ``.text`` (fully folded), ``.raw`` (digits kept) and :meth:`Normalized.span`.

    Examples
    --------
    >>> normalize("T'es un C0NNNNARD 🖕").text
    "t'es un connard 🖕"
    >>> normalize("Appelle-moi au 06 12 34 56 78").raw
    'appelle-moi au 06 12 34 56 78'
    >>> normalize("ｔ’ｅｓ ｎｕｌ").text
    "t'es nul"
    """
    # Fast paths, all in C: ASCII needs only lower(); Latin-1 text (most French) goes through a
    # 256-byte table. Anything else (emoji, "œ", "’", Cyrillic) uses the lazily filled table.
    if text.isascii() and "\x00" not in text:
        raw = text.lower()
    else:
        try:
            raw = text.encode("latin-1").translate(_LATIN1 or _latin1_table()).decode("latin-1")
        except UnicodeEncodeError:
            raw = text.translate(_TABLE)
    raw_starts: list[int] | None = None
    raw_ends: list[int] | None = None
    if _SLOW in raw:
        raw, raw_starts, raw_ends = _fold_slow(text, raw)
    leet = _fold_leet(raw)
    drops = _deletions(leet)
    if not drops:
        rs = tuple(raw_starts) if raw_starts is not None else None
        re_ = tuple(raw_ends) if raw_ends is not None else None
        return Normalized(text, leet, raw, rs, re_, rs, re_)
    if raw_starts is None or raw_ends is None:
        starts = list(range(len(raw)))
        ends = list(range(1, len(raw) + 1))
    else:
        starts, ends = raw_starts, raw_ends
    folded, new_starts, new_ends = _apply_deletions(leet, starts, ends, drops)
    return Normalized(
        text,
        folded,
        raw,
        tuple(new_starts),
        tuple(new_ends),
        tuple(raw_starts) if raw_starts is not None else None,
        tuple(raw_ends) if raw_ends is not None else None,
    )
