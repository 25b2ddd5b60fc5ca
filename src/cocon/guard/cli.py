"""Command line: ``python -m cocon.guard classify|evaluate|explain|bench|train``.

``classify`` streams JSON Lines: one ``{"id": ..., "text": ...}`` per input line, one verdict
per output line with the same ``id``. A line that cannot be read yields
``{"id": ..., "error": {"code": ..., "message": ...}}`` and the stream goes on, so one bad row
never stops the screening of a whole export.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any, NamedTuple, cast

from cocon.guard.engine import Guard
from cocon.guard.errors import DeepUnavailableError
from cocon.guard.verdict import Verdict

__all__ = ["classify_line", "classify_lines", "main"]

_GUARD: Guard | None = None
_DEEP_HELP = "add the sentence encoder (better scores, 1-10 ms a message; needs cocon[deep])"


def _init_worker(learned: bool, deep: bool = False) -> None:
    global _GUARD  # noqa: PLW0603 - one engine per worker process
    _GUARD = Guard(learned=learned, deep=deep).load()


def _guard(args: argparse.Namespace) -> Guard:
    """Return the loaded engine the flags ask for (``--no-learned``, ``--deep``)."""
    return Guard(learned=not args.no_learned, deep=args.deep).load()


def _worker_guard() -> Guard:
    if _GUARD is None:
        _init_worker(True)
    assert _GUARD is not None  # noqa: S101
    return _GUARD


# Lines screened together by classify: the learned layer hashes a chunk's new words at once.
CHUNK = 256


class _Request(NamedTuple):
    rid: Any
    text: str
    lang: str | None
    context: dict[str, Any] | None


def _request(line: str) -> _Request | dict[str, Any]:
    """The request one input line makes, or the error object to write for it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": {"code": "invalid_json", "message": str(exc)}}
    if not isinstance(record, dict):
        return {"id": None, "error": {"code": "not_an_object", "message": "expected an object"}}
    rid = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": rid, "error": {"code": "missing_text", "message": "text must be a string"}}
    lang = record.get("lang")
    context = record.get("context")
    return _Request(
        rid,
        text,
        lang if isinstance(lang, str) else None,
        context if isinstance(context, dict) else None,
    )


def _checked(request: _Request, guard: Guard) -> dict[str, Any]:
    try:
        verdict = guard.check(request.text, lang=request.lang, context=request.context)
    except Exception as exc:  # noqa: BLE001 - report and go on, never stop the stream
        return {"id": request.rid, "error": {"code": "engine_error", "message": repr(exc)}}
    return {"id": request.rid, **verdict.to_dict()}


def classify_line(line: str, guard: Guard | None = None) -> dict[str, Any]:
    """Return the output object for one input line (a verdict, or an error).

    Examples
    --------
    >>> classify_line('{"id": 1, "text": "kys"}', Guard(learned=False))["action"]
    'block'
    >>> classify_line('not json', Guard(learned=False))["error"]["code"]
    'invalid_json'
    """
    request = _request(line)
    if not isinstance(request, _Request):
        return request
    return _checked(request, guard or _worker_guard())


def classify_lines(lines: Sequence[str], guard: Guard | None = None) -> list[dict[str, Any]]:
    """Return the output object of each line, in order: what :func:`classify_line` returns,
    with the valid lines screened together (:meth:`Guard.check_many`).

    Examples
    --------
    >>> out = classify_lines(['{"id": 1, "text": "kys"}', "[]", '{"id": 2, "text": "merci"}'])
    >>> [o.get("action") or o["error"]["code"] for o in out]
    ['block', 'not_an_object', 'allow']
    """
    guard = guard or _worker_guard()
    out = [_request(line) for line in lines]
    requests = [(i, r) for i, r in enumerate(out) if isinstance(r, _Request)]
    try:
        verdicts = guard.check_many(
            [r.text for _, r in requests],
            langs=[r.lang for _, r in requests],
            contexts=[r.context for _, r in requests],
        )
    except Exception:  # noqa: BLE001 - one bad message must not fail its neighbours
        results = [_checked(r, guard) for _, r in requests]
    else:
        results = [
            {"id": r.rid, **v.to_dict()} for (_, r), v in zip(requests, verdicts, strict=True)
        ]
    for (i, _), result in zip(requests, results, strict=True):
        out[i] = result
    return cast(list[dict[str, Any]], out)


def _lines(stream: IO[str]) -> Iterator[str]:
    for line in stream:
        if line.strip():
            yield line


