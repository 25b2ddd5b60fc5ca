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
``final``
    only counts at the end of its clause (or before "toi", "mdr"...): "t'es grosse" but not
    "des gros jaloux", "ferme-la" but not "ferme la porte";
``reply``
    only counts in a reply to a message at risk ("vas-y fais-le" under "je veux en finir").

Patterns (``*.patterns.tsv``) are regular expressions over the folded text (view ``text``) or
over the folded text with digits kept (view ``raw``, for phone numbers and e-mail addresses)::

    pattern<TAB>category<TAB>code<TAB>severity<TAB>view<TAB>note<TAB>gate

``gate`` (optional) is a cheap test that must pass before the pattern runs: a regular
expression, ``lit:a|b|c`` for plain substrings, or ``tok:a|b|c`` for words of the message
(a set intersection, the cheapest).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

from cocon.guard import pattern_cache
from cocon.guard.anchors import Anchors, compile_anchored, follow_of
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
MARKERS = ("idiom", "laugh", "report", "timeframe", "negation", "care", "counter")

_FLAGS = frozenset({"you", "self", "neg", "laugh", "strict", "reply", "imp", "final"})

# A word is a run of letters and digits; a mention ("@lea") is one word, so that context rules
# see who is addressed; anything else outside ASCII (mostly emoji) is a word of its own so that
# "🖕" or "🔪" can be an entry.
TOKEN = re.compile(r"@[a-z0-9_.]*[a-z0-9_]|[a-z0-9]+|[^\x00-\x7f\s]")


# In ASCII text without "@", the words are exactly the runs of [a-z0-9]: blanking every other
# byte and splitting is several times faster than the regular expression (bytes.translate reads
# a 256-byte table; str.translate looks each character up in a dict).
_BLANK = bytes(c if (0x61 <= c <= 0x7A or 0x30 <= c <= 0x39) else 0x20 for c in range(256))


def tokenize(text: str) -> list[str]:
    """Return the words of a normalised text (what :data:`TOKEN` finds).

    Examples
    --------
    >>> tokenize("@lea t'es un connard 🖕")
    ['@lea', 't', 'es', 'un', 'connard', '🖕']
    """
    if text.isascii() and "@" not in text:
        return text.encode("ascii").translate(_BLANK).decode("ascii").split()
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
    gate: str = ""


class Hit(NamedTuple):
    """A lexicon match over token positions ``[first, last)`` of the normalised text.

    A named tuple rather than a frozen dataclass: messages make many of these, and a tuple is
    built several times faster.
    """

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


# What a hit holds after its token positions: category, code, severity, flags, start, end, view.
_Tail = tuple[str, str, int, frozenset[str], int, int, str]
# (trie node of tails, tails ending at the word, whether longer entries start there, tails
# of the doubled-letter fallback, entries checked word by word)
_Plan = tuple[dict[str, Any], tuple[_Tail, ...], bool, tuple[_Tail, ...], list["Entry"] | None]
_UNSEEN: Any = object()
# (group, pattern), and (group, patterns of the group) that may start at a word
_Pair = tuple[int, int]
_Starters = tuple[tuple[int, tuple[int, ...]], ...]
# What a first word starts: by next word, whatever the next word, and (prefix, pair) for the
# patterns whose next word begins with a prefix.
_FirstWord = tuple[dict[str, _Starters], _Starters, tuple[tuple[str, _Pair], ...]]


def _by_group(pairs: list[_Pair]) -> _Starters:
    """Turn (group, pattern) pairs into (group, patterns) runs, in order, each pair once."""
    runs: dict[int, list[int]] = {}
    for g, k in sorted(set(pairs)):
        runs.setdefault(g, []).append(k)
    return tuple((g, tuple(ks)) for g, ks in runs.items())


def _first_word(
    free: list[_Pair], rules: dict[frozenset[str], list[_Pair]], after: list[tuple[str, _Pair]]
) -> _FirstWord:
    """Return what a first word starts: by next word, whatever the next word, and the
    patterns whose next word must begin with a given prefix."""
    nexts: dict[str, list[_Pair]] = {}
    for allowed, chosen in rules.items():
        for word in allowed:
            nexts.setdefault(word, []).extend(chosen)
    built: dict[tuple[_Pair, ...], _Starters] = {}  # many next words start the same patterns
    by_next: dict[str, _Starters] = {}
    for word, pairs in nexts.items():
        key = tuple(pairs)
        found = built.get(key)
        if found is None:
            found = built[key] = _by_group(free + pairs)
        by_next[word] = found
    return by_next, _by_group(free), tuple(after)


