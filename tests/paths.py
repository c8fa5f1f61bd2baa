"""Where the steering repo's shared/ folder is: beside the repository root (as in CI)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_SAMPLE = SHARED / "samples" / "nb-north-korea-troops.txt"
EVAL = SHARED / "eval"
