"""What the three audits of unannotated text share (`source_audit.py`, `source_recall.py`,
`boilerplate_audit.py`): where the dev sets are, how a set is read (never a held-out file),
the hash that stands in for a line or sentence of article text in a judgement file, and the
`--code` switch that scores another copy of `reader/` on the same judgements.

Kept in one place so that the held-out guard and the hash cannot drift apart between the
audits: a judgement file written by one version must be read back by the next.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the summary sets' dev files; both names have been used by the audits' own docs
SUM_DATA = Path(
    os.environ.get("SUM_DATA") or os.environ.get("READER_SUM_DATA") or ROOT.parent / "sum-data"
)
EVAL = ROOT.parent / "shared" / "eval"
LANGS = ("es", "fr", "de", "no", "da", "sv", "en")  # the audits' default order


def dev_rows(path: Path) -> list[dict]:
    """The JSON objects of a dev set, one a non-blank line. A held-out file is refused,
    whatever a caller passes: the audits must never read one."""
    if "heldout" in path.name or "held-out" in path.parts:
        raise SystemExit(f"{path} is a held-out file: the audits never read one")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def short_hash(text: str) -> str:
    """The key of a line or sentence in a judgement file (no article text is stored)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def use_code(folder: str | Path | None) -> None:
    """Import `reader` from `folder` (an older copy from `git archive`) instead of this tree.
    Must run before the first `reader` import: the audits import it lazily for this."""
    if folder:
        sys.path.insert(0, str(Path(folder).resolve()))