def _with_prefixes(first: _FirstWord, word: str, chosen: _Starters) -> _Starters:
    """Add the patterns whose next word begins with a prefix ``word`` has."""
    more = [pair for head, pair in first[2] if word.startswith(head)]
    if not more:
        return chosen
    return _by_group([(g, k) for g, ks in chosen for k in ks] + more)


# Building the tuple directly skips the named tuple's Python-level __new__.
_new_hit = tuple.__new__


def _tail(entry: Entry) -> _Tail:
    return (entry.category, entry.code, entry.severity, entry.flags, 0, 0, "text")


def _tails_of(node: dict[str, Any]) -> dict[str, Any]:
    return {
        key: tuple(_tail(e) for e in value) if key == "" else _tails_of(value)
        for key, value in node.items()
    }


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
        # Entries made of whole words live in a trie (nested dicts keyed by word; the entries
        # ending at a node under the key ""), so each word of a message costs one dict lookup
        # however many entries start with "je" or "you". The few entries with a word prefix
        # ("encul*") are checked one by one.
        self.trie_: dict[str, Any] = {}
        self.loose_: dict[str, list[Entry]] = {}
        self.prefix_: dict[str, list[Entry]] = {}
        self.squeezed_: dict[str, list[Entry]] = {}
        for entry in entries:
            head = entry.words[0]
            if entry.prefix[0]:
                self.prefix_.setdefault(head[:4], []).append(entry)
            elif any(entry.prefix):
                self.loose_.setdefault(head, []).append(entry)
            else:
                node = self.trie_
                for word in entry.words:
                    node = node.setdefault(word, {})
                node.setdefault("", []).append(entry)
                if len(entry.words) == 1 and "strict" not in entry.flags and len(head) >= 5:
                    self.squeezed_.setdefault(_squeeze(head), []).append(entry)
        # Every word that can start an entry.
        self.heads_: frozenset[str] = frozenset(self.trie_) | frozenset(self.loose_)
        # Most words of a message are not in the lexicon and recur from message to message:
        # remember their squeezed form rather than run the regex again.
        self._squeeze_cache: dict[str, str] = {}
        # The trie again, with each entry as the tail of the hit it gives, and the plan of
        # every word seen so far (None for the many words that start nothing): one dict lookup
        # per word of a message.
        self._tail_trie: dict[str, Any] = _tails_of(self.trie_)
        self._plans: dict[str, _Plan | dict[str, Any] | None] = {}
        # Patterns are grouped by gate and code: one cheap test decides whether the group's
        # alternation runs at all (most messages hold no digit, "@" or platform name), and
        # patterns of different codes may overlap ("les migrants sont" and "migrants sont des
        # animaux") since each code is scanned on its own.
        groups: dict[tuple[str, str, str], list[Pattern]] = {}
        for pat in patterns:
            groups.setdefault((pat.view, pat.gate, pat.code), []).append(pat)
        self.groups_: list[
            tuple[
                str,
                re.Pattern[str] | tuple[str, ...] | frozenset[str] | None,
                re.Pattern[str] | None,
                list[Pattern],
            ]
        ] = []
        self._anchored: list[tuple[Anchors, tuple[re.Pattern[str], ...]] | None] = []
        # The searched groups' alternations are compiled once and kept like the patterns.
        searched = [
            _alternation_source(chosen)
            for chosen in groups.values()
            if any(compile_anchored(p.regex)[1] is None for p in chosen)
        ]
        if searched:
            pattern_cache.compile_all(searched)
        for (view, gate, _code), chosen in groups.items():
            compiled_gate: re.Pattern[str] | tuple[str, ...] | frozenset[str] | None = None
            if gate.startswith("lit:"):
                compiled_gate = tuple(gate[4:].split("|"))
            elif gate.startswith("tok:"):
                compiled_gate = frozenset(gate[4:].split("|"))
            elif gate:
                compiled_gate = re.compile(gate)
            # A group whose every pattern starts with known words is tried only at those words
            # (see cocon.guard.anchors): the same hits as a search, without trying every
            # alternative at every word of the message. The others are searched as one
            # alternation.
            compiled = [compile_anchored(p.regex) for p in chosen]
            anchored: tuple[Anchors, tuple[re.Pattern[str], ...]] | None = None
            if all(start is not None for _, start in compiled):
                anchored = (
                    Anchors(
                        [start for _, start in compiled if start is not None],
                        [follow_of(p.regex) for p in chosen],
                    ),
                    tuple(regex for regex, _ in compiled),
                )
            self._anchored.append(anchored)
            self.groups_.append(
                (view, compiled_gate, None if anchored else _alternation(chosen), chosen)
            )
        # Most messages open no gate at all. One test per kind of gate decides whether any
        # gate of that kind can pass: the union of the ``tok:`` words, the union of the
        # ``lit:`` substrings and one alternation of the regular-expression gates (it matches
        # exactly when one of its branches does). Only then are the gates tried one by one.
        lit_union: dict[str, set[str]] = {}
        regex_gates: dict[str, list[str]] = {}
        for view, gate_, _regex, _chosen in self.groups_:
            if isinstance(gate_, tuple):
                lit_union.setdefault(view, set()).update(gate_)
            elif isinstance(gate_, re.Pattern):
                regex_gates.setdefault(view, []).append(gate_.pattern)
        # Word -> the token-gated groups it opens: a message's words are looked up once,
        # instead of every group's gate being intersected with them.
        self._starts_index()
        tok_index: dict[str, list[int]] = {}
        for i, (_view, gate_, _regex, _chosen) in enumerate(self.groups_):
            if isinstance(gate_, frozenset):
                for word in gate_:
                    tok_index.setdefault(word, []).append(i)
        self._tok_index = {word: tuple(ids) for word, ids in tok_index.items()}
        self._tok_union = frozenset(tok_index)
        # The groups gated otherwise (substrings, a regex or nothing), tried on every message.
        self._other_groups = tuple(
            i
            for i, (_v, gate_, _r, _c) in enumerate(self.groups_)
            if not isinstance(gate_, frozenset)
        )
        self._lit_union = {view: tuple(sorted(lits)) for view, lits in lit_union.items()}
        self._regex_union: dict[str, re.Pattern[str] | None] = {}
        for view, sources in regex_gates.items():
            try:
                merged = re.compile("|".join(f"(?:{src})" for src in sources))
            except re.error:  # a gate that cannot be a branch (global flags): test each one
                self._regex_union[view] = None
                continue
            self._regex_union[view] = merged if merged.groups == 0 else None
        self._ungated = any(gate_ is None for _v, gate_, _r, _c in self.groups_)
        #: False: every group is searched as one alternation (the reference the tests compare
        #: the anchored matching with).
        self.anchoring = True

    def _starts_index(self) -> None:
        """Index every anchored group by first word, per view.

        A message's words are then read once for all groups, instead of once per group whose
        gate opens (most messages open several, each with a few hundred first words). Groups
        with a pattern that starts with a word prefix ("encul*") keep their own
        :meth:`Anchors.candidates`.
        """
        self._own_starts: frozenset[int] = frozenset(
            i for i, a in enumerate(self._anchored) if a is not None and a[0].has_prefixes()
        )
        self._indexed: frozenset[int] = frozenset(
            i for i, a in enumerate(self._anchored) if a is not None and i not in self._own_starts
        )
        # view -> first word -> (patterns for any next word, next words -> patterns)
        merged: dict[
            str,
            dict[
                str,
                tuple[list[_Pair], dict[frozenset[str], list[_Pair]], list[tuple[str, _Pair]]],
            ],
        ] = {}
        for i, anchored in enumerate(self._anchored):
            if anchored is None or i in self._own_starts:
                continue
            table = merged.setdefault(self.groups_[i][0], {})
            for word, k, rule in anchored[0].pairs():
                entry = table.get(word)
                if entry is None:
                    entry = table[word] = ([], {}, [])
                if rule is None:
                    entry[0].append((i, k))
                    continue
                if rule[0]:
                    entry[1].setdefault(rule[0], []).append((i, k))
                entry[2].extend((head, (i, k)) for head in rule[1])
        self._indexed_by_view: dict[str, frozenset[int]] = {
            view: frozenset(i for i in self._indexed if self.groups_[i][0] == view)
            for view in merged
        }
        self._starts: dict[str, dict[str, _FirstWord]] = {
            view: {word: _first_word(*entry) for word, entry in table.items()}
            for view, table in merged.items()
        }

    def _group_starts(
        self, view: str, source: str, live: AbstractSet[int]
    ) -> dict[int, list[tuple[int, tuple[int, ...]]]]:
        """Return, per indexed group of ``live``, ``(start, patterns)`` where its patterns may
        start."""
        found: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
        table = self._starts.get(view)
        if not table:
            return found
        pending: _FirstWord | None = None
        at = 0
        for m in _WORD_RUN.finditer(source):
            word = m.group()
            if pending is not None:
                chosen = pending[0].get(word, pending[1])
                if pending[2]:
                    chosen = _with_prefixes(pending, word, chosen)
                for g, ks in chosen:
                    if g in live:
                        found.setdefault(g, []).append((at, ks))
            pending = table.get(word)
            if pending is not None:
                at = m.start()
        if pending is not None:
            for g, ks in pending[1]:
                if g in live:
                    found.setdefault(g, []).append((at, ks))
        return found

    def match_tokens(self, tokens: list[str], words: AbstractSet[str] | None = None) -> list[Hit]:
        """Return the entries found in ``tokens`` (token positions only).

        ``words`` (``set(tokens)``) is accepted for symmetry with :meth:`match_patterns`; the
        lookup no longer needs it.
        """
        hits: list[Hit] = []
        append = hits.append
        plans = self._plans
        n = len(tokens)
        for i, tok in enumerate(tokens):
            plan = plans.get(tok, _UNSEEN)
            if plan is _UNSEEN:
                plan = self._plan(tok)
            if plan is None:
                continue
            if plan.__class__ is dict:
                # the common case ("le", "on", "the"): only longer entries start here
                walk: Any = plan
                k = i + 1
                while k < n:
                    walk = walk.get(tokens[k])
                    if walk is None:
                        break
                    k += 1
                    found = walk.get("")
                    if found is not None:
                        for tail in found:
                            append(_new_hit(Hit, (i, k, *tail)))
                continue
            node, ends, deep, fuzzy, candidates = plan
            for tail in ends:
                append(_new_hit(Hit, (i, i + 1, *tail)))
            if deep:
                k = i + 1
                while k < n:
                    node = node.get(tokens[k])
                    if node is None:
                        break
                    k += 1
                    found = node.get("")
                    if found is not None:
                        for tail in found:
                            append(_new_hit(Hit, (i, k, *tail)))
            for tail in fuzzy:
                append(_new_hit(Hit, (i, i + 1, *tail)))
            if candidates:
                for entry in candidates:
                    k = len(entry.words)
                    if i + k <= n and self._words_match(entry, tokens, i):
                        append(
                            Hit(i, i + k, entry.category, entry.code, entry.severity, entry.flags)
                        )
        return hits

    def _plan(self, tok: str) -> _Plan | dict[str, Any] | None:
        """Return (and remember) what a word can start: None for most words.

        A word that only starts longer entries gets its trie node alone; otherwise the plan holds the entries that end at the word, the trie node to walk for longer ones,
        the doubled-letter fallback and the entries checked word by word (``encul*``), in the
        order the hits are reported.
        """
        tails: dict[str, Any] = self._tail_trie.get(tok) or {}
        ends = tuple(tails.get("", ()))
        deep = len(tails) > (1 if "" in tails else 0)
        fuzzy: tuple[_Tail, ...] = ()
        if tok not in self.trie_ and len(tok) >= 5 and self.squeezed_:
            found = self.squeezed_.get(self._squeezed(tok))
            if found is not None:
                fuzzy = tuple(_tail(entry) for entry in found)
        candidates = self.loose_.get(tok)
        if len(tok) >= 4 and self.prefix_:
            more = self.prefix_.get(tok[:4])
            if more:
                candidates = more if candidates is None else candidates + more
        plan: _Plan | dict[str, Any] | None = None
        if ends or fuzzy or candidates:
            plan = (tails, ends, deep, fuzzy, candidates or None)
        elif deep:
            plan = tails
        plans = self._plans
        if len(plans) > 500_000:  # bound the memory an adversarial stream can take
            plans.clear()
        plans[tok] = plan
        return plan

    def _squeezed(self, tok: str) -> str:
        cache = self._squeeze_cache
        sq = cache.get(tok)
        if sq is None:
            if len(cache) > 200_000:
                cache.clear()
            sq = cache[tok] = _squeeze(tok)
        return sq

    def _words_match(self, entry: Entry, tokens: list[str], i: int) -> bool:
        for j, word in enumerate(entry.words):
            tok = tokens[i + j]
            if entry.prefix[j]:
                if not tok.startswith(word):
                    return False
            elif tok != word and (
                j == 0 or "strict" in entry.flags or self._squeezed(tok) != self._squeezed(word)
            ):
                return False
        return True

    def match_patterns(
        self, text: str, raw: str, words: AbstractSet[str] | None = None
    ) -> list[Hit]:
        """Return the regular-expression matches (character positions only).

        ``words`` is the set of the message's tokens, for ``tok:`` gates (computed if omitted).
        """
        hits: list[Hit] = []
        if not self.groups_:
            return hits
        if words is None:
            words = set(tokenize(text))
        if not self.anchoring:
            return self._match_searched(text, raw, words)
        # Groups that may run: those whose gate word is in the message, and the others when
        # one of their gates may pass. An indexed group runs where a word of the message
        # starts one of its patterns; each checks its own gate first.
        live: set[int] = set()
        index = self._tok_index
        for word in self._tok_union.intersection(words):
            live.update(index[word])
        # the other groups run when one gate of theirs may pass: the union of every substring
        # gate, or the alternation of every regex gate, says so in one test per view
        if (
            self._ungated
            or any(
                any(map((raw if view == "raw" else text).__contains__, lits))
                for view, lits in self._lit_union.items()
            )
            or any(
                merged is None or merged.search(raw if view == "raw" else text) is not None
                for view, merged in self._regex_union.items()
            )
        ):
            live.update(self._other_groups)
        if not live:
            return hits
        indexed = self._indexed
        todo = live.difference(indexed)
        groups = self.groups_
        starts: dict[str, dict[int, list[tuple[int, tuple[int, ...]]]]] = {}
        for view, members in self._indexed_by_view.items():
            source = raw if view == "raw" else text
            # the live groups of the view whose own gate passes (a substring or a regex gate
            # opens "others" for every group of its kind): no word scan when there is none
            passing = {
                i for i in live.intersection(members) if _gate_passes(groups[i][1], source, words)
            }
            if passing:
                starts[view] = found = self._group_starts(view, source, passing)
                todo.update(found)
        for i in sorted(todo):
            view, gate, regex, chosen = groups[i]
            source = raw if view == "raw" else text
            cands: list[tuple[int, tuple[int, ...]]] | None = None
            if i in indexed:  # its gate passed before its starts were looked for
                cands = starts[view].get(i)
                if cands is None:
                    continue  # no word of the message starts any of its patterns
            elif not _gate_passes(gate, source, words):
                continue
            anchored = self._anchored[i]
            if anchored is None:
                assert regex is not None  # noqa: S101 - a group not anchored is searched
                hits.extend(_searched(regex, chosen, source, view))
                continue
            # Tried at the words it can start with, left to right, each match resuming after
            # the last one: what finditer over the alternation returns, in the same order.
            anchors, compiled = anchored
            if cands is None:
                cands = anchors.candidates(*_word_starts(source))
            resume = 0
            for start, ks in cands:
                if start < resume:
                    continue
                for k in ks:
                    found_at = compiled[k].match(source, start)
                    if found_at is not None:
                        hits.append(_pattern_hit(chosen[k], found_at, view))
                        resume = found_at.end()
                        break
        return hits

    def _match_searched(self, text: str, raw: str, words: AbstractSet[str]) -> list[Hit]:
        """Every group whose gate passes, searched as one alternation: the plain reading the
        anchored matching must reproduce."""
        hits: list[Hit] = []
        for view, gate, regex, chosen in self.groups_:
            source = raw if view == "raw" else text
            if _gate_passes(gate, source, words):
                hits.extend(_searched(regex or _alternation(chosen), chosen, source, view))
        return hits


