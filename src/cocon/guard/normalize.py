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
from collections.abc import Iterator
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
    # Armenian letters drawn like Latin ones
    "ո": "n", "ռ": "n", "ս": "u", "Ս": "u", "օ": "o", "Օ": "o", "հ": "h", "ց": "g", "զ": "q",
    # Latin letters without a decomposition
    "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "ŀ": "l",
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ħ": "h",
    # apostrophes and primes
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u2032": "'",
    # "Fancy text" generators: small capitals, letters with hooks or bars, currency signs,
    # Canadian syllabics and Cherokee letters drawn like Latin ones (Python lower-cases the
    # Cherokee capitals to their small forms, so both are listed).
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "ɑ": "a", "ɓ": "b", "ƈ": "c", "ɗ": "d", "ɛ": "e", "ƒ": "f", "ɠ": "g", "ɦ": "h", "ɨ": "i",
    "ʝ": "j", "ƙ": "k", "ɭ": "l", "ɱ": "m", "ɲ": "n", "ɵ": "o", "ƥ": "p", "ʠ": "q", "ɾ": "r",
    "ʂ": "s", "ƭ": "t", "ʋ": "u", "ⱳ": "w", "ҳ": "x", "ƴ": "y", "ȥ": "z", "ɩ": "i",
    "¢": "c", "₳": "a", "฿": "b", "₵": "c", "ɇ": "e", "₣": "f", "₲": "g", "ⱨ": "h", "₭": "k", "ⱡ": "l",
    "₥": "m", "₦": "n", "₱": "p", "ɽ": "r", "₴": "s", "₮": "t", "ʉ": "u", "₩": "w", "ӿ": "x",
    "ɏ": "y", "ⱬ": "z",
    "ᗩ": "a", "ᗷ": "b", "ᑕ": "c", "ᗪ": "d", "ᖴ": "f", "ᕼ": "h", "ᒍ": "j", "ᒪ": "l", "ᗰ": "m",
    "ᑎ": "n", "ᑭ": "p", "ᑫ": "q", "ᖇ": "r", "ᔕ": "s", "ᑌ": "u", "ᐯ": "v", "ᗯ": "w", "᙭": "x",
    "ᘔ": "z",
    "Ꭺ": "a", "ꭺ": "a", "Ᏼ": "b", "ᏼ": "b", "Ꮯ": "c", "ꮯ": "c", "Ꭰ": "d", "ꭰ": "d",
    "Ꭼ": "e", "ꭼ": "e", "Ꮐ": "g", "ꮐ": "g", "Ꮋ": "h", "ꮋ": "h", "Ꮖ": "i", "ꮖ": "i",
    "Ꭻ": "j", "ꭻ": "j", "Ꮶ": "k", "ꮶ": "k", "Ꮮ": "l", "ꮮ": "l", "Ꮇ": "m", "ꮇ": "m",
    "Ꮎ": "o", "ꮎ": "o", "Ꮲ": "p", "ꮲ": "p", "Ꮢ": "r", "ꮢ": "r",
    "Ꭱ": "r", "ꭱ": "r", "Ꮪ": "s", "ꮪ": "s",
    "Ꭲ": "t", "ꭲ": "t", "Ꮩ": "v", "ꮩ": "v", "Ꮃ": "w", "ꮃ": "w", "Ꮓ": "z", "ꮓ": "z",
    # Lisu capitals (no case) and Coptic letters drawn like Latin ones (Python lower-cases the
    # Coptic capitals), the Greek lunate sigma and yot, the Latin "long s"
    "ꓮ": "a", "ꓐ": "b", "ꓚ": "c", "ꓓ": "d", "ꓰ": "e", "ꓝ": "f", "ꓖ": "g", "ꓧ": "h", "ꓲ": "i",
    "ꓙ": "j", "ꓗ": "k", "ꓡ": "l", "ꓟ": "m", "ꓠ": "n", "ꓳ": "o", "ꓑ": "p", "ꓣ": "r", "ꓢ": "s",
    "ꓔ": "t", "ꓴ": "u", "ꓦ": "v", "ꓪ": "w", "ꓫ": "x", "ꓬ": "y", "ꓜ": "z",
    "ⲁ": "a", "ⲃ": "b", "ⲉ": "e", "ⲕ": "k", "ⲙ": "m", "ⲛ": "n", "ⲟ": "o", "ⲣ": "p", "ⲥ": "c",
    "ⲧ": "t", "ⲩ": "y", "ⲭ": "x", "ⲱ": "w", "ꞅ": "r", "ϲ": "c", "Ϲ": "c", "ϳ": "j",
}  # fmt: skip

