"""``python -m cocon.guard``: see :mod:`cocon.guard.cli`."""

from __future__ import annotations

import sys

from cocon.guard.cli import main

if __name__ == "__main__":
    sys.exit(main())
