"""The normaliser folds obfuscations and always finds its way back to the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocon.guard import Guard, normalize
from cocon.guard.normalize import (
    _GATE_SYMBOLS,
    _LEET_CHARS,
    _SPLIT_SYMBOLS,
    _STRETCH,
    _WORD_WITH_SYMBOLS,
    _leet_words,
    _may_have_leet,
    _may_stretch,
    _shifted,
    _stretches,
)

FOLDED = [
    ("Connard", "connard"),
    ("CONNNNNARD", "connard"),
    ("c.o.n.n.a.r.d", "connard"),
    ("c o n n a r d", "connard"),
    ("c-o-n-n-a-r-d", "connard"),
    ("c0nn4rd", "connard"),
    ("сonnаrd", "connard"),  # Cyrillic с and а
    ("ｃｏｎｎａｒｄ", "connard"),  # full-width
    ("c\u200bonnard", "connard"),  # zero-width space
    ("ce\u0301le\u0300bre", "celebre"),  # combining accents
    ("Élève à l'école", "eleve a l'ecole"),
    ("t’es", "t'es"),
    ("nuuuuul", "nul"),
    ("$alope", "salope"),
    ("s@lope", "salope"),
    ("k1ll", "kill"),
    ("ki11", "kill"),
    ("cœur", "coeur"),
    ("𝐜𝐨𝐧𝐧𝐚𝐫𝐝", "connard"),  # mathematical bold
    ("οk", "ok"),  # Greek omicron
    ("nuuuuul 🖕", "nul 🖕"),  # stretched letters outside Latin-1 text
    ("je v€ux", "je veux"),  # leetspeak outside Latin-1 text
    ("bof... nuuul !!!", "bof... nul !!!"),  # runs of symbols are not stretched letters
    ("ᴛ'ᴇꜱ ᴜɴ ᴄᴏɴɴᴀʀᴅ", "t'es un connard"),  # small capitals from a "fancy text" generator
    ("🅒🅞🅝🅝🅐🅡🅓", "connard"),  # negative circled letters
    ("🅲🅾🅽🅽🅰🆁🅳", "connard"),  # negative squared letters
    ("⒞⒪⒩", "con"),  # parenthesised letters
    ("ᑕOᑎᑎᗩᖇᗪ", "connard"),  # Canadian syllabics drawn like Latin letters
    ("ᏟᎾNNᎪᏒᎠ", "connard"),  # Cherokee letters drawn like Latin letters
    ("ɛspɛcɛ dɛ ɓɑtɑrd", "espece de batard"),  # Latin letters with hooks
    ("b!tch", "bitch"),  # "!" for "i" inside a short word
    ("n!que", "nique"),
    ("ki|| you", "kill you"),  # "|" for "l"
    ("$h17", "shit"),  # a word written mostly in leet
    ("b17ch", "bitch"),
    ("h03", "hoe"),
    ("@ loser", "a loser"),  # "@" alone stands for "a"
    ("@nd", "and"),  # too short for a name
    ("e55a1e", "essaie"),  # "1" is the common leet for "i"
    ("$@13 k!11", "sale kill"),  # but where "!" is the "i" of the message, "1" is an "l"
    ("ccoonnnnaarrdd", "connard"),  # every letter typed twice
    ("c|o|n|n|a|r|d", "connard"),  # bars between letters separate them
    ("c  o  n  n  a  r  d", "connard"),  # and so do wider spaces
    ("f u c k  y o u", "fuck  y o u"),  # a wider gap ends the word
    ("uո соոոаrd", "un connard"),  # Armenian "ո" drawn like "n"
    ("¢0nn@rd", "connard"),
    ("ttuu eess uunnee ppuussssyy", "tu es une pussy"),  # a real double stays double
    ("eeeelleeee aaaalloooo", "elle allo"),  # stretched vowels, not doubled letters
    ("ǝʇnd ǝlɐs", "sale pute"),  # upside-down text is read back to front
    ("mdr pɹɐuuoɔ ok", "mdr connard ok"),  # only from the first turned word to the last
    ("ǝǝǝǝʇnd", "pute"),  # and its stretched letters are collapsed after
    ("ǝʇnԀ ǝlɐS", "sale pute"),  # turned capitals
    ("ȼøɲɲȺɍɗ", "connard"),  # letters with strokes, read from their Unicode names
    ("ꝑʉŧɇ", "pute"),
    ("ꓚꓳꓠꓠꓮꓣꓓ", "connard"),  # Lisu letters drawn like Latin capitals
    ("ⲥⲟⲛⲛⲁꞅd", "connard"),  # Coptic letters
    ("🇸🇦🇱🇴🇵🇪", "salope"),  # regional indicators that are no flags (LO, PE would be; SA-LO-PE is
    ("🇨🇴🇳🇳🇦🇷🇩", "connard"),  # an odd run)
    ("🇨\u200b🇴\u200b🇳", "con"),  # indicators kept apart by a zero-width space make no flag
    ("🇫🇷 🇨🇴🇳", "fr con"),  # one run of letters: every run of the message is read
    ("7'3$ qu'un c0nn@rd 3$p3c3 d3 70!", "t'es qu'un connard espece de toi"),  # full leet
    ("!1 3$7 k!11@b13", "il est killable"),  # "!" starting a word, "1" for "l" in full leet
]
KEPT = [
    ("06 12 34 56 78", "06 12 34 56 78"),
    ("rdv à 22h", "rdv a 22h"),
    ("j'ai 15 ans", "j'ai 15 ans"),
    ("@lea_2010", "@lea_2010"),
    ("il y a-t-il", "il y a-t-il"),
    ("22h30", "22h30"),  # a time, a number with a unit or a name with a number is no leet
    ("2h30 et 15ans", "2h30 et 15ans"),
    ("lea2010 et covid19", "lea2010 et covid19"),
    ("@justine t'es où", "@justine t'es ou"),  # a mention
    ("salut!ca va", "salut!ca va"),  # "!" after a whole word is punctuation
    ("wow!! super", "wow!! super"),
    ("a | b", "a | b"),  # a bar between words is not a letter
    ("merci 🤬 ok", "merci 🤬 ok"),  # an emoji between words stays
    ("we love😍you", "we love😍you"),  # and so does one typed instead of a space
    ("it's fake!she lied", "it's fake!she lied"),  # a missing space after "!"
    ("coffee, aussi assis", "coffee, aussi assis"),  # doubles, but not every letter
    ("il y a  2  ans", "il y a  2  ans"),
    ("insoutenable!apres 1mage", "insoutenable!apres image"),  # a "!" between words
    ("🇫🇷🇧🇪 allez", "🇫🇷🇧🇪 allez"),  # flags stay flags,
    ("🇵🇪🇩🇪 ce soir", "🇵🇪🇩🇪 ce soir"),  # whatever their letters spell
    ("la transcription /ˈkʌlər/ et /ɹɛd/", "la transcription /ˈkʌlər/ et /ɹed/"),  # phonetics
    ("Mbɔ́tɛ, ozali malamu?", "mbɔte, ozali malamu?"),  # Lingala's open o is no turned c
    ("super!! c0ol", "super!! cool"),  # "!" after a word is an "i" only in full leet
    ("j'ai 15 ans et toi!", "j'ai 15 ans et toi!"),
    ("w0w! trop bien", "wow! trop bien"),
]


@pytest.mark.parametrize(("text", "folded"), FOLDED)
def test_normalize_folds_obfuscation(text: str, folded: str) -> None:
    assert normalize(text).text == folded


@pytest.mark.parametrize(("text", "folded"), KEPT)
def test_normalize_keeps_numbers_times_and_mentions(text: str, folded: str) -> None:
    assert normalize(text).text == folded


def test_normalize_raw_view_keeps_digits() -> None:
    n = normalize("Appelle au 06.12.34.56.78 c0nnard")
    assert n.raw == "appelle au 06.12.34.56.78 c0nnard"
    assert n.text == "appelle au 06.12.34.56.78 connard"


def test_span_maps_a_joined_word_back_to_every_original_character() -> None:
    n = normalize("Quel C.O.N.N.A.R.D !")
    start = n.text.index("connard")
    assert n.span(start, start + len("connard")) == (5, 18)


def test_span_maps_an_expanded_character_back_to_one_character() -> None:
    n = normalize("sœur")
    assert n.text == "soeur"
    assert n.span(1, 3) == (1, 2)


def test_span_of_stretched_word_covers_the_whole_stretch() -> None:
    n = normalize("t'es nuuuuul")
    start = n.text.index("nul")
    assert n.span(start, start + 3) == (5, 12)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcé€$@0 .!🖕", max_size=40))
def test_cheap_gates_never_miss_what_the_regexes_find(text: str) -> None:
    assert _may_have_leet(text) == bool(_LEET_CHARS.search(text))
    if _STRETCH.search(text):
        assert _may_stretch(text)
    assert _stretches(text, _shifted(text)) == [m.span() for m in _STRETCH.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1'.,-/* ", max_size=30))
def test_split_symbols_gate_passes_every_split_word(text: str) -> None:
    if _SPLIT_SYMBOLS.search(text):
        assert _GATE_SYMBOLS.search(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab!0 3$@€.-", max_size=30))
def test_leet_words_are_the_words_holding_a_leet_character(text: str) -> None:
    expected = [
        m.span() for m in _WORD_WITH_SYMBOLS.finditer(text) if _LEET_CHARS.search(m.group())
    ]
    assert [m.span() for m in _leet_words(text)] == expected


def test_stretches_are_letter_runs_only() -> None:
    text = "nuuuul... mdrrrr !!! aaa"
    assert _stretches(text, _shifted(text)) == [(1, 5), (12, 16), (21, 24)]


def test_span_of_upside_down_text_is_the_turned_word() -> None:
    n = normalize("t'es un ǝʇnd ǝlɐs !")
    assert n.text == "t'es un sale pute !"
    assert n.original[slice(*n.span(8, 12))] == "ǝlɐs"
    assert n.original[slice(*n.span(13, 17))] == "ǝʇnd"
    assert n.span(8, 17) == (8, 17)  # a range across the turned words covers both
    assert n.original[slice(*n.span(0, 4))] == "t'es"


def test_span_of_regional_indicator_letters_is_the_indicators() -> None:
    text = "t'es qu'un 🇨🇴🇳🇳🇦🇷🇩"
    n = normalize(text)
    start = n.text.index("connard")
    assert text[slice(*n.span(start, start + 7))] == "🇨🇴🇳🇳🇦🇷🇩"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abdnpqsuol ɐǝɹʇɥʞɯʍʎᴉɔʌ,'!0é🇦🇧🇨🇷\u200b", max_size=40))
def test_turned_and_indicator_text_keeps_spans_ordered_and_in_bounds(text: str) -> None:
    n = normalize(text)
    for i in range(len(n.text)):
        for j in (i + 1, min(i + 5, len(n.text))):
            start, end = n.span(i, j)
            assert 0 <= start < end <= len(text)
    for i in range(len(n.raw)):
        start, end = n.raw_span(i, i + 1)
        assert 0 <= start < end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_never_fails_and_spans_stay_in_bounds(text: str) -> None:
    n = normalize(text)
    for i in range(len(n.text) + 1):
        start, end = n.span(i, min(i + 4, len(n.text)))
        assert 0 <= start <= end <= len(text)
    for i in range(len(n.raw)):
        start, end = n.raw_span(i, i + 1)
        assert 0 <= start <= end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_gets_a_verdict_with_spans_in_bounds(text: str) -> None:
    guard = _GUARD.load()
    verdict = guard.check(text)
    for span in verdict.spans:
        assert 0 <= span.start <= span.end <= len(text)
    assert verdict == guard.check(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "t'es",
                "nul",
                "c0nnard",
                "je",
                "veux",
                "mourir",
                "mdr",
                "🖕",
                "06 12 34 56 78",
                "ce soir",
                "k y s",
                "é",
                "\u200b",
                "сука",
                " ",
                ".",
                "ta",
                "gueule",
            ]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_risky_word_salad_gets_a_verdict_with_spans_in_bounds(text: str) -> None:
    verdict = _GUARD.load().check(text)
    for span in verdict.spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end].strip()


_GUARD = Guard(learned=False)


def test_disguised_email_with_spaces_is_held_and_a_plain_at_is_not() -> None:
    guard = Guard()
    assert "personal_info.email" in guard.check("écris-moi : lea (at) gmail (dot) com").reasons
    assert "personal_info.email" in guard.check("lea [at] free [dot] fr").reasons
    assert guard.check("look at me, i'm at home").action == "allow"
    assert guard.check("@lea t'es trop forte").action == "allow"
