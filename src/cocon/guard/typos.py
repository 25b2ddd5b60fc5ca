"""Read a misspelt key word as the word: "muslmis", "disgustnig", "imigrants", "musulamns".

Why: hateful and abusive messages are often typed fast or misspelt on purpose, and functional
test suites (HateCheck's "spelling variations") swap, drop or add one letter in the word that
carries the attack, or glue the words together. The lexicons hold the words; this module maps a
token that is one edit away from one of them (a letter swapped with its neighbour, dropped, added
or replaced) back to it, and splits a run-together token ("ihatemuslims") into lexicon words when
one of them is a key word, before matching.

What keeps it from inventing insults: only words of five letters or more, on both sides, with
the same first letter; never a token that is itself a lexicon word; never a real word. The real
words are a short committed list (``lexicons/typos.keep.txt``): the common French and English
words that are one edit away from a lexicon word ("salles" is not "sales", "beaned" is not a
slur). It is built by ``python -m cocon.guard typos`` from the word frequencies of the PyPI
package ``wordfreq`` (a development dependency; inference needs nothing but the list).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from importlib import resources
from typing import Any

from cocon.guard.lexicon import TOKEN
from cocon.guard.normalize import Normalized

__all__ = [
    "KEEP_FILE",
    "MIN_LENGTH",
    "TypoReader",
    "deletions",
    "mask_words",
    "osa_distance",
    "read_keep",
    "target_words",
]

MIN_LENGTH = 5
# Run-together words ("ihatemuslims") are split only when this long.
SEGMENT_MIN = 8
_MAX_PIECE = 20
KEEP_FILE = "typos.keep.txt"
# Short words a run-together phrase is glued with, besides the lexicons' own words.
_GLUE = frozenset(
    "i a y the are is all and to be of so we they them you your these those should must die "
    "hate les des sont est tous toutes de la le je tu il ils elles on que qui et en un une au "
    "aux ces pas ne sale sales nique ta ton vos".split()
)
# Categories whose words are worth reading through a typo; markers (idioms, laughter, report
# frames) and contact patterns are not.
_TARGET_CATEGORIES = frozenset(
    {"abuse", "hate", "threat", "sexual", "incitement", "self_harm", "distress"}
)
_WORD = re.compile(r"[a-z]+")
_MISS: Any = object()
# A word with letters masked by stars, hashes or underscores ("f*ck", "c**nard", "n#que",
# "c_nnard"), or by stars that end it ("fu**", "enc***"). Letters always come first, so "*hugs*"
# (emphasis), "*their" (a correction) and "#hashtag" are not masks.
_MASKED = re.compile(r"(?<![a-z0-9*#_@])[a-z]+(?:[*#_]+[a-z]+)*(?:[*#_]+[a-z]+|\*+)(?![a-z0-9*#_])")
_MASK_RUN = re.compile(r"[*#_]+")
# A star, a hash or an underscore right after a letter ("&#8220;" and "#tag" have none): the
# mark comes first so that the regex engine's fast scan jumps from mark to mark.
_MARK_AFTER_LETTER = re.compile(r"[*#_](?<=[a-z][*#_])")
# A dot, a dash or a tilde typed inside a word to break it ("con.nard", "pu-te"): the pieces
# are joined only when they make an insult, since words are joined with dashes ("peut-être").
_BREAKS = ".-~"
_BREAK_RUN = re.compile(r"[.\-~]+")
# A letter between two of the same ("kilol"), the gate of :meth:`TypoReader.split_double`.
_SANDWICH = re.compile(r"([a-z])(?!\1)[a-z]\1")
_ENDS_IN_I = re.compile(r"(?<![a-z0-9])[a-z]{3,}i(?![a-z0-9])")
_BROKEN = re.compile(r"(?<![a-z0-9])[a-z]+(?:[.\-~]+[a-z]+)+(?![a-z0-9])")
# One mark between two letters, where :meth:`TypoReader._find_broken` looks: the mark comes
# first so that the regex engine's fast scan jumps from mark to mark.
_FLANKED_BREAK = re.compile(r"[.\-~](?<=[a-z][.\-~])(?=[a-z])")
# Keys next to each other on AZERTY or QWERTY keyboards: a four-letter insult with one of its
# letters (not the first) struck next door ("fuvk", "pyte") is read as the insult.
_NEIGHBOURS: dict[str, str] = {
    "a": "zqsw", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "zrdsw", "f": "drtgvc",
    "g": "ftyhbv", "h": "gyujnb", "i": "uojkl", "j": "huikmn", "k": "jiolm", "l": "kopm",
    "m": "lpkjn", "n": "bhjm", "o": "iplk", "p": "olm", "q": "azsw", "r": "edft", "s": "azedxqw",
    "t": "rfgy", "u": "yhji", "v": "cfgb", "w": "qsxae", "x": "wsdcz", "y": "tghu", "z": "aesx",
}  # fmt: skip
# An emoji typed inside a word to break it ("conn🤬ard"). People also write emoji between words
# without spaces ("love😍you"), so the pieces are joined only when the joined word is a key word.
_EMOJI = "[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]"
_EMOJI_RUN = re.compile(_EMOJI)
_EMOJI_GLUED = re.compile(f"[a-z]+(?:{_EMOJI}+[a-z]+)+")
# A token written as a consonant skeleton: a first letter, then four or more letters with no
# vowel ("cnnrd", "btch"); its skeleton must keep four letters to be read.
_VOWELS = frozenset("aeiouy")
_SKELETON = re.compile(r"[a-z][b-df-hj-np-tv-xz]{3,}")
_SKELETON_MIN = 4
# A mention-like word: "@" then letters ("@sshole", "@rabe"). The "@" comes first (the
# look-behind checks the character before it) so that the regex engine jumps from "@" to "@".
_AT_WORD = re.compile(r"@(?<![a-z0-9@]@)([a-z]{3,})(?![a-z0-9@])")
# The categories whose single-word entries a mask may hide.
_MASK_CATEGORIES = frozenset({"abuse", "hate", "threat", "sexual", "incitement"})
# At least this many letters shown, and at most this many hidden, for a mask to be read.
_MASK_SHOWN = 2
_MASK_HIDDEN = 4


def deletions(word: str) -> set[str]:
    """Return every string made by deleting one character of ``word``.

    Examples
    --------
    >>> sorted(deletions("abc"))
    ['ab', 'ac', 'bc']
    """
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def osa_distance(a: str, b: str, limit: int = 1) -> int:
    """Return the optimal-string-alignment distance, or ``limit + 1`` once it exceeds ``limit``.

    A swap of two neighbouring letters counts as one edit, as people type it.

    Examples
    --------
    >>> osa_distance("muslmis", "muslims"), osa_distance("imigrants", "immigrants")
    (1, 1)
    >>> osa_distance("salles", "sales"), osa_distance("colle", "conne")
    (1, 2)
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[len(b)], limit + 1)


