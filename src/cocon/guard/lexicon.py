"""Lexicon loader and matcher.

A lexicon is a tab-separated file per language in ``cocon/guard/lexicons/``::

    entry<TAB>category<TAB>code<TAB>severity<TAB>flags<TAB>note

``entry`` is one or more words, written as people type them; it goes through the same
:func:`~cocon.guard.normalize.normalize` as messages, so "t'es nul" and "tes nul" are spelled
once each, without caring about accents or case. A word ending in ``*`` matches any word that
starts with it ("encul*"). ``flags`` is a comma-separated list (or ``-``):

``you``
    only counts when the words are aimed at someone ("t'es nul", "you're ugly");
``self``
    only counts when the author speaks of themself ("je suis nul");
``neg``
    the entry carries its own negation ("plus envie de vivre"), so a negation before it does not
    cancel it;
``laugh``
    cancelled by laughter in the same message ("mdr je meurs");
``strict``
    not matched by the fallback that forgives doubled letters ("conard" for "connard");
``imp``
    an imperative ("va crever", "crève"): cancelled when the sentence has a subject other than
    "tu" ("il va crever", "je crève de chaud");
``reply``
    only counts in a reply to a message at risk ("vas-y fais-le" under "je veux en finir").

Patterns (``*.patterns.tsv``) are regular expressions over the folded text (view ``text``) or
over the folded text with digits kept (view ``raw``, for phone numbers and e-mail addresses)::

    pattern<TAB>category<TAB>code<TAB>severity<TAB>view<TAB>note
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from cocon.guard.normalize import normalize

__all__ = [
    "CATEGORIES",
    "MARKERS",
    "Entry",
    "Hit",
    "Lexicon",
    "Pattern",
    "load_lexicon",
    "tokenize",
]

#: Categories that carry a score in the verdict.
CATEGORIES = (
    "abuse",
    "hate",
    "threat",
    "sexual",
    "incitement",
    "personal_info",
    "self_harm",
    "abuse_disclosure",
    "bullied",
    "distress",
)
#: Categories that only steer context rules; they never score on their own.
MARKERS = ("idiom", "laugh", "report", "timeframe", "negation", "care")

_FLAGS = frozenset({"you", "self", "neg", "laugh", "strict", "reply", "imp"})

# A word is a run of letters and digits; anything else outside ASCII (mostly emoji) is a word
# of its own so that "🖕" or "🔪" can be an entry.
TOKEN = re.compile(r"[a-z0-9]+|[^\x00-\x7f\s]")


def tokenize(text: str) -> list[str]:
    """Return the words of a normalised text.

    Examples
    --------
    >>> tokenize("t'es un connard 🖕")
    ['t', 'es', 'un', 'connard', '🖕']
    """
    return TOKEN.findall(text)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry."""

    words: tuple[str, ...]
    prefix: tuple[bool, ...]
    category: str
    code: str
    severity: int
    flags: frozenset[str]
    lang: str


