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
    "Follow",
    "Program",
    "Starts",
    "adopt",
    "compile_anchored",
    "first_words",
    "follow_of",
    "follow_words",
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
    if _class_kind(op, av) == _NONWORD:  # "[ ,.?!:-]": the word ends here
        return done | {(p, _EXACT, True) for p, _ in opened}
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
    parsed = _parse(regex)
    return None if parsed is None else _first_words_of(parsed)


def _parse(regex: str) -> Any:
    """The parsed pattern, or None when it is invalid or ``re``'s parser is not there."""
    if _p is None:
        return None
    try:
        return _p.parse(regex)
    except re.error:
        return None


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


#: For each exact first word, the words that may come next: ``(words, prefixes)``, or ``None``
#: when any word may (or none). A first word not listed may be followed by anything.
Follow = dict[str, tuple[frozenset[str], frozenset[str]] | None]

# Second-word machine. A state is (first word, second word, phase, starts at a word start); the
# phases: in the first word, between the words, in the second word, then done with the second
# word exact, a prefix of it, or unknown.
_IN1, _SEP, _IN2, _DONE_EXACT, _DONE_PREFIX, _DONE_ANY = range(6)
_FState = tuple[str, str, int, bool]
_MAX_FOLLOW_STATES = 60_000
_NONWORD, _WORD, _MIXED = range(3)


def _class_kind(op: Any, av: Any) -> int:
    """Whether a one-character item matches only non-word characters, only word ones, or both."""
    assert _c is not None  # noqa: S101
    if op is not _c.IN:
        return _MIXED  # any character, a negated literal, a back reference...
    kinds: set[bool] = set()
    for item, value in av:
        if item is _c.LITERAL:
            kinds.add(_word_char(value))
        elif item is _c.RANGE and value[1] - value[0] <= 256:
            kinds.update(_word_char(code) for code in range(value[0], value[1] + 1))
        elif item is _c.CATEGORY and value is _c.CATEGORY_SPACE:
            kinds.add(False)
        elif item is _c.CATEGORY and value in (_c.CATEGORY_DIGIT, _c.CATEGORY_WORD):
            kinds.add(True)
        else:
            return _MIXED
    if kinds == {False}:
        return _NONWORD
    return _WORD if kinds == {True} else _MIXED


def _fseq(items: Iterable[tuple[Any, Any]], states: set[_FState]) -> set[_FState]:
    assert _c is not None  # noqa: S101
    literal = _c.LITERAL
    run: list[int] = []
    for op, av in items:
        if op is literal:  # a run of letters is read in one go (most of a template is words)
            run.append(av)
            continue
        if run:
            states = _literals(run, states)
            run = []
        if all(state[2] >= _DONE_EXACT for state in states):
            return states
        states = _fstep(op, av, states)
        if len(states) > _MAX_FOLLOW_STATES:
            raise _Unknown
    return _literals(run, states) if run else states


def _literals(codes: list[int], states: set[_FState]) -> set[_FState]:
    """Read a run of literal characters: what :func:`_fstep` does for each, state by state,
    a stretch of word characters (or of other characters) at a time."""
    pieces: list[tuple[str, bool]] = []
    for code in codes:
        word = _word_char(code)
        if pieces and pieces[-1][1] == word:
            pieces[-1] = (pieces[-1][0] + chr(code), word)
        else:
            pieces.append((chr(code), word))
    out: set[_FState] = set()
    for w1, w2, phase, anchored in states:
        for text, word in pieces:
            if phase >= _DONE_EXACT:
                break
            if phase == _IN1:
                if word:
                    if not w1 and not anchored:
                        raise _Unknown
                    w1 += text
                    anchored = True
                elif not w1:
                    raise _Unknown
                else:
                    phase, anchored = _SEP, True
            elif phase == _SEP:
                if word:
                    w2, phase = text, _IN2
            elif word:
                w2 += text
            else:
                phase = _DONE_EXACT
        out.add((w1, w2, phase, anchored))
    return out


