"""Tiny French/English detector: counts frequent function words.

Messages are short and often mix both languages; a stop-word vote is right for nearly all of
them and costs one set lookup per word. French wins ties because the audience is French-speaking.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["detect_lang"]

_FR = frozenset(
    "je j tu t il elle on nous vous ils elles le la les l un une des du de d et est es suis "
    "a sont pas ne n que qu qui quoi c ce cet cette ca ça mon ma mes ton ta tes son sa ses moi "
    "toi lui leur avec pour dans sur mais ou donc car tres trop bien fait faire ai as avait "
    "etait etre avoir y en au aux plus comme tout tous rien jamais quand parce mdr ptdr wesh "
    "jsp jpp chui oui non merci bonjour salut".split()
)
_EN = frozenset(
    "i you he she it we they me my your his her our their the a an and is are was were be "
    "been am not no do does did dont don have has had will would can could should this that "
    "these those what who why how when where with for of to in on at by from but or so if "
    "just like get got im lol lmao omg yes thanks hello hi".split()
)


def detect_lang(tokens: Iterable[str]) -> str:
    """Return ``"fr"`` or ``"en"`` for the words of a normalised text.

    Examples
    --------
    >>> detect_lang(["je", "suis", "la"]), detect_lang(["i", "am", "here"])
    ('fr', 'en')
    """
    words = tokens if isinstance(tokens, (set, frozenset)) else set(tokens)
    fr = len(_FR.intersection(words))
    en = len(_EN.intersection(words))
    return "en" if en > fr else "fr"
