"""Eighth probe: disguises the normaliser and the typo reader must see through (FR and EN).

Written by the team (no sentence taken from a dataset): short insults, hate and threats, each
typed the ways people dodge filters that the earlier suites did not cover: upside-down text,
letters with hooks or strokes that Unicode does not decompose, Lisu and Coptic look-alikes,
regional-indicator letters ("🇨🇴🇳"), symbols typed inside a word ("con.nard", "ki_ll"), a star
over a letter of a phrase word ("f*utre"), a letter struck next door on the keyboard ("fuvk"),
words written back to front, full leet ("$@13", "70!", "3$7") and several disguises in one
word. Every disguised phrasing must be caught; every look-alike (real Greek, Cyrillic and
Armenian, African languages and phonetics with turned letters, flags, maths, emoji, French
with dashes and dots, handles) must be allowed.

Measured first with a wider throwaway probe (22 phrasings of the same kind × 36 disguises,
Unicode blocks NFKC already folds included): at 3f96d60, 495 of 792 caught (upside-down text,
strokes, Lisu, Coptic, regional indicators and reversed words 0 of 22 each; a vowel masked by
"_" 15, a symbol typed inside a word 12–14, a letter struck next door 17); after the fixes 744
of 792. Still missed there: text turned over but not written back to front, a run of
indicators that is all flags ("🇻🇦🇮🇸", strict xfail below), a spaced word after a single letter
("i 🇼 🇮 🇱 🇱": the letters join), a vowel replaced by a dot ("f.utre"), a zero typed into a
four-letter word away from a double ("fu0ck"), a star over a letter of an ambiguous short word
("w*ll": "wall", "well", "will").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cocon.guard import Guard
from cocon.guard.normalize import normalize

# Each is caught as typed (checked by test_bases_are_caught_clean).
BASES = [
    "t'es qu'un connard",
    "sale pute",
    "ferme ta gueule",
    "espece de salope",
    "je vais te tuer",
    "nique ta mere",
    "fils de pute",
    "sale batard",
    "t'es vraiment debile",
    "you stupid bitch",
    "fuck you",
    "kill yourself",
    "shut up idiot",
    "you worthless whore",
    "dumb cunt",
]

_TURN = dict(zip("abcdefghijklmnopqrstuvwxyz',", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz,'", strict=True))
_STROKES = dict(zip("abcdefghijklmnopqrstuvwxyz", "ⱥƀȼɗɇƒǥɦɨɉꝁŀɱɲøꝑꝗɍȿŧʉꝟẅӿɏƶ", strict=True))
_LISU = dict(zip("abcdefghijklmnoprstuvwxyz", "ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜ", strict=True))
_COPTIC = dict(zip("acekmnoptxyw", "ⲁⲥⲉⲕⲙⲛⲟⲣⲧⲭⲩⲱ", strict=True))


def _map(table: dict[str, str]) -> Callable[[str], str]:
    return lambda text: "".join(table.get(c, c) for c in text)


def _regional(text: str) -> str:
    return "".join(chr(0x1F1E6 + ord(c) - 97) if "a" <= c <= "z" else c for c in text)


def _longest(change: Callable[[str], str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        words = text.split(" ")
        at = max(range(len(words)), key=lambda i: len(words[i]) if words[i].isalpha() else 0)
        words[at] = change(words[at])
        return " ".join(words)

    return apply


def _insert(symbol: str) -> Callable[[str], str]:
    """Type ``symbol`` inside the longest word: between its doubled letters, or in the middle."""

    def change(word: str) -> str:
        at = next((i for i in range(1, len(word)) if word[i] == word[i - 1]), len(word) // 2)
        return word[:at] + symbol + word[at:]

    return _longest(change)


def _mask_vowel(symbol: str) -> Callable[[str], str]:
    def change(word: str) -> str:
        at = next((i for i in range(1, len(word) - 1) if word[i] in "aeiou"), None)
        return word if at is None else word[:at] + symbol + word[at + 1 :]

    return _longest(change)


_FULL_LEET = str.maketrans({"a": "@", "e": "3", "i": "!", "o": "0", "s": "$", "t": "7", "l": "1"})

DISGUISES: dict[str, Callable[[str], str]] = {
    "upside_down": lambda text: _map(_TURN)(text)[::-1],
    "strokes": _map(_STROKES),
    "lisu": _map(_LISU),
    "coptic": _map(_COPTIC),
    "regional": _regional,
    "regional_word": _longest(_regional),
    "regional_zero_width": _longest(lambda w: "\u200b".join(map(_regional, w))),
    "dot_inside": _insert("."),
    "dash_inside": _insert("-"),
    "star_inside": _insert("*"),
    "underscore_inside": _insert("_"),
    "underscore_vowel": _mask_vowel("_"),
    "star_vowel": _mask_vowel("*"),
    "full_leet": lambda text: text.translate(_FULL_LEET),
}

# Disguised phrasings the engine still misses, with the reason.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("regional_word", "je vais te tuer"): "🇻🇦🇮🇸 is two flags (Vatican, Iceland): read as flags",
}

CASES = [
    pytest.param(
        disguise(base),
        id=f"{name}:{base}",
        marks=(
            [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name, base])]
            if (name, base) in KNOWN_MISSES
            else []
        ),
    )
    for name, disguise in DISGUISES.items()
    for base in BASES
]

# Written by hand: several disguises in one word, and the forms a generator does not make.
MIXED = [
    "t'es qu'un ᴄ0ɴɴ@ʀᴅ",  # small capitals and leet
    "sale ρuτε",  # Greek look-alikes
    "ta gueule ȼ0ɲɲȺʀɗ",  # strokes, hooks and leet
    "espece de 🇸🇦🇱🇴🇵🇪",  # regional indicators that are no flags
    "t'es une p_te",  # an underscore for a vowel
    "va te faire f*utre",  # a star over a letter of a phrase word
    "ferme ta g*eule",
    "sale con.nard",  # a dot typed between doubled letters
    "kil0l yourself",  # a zero between doubled letters
    "you are a fuvking loser",  # a letter struck next door
    "shut up you dumb fuvk",
    "t'es qu'un drannoc",  # a word written back to front
    "sǝʇnd sǝp ǝɹʇuǝ ʇsǝ,ɔ ssǝɥɔuɐʇ",  # upside-down, back to front
    "ǝʇnԀ ǝlɐS",  # upside-down with capitals from a generator
    "7'3$ qu'un c0nn@rd 3$p3c3 d3 70!",  # full leet, "!" ending a word
    "!1 3$7 v@!m3n7 d3b!13 c3 m3c",  # full leet, "!" starting a word
    "y0u'r3 @ b!7ch!",  # full leet, and a "!" after the insult that is an exclamation
    "7'3$ qu'un c0n! 3$p3c3 d3 c0n!",
]
MIXED_MISSES: dict[str, str] = {}

# Ordinary messages in other scripts, with turned letters or symbols: allowed, no span.
LOOK_ALIKES = [
    "Καλημέρα σε όλους, τι κάνετε σήμερα;",
    "Ευχαριστώ πολύ για τη βοήθεια",
    "Λάμδα και σίγμα στα μαθηματικά",
    "Привет, как дела? Всё хорошо, спасибо",
    "Я не знаю, что сказать",
    "Пошли в кино сегодня вечером",
    "Բարեւ, ինչպե՞ս ես",
    "Ես սիրում եմ իմ ընտանիքը",
    "Mbɔ́tɛ, ozali malamu? Nazali malamu mpenza",  # Lingala: open o and open e
    "Ɛte sɛn? Me ho yɛ",  # Twi
    "la transcription /ˈkʌlər/ et /ɹɛd/ en API",  # phonetics: two turned letters are not enough
    "le son [ɥi] de huit et [ɐ] en portugais",
    "∀x ∈ ℝ, x² ≥ 0 et ∑ 1/n² = π²/6",
    "∫₀¹ x dx = ½ et 3 × 5 = 15",
    "😂😂😂",
    "🔥🔥💯 ❤️🥰",
    "🇫🇷🇫🇷🇫🇷 allez les bleus",
    "🇵🇪🇩🇪 match ce soir",  # two flags, whatever their letters spell
    "vacances 🇮🇹 puis 🇪🇸",
    "🇲🇦🇩🇿🇹🇳 fierté",
    "Élève à l'école, où est-ce qu'on mange ? Peut-être à la cantine",
    "arc-en-ciel, week-end, e-mail, t-shirt",
    "dis-moi, vas-y, qu'est-ce que c'est",
    "mon pseudo c'est lea_martin_2010",
    "merci @tom_le_boss pour le lien",
    "snake_case et camelCase en python",
    "le fichier mon_cours.pdf est en ligne",
    "www.google.fr et youtube.com",
    "M. Dupont et Mme. Durand arrivent",
    "s.v.p. et c.-à-d. dans la consigne",
    "jean-pierre et marie-claire",
    "le score est de 3*2 et note: *important* demain",
    "c_est pas grave, t_es où ?",
    "i saw a duck in the pond",
    "the same old story",
    "it's pure gold, nice shot bro",
    "a kilo of apples from the dock",
    "la puce de mon chat",
    "niveau, stressed, repaid, drawer",
    "super!! c0ol",
    "j'ai 15 ans et toi!",
    "w0w! trop bien, r3ndez-vous à 22h",
]


@pytest.mark.parametrize("text", BASES)
def test_bases_are_caught_clean(guard: Guard, text: str) -> None:
    assert guard.check(text).action != "allow"


@pytest.mark.parametrize("text", CASES)
def test_disguised_phrasing_is_caught(guard: Guard, text: str) -> None:
    verdict = guard.check(text)
    assert verdict.action != "allow", (text, verdict.reasons, verdict.learned)
    for span in verdict.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=MIXED_MISSES[t]))
        if t in MIXED_MISSES
        else t
        for t in MIXED
    ],
)
def test_mixed_disguise_is_caught(guard: Guard, text: str) -> None:
    verdict = guard.check(text)
    assert verdict.action != "allow", (text, verdict.reasons, verdict.learned)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_allowed(guard: Guard, text: str) -> None:
    verdict = guard.check(text)
    assert verdict.action == "allow", (text, verdict.reasons)
    assert not verdict.spans, verdict.spans


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("t'es qu'un 🇨🇴🇳🇳🇦🇷🇩", "🇨🇴🇳🇳🇦🇷🇩"),
        ("pɹɐuuoɔ un,nb sǝ,ʇ", "pɹɐuuoɔ"),
        ("mdr ǝʇnd ok", "ǝʇnd"),
        ("sale con.nard", "con.nard"),
        ("t'es une p_te", "p_te"),
    ],
)
def test_the_span_is_the_disguised_word(guard: Guard, text: str, word: str) -> None:
    verdict = guard.check(text)
    highlighted = [text[s.start : s.end] for s in verdict.spans]
    assert any(word in h and len(h) <= len(word) + 12 for h in highlighted), highlighted


def test_upside_down_text_is_read_back_to_front_and_spans_stay_on_the_word() -> None:
    n = normalize("ǝʇnd ǝlɐs")
    assert n.text == "sale pute"
    assert n.original[slice(*n.span(0, 4))] == "ǝlɐs"
    assert n.original[slice(*n.span(5, 9))] == "ǝʇnd"
    assert n.span(0, 9) == (0, 9)
