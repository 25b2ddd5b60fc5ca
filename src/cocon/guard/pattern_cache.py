"""Compiled patterns kept on disk, so that a restart does not parse them again.

Python's ``re`` parses a pattern in pure Python, and the lexicons' templates (hundreds of
thousands of characters once their macros are expanded) made parsing most of what
``Guard().load()`` costs. What compiling produced is a list of integers that ``_sre.compile``
takes back and validates (see :func:`cocon.guard.anchors.from_program`), so it is kept in a
JSON file named after the Python build and a hash of every pattern: a changed lexicon or
another Python never reads a stale program. A missing, unreadable or unwritable cache only
costs the parse, and nothing but integers, names and words is read back (no pickle).

Where: ``$COCON_GUARD_CACHE`` (``off`` disables it), else ``$XDG_CACHE_HOME/cocon-guard``,
else ``~/.cache/cocon-guard``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import sys
import tempfile
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cocon.guard import anchors
from cocon.guard.anchors import (
    Follow,
    Program,
    adopt,
    compile_anchored,
    forget_programs,
    program,
)

__all__ = ["cache_dir", "cache_path", "compile_all", "restore", "store"]

# Bumped whenever the file's layout changes.
FORMAT = 3
# The program's words: unsigned, as wide as _sre's code unit.
_CODE = "I"
# The code that reads what a pattern starts with (its first and second words are kept too).
_ANALYSIS = hashlib.sha256(Path(anchors.__file__).read_bytes()).digest()


def cache_dir() -> Path | None:
    """Return the directory of the cache, or None when it is switched off."""
    configured = os.environ.get("COCON_GUARD_CACHE")
    if configured is not None:
        return None if configured in ("", "off") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cocon-guard"


def cache_path(regexes: Sequence[str]) -> Path | None:
    """Return the file that holds the programs of exactly ``regexes`` on this Python."""
    folder = cache_dir()
    if folder is None:
        return None
    width = array(_CODE).itemsize
    build = f"{FORMAT}|{sys.version}|{sys.implementation.cache_tag}|{sys.byteorder}|{width}"
    digest = hashlib.sha256(build.encode())
    # the first and second words are read by cocon.guard.anchors: a change there is a new file
    digest.update(_ANALYSIS)
    for regex in regexes:
        digest.update(regex.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return folder / f"patterns-{digest.hexdigest()[:32]}.json"


def compile_all(regexes: Sequence[str]) -> None:
    """Make every pattern of ``regexes`` compiled in this process: adopted from the cache when
    an earlier process kept them all, else parsed (``re.error`` for a bad one) and kept."""
    if not restore(regexes):
        for regex in regexes:
            compile_anchored(regex)
        store(regexes)


def restore(regexes: Sequence[str]) -> bool:
    """Adopt the programs of ``regexes`` kept by an earlier process; True when all were."""
    path = cache_path(regexes)
    if path is None:
        return False
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(rows, list) or len(rows) != len(regexes):
            return False
        for regex, row in zip(regexes, rows, strict=True):
            adopt(regex, _program(row))
    except (OSError, ValueError, TypeError, RuntimeError, IndexError, KeyError):
        return False  # unreadable or invalid: compiled from the text instead
    return True


def store(regexes: Sequence[str]) -> None:
    """Write the programs of ``regexes`` (all compiled in this process) for the next one,
    then let them go (the compiled patterns stay)."""
    try:
        _write(regexes)
    finally:
        forget_programs(regexes)


def _write(regexes: Sequence[str]) -> None:
    path = cache_path(regexes)
    if path is None:
        return
    rows: list[list[Any]] = []
    for regex in regexes:
        found = program(regex)
        if found is None:
            return  # some pattern was compiled another way: nothing worth keeping
        flags, code, groups, groupindex, indexgroup, starts, follow = found
        first = None if starts is None else [sorted(starts[0]), sorted(starts[1])]
        then = None
        if follow is not None:
            then = {
                word: None if rule is None else [sorted(rule[0]), sorted(rule[1])]
                for word, rule in sorted(follow.items())
            }
        # the program as machine words in base64: far quicker to write and read than numbers
        packed = base64.b64encode(array(_CODE, code).tobytes()).decode("ascii")
        rows.append([flags, packed, groups, groupindex, list(indexgroup), first, then])
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        # written aside, then renamed: a reader never sees half a file
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(rows, out, separators=(",", ":"))
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _words(listed: list[str]) -> frozenset[str]:
    """One frozenset per distinct list of words: many first words share their next words."""
    key = tuple(listed)
    found = _SETS.get(key)
    if found is None:
        if len(_SETS) > 100_000:
            _SETS.clear()
        found = _SETS[key] = frozenset(key)
    return found


def _program(row: Any) -> Program:
    flags, packed, groups, groupindex, indexgroup, first, then = row
    # the code itself is checked by _sre.compile (TypeError, RuntimeError "invalid SRE code")
    if not (isinstance(flags, int) and isinstance(groups, int) and isinstance(packed, str)):
        raise ValueError("malformed program")
    code = array(_CODE, base64.b64decode(packed, validate=True)).tolist()
    if not isinstance(groupindex, dict):
        raise ValueError("malformed program")
    starts = None if first is None else (frozenset(first[0]), frozenset(first[1]))
    if not (then is None or isinstance(then, dict)):
        raise ValueError("malformed program")
    follow: Follow | None = None
    if then is not None:
        follow = {
            word: None if rule is None else (_words(rule[0]), _words(rule[1]))
            for word, rule in then.items()
        }
    return (flags, code, groups, dict(groupindex), tuple(indexgroup), starts, follow)
