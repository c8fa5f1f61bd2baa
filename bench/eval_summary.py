#!/usr/bin/env python3
"""ROUGE of `reader summary` on the shared dev sets, following ../shared/eval/README.md.

    .venv/bin/python bench/eval_summary.py                 # every method + Lead-K, both sets
    .venv/bin/python bench/eval_summary.py --methods textrank default --jobs 2
    .venv/bin/python bench/eval_summary.py --cli --methods default   # real subprocesses

Protocol (README "Protocol"): each article becomes a UTF-8 .txt file laid out like
a library file (title line, blank line, text; text alone when there is no title);
the summary is `reader summary FILE --sentences K` with K from the README's
`baselines.protocol_k` (NorSumm 3, BBC the reference's sentence count) and no
`--language`; the non-empty output lines are the summary; ROUGE-1/2/L F1 x 100
from the shared `rouge.py`, max over references, averaged over articles. A
failure scores 0. Lead-K is the README's baseline: the first K sentences of
`text` by the shared `splitter.py`.

By default the summary is computed in-process through exactly the CLI's path
(`loader.load` -> `pipeline.summarise_article` -> `Summary.lines`), which is
~100x faster than one process per article; `--cli` runs the installed command.
The eval data and the scorer are imported from the shared folder, never copied.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

_SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"  # beside the repo
EVAL_DIR = Path(os.environ.get("READER_EVAL_DIR", _SHARED_EVAL))
DATASETS = ("norsumm_dev.jsonl", "bbc_dev.jsonl")
METHODS = ("lead", "textrank", "lexrank", "lsa", "luhn", "sumbasic", "kl", "reduction", "default")
READER = Path(sys.executable).with_name("reader")


def _shared() -> tuple[Any, Any, Any]:
    sys.path.insert(0, str(EVAL_DIR))
    import baselines  # type: ignore[import-not-found]
    import rouge  # type: ignore[import-not-found]
    import splitter  # type: ignore[import-not-found]

    return rouge, splitter, baselines


def article_bytes(rec: dict[str, Any]) -> bytes:
    """The file the protocol hands to `reader summary`."""
    text = rec["text"]
    if rec.get("title"):
        text = f"{rec['title']}\n\n{text}"
    return text.encode("utf-8")


def _summarise(job: tuple[str, dict[str, Any], int, bool]) -> tuple[str, str, float]:
    method, rec, k, cli = job
    t0 = time.perf_counter()
    if method == "lead":
        _, splitter, _ = _shared()
        return rec["id"], "\n".join(splitter.lead(rec["text"], rec["lang"], k)), 0.0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{rec['id']}.txt"
        path.write_bytes(article_bytes(rec))
        try:
            if cli:
                cmd = [str(READER), "summary", str(path), "--sentences", str(k)]
                if method != "default":
                    cmd += ["--method", method]
                out = subprocess.run(
                    cmd, capture_output=True, text=True, timeout=60, check=True
                ).stdout
            else:
                from reader.analysis.loader import load
                from reader.analysis.pipeline import summarise_article
                from reader.model import Options

                opts = Options(sentences=k, method=None if method == "default" else method)
                out = "\n".join(summarise_article(load(path), opts).lines())
        except Exception as exc:  # a failure scores 0, as the protocol says
            print(f"  failure {method} {rec['id']}: {exc}", file=sys.stderr)
            out = ""
    lines = [ln for ln in out.splitlines() if ln.strip()]
    return rec["id"], "\n".join(lines), time.perf_counter() - t0


def evaluate(
    dataset: str, methods: list[str], jobs: int, cli: bool, limit: int | None
) -> list[tuple[str, str, dict[str, float], float, float]]:
    rouge, _, baselines = _shared()
    data = rouge.read_jsonl(str(EVAL_DIR / dataset))[:limit]
    ds = baselines.dataset_of(dataset)
    rows = []
    for method in methods:
        work = [(method, r, baselines.protocol_k(ds, r), cli) for r in data]
        t0 = time.perf_counter()
        if jobs > 1:
            with ProcessPoolExecutor(jobs) as ex:
                results = list(ex.map(_summarise, work, chunksize=4))
        else:
            results = [_summarise(w) for w in work]
        wall = time.perf_counter() - t0
        preds = {rid: s for rid, s, _ in results}
        scores = rouge.mean_scores(rouge.score(preds[r["id"]], r["references"]) for r in data)
        worst = max(t for _, _, t in results)
        rows.append((f"{ds} ({len(data)})", method, scores, wall, worst))
        print(
            f"  {ds:8s} {method:10s} {rouge.format_scores(scores)}  ({wall:.1f}s)",
            file=sys.stderr,
            flush=True,
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", nargs="+", default=list(DATASETS))
    ap.add_argument("--methods", nargs="+", default=list(METHODS), choices=METHODS)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cli", action="store_true", help="run the installed `reader summary`")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = ap.parse_args(argv)
    print("| set | method | R1 | R2 | RL | seconds |")
    print("|---|---|---:|---:|---:|---:|")
    for dataset in args.data:
        for ds, method, s, wall, _ in evaluate(
            dataset, args.methods, args.jobs, args.cli, args.limit
        ):
            print(
                f"| {ds} | {method} | {100 * s['rouge1']:.1f} | {100 * s['rouge2']:.1f} "
                f"| {100 * s['rougeL']:.1f} | {wall:.1f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
