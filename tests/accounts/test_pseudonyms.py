import pytest
from hypothesis import given
from hypothesis import strategies as st

from cocon.accounts.pseudonyms import fold_pseudonym, pseudonym_problem


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Léa", "lea"),
        ("lea", "1ea"),
        ("Léa", "1\u0435a"),  # digit one and Cyrillic ie
        ("Camille", "CAMILLE"),
        ("Camille", "Cami11e"),
        ("sam", "ｓａｍ"),  # full-width
        ("nora", "n\u03bfra"),  # Greek omicron
        ("le_chat", "lechat"),
        ("marie", "rnarie"),
    ],
)
def test_look_alike_pseudonyms_fold_to_the_same_key(first: str, second: str) -> None:
    assert fold_pseudonym(first) == fold_pseudonym(second)


@pytest.mark.parametrize(
    ("first", "second"), [("lea", "leo"), ("Camille", "Camilla"), ("sam", "sami")]
)
def test_different_pseudonyms_keep_different_keys(first: str, second: str) -> None:
    assert fold_pseudonym(first) != fold_pseudonym(second)


@pytest.mark.parametrize(
    ("pseudonym", "code"),
    [
        ("ab", "pseudonym_length"),
        ("a" * 25, "pseudonym_length"),
        ("lea lou", "pseudonym_characters"),
        ("lea<b>", "pseudonym_characters"),
        ("lea@mail.fr", "pseudonym_characters"),
        ("lea.gmail.com", "pseudonym_contact"),
        ("0612345678", "pseudonym_contact"),
        ("Léa", None),
        ("Noé_2009", None),
        ("a.b-c", None),
    ],
)
def test_pseudonym_shape_rules(pseudonym: str, code: str | None) -> None:
    assert pseudonym_problem(pseudonym) == code


@given(st.text(max_size=40))
def test_any_text_folds_and_checks_without_error(text: str) -> None:
    assert isinstance(fold_pseudonym(text), str)
    assert pseudonym_problem(text) in {
        None,
        "pseudonym_length",
        "pseudonym_characters",
        "pseudonym_contact",
    }
