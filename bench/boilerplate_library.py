#!/usr/bin/env python3
"""What the optional library-level signal (lines repeated across texts) would add (issue 14).

    .venv/bin/python bench/boilerplate_library.py             # real dev part
    .venv/bin/python bench/boilerplate_library.py --held-out  # real held-out part

The app does not use this signal yet: `reader.analysis.boilerplate.repeated_lines` is a
pure function, and the library would have to pass it the lines repeated across the
files of one feed or folder. Here the library of a language is its real-news files as
one user's library would hold them: the development files for the dev part, and
development and held-out together for `--held-out` (so the dev run never reads a
held-out text); the signal uses no gold marks. A line counts when it is in at least
`--min-texts` files (default 3). The table is the boilerplate table of
`bench/highlights.py --real`, with and without the signal; the script also counts flags
on the clean BBC dev bodies with one library per BBC category.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from highlights import Gold, boilerplate_table, evaluate_boilerplate, load_real  # noqa: E402

from reader.analysis.boilerplate import find_boilerplate, repeated_lines  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "bbc_dev.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="the held-out part")
    parser.add_argument("--min-texts", type=int, default=3, help="texts a line must be in")
    args = parser.parse_args(argv)
    split = "held-out" if args.held_out else "dev"
    examples = load_real("boilerplate", split)
    by_lang: dict[str, list[str]] = defaultdict(list)
    parts = ("dev", "held-out") if args.held_out else ("dev",)
    for part in parts:  # unmarked texts only: the library a user would have
        for ex in load_real("boilerplate", part):
            by_lang[ex.lang].append(ex.text)
    library = {lang: repeated_lines(texts, args.min_texts) for lang, texts in by_lang.items()}
    for label, use in (("without the library signal", False), ("with the library signal", True)):

        def predict(text: str, lang: str, use: bool = use) -> list[Gold]:
            repeated = library[lang] if use else frozenset()
            return [Gold(s.start, s.end, s.text) for s in find_boilerplate(text, lang, repeated)]

        print(f"# {split}, {label} (min texts {args.min_texts})\n")
        print(boilerplate_table(evaluate_boilerplate(examples, predict=predict)))
        print()
    if EVAL.exists():
        rows = [json.loads(line) for line in EVAL.open(encoding="utf-8")]
        feeds: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            feeds[row["id"].split("-")[1]].append(f"{row['title']}\n\n{row['text']}\n")
        flagged = 0
        for texts in feeds.values():
            repeated = repeated_lines(texts, args.min_texts)
            flagged += sum(len(find_boilerplate(t, "en", repeated)) for t in texts)
        print(f"BBC dev bodies, one library per category: {flagged} flagged spans")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
