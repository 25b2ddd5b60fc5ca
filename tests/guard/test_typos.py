"""Typo reading: a key word misspelt by one letter is read as the word, a real word never is.

All sentences are the team's own, written like HateCheck's spelling-variation cases.
"""

from __future__ import annotations

import functools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocon.guard import Guard
from cocon.guard.lexicon import tokenize
from cocon.guard.normalize import normalize
from cocon.guard.typos import (
    _AT_WORD,
    _FLANKED_BREAK,
    MIN_LENGTH,
    TypoReader,
    _may_hold_mask,
    osa_distance,
    read_keep,
)
from cocon.guard.typos_build import main as build_main

MISSPELT_HATE = [
    ("i hate muslmis", "muslmis"),  # swapped letters
    ("i hate muslms", "muslms"),  # missing letter
    ("gay people are disgustnig", "disgustnig"),
    ("women are wrothless", "wrothless"),
    ("black poeple are animals", "poeple"),
    ("all jews shuold be killed", "shuold"),
    ("imigrants are vermin", "imigrants"),  # missing doubled letter
    ("les noirs sont des aniamux", "aniamux"),
    ("les arabes sont tous des voluers", "voluers"),
    ("les homos sont dégoutnats", "dégoutnats"),
]


@pytest.mark.parametrize(("text", "typo"), MISSPELT_HATE)
def test_misspelt_hate_is_blocked_and_the_span_is_the_typo(
    guard: Guard, text: str, typo: str
) -> None:
    verdict = guard.check(text)
    assert verdict.action == "block", verdict.reasons
    highlighted = {text[s.start : s.end] for s in verdict.spans}
    assert typo in highlighted or any(typo in h for h in highlighted)


@pytest.mark.parametrize(
    "text",
    [
        "on se retrouve dans les salles du fond",  # salles is not sales
        "the batter got beaned by a fastball",  # beaned is not the slur
        "les salles de classe sont froides",
        "i wouldn't hurt anyone, i promise",  # wouldn is never read as would
        "mes parents m'attendent à la maison",
    ],
)
def test_real_words_are_never_read_as_lexicon_words(guard: Guard, text: str) -> None:
    verdict = guard.check(text)
    assert verdict.action == "allow"
    assert not verdict.spans


def test_short_words_and_first_letters_are_left_alone() -> None:
    reader = TypoReader(["muslims", "connard"])
    assert reader.candidates("musli") == []  # two letters away
    assert reader.candidates("kuslims") == []  # another first letter
    assert reader.candidates("cona") == []  # under MIN_LENGTH
    assert reader.candidates("connard") == []  # the word itself
    assert reader.candidates("conard") == ["connard"]


def test_keep_list_holds_only_words_a_typo_or_a_split_could_reach() -> None:
    reader = _reader()
    keep = sorted(read_keep())
    assert keep
    for word in keep[::20]:
        assert (
            len(word) < MIN_LENGTH
            or reader.candidates(word)
            or reader.segment(word)
            or reader.skeleton_word(word)
            or reader.split_double(word)
            or reader.reversed(word)
        ), word


def test_keep_list_is_up_to_date_with_the_lexicons() -> None:
    # Rebuilt from wordfreq (a dev dependency): run `python -m cocon.guard typos` if this fails.
    assert build_main(["--check"]) == 0


@functools.cache
def _reader() -> TypoReader:
    reader = Guard().load()._typos
    assert reader is not None
    return reader


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_fix_keeps_spans_in_bounds_and_short_tokens(text: str) -> None:
    reader = _reader()
    n = normalize(text)
    fixed = reader.fix(n, tokenize(n.text))
    if fixed is None:
        return
    for i in range(len(fixed.text)):
        start, end = fixed.span(i, i + 1)
        assert 0 <= start <= end <= len(text)
    if "*" in n.text or "#" in n.text or not n.text.isascii():
        return  # a masked or emoji-broken word is read whole, short pieces included
    # words of four letters are read only as skeletons ("btch"), shorter ones never
    before = Counter(t for t in tokenize(n.text) if len(t) < 4)
    after = Counter(t for t in tokenize(fixed.text) if len(t) < 4)
    assert not before - after, "a short word was read as another"
    # A run-together word split in pieces ("ihatemuslims") adds short glue words, nothing else.
    assert set(after - before) <= reader.glue


def test_osa_distance_counts_a_swap_as_one_edit() -> None:
    assert osa_distance("ab", "ba") == 1
    assert osa_distance("salles", "sales") == 1
    assert osa_distance("conne", "colle") == 2
    assert osa_distance("abc", "abc") == 0
    assert osa_distance("abcdef", "fedcba") == 2  # capped at limit + 1


@pytest.mark.parametrize(
    "text",
    [
        "ihatemuslims",
        "#gaypeoplearedisgusting",
        "lesjuifssontdesrats",
        "ihatewomen",
        "killalljews",  # the key word may be four letters long
    ],
)
def test_run_together_hate_is_split_and_blocked(guard: Guard, text: str) -> None:
    verdict = guard.check(text)
    assert verdict.action == "block", verdict.reasons
    assert any(s.category == "hate" for s in verdict.spans)