# Latin letters that Unicode does not decompose, read from their name: "LATIN SMALL LETTER C
# WITH STROKE" (ȼ) is a "c", "LATIN LETTER SMALL CAPITAL R" an "r". Turned letters (ɐ, ǝ) are
# not: they are upside-down text, read by :func:`_fold_exotic`.
_LATIN_NAME = re.compile(
    r"LATIN (?:SMALL |CAPITAL )?LETTER (?:SMALL CAPITAL |DOTLESS )?([A-Z])(?: WITH .+)?"
)

# Letters drawn inside a black circle or square (🅐, 🅰): emoji-like, without a decomposition.
_NEGATIVE_LETTERS = ((0x1F150, 0x1F169), (0x1F170, 0x1F189))
# "(a)": a parenthesised letter decomposes to three characters; it stands for the letter.
_PARENTHESISED = re.compile(r"\(([a-z])\)")

# Leetspeak, applied only inside words (see _fold_leet): 1:1, so offsets are unchanged.
_LEET = str.maketrans({"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "$": "s", "@": "a",
                       "7": "t", "€": "e"})  # fmt: skip
# Where "!" is the "i" of a message, "1" is its "l" (full leet: "$@13 k!11").
_LEET_L = {**_LEET, ord("1"): "l"}
# In such a message (full leet) a "!" that starts or ends a word is an "i" ("!1", "m0!"), and short
# words of leet digits are words ("13$", "37", "70n"): digits leet never uses (2, 6, 8, 9) mark
# a number ("22h").
_LEET_FULL = {**_LEET_L, ord("!"): "i"}
_LEET_BANG = {**_LEET, ord("!"): "i"}
_BANG_AFTER_WORD = re.compile(r"[a-z0-9$@€]!(?![!a-z0-9$@€])")
_WORD_FULL_LEET = re.compile(
    r"(?:(?<![!a-z0-9$@€])!(?=[a-z0-9$@€]))?[a-z0-9$@€]+(?:![a-z0-9$@€]+)*(?:!(?![!a-z0-9$@€]))?"
)
_NOT_LEET_DIGIT = re.compile(r"[2689]")
_NOT_A_NUMBER = re.compile(r"[a-z$@€!]")
_LEET_CHARS = re.compile(r"[0-9$@€]")
_WORD_WITH_SYMBOLS = re.compile(r"[a-z0-9$@€]+(?:![a-z0-9$@€]+)*")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789$@€")
_LETTERS = re.compile(r"[a-z]")
_DIGITS = re.compile(r"[0-9]")
_NUMBER_LIKE = re.compile(r"[0-9]+[a-z]{0,4}|[a-z]{2,}[0-9]+|[0-9]+[a-z]{1,2}[0-9]{2}")
_SYMBOLS_IN_NAME = re.compile(r"[$@€]")
# Two digits or more at one end, whatever the letters: "15ans", "100k", "2h30", "covid19",
# "lea2010"; not "ki11" (a doubled l) nor "pu73" (two letters are too few for a name).
_NUMBER_WITH_UNIT = re.compile(
    r"[0-9]{2,}[a-z]{1,4}|[0-9]{1,2}[a-z]{1,2}[0-9]{2}|[a-z]{3,}(?!1+$)[0-9]{2,}"
)