def _fstep(op: Any, av: Any, states: set[_FState]) -> set[_FState]:  # noqa: C901, PLR0911, PLR0912, PLR0915
    """One item of the pattern read by the second-word machine (an over-approximation: any
    match's first two words are among the states it ends with)."""
    assert _c is not None  # noqa: S101
    out = {s for s in states if s[2] >= _DONE_EXACT}
    live = [s for s in states if s[2] < _DONE_EXACT]
    if op is _c.LITERAL:
        ch = chr(av)
        word = _word_char(av)
        for w1, w2, phase, anchored in live:
            if phase == _IN1:
                if word:
                    if not w1 and not anchored:
                        raise _Unknown
                    out.add((w1 + ch, "", _IN1, True))
                elif not w1:
                    raise _Unknown
                else:
                    out.add((w1, "", _SEP, True))
            elif phase == _SEP:
                out.add((w1, ch, _IN2, anchored) if word else (w1, "", _SEP, anchored))
            else:
                out.add((w1, w2 + ch, _IN2, anchored) if word else (w1, w2, _DONE_EXACT, anchored))
        return out
    if op is _c.AT:
        if av is _c.AT_BOUNDARY:
            for w1, w2, phase, anchored in live:
                if phase == _IN1:
                    out.add((w1, "", _SEP, True) if w1 else ("", "", _IN1, True))
                elif phase == _IN2:
                    out.add((w1, w2, _DONE_EXACT, anchored))
                else:
                    out.add((w1, w2, phase, anchored))
            return out
        if av in (_c.AT_END, _c.AT_END_STRING):
            for w1, w2, phase, anchored in live:
                if phase == _IN1 and not w1:
                    raise _Unknown
                # nothing after the first word: the next word is not constrained
                out.add((w1, w2, _DONE_EXACT if phase == _IN2 else _DONE_ANY, anchored))
            return out
        if av is _c.AT_NON_BOUNDARY and any(s[2] == _IN1 for s in live):
            raise _Unknown
        return states
    if op is _c.ASSERT:
        direction, sub = av
        if direction < 0 and sub and sub[-1][0] is _c.LITERAL and not _word_char(sub[-1][1]):
            for w1, w2, phase, anchored in live:
                out.add((w1, w2, phase, anchored or (phase == _IN1 and not w1)))
            return out
        return states
    if op is _c.ASSERT_NOT:
        return states
    if op is _c.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unknown
        return out | _fseq(av[3], set(live))
    if op is _c.ATOMIC_GROUP:
        return out | _fseq(av, set(live))
    if op is _c.BRANCH:
        for alternative in av[1]:
            out |= _fseq(alternative, set(live))
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return out | _frepeat(av, live)
    if op is _c.IN and 0 < len(av) <= 32 and all(item is _c.LITERAL for item, _ in av):
        # a set of letters ("[sz]"): each one read as a literal
        for _item, code in av:
            out |= _fstep(_c.LITERAL, code, set(live))
        return out
    kind = _class_kind(op, av)
    for w1, w2, phase, anchored in live:
        if phase == _IN1:
            if not w1:
                raise _Unknown
            # a separator ends the first word; otherwise it may go on and anything may follow
            out.add((w1, "", _SEP, True) if kind == _NONWORD else (w1, "", _DONE_ANY, True))
        elif phase == _SEP:
            out.add((w1, "", _SEP, anchored) if kind == _NONWORD else (w1, "", _DONE_ANY, anchored))
        else:
            out.add((w1, w2, _DONE_EXACT if kind == _NONWORD else _DONE_PREFIX, anchored))
    return out


def _frepeat(av: Any, live: list[_FState]) -> set[_FState]:
    """A repeat: its body read again until no new state appears (at most a few times)."""
    low, high, sub = av
    out: set[_FState] = set()
    current = set(live)
    if low == 0:
        out |= current
    seen = set(current)
    for count in range(1, 7):
        current = _fseq(sub, current)
        finished = {s for s in current if s[2] >= _DONE_EXACT}
        out |= finished
        going = current - finished
        if count >= low:
            out |= going
        if count >= high:
            return out
        current = going - seen
        if not current and count >= low:
            return out
        seen |= current
    # still growing: whatever more repeats add is unknown from here
    for w1, w2, phase, anchored in current:
        if phase == _IN1:
            if not w1:
                raise _Unknown
            out.add((w1, "", _DONE_ANY, anchored))
        elif phase == _SEP:
            out.add((w1, "", _DONE_ANY, anchored))
        else:
            out.add((w1, w2, _DONE_PREFIX, anchored))
    return out


