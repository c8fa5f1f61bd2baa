"""Where the stylesheet lives, for both an installed wheel and a checkout.

The stylesheet sits at the repository root (`styles.tcss`) so designers find it, and
the wheel carries a copy at `reader/styles.tcss` (pyproject force-include). Textual
needs one path, so we return the first one that exists.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # .../reader
_NAME = "styles.tcss"


def stylesheet() -> Path:
    """`<package>/styles.tcss` when installed, else `<repo>/styles.tcss`."""
    installed = _PACKAGE / _NAME
    if installed.is_file():
        return installed
    return _PACKAGE.parent / _NAME
