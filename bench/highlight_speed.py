"""CPU time of the three highlighters on two long texts, best of N runs.

Run: .venv/bin/python bench/highlight_speed.py [--runs 5]

Texts: the figure-dense 5,000 words made from the English figure sentence set (the same
text as tests/core/test_figures.py's speed test) and our longest real-length article,
`articles/en-transit-authority-annual-review.md`. Each highlighter is called once first so
its per-language table is compiled (that one-off cost is printed too).
The repeats see the same text, so per-line caches (boilerplate's) are warm in them: the
first call is the cold figure for a new text, the best repeat the warm one. CPU time
(`time.process_time`), because the machines are shared and wall time is noisy; the
absolute figures still move with load, so compare runs made together.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import highlights

from reader.analysis.boilerplate import find_boilerplate
from reader.analysis.figures import find_figures
from reader.analysis.sources import find_sources

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "articles" / "en-transit-authority-annual-review.md"


def figure_dense_text(words: int = 5000) -> str:
    """The English figure sentence set, repeated and cut to `words` words."""
    pool = " ".join(ex.text for ex in highlights.load("figures", ["en"])).split()
    return " ".join((pool * (words // len(pool) + 1))[:words])


def cpu(find: Callable[[str, str], list[Any]], text: str) -> float:
    start = time.process_time()
    find(text, "en")
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    texts = {
        "figure-dense 5,000 words": figure_dense_text(),
        ARTICLE.name: ARTICLE.read_text(encoding="utf-8"),
    }
    finders: dict[str, Callable[[str, str], list[Any]]] = {
        "figures": find_figures,
        "sources": find_sources,
        "boilerplate": find_boilerplate,
    }
    print(f"| text | words | highlighter | spans | first call ms | best of {args.runs} ms |")
    print("|---|---:|---|---:|---:|---:|")
    for label, text in texts.items():
        for name, find in finders.items():
            first = cpu(find, text)
            best = min(cpu(find, text) for _ in range(args.runs))
            spans = len(find(text, "en"))
            print(
                f"| {label} | {len(text.split())} | {name} | {spans} | "
                f"{first * 1000:.0f} | {best * 1000:.0f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