_VOWELS = frozenset("aeiouy")
# Three or more of the same letter: "connnnard", "nuuuul", "mdrrrr".
_STRETCH = re.compile(r"([a-z])\1{2,}")
# Two zero bytes or more in a row of :func:`_shifted`: three equal characters or more.
_ZERO_RUN = re.compile(rb"\x00\x00+")
_PAIRS_ONE_APART = re.compile(rb"\x00[^\x00]\x00", re.DOTALL)
# Four of a vowel in a row is a stretch ("eeeelleeee" is "elle"), not a doubled double: no
# word of the lexicons doubles a vowel, while doubled "ss" ("ppuussssyy") is common.
_STRETCHED_VOWEL = re.compile(r"([aeiouy])\1\1")
_LONG_WORD = re.compile(r"(?<![a-z])[a-z]{4,}(?![a-z])")
# Single letters split by dots, dashes, stars... ("c.o.n.n.a.r.d") from three letters on;
# split by single spaces from four letters on, because French typed without apostrophes has
# runs of three ("il n y a", "j y vais"); the lexicons spell out "f d p", "k y s". A double
# space is a word break, so "f u c k  y o u" gives "fuck you".
_SPLIT_SYMBOLS = re.compile(r"(?<![a-z0-9'])[a-z](?:[ ]*[.\-_*·,/|+~:][ ]*[a-z](?![a-z0-9])){2,}")
# Letters spaced out evenly ("c o n n a r d", "c  o  n  n  a  r  d"): a wider gap ends the word
# ("f u c k  y o u").
_SPLIT_SPACES = re.compile(r"(?<![a-z0-9'])[a-z](?=( {1,3}))(?:\1[a-z](?![a-z0-9'])){3,}")
_NON_LETTER = re.compile(r"[^a-z]")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# "|" for "l" ("ki||"), unless bars separate single letters ("c|o|n"): the first branch keeps
# such a run whole for the split-word rule.
_BAR_L = re.compile(
    r"((?<![a-z|])[a-z](?:\|[a-z]){2,}(?![a-z|]))|(?<=[a-z])\|{1,2}(?!\|)|(?<![|])\|{1,2}(?=[a-z])"
)
# (two separators, each followed by a letter standing alone: "t.co/x" and "a, b" do not pass)
_GATE_SYMBOLS = re.compile(r"[.\-_*·,/|+~:] *[a-z](?![a-z0-9]) *[.\-_*·,/|+~:] *[a-z](?![a-z0-9])")
_GATE_SPACES = re.compile(r" [a-z] {1,3}[a-z] {1,3}[a-z] ")

