"""The words a regular expression can start with, so that it is tried only where one begins.

Python's ``re`` has no literal prefix to skip ahead with when a pattern opens with ``\\b`` and an
alternation ("les|ces|tous les ... arabes|juifs|...").  A search then tries every alternative
at every word of the message, and a few long hate templates cost more than the rest of the
engine put together on a message that names a group.  Reading the parsed pattern tells which
words a match can begin with: the pattern is then tried with ``match`` at the words of the
message that are among them, and nowhere else.  The hits are those of ``finditer``, in the
same order.

A pattern whose first word cannot be told (it opens with a character class, may start inside
a word, may match nothing, or ignores case) gets ``None`` and is searched as before.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "Anchors",
    "Program",
    "Starts",
    "adopt",
    "compile_anchored",
    "first_words",
    "forget_programs",
    "from_program",
    "program",
]

_c: Any
_p: Any
_compiler: Any
_sre: Any
try:  # the parser of the standard ``re`` module (private, hence looked up by name)
    _c = importlib.import_module("re._constants")
    _p = importlib.import_module("re._parser")
    _compiler = importlib.import_module("re._compiler")
    _sre = importlib.import_module("_sre")
except ImportError:  # pragma: no cover - another Python: every pattern is searched
    _p = _c = _compiler = _sre = None

#: ``(words, prefixes)`` a match can start with; see :func:`first_words`.
Starts = tuple[frozenset[str], frozenset[str]]

_OPEN, _EXACT, _PREFIX = 0, 1, 2
# (letters read so far, status, whether the match is known to start at a word start)
_State = tuple[str, int, bool]
_MAX_STATES = 20_000


class _Unknown(Exception):
    """The first word of the pattern cannot be told."""


def _word_char(code: int) -> bool:
    ch = chr(code)
    return ch.isalnum() or ch == "_"


def _seq(items: Iterable[tuple[Any, Any]], states: set[_State]) -> set[_State]:
    for op, av in items:
        if all(status != _OPEN for _, status, _ in states):
            break
        states = _step(op, av, states)
        if len(states) > _MAX_STATES:
            raise _Unknown
    return states


def _step(op: Any, av: Any, states: set[_State]) -> set[_State]:  # noqa: C901, PLR0911, PLR0912
    assert _c is not None  # noqa: S101 - only called when the parser imported
    done = {s for s in states if s[1] != _OPEN}
    opened = [(p, anchored) for p, status, anchored in states if status == _OPEN]
    if op is _c.LITERAL:
        if _word_char(av):
            if any(not p and not anchored for p, anchored in opened):
                raise _Unknown  # the match could start inside a word
            return done | {(p + chr(av), _OPEN, True) for p, _ in opened}
        if any(not p for p, _ in opened):
            raise _Unknown  # the match starts with a space or a sign
        return done | {(p, _EXACT, True) for p, _ in opened}
    if op is _c.AT:
        if av is _c.AT_BOUNDARY:
            # before a word: it starts here; after letters: the word ends here
            return done | {(p, _EXACT, True) if p else ("", _OPEN, True) for p, _ in opened}
        if av in (_c.AT_END, _c.AT_END_STRING):
            if any(not p for p, _ in opened):
                raise _Unknown
            return done | {(p, _EXACT, True) for p, _ in opened}
        if av is _c.AT_NON_BOUNDARY:
            raise _Unknown
        return states  # ^ and \A consume nothing
    if op is _c.ASSERT:
        direction, sub = av
        if direction < 0 and sub and sub[-1][0] is _c.LITERAL and not _word_char(sub[-1][1]):
            # (?<=rather die than ) : what follows starts a word
            return done | {(p, _OPEN, anchored or not p) for p, anchored in opened}
        return states
    if op is _c.ASSERT_NOT:
        return states
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _seq(sub, states)
    if op is _c.ATOMIC_GROUP:
        return _seq(av, states)
    if op is _c.BRANCH:
        out = set(done)
        start = {(p, _OPEN, anchored) for p, anchored in opened}
        for alternative in av[1]:
            out |= _seq(alternative, set(start))
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        start = {(p, _OPEN, anchored) for p, anchored in opened}
        out = set(done)
        if low == 0:
            out |= start
        for p, status, anchored in _seq(sub, set(start)):
            if status == _OPEN and max(low, high) > 1:
                # more repetitions may add letters: only the beginning of the word is known
                if not p:
                    raise _Unknown
                out.add((p, _PREFIX, anchored))
            else:
                out.add((p, status, anchored))
        return out
    # a character class, any character, a back reference...: the word goes on unknown
    if any(not p for p, _ in opened):
        raise _Unknown
    return done | {(p, _PREFIX, True) for p, _ in opened}


def first_words(regex: str) -> Starts | None:
    """Return ``(words, prefixes)``: every match starts a word that is one of ``words`` or
    begins with one of ``prefixes``; ``None`` when that cannot be told.

    Examples
    --------
    >>> first_words(r"\\b(?:les|ces) (?:juifs|arabes) sont")
    (frozenset({'ces', 'les'}), frozenset())
    >>> first_words(r"\\bencul[a-z]*") == (frozenset(), frozenset({'encul'}))
    True
    >>> first_words(r"[a-z]+ moi") is None
    True
    """
    if _p is None:
        return None
    try:
        parsed = _p.parse(regex)
    except re.error:
        return None
    return _first_words_of(parsed)


def _first_words_of(parsed: Any) -> Starts | None:
    if parsed.state.flags & re.IGNORECASE:
        return None
    try:
        states = _seq(parsed, {("", _OPEN, False)})
    except (_Unknown, RecursionError):
        return None
    words: set[str] = set()
    prefixes: set[str] = set()
    for p, status, _anchored in states:
        if not p:
            return None  # the pattern can match without a word of its own
        (words if status == _EXACT else prefixes).add(p)
    return frozenset(words), frozenset(prefixes)


_COMPILED: dict[str, tuple[re.Pattern[str], Starts | None]] = {}

#: What compiling a pattern produced, enough to rebuild it without parsing again: the flags, the
#: program (a list of integers), the number of groups, the group names both ways, and the
#: first words. Kept by :mod:`cocon.guard.pattern_cache` between processes.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...], Starts | None]
_PROGRAMS: dict[str, Program] = {}


def compile_anchored(regex: str) -> tuple[re.Pattern[str], Starts | None]:
    """Compile ``regex`` and read its first words, from one parse (``re.error`` if invalid).

    Parsing is most of what compiling a long template costs, and the lexicon is read at every
    start: each pattern is parsed once, and remembered for the next load.
    """
    found = _COMPILED.get(regex)
    if found is None:
        if _p is None:  # pragma: no cover - another Python
            found = (re.compile(regex), None)
        else:
            parsed = _p.parse(regex)
            starts = _first_words_of(parsed)
            try:
                program = _program_of(parsed, starts)
                found = (from_program(regex, program), starts)
                _PROGRAMS[regex] = program
            except (AttributeError, TypeError, RuntimeError):  # pragma: no cover - another re
                found = (_compiler.compile(parsed), starts)
        _remember(regex, found)
    return found


def _remember(regex: str, found: tuple[re.Pattern[str], Starts | None]) -> None:
    if len(_COMPILED) > 4096:  # lexicons written on the fly (tests) must not pile up
        _COMPILED.clear()
        _PROGRAMS.clear()
    _COMPILED[regex] = found


def _program_of(parsed: Any, starts: Starts | None) -> Program:
    code = _compiler._code(parsed, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
        starts,
    )


def from_program(regex: str, program: Program) -> re.Pattern[str]:
    """Rebuild the compiled ``regex`` from its :data:`Program` (``_sre`` validates the code)."""
    flags, code, groups, groupindex, indexgroup, _starts = program
    return _sre.compile(regex, flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def program(regex: str) -> Program | None:
    """Return the :data:`Program` of a pattern compiled in this process, if there is one."""
    return _PROGRAMS.get(regex)


def adopt(regex: str, found: Program) -> None:
    """Take a pattern compiled by another process (its :data:`Program`), unless known."""
    if regex not in _COMPILED:
        _remember(regex, (from_program(regex, found), found[5]))


def forget_programs(regexes: Iterable[str]) -> None:
    """Drop the programs of ``regexes`` once kept: as Python lists they weigh megabytes."""
    for regex in regexes:
        _PROGRAMS.pop(regex, None)


class Anchors:
    """Which patterns of a group can start at a given word of a message.

    Parameters
    ----------
    starts : list of (words, prefixes)
        :func:`first_words` of each pattern of the group, in the group's order.
    """

    __slots__ = ("_exact", "_keys", "_prefixes")

    def __init__(self, starts: list[tuple[frozenset[str], frozenset[str]]]) -> None:
        exact: dict[str, list[int]] = {}
        prefixes: dict[str, list[tuple[str, int]]] = {}
        for k, (words, heads) in enumerate(starts):
            for word in words:
                exact.setdefault(word, []).append(k)
            for head in heads:
                prefixes.setdefault(head[0], []).append((head, k))
        self._exact = {word: tuple(ks) for word, ks in exact.items()}
        self._keys = frozenset(exact)
        self._prefixes = {ch: tuple(pairs) for ch, pairs in prefixes.items()}

    def candidates(self, positions: dict[str, list[int]]) -> list[tuple[int, tuple[int, ...]]]:
        """Return ``(start, patterns)`` for every word of a message where a pattern may start.

        ``positions`` maps each word of the message to where it starts.  The patterns are
        given by index, in order; the list is sorted by start.
        """
        exact = self._exact
        # The patterns each word may start, once per word: exact words by one set
        # intersection, then words that begin with a prefix (the two merged).
        chosen = {word: exact[word] for word in self._keys.intersection(positions)}
        if self._prefixes:
            for word in positions:
                pairs = self._prefixes.get(word[0])
                more = [k for head, k in pairs if word.startswith(head)] if pairs else None
                if more:
                    chosen[word] = tuple(sorted({*exact.get(word, ()), *more}))
        found = [(start, ks) for word, ks in chosen.items() for start in positions[word]]
        found.sort()
        return found