def _gate_passes(
    gate: re.Pattern[str] | tuple[str, ...] | frozenset[str] | None,
    source: str,
    words: AbstractSet[str],
) -> bool:
    """Whether a group's gate lets it run: a word of the message, a substring, a regex."""
    if gate is None:
        return True
    if isinstance(gate, frozenset):
        return not gate.isdisjoint(words)
    if isinstance(gate, tuple):
        return any(map(source.__contains__, gate))
    return gate.search(source) is not None


def _searched(regex: re.Pattern[str], chosen: list[Pattern], source: str, view: str) -> list[Hit]:
    """The hits of a group's alternation over ``source``."""
    return [
        _pattern_hit(chosen[int(m.lastgroup[1:])], m, view)
        for m in regex.finditer(source)
        if m.lastgroup is not None
    ]


def _word_starts(source: str) -> tuple[dict[str, list[int]], dict[int, str]]:
    """Where each word of ``source`` starts, and the word after each start."""
    positions: dict[str, list[int]] = {}
    following: dict[int, str] = {}
    last = -1
    for m in _WORD_RUN.finditer(source):
        word, start = m.group(), m.start()
        positions.setdefault(word, []).append(start)
        following[last] = word
        last = start
    return positions, following


def _alternation_source(chosen: list[Pattern]) -> str:
    return "|".join(f"(?P<p{k}>{p.regex})" for k, p in enumerate(chosen))


