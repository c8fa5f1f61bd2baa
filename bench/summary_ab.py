#!/usr/bin/env python3
"""Two checkouts of reader, alternated run by run: `reader summary` on the generated
5,000-sentence article (bench/summary.py's), best wall and CPU time per language.

    .venv/bin/python bench/summary_ab.py --before /tmp/speed-base --rounds 5 \\
        --languages en no da sv de fr es it detect

Each run is one fresh `python -m reader summary FILE [--language L]` process started in
the checkout's folder (so it imports that checkout's `reader`; both use this venv's
packages). "detect" runs without `--language`. Runs alternate before / after for every
language and round, so both see the same load; compile the `.pyc` files of both trees
first (`python -m compileall -q reader`). Prints a Markdown table with the ratios and
whether the two printed the same summary in every run.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from summary import article


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--before", required=True, help="checkout of the code before")
    ap.add_argument("--after", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--sentences", type=int, default=5000, help="size of the article")
    ap.add_argument("--languages", nargs="+", default=["en", "detect"])
    args = ap.parse_args(argv)
    trees = {"before": args.before, "after": args.after}
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    outputs: dict[tuple[str, str], set[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.txt"
        path.write_text(article(args.sentences), encoding="utf-8")
        print(f"load average at start: {os.getloadavg()}")
        for _ in range(args.rounds):
            for lang in args.languages:
                extra = [] if lang == "detect" else ["--language", lang]
                for name, tree in trees.items():
                    cmd = [sys.executable, "-m", "reader", "summary", str(path), *extra]
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    t0 = time.perf_counter()
                    out = subprocess.run(cmd, cwd=tree, capture_output=True, text=True, check=True)
                    wall = time.perf_counter() - t0
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                    times.setdefault((lang, name), []).append((wall, cpu))
                    outputs.setdefault((lang, name), set()).add(out.stdout)
        print(f"load average at end: {os.getloadavg()}")
    print("| lang | before wall / CPU | after wall / CPU | wall ratio | CPU ratio | same output |")
    print("|---|---:|---:|---:|---:|---|")
    for lang in args.languages:
        bw = min(w for w, _ in times[(lang, "before")])
        bc = min(c for _, c in times[(lang, "before")])
        aw = min(w for w, _ in times[(lang, "after")])
        ac = min(c for _, c in times[(lang, "after")])
        same = outputs[(lang, "before")] == outputs[(lang, "after")]
        same = same and len(outputs[(lang, "after")]) == 1
        print(
            f"| {lang} | {bw:.2f} s / {bc:.2f} s | {aw:.2f} s / {ac:.2f} s "
            f"| {aw / bw:.2f} | {ac / bc:.2f} | {'yes' if same else 'NO'} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
