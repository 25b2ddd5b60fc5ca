"""Typo reading: a key word misspelt by one letter is read as the word, a real word never is.

All sentences are the team's own, written like HateCheck's spelling-variation cases.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocon.guard import Guard
from cocon.guard.lexicon import tokenize
from cocon.guard.normalize import normalize
from cocon.guard.typos import MIN_LENGTH, TypoReader, osa_distance, read_keep
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
        assert len(word) < MIN_LENGTH or reader.candidates(word) or reader.segment(word), word


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
    before = [t for t in tokenize(n.text) if len(t) < MIN_LENGTH]
    after = [t for t in tokenize(fixed.text) if len(t) < MIN_LENGTH]
    assert before == after


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