def _alternation(chosen: list[Pattern]) -> re.Pattern[str]:
    """One search for a group: each pattern a named branch, so a match tells which one."""
    return compile_anchored(_alternation_source(chosen))[0]


def _pattern_hit(p: Pattern, m: re.Match[str], view: str) -> Hit:
    return Hit(-1, -1, p.category, p.code, p.severity, frozenset(), m.start(), m.end(), view)


# A word as ``\b`` sees it: where an anchored pattern may start.
_WORD_RUN = re.compile(r"\w+")


_MACRO = re.compile(r"\{\{([A-Z0-9_]+)\}\}")


def _read(name: str) -> list[list[str]]:
    """Return the rows of a lexicon file, with its ``@define`` macros expanded.

    ``@define<TAB>NAME<TAB>text`` names a piece of text (a list of group words, say) that later
    cells use as ``{{NAME}}``, so a word is added to a list once, not in every pattern.
    """
    path = resources.files("cocon.guard").joinpath("lexicons", name)
    if not path.is_file():
        return []
    return parse_rows(name, path.read_text(encoding="utf-8"))


def parse_rows(name: str, text: str) -> list[list[str]]:
    """Return the rows of lexicon ``text`` (the content of file ``name``); see :func:`_read`."""
    rows: list[list[str]] = []
    macros: dict[str, str] = {}

    def expand(match: re.Match[str]) -> str:
        if match.group(1) not in macros:
            raise ValueError(f"{name}: {{{{{match.group(1)}}}}} is used before any @define")
        return macros[match.group(1)]

    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@define\t"):
            _tag, macro, value = line.split("\t", 2)
            macros[macro] = _MACRO.sub(expand, value)
            continue
        cells = _MACRO.sub(expand, line).split("\t")
        if len(cells) < 5:
            raise ValueError(f"{name}: expected at least 5 tab-separated cells in {line!r}")
        rows.append(cells)
    return rows


