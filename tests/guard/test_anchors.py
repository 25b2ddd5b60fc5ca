"""Patterns tried only at the words they can start with find exactly what a search finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocon.guard.anchors import Anchors, first_words, follow_words
from cocon.guard.lexicon import Lexicon, load_lexicon, tokenize
from cocon.guard.normalize import normalize


@pytest.mark.parametrize(
    ("regex", "words", "prefixes"),
    [
        (r"\b(?:les|ces) (?:juifs|arabes) sont", {"les", "ces"}, set()),
        # an optional determiner: the group word itself may open the match
        (r"\b(?:the |all )?(?:jews|arabs) are", {"the", "all", "jews", "arabs"}, set()),
        (r"\bencul[a-z]*", set(), {"encul"}),
        (r"\barab(?:s|es)? sont", {"arab", "arabs", "arabes"}, set()),
        # "c'" ends its word at the apostrophe
        (r"\b(?:c'|cela) serait mieux", {"c", "cela"}, set()),
        # a look-behind that ends on a space puts the match at the start of a word
        (r"(?<=rather die than )(?:live|work) next", {"live", "work"}, set()),
        # a pattern that ends inside a word ("connards" matches "connard")
        (r"\bconnard", set(), {"connard"}),
        (r"\bva (?:te faire|crever)\b", {"va"}, set()),
    ],
)
def test_first_words_are_read_from_the_pattern(
    regex: str, words: set[str], prefixes: set[str]
) -> None:
    assert first_words(regex) == (frozenset(words), frozenset(prefixes))


@pytest.mark.parametrize(
    "regex",
    [
        r"[a-z]+ moi",  # a class: any word
        r"connard",  # no \b: the match may start inside a word ("xconnard")
        r"\b(?:i)? ?rather",  # may start with a space
        r"\b'd better",  # starts with a sign
        r"(?i)\bles juifs",  # case folded by the pattern
        r"\b(?:x)*",  # may match nothing
        r"\b\d{2} ?h",  # starts with any digit
    ],
)
def test_patterns_whose_first_word_is_unknown_are_searched(regex: str) -> None:
    assert first_words(regex) is None


def test_anchors_list_each_pattern_in_order_at_the_words_it_starts_with() -> None:
    anchors = Anchors(
        [
            (frozenset({"les"}), frozenset()),
            (frozenset(), frozenset({"encul"})),
            (frozenset({"les", "encule"}), frozenset()),
        ]
    )
    positions = {"les": [0, 20], "encules": [4], "encule": [30], "chat": [12]}
    assert anchors.candidates(positions) == [
        (0, (0, 2)),
        (4, (1,)),
        (20, (0, 2)),
        (30, (1, 2)),
    ]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def _both_ways(lexicon: Lexicon, text: str) -> tuple[list[object], list[object]]:
    n = normalize(text)
    words = set(tokenize(n.text))
    anchored = lexicon.match_patterns(n.text, n.raw, words)
    lexicon.anchoring = False
    try:
        searched = lexicon.match_patterns(n.text, n.raw, words)
    finally:
        lexicon.anchoring = True
    return list(anchored), list(searched)


def test_most_pattern_groups_are_anchored(lexicon: Lexicon) -> None:
    anchored = sum(a is not None for a in lexicon._anchored)
    assert anchored >= 0.8 * len(lexicon.groups_)


def test_no_large_group_is_searched(lexicon: Lexicon) -> None:
    """A group that is not anchored is searched as one alternation at every position of every
    message that opens its gate: twelve English group templates sharing a gate made one such
    search cost 300 µs, because one of them could start with an optional phrase and "[ ,]*"."""
    searched = [
        (len(chosen), chosen[0].code, chosen[0].regex[:80])
        for (_view, _gate, _regex, chosen), a in zip(
            lexicon.groups_, lexicon._anchored, strict=True
        )
        if a is None and len(chosen) > 4
    ]
    assert searched == []


_PHRASES = [
    "les juifs sont des rats",
    "tous les arabes sont des voleurs",
    "les musulmans sont une plaie",
    "why are all muslims so violent",
    "muslims are a cancer",
    "i hate all the jews",
    "je déteste les noirs",
    "dire que les roms sont des voleurs c'est du racisme",
    "on devrait les virer tous ces migrants",
    "women belong in the kitchen",
    "les femmes sont faites pour la cuisine",
    "ce serait mieux sans moi",
    "tout le monde serait plus heureux si je partais",
    "i'd rather die than live next to them",
    "call me at 06 12 34 56 78",
    "mon mail c'est léa@exemple.fr",
    "rdv à 18h devant le collège",
    "t'es qu'un connard",
    "va crever",
    "kys",
    "je veux mourir",
    "j'ai la haine contre les juifs",
]


@pytest.mark.parametrize("text", _PHRASES)
def test_anchored_matching_finds_what_a_search_finds(lexicon: Lexicon, text: str) -> None:
    anchored, searched = _both_ways(lexicon, text)
    assert anchored == searched


_PIECES = st.sampled_from(
    [
        *(word for phrase in _PHRASES for word in re.split(r"\s+", phrase)),
        "les", "the", "all", "des", "ces", "c'", "'d", "-", ",", ".", "!", "@user", "_x",
        "l'arabe", "juifs_", "ñ", "😂", "JUIFS", "\n",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=24), st.sampled_from([" ", "", "  "]))
def test_anchored_matching_equals_search_on_any_mix(
    lexicon: Lexicon, pieces: list[str], sep: str
) -> None:
    anchored, searched = _both_ways(lexicon, sep.join(pieces))
    assert anchored == searched


@pytest.mark.parametrize(
    ("regex", "table"),
    [
        # a determiner, then a group word: "les" alone is not where the pattern can start
        (
            r"\b(?:les|ces) (?:juifs|arabes) sont",
            {
                "les": ({"juifs", "arabes"}, set()),
                "ces": ({"juifs", "arabes"}, set()),
            },
        ),
        # an optional word: the next word is either the optional one or the one after it
        (
            r"\b(?:the |all )?(?:fucking )?(?:jews|arabs) are\b",
            {
                "the": ({"fucking", "jews", "arabs"}, set()),
                "all": ({"fucking", "jews", "arabs"}, set()),
                "fucking": ({"jews", "arabs"}, set()),
                "jews": ({"are"}, set()),
                "arabs": ({"are"}, set()),
            },
        ),
        # separators of any length between the words, and a letter class
        (r"\bmort aux? [ ,]*(?:juifs)\b", {"mort": ({"au", "aux"}, set())}),
        # the second word may go on ("sont" then anything): a prefix
        (r"\bils sont", {"ils": (set(), {"sont"})}),
        # anything may follow: no constraint
        (r"\bva [a-z]+", {"va": None}),
        (r"\bva\b", {"va": None}),
        (r"\bconnard", {"connard": None}),
    ],
)
def test_follow_words_are_read_from_the_pattern(
    regex: str, table: dict[str, tuple[set[str], set[str]] | None]
) -> None:
    expected = {
        word: None if rule is None else (frozenset(rule[0]), frozenset(rule[1]))
        for word, rule in table.items()
    }
    assert follow_words(regex) == expected


def test_anchors_with_next_words_skip_starts_the_next_word_rules_out() -> None:
    starts = [(frozenset({"les"}), frozenset()), (frozenset({"les", "va"}), frozenset())]
    follows = [
        {"les": (frozenset({"juifs"}), frozenset())},
        {"les": (frozenset({"arabes"}), frozenset()), "va": None},
    ]
    anchors = Anchors(starts, follows)
    positions = {"les": [0, 10, 30], "va": [20]}
    following = {0: "juifs", 10: "chats", 20: "les", 30: "arabes"}
    assert anchors.candidates(positions, following) == [(0, (0,)), (20, (1,)), (30, (1,))]
    # without the next words, every start of a first word is a candidate
    assert anchors.candidates(positions) == [
        (0, (0, 1)),
        (10, (0, 1)),
        (20, (1,)),
        (30, (0, 1)),
    ]