# Regional indicator symbols ("🇨🇴🇳"): two in a row render as a flag when they name a region,
# otherwise as letters in boxes. A run of them is read as letters unless it is all flags.
_RI_FIRST = 0x1F1E6
_RI_RUN = re.compile("[\U0001f1e6-\U0001f1ff]+")
_REGIONS = frozenset(
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo "
    "bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cp cr cu cv cw cx cy cz de dg "
    "dj dk dm do dz ea ec ee eg eh er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm "
    "gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu ic id ie il im in io iq ir is it je jm jo jp "
    "ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk "
    "ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe "
    "pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm "
    "sn so sr ss st sv sx sy sz ta tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um un "
    "us uy uz va vc ve vg vi vn vu wf ws xk ye yt za zm zw".split()
)
_FLAGS = frozenset("".join(chr(_RI_FIRST + ord(c) - 97) for c in code) for code in _REGIONS)
# Upside-down text ("ǝʇnd ǝlɐs" is "sale pute" turned over): turned letters, written back to
# front. Folded as they were typed, except where Unicode or the tables above read them
# otherwise ("ɟ" is a "j" with a stroke, "ƃ" a "b" with a bar): those are looked up in the
# original text.
_TURNED = {
    "ɐ": "a", "ɔ": "c", "ǝ": "e", "ɥ": "h", "ᴉ": "i", "ʞ": "k", "ɯ": "m", "ɹ": "r", "ʇ": "t",
    "ʌ": "v", "ʍ": "w", "ʎ": "y", "b": "q", "q": "b", "d": "p", "p": "d", "n": "u", "u": "n",
    ",": "'", "'": ",", "¡": "!", "¿": "?",
}  # fmt: skip
_TURNED_ORIGINAL = {
    "ɟ": "f", "ƃ": "g", "ᵷ": "g", "ɾ": "j", "ſ": "j", "Ɐ": "a", "∀": "a", "Ɔ": "c", "ᗡ": "d",
    "Ǝ": "e", "Ⅎ": "f", "⅁": "g", "ꓘ": "k", "˥": "l", "Ԁ": "p", "ꓤ": "r", "Ʇ": "t", "⊥": "t",
    "∩": "u", "Ʌ": "v", "Ɯ": "m", "⅄": "y", "ꓭ": "b",
}  # fmt: skip
# Turned letters no ordinary word uses; "ɔ" and "ʌ" are letters of African languages and of
# phonetic transcriptions, and count only beside one of these.
_TURNED_ONLY = frozenset("ɐǝɥᴉʞɯɹʇʍʎ")
_TURNED_LETTERS = _TURNED_ONLY | frozenset("ɔʌ")
# One search tells whether a text holds either: most texts outside Latin-1 (emoji, "’") do not.
_EXOTIC = re.compile("[\U0001f1e6-\U0001f1ff" + "".join(sorted(_TURNED_ONLY)) + "]")
_NON_SPACE = re.compile(r"\S+")

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
    code = ord(ch)
    for first, last in _NEGATIVE_LETTERS:
        if first <= code <= last:
            return chr(ord("a") + code - first)
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf"):  # combining marks, zero-width and bidi controls
        return ""
    if cat in ("Zs", "Zl", "Zp") or ch in "\t\r\n\x0b\x0c":
        return " " if ch != "\n" else "\n"
    decomposed = unicodedata.normalize("NFKD", ch)
    if decomposed == ch and code > 0xFF:
        named = _LATIN_NAME.fullmatch(unicodedata.name(ch, ""))
        if named:
            return named.group(1).lower()
    out = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    out = "".join(_CONFUSABLES.get(c, c) for c in out)
    if len(out) == 3 and _PARENTHESISED.fullmatch(out):
        return out[1]
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
    # True when part of the text was read back to front (upside-down text): the offsets of a
    # range are then its smallest start and largest end.
    _turned: bool = field(default=False, repr=False)
    # True when the message is in full leet and a "!" may stand for an "i" ("m0!").
    full_leet: bool = field(default=False, repr=False)

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
        return _map(
            self._starts, self._ends, start, end, len(self.text), len(self.original), self._turned
        )

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the range of ``original`` that produced ``raw[start:end]``."""
        return _map(
            self._raw_starts,
            self._raw_ends,
            start,
            end,
            len(self.raw),
            len(self.original),
            self._turned,
        )

    def raw_to_text(self, pos: int) -> int:
        """Return the index in ``text`` of the first character at or after raw index ``pos``."""
        orig = self.raw_span(pos, pos + 1)[0] if pos < len(self.raw) else len(self.original)
        if self._starts is None:
            return min(orig, len(self.text))
        if self._turned:
            return next((i for i, s in enumerate(self._starts) if s >= orig), len(self.text))
        return bisect_right(self._starts, orig - 1)


def _map(
    starts: tuple[int, ...] | None,
    ends: tuple[int, ...] | None,
    start: int,
    end: int,
    n: int,
    n_orig: int,
    turned: bool = False,
) -> tuple[int, int]:
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    if starts is None or ends is None:
        return start, end
    if start == end:
        pos = starts[start] if start < n else n_orig
        return pos, pos
    if turned:
        return min(starts[start:end]), max(ends[start:end])
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


def _fold_exotic(
    text: str, raw: str, starts: list[int] | None, ends: list[int] | None
) -> tuple[str, list[int] | None, list[int] | None, bool]:
    """Read regional-indicator letters and upside-down text in ``raw``; keep the offsets.

    Called only when :data:`_EXOTIC` finds one of their characters. A run of regional
    indicators typed next to each other stays as typed when it is all flags ("🇫🇷🇧🇪"), and is
    read as letters otherwise ("🇨🇴🇳", or "🇨 🇴 🇳" for the split-word rule); one such run shows the
    message is written in these letters, and every run is then read. Upside-down text is read
    back to front, from the first word holding a turned letter to the last, when two of its
    letters are letters no ordinary word uses ("ɐ", "ǝ", "ʇ"...) and a quarter of its letters
    are turned: a phonetic transcription ("/ɹɛd/") has fewer. Returns the text, its offsets
    (None when still one for one) and whether part of it was turned around.
    """
    chars = list(raw)
    changed = False
    runs: list[list[int]] = []
    for m in _RI_RUN.finditer(raw):
        # split the run where the original was not contiguous ("🇨\u200b🇴" is no flag)
        for i in range(m.start(), m.end()):
            at = starts[i] if starts is not None else i
            if i == m.start() or at != (starts[i - 1] if starts is not None else i - 1) + 1:
                runs.append([])
            runs[-1].append(i)
    # one run that is not all flags shows the message is written in these letters: read all
    if any(len(run) % 2 or not all(raw[a : a + 2] in _FLAGS for a in run[::2]) for run in runs):
        for run in runs:
            for k in run:
                chars[k] = chr(ord(raw[k]) - _RI_FIRST + 97)
        changed = True
    turned = False
    marked = [w for w in _NON_SPACE.finditer(raw) if not _TURNED_LETTERS.isdisjoint(w.group())]
    if marked:
        first, last = marked[0].start(), marked[-1].end()
        segment_text = raw[first:last]
        turned_letters = sum(c in _TURNED_LETTERS for c in segment_text)
        if sum(c in _TURNED_ONLY for c in segment_text) >= 2 and turned_letters * 4 >= sum(
            c.isalpha() for c in segment_text
        ):
            if starts is None or ends is None:
                starts = list(range(len(raw)))
                ends = list(range(1, len(raw) + 1))
            segment = range(last - 1, first - 1, -1)
            flipped = []
            for k in segment:
                original = text[starts[k]] if ends[k] - starts[k] == 1 else ""
                letter = _TURNED_ORIGINAL.get(original)
                flipped.append(letter if letter is not None else _TURNED.get(chars[k], chars[k]))
            chars[first:last] = flipped
            starts[first:last] = [starts[k] for k in segment]
            ends[first:last] = [ends[k] for k in segment]
            changed = turned = True
    if not changed:
        return raw, starts, ends, False
    return "".join(chars), starts, ends, turned


def _may_have_leet(text: str) -> bool:
    """Return whether ``text`` holds a character of ``_LEET_CHARS`` ("€" is outside Latin-1).

    Deleting bytes is many times faster than a character-class scan by the regex engine.
    """
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return _LEET_CHARS.search(text) is not None
    return len(data.translate(None, b"0123456789$@")) != len(data)


def _shifted(text: str) -> bytes:
    """Return each byte of ``text`` XOR the byte before it (a character outside Latin-1 is
    "?"): one big-integer operation, in C. A zero byte marks a character equal to the one
    before, which the cheap gates of stretched and doubled letters look for.
    """
    data = text.encode("latin-1", "replace")
    x = int.from_bytes(data, "big")
    return (x ^ (x >> 8)).to_bytes(len(data), "big")


def _may_stretch(text: str, shifted: bytes | None = None) -> bool:
    """Return False when ``text`` certainly has no three identical characters in a row.

    A cheap necessary condition for :data:`_STRETCH`, whose back-reference makes the regex
    engine try every position: two zero bytes in a row of :func:`_shifted` mean three equal
    characters in a row.
    """
    return b"\0\0" in (_shifted(text) if shifted is None else shifted)


def _leet_words(text: str) -> Iterator[re.Match[str]]:
    """Yield the matches of :data:`_WORD_WITH_SYMBOLS` that hold a leet character, in order.

    Most words hold none: jumping from one leet character to the next (a charset search, in C)
    and walking back to its word's start spares a Python step for every other word.
    """
    search = _LEET_CHARS.search
    word = _WORD_WITH_SYMBOLS.match
    inside = _WORD_CHARS
    found = search(text)
    while found is not None:
        start = found.start()
        # back to the word's start: over word characters and a "!" between two of them
        while start > 0 and (
            text[start - 1] in inside
            or (text[start - 1] == "!" and start > 1 and text[start - 2] in inside)
        ):
            start -= 1
        m = word(text, start)
        assert m is not None  # noqa: S101 - text[start] is a word character
        yield m
        found = search(text, m.end())


def _stretches(text: str, shifted: bytes) -> list[tuple[int, int]]:
    """Return the ranges :data:`_STRETCH` finds: the runs of three or more of one letter.

    Read from the runs of zero bytes of :func:`_shifted` (found by a literal search, in C),
    whose character is a letter: "..." and "!!!" are the common runs, and the back-reference
    regex would try every position of the text.
    """
    runs: list[tuple[int, int]] = []
    for zeros in _ZERO_RUN.finditer(shifted):
        start = zeros.start() - 1
        if start >= 0 and "a" <= text[start] <= "z":
            runs.append((start, zeros.end()))
    return runs


def _fold_leet(text: str) -> tuple[str, bool]:
    """Fold leetspeak in words that are mostly letters ("c0nn4rd"), not in "15 ans" or "22h".

    Returns the text and whether the message is in full leet (a "!" may have become an "i").
    """
    if not _may_have_leet(text):
        return text, False
    pieces: list[str] = []
    last = 0
    # A "!" inside a leet word is the "i" of this message ("k!11 y0ur$e1f"), so its "1" is an
    # "l"; elsewhere "1" is the common leet for "i" ("b1tch", "e55a1e": "sa1e" is written alike,
    # and the typo reader reads "saie" as "sale").
    one_is_l = full = False
    if "!" in text:
        words = _WORD_WITH_SYMBOLS.findall(text)
        one_is_l = any("!" in w and _LEET_CHARS.search(w) for w in words)
        # Full leet: "!" is an "i" (inside a leet word, or right after a word) and a third of
        # the words or more carry leet; a long post with a few numbers ("40s", "1-800") does not.
        # (each such word holds a leet character: counting them first spares most texts)
        if sum(map(text.count, "013457$@€")) * 3 >= len(words) and (
            one_is_l or _BANG_AFTER_WORD.search(text)
        ):
            leety = sum(1 for w in words if _LEET_CHARS.search(w) and _NOT_A_NUMBER.search(w))
            full = leety >= 2 and leety * 3 >= len(words)
    table = (_LEET_FULL if full else _LEET_L) if one_is_l else (_LEET_BANG if full else _LEET)
    for m in _leet_words(text) if not full else _WORD_FULL_LEET.finditer(text):
        word = m.group()
        if full and not _LEET_CHARS.search(word) and "!" not in word:
            continue
        head = ""
        # "@pseudo" is a mention, not leetspeak: only its name is looked at ("@lea2010" stays);
        # "@$$" and "@nd" are not names.
        if (
            word[0] == "@"
            and len(word) > 3
            and not _SYMBOLS_IN_NAME.search(word, 1)
            and "!" not in word
        ):
            head, word = "@", word[1:]
        letters = len(_LETTERS.findall(word))
        digits = len(_DIGITS.findall(word))
        if full and not _NOT_LEET_DIGIT.search(word) and (len(word) <= 3 or digits < len(word)):
            pass  # full leet: "13", "3$7", "70n" are words
        elif letters < 1:
            # "@" alone stands for "a" ("@ loser"), and a word of symbols with an "@" in it is
            # leet ("$@13", "@$$"): an amount or a number has none.
            if word != "@" and ("@" not in word or word[0] == "@" and "$" not in word):
                continue
        elif _NUMBER_WITH_UNIT.fullmatch(word) or (
            digits > letters and _NUMBER_LIKE.fullmatch(word)
        ):
            # A number with a unit ("22h", "15ans") or a name with a number ("lea2010", "mp3")
            # is not leetspeak; a word written mostly in leet ("$h17", "b17ch") is.
            continue
        pieces.append(text[last : m.start()])
        # "ki11" is "kill": a doubled 1 is almost always a doubled l.
        folded = word.replace("11", "ll").translate(table)
        pieces.append(head + folded)
        last = m.end()
    if not pieces:
        return text, full
    pieces.append(text[last:])
    return "".join(pieces), full


def _fold_marks(text: str) -> str:
    """Fold "!" for "i" inside a short word ("b!tch", "n!que", "sh!t") and one or two "|"
    for "l" against a letter ("ki||"). One character for one: offsets hold.

    A "!" counts only with at most three letters before it and six after it, so a missing space
    after an exclamation ("fake!she", "salut!ca") stays punctuation. Most texts hold no "!" or
    only between words: a find loop is cheaper than a regex with look-behinds.
    """
    letters = _ASCII_LETTERS
    if "!" in text:
        chars: list[str] | None = None
        end = len(text)
        at = text.find("!", 1)
        while 0 < at < end - 1:
            if text[at - 1] in letters and text[at + 1] in letters:
                left = at - 1
                while left > 0 and text[left - 1] in letters:
                    left -= 1
                right = at + 1
                while right < end and text[right] in letters:
                    right += 1
                if at - left <= 3 and right - at - 1 <= 6:
                    if chars is None:
                        chars = list(text)
                    chars[at] = "i"
            at = text.find("!", at + 1)
        if chars is not None:
            text = "".join(chars)
    if "|" in text:
        text = _BAR_L.sub(lambda m: m.group(1) or "l" * len(m.group()), text)
    return text


def _doubled_words(text: str, shifted: bytes) -> list[tuple[int, int]]:
    """Return the ranges of the words typed with every letter twice ("ccoonnaarrdd").

    No real word of four letters or more is made of doubled letters only. Such a word repeats
    a character at every other position, so two zero bytes one apart in :func:`_shifted` are a
    necessary condition, rare in ordinary text ("coffee").
    """
    if not _PAIRS_ONE_APART.search(shifted):
        return []
    return [
        m.span()
        for m in _LONG_WORD.finditer(text)
        if (w := m.group())[::2] == w[1::2] and not _STRETCHED_VOWEL.search(w)
    ]


def _deletions(text: str) -> list[tuple[int, int]]:
    """Return the sorted ranges of ``text`` to drop (stretched letters, split-word separators,
    the second of each doubled letter)."""
    drops: list[tuple[int, int]] = []
    shifted = _shifted(text)
    doubled = _doubled_words(text, shifted)
    for start, end in doubled:
        drops.extend((at, at + 1) for at in range(start + 1, end, 2))
    if _may_stretch(text, shifted):
        for first, last in _stretches(text, shifted):
            if any(start <= first < end for start, end in doubled):
                continue  # "ppuussssyy": the halving already reads "ss"
            keep = 1 if text[first] in _VOWELS else 2
            drops.append((first + keep, last))
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
    text: str,
    starts: list[int],
    ends: list[int],
    drops: list[tuple[int, int]],
    turned: bool = False,
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
            if turned:  # offsets run backwards somewhere: widen, never shrink
                new_starts[-1] = min(new_starts[-1], *starts[a:b])
                new_ends[-1] = max(new_ends[-1], *ends[a:b])
            else:
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
    raw_starts: list[int] | None = None
    raw_ends: list[int] | None = None
    turned = False
    if text.isascii() and "\x00" not in text:
        raw = text.lower()
    else:
        try:
            raw = text.encode("latin-1").translate(_LATIN1 or _latin1_table()).decode("latin-1")
        except UnicodeEncodeError:
            raw = text.translate(_TABLE)
            if _SLOW in raw:
                raw, raw_starts, raw_ends = _fold_slow(text, raw)
            # regional indicators and turned letters are outside Latin-1: one search here
            if _EXOTIC.search(raw):
                raw, raw_starts, raw_ends, turned = _fold_exotic(text, raw, raw_starts, raw_ends)
    if _SLOW in raw and raw_starts is None:
        raw, raw_starts, raw_ends = _fold_slow(text, raw)
    leet, full_leet = _fold_leet(raw)
    leet = _fold_marks(leet)
    drops = _deletions(leet)
    if not drops:
        rs = tuple(raw_starts) if raw_starts is not None else None
        re_ = tuple(raw_ends) if raw_ends is not None else None
        return Normalized(text, leet, raw, rs, re_, rs, re_, turned, full_leet)
    if raw_starts is None or raw_ends is None:
        starts = list(range(len(raw)))
        ends = list(range(1, len(raw) + 1))
    else:
        starts, ends = raw_starts, raw_ends
    folded, new_starts, new_ends = _apply_deletions(leet, starts, ends, drops, turned)
    return Normalized(
        text,
        folded,
        raw,
        tuple(new_starts),
        tuple(new_ends),
        tuple(raw_starts) if raw_starts is not None else None,
        tuple(raw_ends) if raw_ends is not None else None,
        turned,
        full_leet,
    )