@pytest.mark.parametrize(
    "text",
    [
        "therapist",
        "understanding",
        "constitution",
        "jetaimetrop",
        "bonanniversaire",
        "painkillers",
        "lifeguard",
    ],
)
def test_real_long_words_and_friendly_run_togethers_are_not_split(guard: Guard, text: str) -> None:
    verdict = guard.check(text)
    assert verdict.action == "allow" and not verdict.spans


# Masked and doubled spellings (the team's own): a star or hash hides a letter of an insult,
# or every letter is typed twice.
MASKED_ABUSE = [
    ("t'es qu'une sale p*te", "p*te"),
    ("espèce de c**nard", "c**nard"),
    ("you stupid b*tch", "b*tch"),
    ("ferme-la, enc*lé", "enc*lé"),
    ("t'es un ccoonnaarrdd", "ccoonnaarrdd"),
    ("espèce de conn🤬ard", "conn🤬ard"),  # an emoji typed inside the word
    ("fu** you", "fu**"),  # stars that end the word
    ("t'es qu'un enc***", "enc***"),
    ("shut up you bi***", "bi***"),
    ("espèce de cnnrd", "cnnrd"),  # the consonants alone
    ("shut up btch", "btch"),
    ("you're such an @sshole", "@sshole"),  # an "a" word dressed as a mention
    ("what a 1oser", "1oser"),  # a leading "1" for "l"
]


@pytest.mark.parametrize(("text", "masked"), MASKED_ABUSE)
def test_masked_and_doubled_insults_are_read_and_the_span_is_the_masked_word(
    guard: Guard, text: str, masked: str
) -> None:
    verdict = guard.check(text)
    assert verdict.action in ("nudge", "block"), verdict.reasons
    assert any(r.startswith("abuse") for r in verdict.reasons), verdict.reasons
    highlighted = {text[s.start : s.end] for s in verdict.spans}
    assert any(masked in h for h in highlighted), highlighted


@pytest.mark.parametrize(
    "text",
    [
        "*hugs* merci pour ton message",  # stars around a word are emphasis, not a mask
        "j'adore le c# et le python",  # a hash after a letter is not a mask
        "rdv a 14h*, *sous réserve",
        "le mot de passe c'est a*b*c",  # one letter a side is too little to read
        "on a eu 5*3 au contrôle",
        "we love😍levi so much",  # an emoji typed instead of a space joins no insult
        "trop bien😂merci à toi",
        "livraison offerte* dès 20 euros",  # a footnote star
        "x**2 + y**2 = r**2",
        "**bravo** à toute l'équipe",
        "prix tjrs pas fixé, incl. les frais, ptdr jsp",  # SMS words with no vowel
        "merci @lea pour la photo",
        "mdrrr grrr pfff bjrrr",
    ],
)
def test_stars_and_emoji_that_hide_no_insult_are_left_alone(guard: Guard, text: str) -> None:
    verdict = guard.check(text)
    assert verdict.action == "allow", verdict.reasons
    assert not verdict.spans


def test_unmask_prefers_the_most_severe_word_and_needs_letters_both_sides() -> None:
    reader = TypoReader([], maskable={"pute": 3, "pete": 1, "fuck": 2})
    assert reader.unmask_word("p*te") == "pute"
    assert reader.unmask_word("f*ck") == "fuck"
    assert reader.unmask_word("*uck") is None  # no letter before the mask
    assert reader.unmask_word("f****") is None  # more hidden than shown
    assert reader.unmask_word("x*ck") is None  # nothing fits
    assert reader.unmask_word("fu**") == "fuck"  # stars may end the word
    assert reader.unmask_word("f***") is None  # but two letters must show


def test_a_mask_that_ends_the_word_reads_an_insult_before_a_slur() -> None:
    reader = TypoReader([], maskable={"bicot": 3, "bitch": 2}, mask_hate=["bicot"])
    assert reader.unmask_word("bi***") == "bitch"  # only the start shows: the milder guess
    assert reader.unmask_word("bi*ot") == "bicot"  # letters on both sides settle it


def test_skeletons_need_four_letters_and_no_vowel() -> None:
    reader = TypoReader([], maskable={"connard": 2, "salete": 1, "bitch": 2})
    assert reader.skeleton_word("cnnrd") == "connard"
    assert reader.skeleton_word("btch") == "bitch"
    assert reader.skeleton_word("slt") is None  # "salut" as often as "saleté"
    assert reader.skeleton_word("conrd") is None  # a vowel: a typo, not a skeleton


def test_every_layer_reads_a_message_typed_with_doubled_letters_as_typed_once(
    guard: Guard,
) -> None:
    plain = guard.check("ferme ta bouche sale menteur")
    doubled = guard.check("ffeerrmmee ttaa bboouucchhee ssaallee mmeenntteeuurr")
    assert doubled.scores == pytest.approx(plain.scores)
    assert doubled.action == plain.action != "allow"
    # ordinary doubles stay: no word of four letters or more is doubled letters only
    kept = guard.check("coffee, cookies and a good book")
    assert kept.action == "allow" and not kept.spans