def target_words(lexicon: Any, min_length: int = MIN_LENGTH) -> list[str]:
    """Return the words a typo can be read as: lexicon entry words and pattern literals.

    Entry words of the scored categories, and the letter runs of the patterns (the group and
    predicate lists of the templates), of ``min_length`` letters or more.
    """
    words: set[str] = set()
    for entry in lexicon.entries:
        if entry.category in _TARGET_CATEGORIES:
            words.update(w for w in entry.words if len(w) >= min_length and w.isalpha())
    for pattern in lexicon.patterns:
        if pattern.category in _TARGET_CATEGORIES and pattern.view == "text":
            words.update(w for w in _WORD.findall(pattern.regex) if len(w) >= min_length)
    return sorted(words)


def reader_for(lexicon: Any, keep: Iterable[str] = ()) -> TypoReader:
    """Return the typo reader of ``lexicon``: the one the engine uses and the keep-list is for.

    A run-together token is split when one piece is a key word of four letters or more
    ("killalljews": "jews"); one-letter typos are read only towards words of five or more.
    """
    keys = target_words(lexicon, min_length=4)
    # the reader keeps the keys of MIN_LENGTH letters or more as its typo targets
    hate = {e.words[0] for e in lexicon.entries if e.category == "hate" and len(e.words) == 1}
    return TypoReader(
        keys, keep, glue_words(lexicon), keys=keys, maskable=mask_words(lexicon), mask_hate=hate
    )