def _follow_of(parsed: Any) -> Follow | None:
    """Return the :data:`Follow` table of a parsed pattern (None when it cannot be told)."""
    try:
        states = _fseq(parsed, {("", "", _IN1, False)})
    except (_Unknown, RecursionError):
        return None
    exact: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    free: set[str] = set()
    for w1, w2, phase, _anchored in states:
        if not w1:
            return None
        if phase in (_IN1, _SEP, _DONE_ANY):
            free.add(w1)
        elif phase == _DONE_EXACT:
            exact.setdefault(w1, set()).add(w2)
        else:
            prefixes.setdefault(w1, set()).add(w2)
    table: Follow = {}
    for w1 in free | set(exact) | set(prefixes):
        table[w1] = (
            None if w1 in free else (frozenset(exact.get(w1, ())), frozenset(prefixes.get(w1, ())))
        )
    return table


def follow_words(regex: str) -> Follow | None:
    """Return, for each exact first word of ``regex``, the words that may follow it.

    Examples
    --------
    >>> follow_words(r"\\b(?:les|ces) (?:juifs|arabes) sont") == {
    ...     "les": (frozenset({"juifs", "arabes"}), frozenset()),
    ...     "ces": (frozenset({"juifs", "arabes"}), frozenset()),
    ... }
    True
    >>> follow_words(r"\\bva [a-z]+") == {"va": None}
    True
    """
    parsed = _parse(regex)
    if parsed is None or parsed.state.flags & re.IGNORECASE:
        return None
    return _follow_of(parsed)


_COMPILED: dict[str, tuple[re.Pattern[str], Starts | None]] = {}

#: What compiling a pattern produced, enough to rebuild it without parsing again: the flags, the
#: program (a list of integers), the number of groups, the group names both ways, and the
#: first words and what may follow them. Kept by :mod:`cocon.guard.pattern_cache` between
#: processes.
Program = tuple[
    int, list[int], int, dict[str, int], tuple[str | None, ...], Starts | None, Follow | None
]
_PROGRAMS: dict[str, Program] = {}
_FOLLOWS: dict[str, Follow | None] = {}


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
            # only a pattern tried at its first words has a use for the second
            follow = None if starts is None else _follow_of(parsed)
            _FOLLOWS[regex] = follow
            try:
                program = _program_of(parsed, starts, follow)
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
        _FOLLOWS.clear()
    _COMPILED[regex] = found


def follow_of(regex: str) -> Follow | None:
    """Return the :data:`Follow` table of a pattern compiled by :func:`compile_anchored`."""
    if regex not in _FOLLOWS:
        _FOLLOWS[regex] = follow_words(regex) if compile_anchored(regex)[1] else None
    return _FOLLOWS[regex]


def _program_of(parsed: Any, starts: Starts | None, follow: Follow | None) -> Program:
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
        follow,
    )