def test_a_four_letter_insult_struck_next_door_is_read_unless_the_word_is_real() -> None:
    reader = TypoReader([], maskable={"fuck": 2, "pute": 3, "sexy": 1}, keep=["pure", "sext"])
    assert reader.keyboard_word("fuvk") == "fuck"  # "v" is next to "c"
    assert reader.keyboard_word("pyte") == "pute"
    assert reader.keyboard_word("vuck") is None  # the first letter is never read
    assert reader.keyboard_word("fuzk") is None  # "z" is not next to "c"
    assert reader.read("pure") is None and reader.read("sext") is None  # real words stay
    assert reader.read("fuvk") == "fuck"


def test_a_letter_between_doubled_letters_and_a_word_back_to_front_are_read() -> None:
    reader = TypoReader(["kilos"], maskable={"kill": 2, "connard": 2})
    assert reader.read("kilol") == "kill"  # "ki0ll" is not "kilos"
    assert reader.split_double("conxnard") == "connard"  # longer: one edit reads it too
    assert reader.read("drannoc") == "connard"
    assert reader.reversed("llik") is None  # four letters are too few to turn around


def test_underscores_and_symbols_inside_a_word_are_read_but_not_in_handles() -> None:
    reader = TypoReader([], maskable={"connard": 2, "kill": 2}, glue=["gueule", "foutre"])
    assert reader.unmask_word("c_nnard") == "connard"  # an underscore for a vowel
    assert reader.unmask_word("con*nard") == "connard"  # a star typed between letters
    assert reader.unmask_word("ki_ll") == "kill"
    assert reader.unmask_word("g*eule") is None  # not an insult: a guess, for the lexicons
    assert reader.guess_masked("g*eule") == "gueule"
    assert reader.guess_masked("g**ule") == "gueule"
    assert reader.guess_masked("g***le") is None  # three hidden is too many for a guess
    assert reader.guess_masked("c*nnard") is None  # an insult is no guess: unmask_word reads it
    n = normalize("merci @lea_conn_ard et à lea_martin")
    assert reader.undisguise(n) is None


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("t'es un con.nard", "con.nard"),  # a dot between doubled letters
        ("sale pu-te", "pu-te"),
        ("ferme ta gue.ule", "gue.ule"),  # a phrase word, read by the lexicons
        ("je va-is te tuer", "va-is"),
        ("va te faire f*utre", "f*utre"),  # a masked phrase word, read by the lexicons
    ],
)
def test_words_broken_or_masked_are_read_and_the_span_is_the_broken_word(
    guard: Guard, text: str, broken: str
) -> None:
    verdict = guard.check(text)
    assert verdict.action != "allow", verdict.reasons
    highlighted = {text[s.start : s.end] for s in verdict.spans}
    assert any(broken in h for h in highlighted), highlighted


@pytest.mark.parametrize(
    "text",
    [
        "i'm scared of self-harm coming back, no-one knows",  # compounds stay compounds
        "arc-en-ciel et peut-être un t-shirt",
        "lien sur redd.it et youtube.com",
        "c'est mon_pseudo_2010 sur le jeu",
    ],
)
def test_compounds_links_and_names_are_not_joined_for_the_learned_layer(
    guard: Guard, text: str
) -> None:
    reader = guard._typos
    assert reader is not None
    assert reader.undisguise(normalize(text)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("t'es qu'un f*ck", True),
        ("quel c_nnard", True),
        ("ta m#re", True),
        ("&#8220;salut&#8221; #teamlea", False),
        ("écris à @lea_martin", False),
        ("5 * 3 = 15", False),
    ],
)
def test_mask_gate_looks_only_at_marks_after_a_letter(text: str, expected: bool) -> None:
    assert _may_hold_mask(text) is expected


def test_at_words_start_at_an_at_sign_no_word_character_precedes() -> None:
    text = "@sshole mail@abcd @@rabe (@nnoying"
    assert [(m.start(), m.group(1)) for m in _AT_WORD.finditer(text)] == [
        (0, "sshole"),
        (26, "nnoying"),
    ]


def test_break_marks_are_those_between_two_letters() -> None:
    text = "con.nard. fin - pu-te a..b ~x"
    assert [m.start() for m in _FLANKED_BREAK.finditer(text)] == [3, 18]


def test_a_fix_in_upside_down_text_keeps_its_span_the_right_way_round() -> None:
    """Turned text is read back to front, so its offsets run backwards: a word the typo reader
    fixes there must still point to a range of the original, start before end."""
    text = "ʇ:ɹ010P"  # "doior:t" once turned over; "doior" is read as "door"
    n = normalize(text)
    fixed = _reader().fix(n, tokenize(n.text))
    assert fixed is not None and fixed.text != n.text
    for i in range(len(fixed.text)):
        start, end = fixed.span(i, i + 1)
        assert 0 <= start <= end <= len(text)