def _chunks(lines: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _classify(args: argparse.Namespace) -> int:
    source: IO[str] = open(args.input, encoding="utf-8") if args.input else sys.stdin  # noqa: SIM115
    out = sys.stdout
    try:
        results: Iterable[dict[str, Any]]
        if args.workers > 1:
            import multiprocessing

            ctx = multiprocessing.get_context("spawn")
            init = (not args.no_learned, args.deep)
            with ctx.Pool(args.workers, _init_worker, init) as pool:
                for results in pool.imap(classify_lines, _chunks(_lines(source), CHUNK)):
                    for result in results:
                        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            guard = _guard(args)
            # --flush answers each line as it comes: no waiting for a chunk to fill
            for chunk in _chunks(_lines(source), 1 if args.flush else CHUNK):
                for result in classify_lines(chunk, guard):
                    out.write(json.dumps(result, ensure_ascii=False) + "\n")
                if args.flush:
                    out.flush()
    finally:
        if source is not sys.stdin:
            source.close()
    return 0


def explain(text: str, verdict: Verdict) -> str:
    """Return a readable account of ``verdict`` with the spans marked in ``text``.

    Examples
    --------
    >>> g = Guard(learned=False)
    >>> print(explain("t'es nul", g.check("t'es nul")).splitlines()[0])
    t'es [[nul]]
    """
    marked: list[str] = []
    last = 0
    for start, end in _merged(verdict):
        if start < last:
            continue
        marked.append(text[last:start])
        marked.append("[[" + text[start:end] + "]]")
        last = end
    marked.append(text[last:])
    lines = ["".join(marked), ""]
    lines.append(f"action: {verdict.action}  (rule: {verdict.rule})")
    lines.append(f"risk:   {verdict.risk}{'  care' if verdict.care else ''}")
    lines.append(f"lang:   {verdict.lang}")
    for s in verdict.spans:
        lines.append(f"  {s.code:32} {text[s.start : s.end]!r} [{s.start}:{s.end}]")
    top = sorted(((v, k) for k, v in verdict.scores.items() if v > 0), reverse=True)
    if top:
        lines.append("scores: " + ", ".join(f"{k}={v:.2f}" for v, k in top))
    if verdict.learned:
        lines.append("learned: " + ", ".join(f"{k}={v:.2f}" for k, v in verdict.learned.items()))
    return "\n".join(lines)


def _merged(verdict: Verdict) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for span in sorted(verdict.spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span.end))
        else:
            merged.append((span.start, span.end))
    return merged


def _explain(args: argparse.Namespace) -> int:
    guard = _guard(args)
    text = " ".join(args.text)
    print(explain(text, guard.check(text, lang=args.lang)))
    return 0


def _bench(args: argparse.Namespace) -> int:
    from cocon.guard.bench import run_bench

    print(
        run_bench(
            n=args.n,
            seed=args.seed,
            learned=not args.no_learned,
            deep=args.deep,
            corpus_path=args.corpus,
            warm=args.warm,
            batch=args.batch,
        )
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # evaluate and train belong to the learned layer; they parse their own arguments.
    if argv and argv[0] in ("evaluate", "train", "typos"):
        if argv[0] == "evaluate":
            from cocon.guard.evaluate import main as evaluate_main
        elif argv[0] == "typos":
            from cocon.guard.typos_build import main as evaluate_main
        else:
            from cocon.guard.train import main as evaluate_main
        return int(evaluate_main(argv[1:]) or 0)
    parser = argparse.ArgumentParser(prog="python -m cocon.guard", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("classify", help="JSON Lines in (id, text), verdicts out")
    p.add_argument("input", nargs="?", help="file to read (default: standard input)")
    p.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    p.add_argument("--no-learned", action="store_true", help="lexicons only")
    p.add_argument("--deep", action="store_true", help=_DEEP_HELP)
    p.add_argument("--flush", action="store_true", help="flush after each line")
    p.set_defaults(func=_classify)
    p = sub.add_parser("explain", help="print a readable verdict for one text")
    p.add_argument("text", nargs="+")
    p.add_argument("--lang", choices=("fr", "en"))
    p.add_argument("--no-learned", action="store_true")
    p.add_argument("--deep", action="store_true", help=_DEEP_HELP)
    p.set_defaults(func=_explain)
    p = sub.add_parser("bench", help="messages/s, latency percentiles and memory, one core")
    p.add_argument("-n", type=int, default=20_000, help="messages (default 20000)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--no-learned", action="store_true")
    p.add_argument("--deep", action="store_true", help=_DEEP_HELP)
    p.add_argument(
        "--corpus",
        metavar="FILE.jsonl",
        help="real messages (a 'text' field per line) instead of the synthetic corpus",
    )
    p.add_argument(
        "--warm",
        action="store_true",
        help="screen the corpus once before timing it (a long-running server's steady state)",
    )
    p.add_argument(
        "--batch",
        type=int,
        default=1,
        help="screen N messages per Guard.check_many call, as classify does (default 1: check)",
    )
    p.set_defaults(func=_bench)
    sub.add_parser("evaluate", help="precision, recall, F1, ROC-AUC against labelled JSONL")
    sub.add_parser("train", help="train the learned layer")
    sub.add_parser("typos", help="rebuild the real words that typo reading must leave alone")
    args = parser.parse_args(argv)
    if args.deep and args.no_learned:
        parser.error("--deep corrects the learned layer: it cannot go with --no-learned")
    try:
        return int(args.func(args))
    except DeepUnavailableError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
