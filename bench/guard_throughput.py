"""Print cocon.guard throughput, latency percentiles and memory (reported, not asserted).

Run: ``.venv/bin/python bench/guard_throughput.py [N] [--deep]``

Prints the default engine (lexicons + learned layer) and lexicons alone on N messages; with
``--deep``, deep mode too, on N // 10 messages (it is about forty times slower).
"""

from __future__ import annotations

import sys

from cocon.guard.bench import run_bench

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 20_000
    print(run_bench(n=n))
    print()
    print(run_bench(n=n, learned=False))
    if "--deep" in sys.argv:
        print()
        print(run_bench(n=max(n // 10, 100), deep=True))
