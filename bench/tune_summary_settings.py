#!/usr/bin/env python3
"""R1 of the default method under other per-language settings (data/summary.json rows).

    .venv/bin/python bench/tune_summary_settings.py --data DIR/dannews_dev.jsonl \\
        --length-norm 0 1 --stem 0 1 --cosine 0 1 --title 0.1 --lead 0.1 0.3 1 --word-prob 0 3

Evaluates `default` exactly as bench/eval_summary.py does (same protocol, same K),
once per combination of settings, and prints R1 on the whole file and on its two
halves (even / odd ids), so that a choice can be made on a plateau that holds on both
halves rather than on one lucky point. Run it on dev parts only; confirm the chosen
row once on the held-out part with `eval_summary.py --langs DIR --held-out`.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_summary

from reader.analysis import summarise
from reader.analysis.newsrank import Settings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", nargs="+", required=True)
    ap.add_argument("--length-norm", nargs="+", type=int, default=[0, 1])
    ap.add_argument("--stem", nargs="+", type=int, default=[0, 1])
    ap.add_argument("--cosine", nargs="+", type=int, default=[0])
    ap.add_argument("--title", nargs="+", type=float, default=[0.1])
    ap.add_argument("--lead", nargs="+", type=float, default=[0.1])
    ap.add_argument("--word-prob", nargs="+", type=float, default=[0.0])
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    print(
        "| set | length_norm | stem | cosine | title | lead | word_prob "
        "| R1 | R1 half A | R1 half B |"
    )
    print("|---|---|---|---|---|---|---|---:|---:|---:|")
    for dataset in args.data:
        for norm, stem, cos, title, lead, wp in itertools.product(
            args.length_norm, args.stem, args.cosine, args.title, args.lead, args.word_prob
        ):
            chosen = Settings(
                length_norm=bool(norm),
                stem=bool(stem),
                cosine=bool(cos),
                title_weight=title,
                lead_weight=lead,
                word_prob=wp,
            )
            # Workers are forked, so they see the patched lookup.
            summarise.news_settings = lambda _lang, s=chosen: s  # type: ignore[assignment]
            rows = eval_summary.evaluate(dataset, ["default"], args.jobs, False, None)
            each = [e["rouge1"] for e in rows[0][4]]
            a, b = each[0::2], each[1::2]
            print(
                f"| {rows[0][0]} | {norm} | {stem} | {cos} | {title} | {lead} | {wp} "
                f"| {100 * sum(each) / len(each):.1f} | {100 * sum(a) / len(a):.1f} "
                f"| {100 * sum(b) / len(b):.1f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
