"""The lexicon files load, and every entry is usable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocon.guard.lexicon import (
    CATEGORIES,
    MARKERS,
    TOKEN,
    Lexicon,
    Pattern,
    load_lexicon,
    tokenize,
)
from cocon.guard.normalize import normalize
from cocon.guard.risk import RISK_BY_CODE


def test_every_self_harm_and_distress_code_has_a_risk_level() -> None:
    lexicon = load_lexicon()
    codes = {e.code for e in lexicon.entries if e.category in ("self_harm", "distress")}
    codes |= {p.code for p in lexicon.patterns if p.category in ("self_harm", "distress")}
    assert codes <= set(RISK_BY_CODE), sorted(codes - set(RISK_BY_CODE))


def test_every_entry_has_a_known_category_and_severity() -> None:
    lexicon = load_lexicon()
    for entry in lexicon.entries:
        assert entry.category in CATEGORIES or entry.category in MARKERS
        assert entry.code.startswith(entry.category + ".")
        assert entry.severity in (1, 2, 3)
        assert entry.words


def test_entries_are_stored_folded_like_messages() -> None:
    lexicon = load_lexicon()
    for entry in lexicon.entries:
        for word in entry.words:
            assert tokenize(normalize(word).text) == [word], entry


def test_both_languages_are_rich() -> None:
    lexicon = load_lexicon()
    by_lang: dict[str, int] = {}
    for entry in lexicon.entries:
        by_lang[entry.lang] = by_lang.get(entry.lang, 0) + 1
    assert by_lang["fr"] > 1000
    assert by_lang["en"] > 700


def test_french_only_lexicon_loads() -> None:
    lexicon = load_lexicon(("fr",))
    assert {e.lang for e in lexicon.entries} == {"fr"}


def _gated_lexicon(extra_gate: str) -> Lexicon:
    return Lexicon(
        [],
        [
            Pattern(r"\d{2}h", "timeframe", "timeframe.hour", 1, "raw", "fr", r"\dh"),
            Pattern(r"rdv \w+", "timeframe", "timeframe.day", 1, "raw", "fr", extra_gate),
            Pattern(
                r"insta \w+",
                "personal_info",
                "personal_info.handle",
                2,
                "raw",
                "fr",
                "tok:insta|ig",
            ),  # fmt: skip
            Pattern(r"@\w+", "personal_info", "personal_info.email", 3, "raw", "fr", "lit:@"),
        ],
    )


@pytest.mark.parametrize("gate", ["rdv", "(?i)RDV"])  # the second cannot join an alternation
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("on se voit demain", []),
        ("rdv a 22h", ["timeframe.hour", "timeframe.day"]),
        ("insta lea sinon @lea", ["personal_info.handle", "personal_info.email"]),
        ("a 22h sur insta lea", ["timeframe.hour", "personal_info.handle"]),
    ],
)
def test_pattern_gates_open_exactly_the_groups_that_can_match(
    gate: str, text: str, codes: list[str]
) -> None:
    lexicon = _gated_lexicon(gate)
    hits = lexicon.match_patterns(text, text)
    assert [h.code for h in hits] == codes
    assert hits == lexicon.match_patterns(text, text, set(tokenize(text)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="azAZ09_.@' \t\n!-é🖕\x00\x7f", max_size=40))
def test_tokenize_finds_the_words_the_token_pattern_finds(text: str) -> None:
    assert tokenize(text) == TOKEN.findall(text)


def test_lexicon_macros_expand_in_every_cell_and_refuse_unknown_names() -> None:
    from cocon.guard.lexicon import parse_rows

    text = (
        "# a comment\n"
        "@define\tPETS\tchats|chiens\n"
        "@define\tTHE_PETS\tles (?:{{PETS}})\n"
        "\\b{{THE_PETS}} sont\tabuse\tabuse.test\t1\ttext\tnote\ttok:{{PETS}}\n"
    )
    assert parse_rows("t.tsv", text) == [
        [
            "\\bles (?:chats|chiens) sont",
            "abuse",
            "abuse.test",
            "1",
            "text",
            "note",
            "tok:chats|chiens",
        ]
    ]
    with pytest.raises(ValueError, match="NOPE"):
        parse_rows("t.tsv", "{{NOPE}}\tabuse\tabuse.test\t1\ttext\n")