def from_program(regex: str, program: Program) -> re.Pattern[str]:
    """Rebuild the compiled ``regex`` from its :data:`Program` (``_sre`` validates the code)."""
    flags, code, groups, groupindex, indexgroup, _starts, _follow = program
    return _sre.compile(regex, flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def program(regex: str) -> Program | None:
    """Return the :data:`Program` of a pattern compiled in this process, if there is one."""
    return _PROGRAMS.get(regex)


def adopt(regex: str, found: Program) -> None:
    """Take a pattern compiled by another process (its :data:`Program`), unless known."""
    if regex not in _COMPILED:
        _remember(regex, (from_program(regex, found), found[5]))
        _FOLLOWS[regex] = found[6]


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
    follows : list of Follow or None, optional
        :func:`follow_words` of each pattern: a pattern whose first word is exact is then
        tried only where the next word is one it can continue with ("les" followed by a group
        word, not every "les" of the message).
    """

    __slots__ = ("_exact", "_follows", "_keys", "_next", "_prefixes")

    def __init__(
        self,
        starts: list[tuple[frozenset[str], frozenset[str]]],
        follows: list[Follow | None] | None = None,
    ) -> None:
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
        self._follows = follows
        self._next: (
            dict[
                str,
                tuple[dict[str, tuple[int, ...]], tuple[int, ...], tuple[tuple[str, int], ...]],
            ]
            | None
        ) = None

    def has_prefixes(self) -> bool:
        """Whether a pattern may start with a word prefix ("encul*")."""
        return bool(self._prefixes)

    def pairs(
        self,
    ) -> list[tuple[str, int, tuple[frozenset[str], frozenset[str]] | None]]:
        """Return ``(first word, pattern, (next words, next word prefixes))`` for every exact
        first word of every pattern: ``None`` when any next word will do."""
        out: list[tuple[str, int, tuple[frozenset[str], frozenset[str]] | None]] = []
        follows = self._follows
        for word, ks in self._exact.items():
            for k in ks:
                table = follows[k] if follows is not None else None
                out.append((word, k, table.get(word) if table is not None else None))
        return out

    def _next_table(
        self,
    ) -> dict[str, tuple[dict[str, tuple[int, ...]], tuple[int, ...], tuple[tuple[str, int], ...]]]:
        """For each first word some pattern constrains the next word of: the patterns to try
        by next word, those free of any constraint, and the (prefix, pattern) pairs."""
        if self._next is not None:
            return self._next
        table: dict[
            str, tuple[dict[str, tuple[int, ...]], tuple[int, ...], tuple[tuple[str, int], ...]]
        ] = {}
        follows = self._follows or []
        for word, ks in self._exact.items() if follows else ():
            free: list[int] = []
            by_next: dict[str, set[int]] = {}
            after: list[tuple[str, int]] = []
            for k in ks:
                rules = follows[k]
                rule = None if rules is None else rules.get(word)
                if rule is None:
                    free.append(k)
                    continue
                for nxt in rule[0]:
                    by_next.setdefault(nxt, set()).add(k)
                after.extend((head, k) for head in rule[1])
            if len(free) < len(ks):
                table[word] = (
                    {nxt: tuple(sorted(chosen.union(free))) for nxt, chosen in by_next.items()},
                    tuple(free),
                    tuple(after),
                )
        self._next = table
        return table

    def candidates(
        self, positions: dict[str, list[int]], following: dict[int, str] | None = None
    ) -> list[tuple[int, tuple[int, ...]]]:
        """Return ``(start, patterns)`` for every word of a message where a pattern may start.

        ``positions`` maps each word of the message to where it starts; ``following`` maps a
        start to the word after it (without it, the next word is not looked at). The patterns
        are given by index, in order; the list is sorted by start.
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
        nexts = self._next_table() if following is not None else None
        if not nexts or following is None:
            found = [(start, ks) for word, ks in chosen.items() for start in positions[word]]
            found.sort()
            return found
        found = []
        for word, ks in chosen.items():
            rule = nexts.get(word)
            if rule is None:
                found.extend((start, ks) for start in positions[word])
                continue
            by_next, free, after = rule
            # patterns this word starts by a prefix of it carry no constraint on the next word
            extra = (
                tuple(k for k in ks if k not in exact[word]) if len(ks) > len(exact[word]) else ()
            )
            for start in positions[word]:
                nxt = following.get(start, "")
                picked = by_next.get(nxt, free)
                if after and nxt:
                    more = [k for head, k in after if nxt.startswith(head)]
                    if more:
                        picked = tuple(sorted({*picked, *more}))
                if extra:
                    picked = tuple(sorted({*picked, *extra}))
                if picked:
                    found.append((start, picked))
        found.sort()
        return found