def mask_words(lexicon: Any) -> dict[str, int]:
    """Return the words a masked token may stand for, with their highest severity.

    Single-word entries of the attacking categories only: a star hides an insult ("p*te",
    "f*ck"), seldom a word of distress, and never one of the patterns' fragments.
    """
    words: dict[str, int] = {}
    for entry in lexicon.entries:
        if entry.category in _MASK_CATEGORIES and len(entry.words) == 1:
            word = entry.words[0]
            if len(word) >= 3 and word.isalpha():
                words[word] = max(words.get(word, 0), int(entry.severity))
    return words


def glue_words(lexicon: Any) -> frozenset[str]:
    """Return the words a run-together token may be split into: every lexicon word, and glue."""
    words = set(_GLUE)
    for entry in lexicon.entries:
        words.update(w for w in entry.words if w.isalpha() and (len(w) > 1 or w in _GLUE))
    for pattern in lexicon.patterns:
        if pattern.view == "text":
            # letter runs of a regex include suffix fragments ("ing", "es"): whole words only
            words.update(w for w in _WORD.findall(pattern.regex) if len(w) >= 4)
    return frozenset(words)


def read_keep() -> frozenset[str]:
    """Return the committed real words that must never be read as a lexicon word."""
    path = resources.files("cocon.guard").joinpath("lexicons", KEEP_FILE)
    if not path.is_file():
        return frozenset()
    return frozenset(
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


class TypoReader:
    """Map tokens one edit away from a target word to that word (remembered per token).

    Thread-safe: the index is read-only once built, and the per-token memory is a dict whose
    entries are written whole (a lost race recomputes the same answer).
    """

    def __init__(
        self,
        targets: Iterable[str],
        keep: Iterable[str] = (),
        glue: Iterable[str] = (),
        keys: Iterable[str] = (),
        maskable: Mapping[str, int] | None = None,
        mask_hate: Iterable[str] = (),
    ) -> None:
        self.targets = frozenset(t for t in targets if len(t) >= MIN_LENGTH)
        self.keep = frozenset(keep)
        # the words that make a split worth reading; the targets by default
        self.keys = frozenset(keys) | self.targets
        self.glue = frozenset(glue) | self.keys
        index: dict[str, list[str]] = {}
        for word in sorted(self.targets):
            for variant in {word, *deletions(word)}:
                index.setdefault(variant, []).append(word)
        self._index = index
        # the index's keys as a set: one C intersection with a token's variants finds the few
        # that are keys (most tokens have none)
        self._variants = frozenset(index)
        self._memory: dict[str, str | None] = {}
        # Words a masked token can stand for, by length ("f*ck" is looked up among four), the
        # most severe first: "p*te" is "pute" before it is "pete".
        by_length: dict[int, list[str]] = {}
        severity = self._mask_severity = dict(maskable or {})
        for word in sorted(severity, key=lambda w: (-severity[w], w)):
            by_length.setdefault(len(word), []).append(word)
        self._maskable = by_length
        # A mask that ends the word shows only its start ("bi***" fits "bitch" and a slur): an
        # insult is read before a slur there, so a guess never turns abuse into hate.
        hate = frozenset(mask_hate)
        self._maskable_open = {
            n: sorted(words, key=lambda w: w in hate) for n, words in by_length.items()
        }
        self._masks: dict[str, str | None] = {}
        self._glue_by_shape: dict[tuple[int, str], list[str]] | None = None
        self._guesses: dict[str, str | None] = {}
        self._last_broken: tuple[str, list[tuple[int, int, str, bool]]] | None = None
        # Insults written without their vowels ("cnnrd", "btch"), by consonant skeleton; a
        # skeleton two words share goes to the one a mask would pick, and short skeletons
        # ("slt" is both "salut" and "saleté") are not read at all.
        skeletons: dict[str, str] = {}
        for words in self._maskable_open.values():
            for word in words:
                if len(key := _skeleton(word)) >= _SKELETON_MIN:
                    skeletons.setdefault(key, word)
        self._skeletons = skeletons
        # Four-letter insults with one letter (not the first) struck next door, the most severe
        # first ("fuvk" is "fuck"), and never an insult itself.
        struck: dict[str, str] = {}
        for word in self._maskable.get(4, ()):
            for at in range(1, 4):
                for key in _NEIGHBOURS.get(word[at], ""):
                    struck.setdefault(word[:at] + key + word[at + 1 :], word)
        self._struck = {k: w for k, w in struck.items() if k not in severity}

    def unmask_word(self, token: str) -> str | None:
        """Return the key word a masked ``token`` stands for ("f*ck", "c**nard"), if any.

        Every star or hash hides one letter. When several words fit, the most severe is
        taken, then the first in alphabetical order, so the answer never depends on set order.

        Examples
        --------
        >>> reader = TypoReader([], maskable={"fuck": 2, "connard": 2, "thugs": 1})
        >>> reader.unmask_word("f*ck"), reader.unmask_word("c**nard"), reader.unmask_word("*hugs")
        ('fuck', 'connard', None)
        >>> reader.unmask_word("fu**"), reader.unmask_word("conn***")
        ('fuck', 'connard')
        """
        known = self._masks.get(token, _MISS)
        if known is not _MISS:
            return known  # type: ignore[no-any-return]
        word: str | None = None
        hidden = sum(len(run) for run in _MASK_RUN.findall(token))
        if (
            _MASKED.fullmatch(token)
            and len(token) - hidden >= _MASK_SHOWN
            and hidden <= _MASK_HIDDEN
        ):
            shape = re.compile(_MASK_RUN.sub(lambda m: f"[a-z]{{{len(m.group())}}}", token))
            fitting = self._maskable_open if token[-1] == "*" else self._maskable
            word = next((w for w in fitting.get(len(token), ()) if shape.fullmatch(w)), None)
            if word is None and token[-1] != "*":
                joined = _MASK_RUN.sub("", token)  # a symbol typed inside: "con*nard", "ki_ll"
                word = joined if joined in self._mask_severity or joined in self.keys else None
        if len(self._masks) > 100_000:
            self._masks.clear()
        self._masks[token] = word
        return word

    def guess_masked(self, token: str) -> str | None:
        """Return the lexicon word a masked ``token`` no insult fits may stand for ("f*utre" of
        "va te faire foutre", "g*eule"): at most two letters hidden and three shown, the first
        in alphabetical order. A guess ("m*is" is "mais" or "mois"), read by the lexicons only.

        >>> TypoReader([], glue=["gueule", "foutre"]).guess_masked("g*eule")
        'gueule'
        """
        known = self._guesses.get(token, _MISS)
        if known is not _MISS:
            return known  # type: ignore[no-any-return]
        word: str | None = None
        hidden = sum(len(run) for run in _MASK_RUN.findall(token))
        if (
            token[-1] != "*"
            and hidden <= 2
            and len(token) - hidden >= 3
            and _MASKED.fullmatch(token)
            and self.unmask_word(token) is None
        ):
            shape = re.compile(_MASK_RUN.sub(lambda m: f"[a-z]{{{len(m.group())}}}", token))
            by_shape = self._glue_by_shape
            if by_shape is None:
                by_shape = {}
                for glued in sorted(self.glue):
                    by_shape.setdefault((len(glued), glued[0]), []).append(glued)
                self._glue_by_shape = by_shape
            fitting = by_shape.get((len(token), token[0]), ())
            word = next((w for w in fitting if shape.fullmatch(w)), None)
        if len(self._guesses) > 100_000:
            self._guesses.clear()
        self._guesses[token] = word
        return word

    def keyboard_word(self, token: str) -> str | None:
        """Return the four-letter insult ``token`` writes with one key struck next door.

        Same first letter, one other letter replaced by a neighbour on an AZERTY or QWERTY
        keyboard; the most severe insult first.

        >>> TypoReader([], maskable={"fuck": 2}).keyboard_word("fuvk")
        'fuck'
        """
        return self._struck.get(token) if len(token) == 4 else None

    def reversed(self, token: str) -> str | None:
        """Return the insult ``token`` writes back to front ("drannoc"), five letters or more.

        >>> TypoReader([], maskable={"connard": 2}).reversed("drannoc")
        'connard'
        """
        word = token[::-1]
        return word if len(word) >= MIN_LENGTH and word in self._mask_severity else None

    def split_double(self, token: str) -> str | None:
        """Return the key word ``token`` writes with a letter typed between a doubled letter
        ("kilol" of "ki0ll" once leet is folded, "conxnard").

        >>> TypoReader([], maskable={"kill": 2}).split_double("kilol")
        'kill'
        """
        if not _SANDWICH.search(token):
            return None
        for i in range(1, len(token) - 1):
            if token[i - 1] == token[i + 1] != token[i]:
                joined = token[:i] + token[i + 1 :]
                if joined in self._mask_severity or joined in self.keys:
                    return joined
        return None

    def _broken(self, text: str, *, lexicon: bool = False) -> list[tuple[int, int, str]]:
        """Return the words broken by a dot, a dash or a tilde ("con.nard") that join into an
        insult, or with ``lexicon`` into another key word ("gue.ule", "va-is"), unless every
        piece is a lexicon word of three letters or more ("self-harm"): a compound.

        :meth:`undisguise` and :meth:`fix` both ask, mostly about the same text: the last
        answer is kept (a race between threads only computes it twice).
        """
        last = self._last_broken
        if last is None or last[0] != text:
            last = self._last_broken = (text, self._find_broken(text))
        return [(a, b, word) for a, b, word, insult in last[1] if lexicon or insult]

    def _find_broken(self, text: str) -> list[tuple[int, int, str, bool]]:
        """Find every joined word :meth:`_broken` may return, and whether it is an insult.

        Only the words around a mark between two letters are looked at: most texts have none,
        and the sentence ends and dashes between words are skipped by one regex scan, in C.
        Found in text order (the callers sort them anyway).
        """
        found: list[tuple[int, int, str, bool]] = []
        seen: set[int] = set()
        for hit in _FLANKED_BREAK.finditer(text):
            left = hit.start() - 1
            while left > 0 and ("a" <= text[left - 1] <= "z" or text[left - 1] in _BREAKS):
                left -= 1
            if left in seen:
                continue
            seen.add(left)
            m = _BROKEN.match(text, left)
            if m is not None:
                pieces = _BREAK_RUN.split(m.group())
                joined = "".join(pieces)
                if joined in self._mask_severity:
                    found.append((m.start(), m.end(), joined, True))
                elif joined in self.keys and not all(
                    len(p) >= 3 and p in self.glue for p in pieces
                ):
                    found.append((m.start(), m.end(), joined, False))
        return found

    def candidates(self, token: str) -> list[str]:
        """Return the target words one edit away from ``token``, same first letter, best first.

        Examples
        --------
        >>> TypoReader(["muslims", "muslim"]).candidates("muslmis")
        ['muslims']
        """
        if len(token) < MIN_LENGTH or token in self.targets or not token.isalpha():
            return []
        variants = deletions(token)
        variants.add(token)
        hits = variants & self._variants
        if not hits:
            return []
        found: set[str] = set()
        for variant in hits:
            found.update(self._index[variant])
        close = [
            word
            for word in found
            if word[0] == token[0] and word != token and osa_distance(token, word) <= 1
        ]
        # Prefer the same length (a swap or a replaced letter), then the longer word, then
        # alphabetical order, so the answer never depends on set order.
        close.sort(key=lambda w: (len(w) != len(token), -len(w), w))
        return close

    def segment(self, token: str) -> str | None:
        """Return a run-together ``token`` split into known words, if one of them is a target.

        The split with the fewest pieces wins; every piece must be a lexicon or glue word.

        Examples
        --------
        >>> reader = TypoReader(["muslims"], glue=["i", "hate"])
        >>> reader.segment("ihatemuslims"), reader.segment("ihatemondays")
        ('i hate muslims', None)
        """
        if len(token) < SEGMENT_MIN or not token.isalpha() or token in self.glue:
            return None
        glue = self.glue
        n = len(token)
        best: list[tuple[str, ...] | None] = [None] * (n + 1)
        best[0] = ()
        # Forward from each reachable position only (few are): for every end, the first start
        # giving the fewest pieces still wins, as pieces are tried from the left.
        for j in range(n):
            head = best[j]
            if head is None:
                continue
            size = len(head) + 1
            for i in range(j + 1, min(n, j + _MAX_PIECE) + 1):
                piece = token[j:i]
                if piece in glue:
                    current = best[i]
                    if current is None or size < len(current):
                        best[i] = (*head, piece)
        pieces = best[n]
        if pieces is None or len(pieces) < 2 or not any(p in self.keys for p in pieces):
            return None
        return " ".join(pieces)

    def read(self, token: str) -> str | None:
        """Return the word ``token`` stands for, or None when it stands for itself."""
        known = self._memory.get(token, _MISS)
        if known is not _MISS:
            return known  # type: ignore[no-any-return]
        word: str | None = None
        if token in self.keep:
            pass
        elif len(token) < MIN_LENGTH:
            word = self.skeleton_word(token) or self.keyboard_word(token)
        else:
            # a letter typed between the doubled letters of a four-letter word ("kilol") is
            # more telling than one edit; longer words are one edit away anyway
            word = self.split_double(token) if len(token) == MIN_LENGTH else None
            if word is None:
                found = self.candidates(token)
                word = found[0] if found else self.segment(token)
            if word is None and token[0] == "i":
                # leet "1" folds to "i", yet at the start of a word it is as often an "l" ("1oser")
                ell = "l" + token[1:]
                word = ell if ell in self.keys else next(iter(self.candidates(ell)), None)
            if word is None:
                word = self.skeleton_word(token) or self.reversed(token)
        if len(self._memory) > 200_000:  # bound the memory an adversarial stream can take
            self._memory.clear()
        self._memory[token] = word
        return word

    def skeleton_word(self, token: str) -> str | None:
        """Return the key word ``token`` writes without its vowels ("cnnrd", "btch"), if any.

        >>> TypoReader([], maskable={"connard": 2}).skeleton_word("cnnrd")
        'connard'
        """
        if len(token) < _SKELETON_MIN or not _SKELETON.fullmatch(token):
            return None
        return self._skeletons.get(_skeleton(token))

    def _glued(self, text: str) -> list[tuple[int, int, str]]:
        """Return the words broken by an emoji ("conn🤬ard") that join into a key word."""
        found: list[tuple[int, int, str]] = []
        for m in _EMOJI_GLUED.finditer(text):
            joined = "".join(_WORD.findall(m.group()))
            if joined in self._mask_severity or joined in self.keys:
                found.append((m.start(), m.end(), joined))
            elif (word := self.read(joined)) is not None and " " not in word:
                found.append((m.start(), m.end(), word))
        return found

    def undisguise(self, n: Normalized) -> Normalized | None:
        """Return ``n`` with masked words ("p*te"), words broken by an emoji ("conn🤬ard") and
        "@" words ("@sshole") read as the lexicon word they hide, or None when there is none.

        Unlike a typo, such a disguise is deliberate and the word it hides is certain, so the
        engine hands the undisguised text to the learned layers too (they read typos as typed).
        """
        text = n.text
        found: list[tuple[int, int, str]] = []
        if ("*" in text or "#" in text or "_" in text) and _may_hold_mask(text):
            found = [
                (m.start(), m.end(), word)
                for m in _MASKED.finditer(text)
                if (word := self.unmask_word(m.group())) is not None
            ]
        if not text.isascii() and _EMOJI_RUN.search(text):
            found.extend(self._glued(text))
        if "." in text or "-" in text or "~" in text:
            found.extend(self._broken(text))
        if "@" in text:
            # the normaliser keeps "@name" as a mention; "@sshole" is an "a" word in disguise
            found.extend(
                (m.start(), m.end(), word)
                for m in _AT_WORD.finditer(text)
                if (word := "a" + m.group(1)) in self._mask_severity
            )
        if not found:
            return None
        found.sort()
        found = [c for i, c in enumerate(found) if i == 0 or found[i - 1][1] <= c[0]]
        return _replace(n, found)

    def fix(self, n: Normalized, tokens: Iterable[str]) -> Normalized | None:
        """Return ``n`` with misspelt tokens replaced, or None when nothing was replaced.

        ``tokens`` are the words of ``n.text`` (``tokenize(n.text)``, or its set: each distinct
        word is looked at once). A replacement maps back to the whole misspelt token in the
        original text, so highlighted spans stay exact. Disguises are not read here: the
        engine calls :meth:`undisguise` first, before the learned layers take their text.

        Examples
        --------
        >>> from cocon.guard.normalize import normalize
        >>> n = normalize("I hate MUSLMIS")
        >>> fixed = TypoReader(["muslims"]).fix(n, ["i", "hate", "muslmis"])
        >>> fixed.text, fixed.original[slice(*fixed.span(7, 14))]
        ('i hate muslims', 'MUSLMIS')
        """
        text = n.text
        # a phrase word broken by a dot or a dash ("gue.ule") or masked ("f*utre"): a guess,
        # read for the lexicons only
        broken = self._broken(text, lexicon=True) if "." in text or "-" in text else []
        if n.full_leet:
            # full leet reads a "!" ending a word as its "i" ("m0!"); after an insult it was an
            # exclamation mark ("f@g!")
            broken.extend(
                (m.start(), m.end(), m.group()[:-1])
                for m in _ENDS_IN_I.finditer(text)
                if m.group()[:-1] in self._mask_severity
                and n.original[n.span(m.end() - 1, m.end())[0]] == "!"
            )
        if ("*" in text or "#" in text or "_" in text) and _may_hold_mask(text):
            broken.extend(
                (m.start(), m.end(), word)
                for m in _MASKED.finditer(text)
                if (word := self.guess_masked(m.group())) is not None
            )
        get = self._memory.get
        for token in tokens:
            if len(token) >= _SKELETON_MIN:
                word = get(token, _MISS)
                if word is _MISS:
                    word = self.read(token)
                if word is not None:
                    break
        else:
            if not broken:
                return None
        changes: list[tuple[int, int, str]] = []
        for m in TOKEN.finditer(text):
            token = m.group()
            if len(token) >= _SKELETON_MIN:
                word = get(token, _MISS)
                if word is _MISS:
                    word = self.read(token)
                if word is not None and not any(
                    a < m.end() and m.start() < b for a, b, _ in broken
                ):
                    changes.append((m.start(), m.end(), word))
        if broken:
            changes = sorted(changes + broken)
        return _replace(n, changes) if changes else None


def _skeleton(word: str) -> str:
    """Return the first letter of ``word`` and its later consonants, doubles made single.

    >>> _skeleton("connard"), _skeleton("cnnrd"), _skeleton("encule")
    ('cnrd', 'cnrd', 'encl')
    """
    out = word[0]
    for char in word[1:]:
        if char not in _VOWELS and char != out[-1]:
            out += char
    return out


def _may_hold_mask(text: str) -> bool:
    """Return whether a star, a hash or an underscore of ``text`` follows a letter and precedes
    one, or a star follows a letter ("fu**"). An underscore inside a handle does not count.

    Hashtags and HTML entities ("&#8220;") put a hash in many texts; looking at the neighbours
    of each one is cheaper than running :data:`_MASKED`, whose look-behind is tried at every
    position.
    """
    end = len(text)
    for hit in _MARK_AFTER_LETTER.finditer(text):
        at = hit.start()
        mark = text[at]
        after = at + 1
        while after < end and text[after] in "*#_":
            after += 1
        if mark == "*" or (after < end and "a" <= text[after] <= "z"):
            if mark != "_" or not _in_mention(text, at):
                return True
    return False


def _in_mention(text: str, at: int) -> bool:
    """Return whether position ``at`` is inside a handle ("@lea_martin")."""
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
        at -= 1
    return at > 0 and text[at - 1] == "@"


def _replace(n: Normalized, changes: list[tuple[int, int, str]]) -> Normalized:
    starts = list(n._starts) if n._starts is not None else list(range(len(n.text)))
    ends = list(n._ends) if n._ends is not None else list(range(1, len(n.text) + 1))
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for start, end, word in changes:
        pieces.append(n.text[last:start])
        new_starts.extend(starts[last:start])
        new_ends.extend(ends[last:start])
        pieces.append(word)
        if n._turned and end > start:  # upside-down text runs backwards: widen, never invert
            new_starts.extend([min(starts[start:end])] * len(word))
            new_ends.extend([max(ends[start:end])] * len(word))
        else:
            new_starts.extend([starts[start]] * len(word))
            new_ends.extend([ends[end - 1]] * len(word))
        last = end
    pieces.append(n.text[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return replace(n, text="".join(pieces), _starts=tuple(new_starts), _ends=tuple(new_ends))
