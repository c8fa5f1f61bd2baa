"""`python -m reader` is the same as the `reader` script."""

from __future__ import annotations

from reader.cli import main

raise SystemExit(main())