def lexicon_files(lang: str) -> tuple[list[str], list[str]]:
    """Return the entry files and the pattern files of ``lang``, in load order.

    ``fr.tsv`` then the themed files ``fr.<theme>.tsv`` by name; ``fr.patterns.tsv`` then
    ``fr.<theme>.patterns.tsv``. A theme (say, the aggression of teen group chats) can then be
    kept, reviewed and measured as one file.

    Examples
    --------
    >>> entries, patterns = lexicon_files("fr")
    >>> entries[0], patterns[0]
    ('fr.tsv', 'fr.patterns.tsv')
    """
    folder = resources.files("cocon.guard").joinpath("lexicons")
    names = sorted(p.name for p in folder.iterdir() if p.name.startswith(lang + "."))
    patterns = [n for n in names if n.endswith(".patterns.tsv")]
    entries = [n for n in names if n.endswith(".tsv") and n not in patterns]
    first = (f"{lang}.tsv", f"{lang}.patterns.tsv")
    return (
        sorted(entries, key=lambda n: (n != first[0], n)),
        sorted(patterns, key=lambda n: (n != first[1], n)),
    )


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
    >>> [h.code for h in lex.match_tokens(["quel", "connard"])]
    ['abuse.insult']
    """
    entries: list[Entry] = []
    patterns: list[Pattern] = []
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    for lang in langs:
        entry_files, pattern_files = lexicon_files(lang)
        for name, cells in ((n, c) for n in entry_files for c in _read(n)):
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
        for pname, cells in ((n, c) for n in pattern_files for c in _read(n)):
            regex, category, code, severity, view = cells[:5]
            gate = cells[6] if len(cells) > 6 else ""
            _check_category(pname, category, code)
            if view not in ("text", "raw"):
                raise ValueError(f"{pname}: view must be text or raw, not {view!r}")
            patterns.append(Pattern(regex, category, code, int(severity), view, lang, gate))
    # Programs compiled by an earlier process are adopted; the rest are parsed (a bad pattern
    # is refused here) and kept for the next start (see cocon.guard.pattern_cache).
    pattern_cache.compile_all([p.regex for p in patterns])
    return Lexicon(entries, patterns)
