#!/usr/bin/env python3
"""False alarms of the boilerplate detector on clean article text (issue 14).

    .venv/bin/python bench/boilerplate_clean.py            # counts per set
    .venv/bin/python bench/boilerplate_clean.py --list     # also every flagged line

Sets, none of which has page furniture:

- the shared eval bodies (`../shared/eval/{bbc,norsumm}_dev.jsonl`), laid out like a
  library file (title line, blank line, text; text alone without a title), as
  `bench/eval_summary.py` does;
- our own written articles (`tests/data/highlights/articles/*.txt`, marks removed).

Every flagged span there is a false alarm or, at best, a caption; the ideal count is 0.
The text goes through `loader.parse` and `pipeline.analyse` with the language detected,
as `reader show --json` does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SHARED_EVAL = ROOT.parent / "shared" / "eval"
EVAL_DIR = Path(os.environ.get("READER_EVAL_DIR", _SHARED_EVAL))
DATASETS = ("bbc_dev.jsonl", "norsumm_dev.jsonl")


def _eval_texts(name: str) -> Iterator[tuple[str, str]]:
    with (EVAL_DIR / name).open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            title = (row.get("title") or "").strip()
            text = row["text"]
            yield row["id"], f"{title}\n\n{text}\n" if title else f"{text}\n"


def _own_articles() -> Iterator[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from highlights import ARTICLES, unmark_article

    for path in sorted(ARTICLES.glob("*-*.txt")):
        text, _, _ = unmark_article(path.read_text(encoding="utf-8"))
        yield path.name, text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every flagged span")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from reader.analysis.loader import parse
    from reader.analysis.pipeline import analyse

    sets = {name: _eval_texts(name) for name in DATASETS}
    sets["own articles"] = _own_articles()
    print("| set | texts | flagged spans | flagged chars | texts with a flag |")
    print("|---|---:|---:|---:|---:|")
    flagged_lines: list[str] = []
    for label, texts in sets.items():
        n = spans = chars = hit = 0
        for name, text in texts:
            n += 1
            analysis = analyse(parse(text.encode("utf-8"), name="article.txt"))
            bp = analysis.boilerplate
            spans += len(bp)
            chars += sum(s.end - s.start for s in bp)
            hit += bool(bp)
            flagged_lines += [f"{label} {name}: {s.text[:100]!r}" for s in bp]
        print(f"| {label} | {n} | {spans} | {chars} | {hit} |")
    if args.list:
        print("\n".join(["", *flagged_lines]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
