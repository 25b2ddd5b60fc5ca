"""Print cocon.guard throughput, latency percentiles and memory (reported, not asserted).

Run: ``.venv/bin/python bench/guard_throughput.py [N] [--deep] [--corpus=FILE.jsonl] [--warm]``

Prints the default engine (lexicons + learned layer) and lexicons alone on N messages; with
``--deep``, deep mode too, on N // 10 messages (it is about forty times slower). With
``--corpus``, real messages from a JSON Lines file (for instance the evaluation files in
``../shared/data/eval``) replace the synthetic corpus, whose small vocabulary keeps every
per-word cache warm; ``--warm`` screens the corpus once before timing it (a long-running
server's steady state, where most words have been met).
"""

from __future__ import annotations

import sys

from cocon.guard.bench import run_bench

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 20_000
    corpus = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--corpus=")), None)
    warm = "--warm" in sys.argv
    print(run_bench(n=n, corpus_path=corpus, warm=warm))
    print()
    print(run_bench(n=n, learned=False, corpus_path=corpus, warm=warm))
    if "--deep" in sys.argv:
        print()
        print(run_bench(n=max(n // 10, 100), deep=True, corpus_path=corpus, warm=warm))
