"""The learned layer's per-word memory adds exactly what hashing the words one array at a time
did: the same floating-point sums, in the same order, so no score moves by a bit."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocon.guard.features import FeatureConfig, word_buckets, word_parts
from cocon.guard.learned import TARGETS, LearnedModel

_WORD = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789'-éàç🖕😂"),
    min_size=1,
    max_size=14,
)


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    return LearnedModel.load()


def _parts_by_word_parts(model: LearnedModel, words: list[str]) -> list[list[float]]:
    """The former computation: n-grams and unigrams looked up and counted separately."""
    grams, owners, buckets = word_parts(words, model.config)
    k = len(words)
    width = len(TARGETS)
    columns = np.zeros((width + 1, k))
    columns[width] = np.bincount(owners, minlength=k)
    weights = model.weights_
    if grams.shape[0]:
        picked = weights.take(grams, axis=1)
        for t in range(width):
            columns[t] = np.bincount(owners, weights=picked[t], minlength=k)
    if model.config.word_unigrams:
        columns[:width] += weights.take(buckets, axis=1)
        columns[width] += 1
    return columns.T.tolist()


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORD, min_size=1, max_size=8))
def test_parts_of_gives_the_same_sums_as_word_parts(model: LearnedModel, words: list[str]) -> None:
    expected = [(a, b, c, int(n)) for a, b, c, n in _parts_by_word_parts(model, words)]
    assert model.parts_of(words) == expected


@pytest.mark.parametrize("unigrams", [True, False])
def test_word_buckets_are_word_parts_in_one_array(unigrams: bool) -> None:
    cfg = FeatureConfig(n_bits=12, word_unigrams=unigrams)
    words = ["tu", "es", "vraiment", "là", "😂", "x"]
    buckets, owners = word_buckets(words, cfg)
    grams, gram_owners, unigram_buckets = word_parts(words, cfg)
    expected = grams.tolist() + (unigram_buckets.tolist() if unigrams else [])
    assert buckets.tolist() == expected
    assert owners.tolist() == gram_owners.tolist() + (list(range(len(words))) if unigrams else [])
