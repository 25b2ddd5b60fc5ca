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
from typing import IO, Any

from cocon.guard.engine import Guard
from cocon.guard.errors import DeepUnavailableError
from cocon.guard.verdict import Verdict

__all__ = ["main", "classify_line"]

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


def classify_line(line: str, guard: Guard | None = None) -> dict[str, Any]:
    """Return the output object for one input line (a verdict, or an error).

    Examples
    --------
    >>> classify_line('{"id": 1, "text": "kys"}', Guard(learned=False))["action"]
    'block'
    >>> classify_line('not json', Guard(learned=False))["error"]["code"]
    'invalid_json'
    """
    guard = guard or _worker_guard()
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
    try:
        verdict = guard.check(
            text,
            lang=lang if isinstance(lang, str) else None,
            country=record.get("country") if isinstance(record.get("country"), str) else None,
            context=context if isinstance(context, dict) else None,
        )
    except Exception as exc:  # noqa: BLE001 - report and go on, never stop the stream
        return {"id": rid, "error": {"code": "engine_error", "message": repr(exc)}}
    return {"id": rid, **verdict.to_dict()}


def _lines(stream: IO[str]) -> Iterator[str]:
    for line in stream:
        if line.strip():
            yield line


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
                results = pool.imap(classify_line, _lines(source), chunksize=256)
                for result in results:
                    out.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            guard = _guard(args)
            for line in _lines(source):
                out.write(json.dumps(classify_line(line, guard), ensure_ascii=False) + "\n")
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
