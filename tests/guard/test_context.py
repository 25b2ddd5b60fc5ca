"""Clause numbering agrees with its definition: the bounds at or before each word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cocon.guard.context import _BOUNDARY, _SENTENCE, clauses
from cocon.guard.lexicon import TOKEN


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ,.!?;\n", max_size=60), st.booleans())
def test_clause_of_each_word_counts_the_bounds_before_it(body: str, with_words: bool) -> None:
    text = body.replace("a", "mais ").replace("b", "but x")
    spans = [m.span() for m in TOKEN.finditer(text)]
    tokens = [text[s:e] for s, e in spans]
    for pattern in (_BOUNDARY, _SENTENCE):
        bounds = [m.start() for m in pattern.finditer(text)]
        if with_words:
            bounds += [
                s for (s, _), tok in zip(spans, tokens, strict=True) if tok in ("mais", "but")
            ]
        expected = [sum(b <= s for b in bounds) for s, _ in spans]
        assert clauses(text, spans, pattern, tokens if with_words else None) == expected


def test_clauses_split_at_punctuation_and_at_but() -> None:
    text = "je vais bien, mais toi. et lui"
    spans = [m.span() for m in TOKEN.finditer(text)]
    tokens = [text[s:e] for s, e in spans]
    assert clauses(text, spans, _BOUNDARY, tokens) == [0, 0, 0, 2, 2, 3, 3]
    assert clauses(text, spans, _SENTENCE) == [0, 0, 0, 0, 0, 1, 1]
