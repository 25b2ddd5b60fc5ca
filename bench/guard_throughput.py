"""Print cocon.guard throughput, latency percentiles and memory (reported, not asserted).

Run: ``.venv/bin/python bench/guard_throughput.py [N]``
"""

from __future__ import annotations

import sys

from cocon.guard.bench import run_bench

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    print(run_bench(n=n))
    print()
    print(run_bench(n=n, learned=False))