@dataclass(frozen=True, slots=True)
class Pattern:
    """One regular-expression entry."""

    regex: str
    category: str
    code: str
    severity: int
    view: str
    lang: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon match over token positions ``[first, last)`` of the normalised text."""

    first: int
    last: int
    category: str
    code: str
    severity: int
    flags: frozenset[str]
    # character range in the normalised text (view "text"), or in "raw" for raw patterns
    start: int = 0
    end: int = 0
    view: str = "text"


def _squeeze(word: str) -> str:
    """Collapse every doubled letter ("connard" -> "conard") for the misspelling fallback."""
    return _DOUBLE.sub(r"\1", word)


_DOUBLE = re.compile(r"([a-z])\1+")


class Lexicon:
    """The compiled entries of one or more languages.

    Parameters
    ----------
    entries : list of Entry
    patterns : list of Pattern
    """

    def __init__(self, entries: list[Entry], patterns: list[Pattern]) -> None:
        self.entries = entries
        self.patterns = patterns
        self.exact_: dict[str, list[Entry]] = {}
        self.prefix_: dict[str, list[Entry]] = {}
        self.squeezed_: dict[str, list[Entry]] = {}
        for entry in entries:
            head = entry.words[0]
            if entry.prefix[0]:
                self.prefix_.setdefault(head[:4], []).append(entry)
            else:
                self.exact_.setdefault(head, []).append(entry)
                if "strict" not in entry.flags and len(head) >= 5:
                    self.squeezed_.setdefault(_squeeze(head), []).append(entry)
        # Most words of a message are not in the lexicon and recur from message to message:
        # remember their squeezed form rather than run the regex again.
        self._squeeze_cache: dict[str, str] = {}
        for text_view in ("text", "raw"):
            chosen = [p for p in patterns if p.view == text_view]
            regex = "|".join(f"(?P<p{i}>{p.regex})" for i, p in enumerate(chosen))
            compiled = re.compile(regex) if chosen else None
            if text_view == "text":
                self.text_regex_, self.text_patterns_ = compiled, chosen
            else:
                self.raw_regex_, self.raw_patterns_ = compiled, chosen

    def match_tokens(self, tokens: list[str]) -> list[Hit]:
        """Return the entries found in ``tokens`` (token positions only)."""
        hits: list[Hit] = []
        exact = self.exact_
        prefix = self.prefix_
        squeezed = self.squeezed_
        cache = self._squeeze_cache
        n = len(tokens)
        for i, tok in enumerate(tokens):
            candidates = exact.get(tok)
            if len(tok) >= 4:
                more = prefix.get(tok[:4])
                if more:
                    candidates = more if candidates is None else candidates + more
            if candidates is None and len(tok) >= 4:
                sq = cache.get(tok)
                if sq is None:
                    if len(cache) > 200_000:
                        cache.clear()
                    sq = cache[tok] = _squeeze(tok)
                candidates = squeezed.get(sq)
            if candidates is None:
                continue
            for entry in candidates:
                k = len(entry.words)
                if i + k > n:
                    continue
                if k > 1 or entry.prefix[0]:
                    if not _words_match(entry, tokens, i):
                        continue
                hits.append(
                    Hit(i, i + k, entry.category, entry.code, entry.severity, entry.flags)
                )
        return hits

    def match_patterns(self, text: str, raw: str) -> list[Hit]:
        """Return the regular-expression matches (character positions only)."""
        hits: list[Hit] = []
        for view, regex, chosen, source in (
            ("text", self.text_regex_, self.text_patterns_, text),
            ("raw", self.raw_regex_, self.raw_patterns_, raw),
        ):
            if regex is None:
                continue
            for m in regex.finditer(source):
                name = m.lastgroup
                if name is None:
                    continue
                p = chosen[int(name[1:])]
                hits.append(
                    Hit(
                        -1, -1, p.category, p.code, p.severity, frozenset(),
                        m.start(), m.end(), view,
                    )  # fmt: skip
                )
        return hits


def _words_match(entry: Entry, tokens: list[str], i: int) -> bool:
    for j, (word, is_prefix) in enumerate(zip(entry.words, entry.prefix, strict=True)):
        tok = tokens[i + j]
        if is_prefix:
            if not tok.startswith(word):
                return False
        elif tok != word and (j == 0 or _squeeze(tok) != _squeeze(word) or "strict" in entry.flags):
            return False
    return True


def _read(name: str) -> list[list[str]]:
    path = resources.files("cocon.guard").joinpath("lexicons", name)
    if not path.is_file():
        return []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 5:
            raise ValueError(f"{name}: expected at least 5 tab-separated cells in {line!r}")
        rows.append(cells)
    return rows


def _check_category(name: str, category: str, code: str) -> None:
    if category not in CATEGORIES and category not in MARKERS:
        raise ValueError(f"{name}: unknown category {category!r}")
    if not code.startswith(category + "."):
        raise ValueError(f"{name}: code {code!r} must start with {category!r}")


def load_lexicon(langs: tuple[str, ...] = ("fr", "en")) -> Lexicon:
    """Read and compile the lexicons of ``langs``.

    Examples
    --------
    >>> lex = load_lexicon()
    >>> [h.code for h in lex.match_tokens(["sale", "connard"])]
    ['abuse.insult']
    """
    entries: list[Entry] = []
    patterns: list[Pattern] = []
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    for lang in langs:
        name = f"{lang}.tsv"
        for cells in _read(name):
            text, category, code, severity, flags = cells[:5]
            _check_category(name, category, code)
            flag_set = frozenset(f for f in flags.split(",") if f and f != "-")
            if not flag_set <= _FLAGS:
                raise ValueError(f"{name}: unknown flags {sorted(flag_set - _FLAGS)}")
            words: list[str] = []
            prefix: list[bool] = []
            for raw_word in text.split():
                is_prefix = raw_word.endswith("*")
                folded = tokenize(normalize(raw_word.rstrip("*")).text)
                for k, w in enumerate(folded):
                    words.append(w)
                    prefix.append(is_prefix and k == len(folded) - 1)
            if not words:
                raise ValueError(f"{name}: empty entry in {cells!r}")
            key = (tuple(words), category, code)
            if key in seen:
                continue
            seen.add(key)
            entries.append(
                Entry(tuple(words), tuple(prefix), category, code, int(severity), flag_set, lang)
            )
        pname = f"{lang}.patterns.tsv"
        for cells in _read(pname):
            regex, category, code, severity, view = cells[:5]
            _check_category(pname, category, code)
            re.compile(regex)
            if view not in ("text", "raw"):
                raise ValueError(f"{pname}: view must be text or raw, not {view!r}")
            patterns.append(Pattern(regex, category, code, int(severity), view, lang))
    return Lexicon(entries, patterns)
