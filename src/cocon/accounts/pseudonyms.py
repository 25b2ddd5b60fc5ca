"""Pseudonym rules: allowed shape, and a folded key that makes look-alikes collide.

Two pseudonyms that a reader could mistake for each other must not coexist (``Léa``,
``lea`` and ``1ea`` written with a Cyrillic ``е``), so uniqueness is enforced on the
folded key rather than on the raw text.
"""

from __future__ import annotations

import re
import unicodedata

_ALLOWED_CHARS = re.compile(r"^[\w.\-]+$")
_EMAIL_LIKE = re.compile(r"@|\b[a-z0-9-]+\.(?:com|fr|be|ch|ca|net|org|io)\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d")

# Letters from other scripts that look like Latin ones, and digits read as letters.
_CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "ԁ": "d",
        "ɡ": "g",
        "һ": "h",
        "ӏ": "l",
        "ԛ": "q",
        "ԝ": "w",
        "ь": "b",
        # Greek
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ω": "w",
        "γ": "y",
        "μ": "u",
        # Digits and symbols used as letters
        "0": "o",
        "1": "l",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "9": "g",
        "|": "l",
        # Letters that read alike in most fonts
        "i": "l",
    }
)


def fold_pseudonym(pseudonym: str) -> str:
    """Return the key under which look-alike pseudonyms collide.

    NFKC (full-width forms), case folding, accents removed, other scripts' look-alikes and
    digits mapped to the Latin letters they imitate; separators are ignored.
    """
    text = unicodedata.normalize("NFKC", pseudonym).casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = text.translate(_CONFUSABLES)
    text = re.sub(r"rn", "m", text)
    return re.sub(r"[._\-]", "", text)


def pseudonym_problem(pseudonym: str) -> str | None:
    """Return an error code when the pseudonym's shape is not allowed, else ``None``."""
    if not 3 <= len(pseudonym) <= 24:
        return "pseudonym_length"
    if not _ALLOWED_CHARS.match(pseudonym) or unicodedata.normalize("NFC", pseudonym) != pseudonym:
        return "pseudonym_characters"
    if _EMAIL_LIKE.search(pseudonym):
        return "pseudonym_contact"
    if len(_DIGITS.findall(pseudonym)) >= 6:
        return "pseudonym_contact"
    return None
