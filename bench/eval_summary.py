#!/usr/bin/env python3
"""ROUGE of `reader summary` on the shared dev sets, following ../shared/eval/README.md.

    .venv/bin/python bench/eval_summary.py                 # every method + Lead-K, both sets
    .venv/bin/python bench/eval_summary.py --methods textrank default --jobs 2
    .venv/bin/python bench/eval_summary.py --cli --methods default   # real subprocesses
    .venv/bin/python bench/eval_summary.py --langs DIR [--held-out]  # da, sv, de, fr, es sets
    .venv/bin/python bench/eval_summary.py --data bbc_dev.jsonl --half A --methods default
    .venv/bin/python bench/eval_summary.py --resample 33 500 --jobs 1   # held-out sizes, simulated

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
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

_SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"  # beside the repo
EVAL_DIR = Path(os.environ.get("READER_EVAL_DIR", _SHARED_EVAL))
# The da/sv/de/fr/es sets built by bench/build_lang_sets.py (never committed: publishers' texts)
LANG_DIR = os.environ.get("READER_LANG_EVAL_DIR")
LANG_SETS = ("dannews", "kthxc", "klexikon", "de_web", "orangesum", "es", "es_htmldate")
DATASETS = ("norsumm_dev.jsonl", "bbc_dev.jsonl")
STOCK = ("textrank", "lexrank", "lsa", "luhn", "sumbasic", "kl", "reduction")
METHODS = ("lead", *STOCK, "default")
BOOTSTRAP = 2000  # resamples for the 95 % intervals (fixed seed: same numbers every run)
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


def default_inputs(
    records: Iterable[dict[str, Any]],
) -> Iterator[tuple[dict[str, Any], dict[str, Any], list[Any]]]:
    """Per record: the arguments `pipeline.summarise` got, and the candidates it ranked.

    Scripts that try variants of the default method must re-score exactly the sentences
    the default sees, so the real pipeline runs on the protocol's file with `summarise`
    spied on, rather than a second copy of the loading and exclusion steps. The spy stays
    in place while the generator is alive, also while the caller works between records:
    consume it whole (or close it) before summarising anything else in the process.
    """
    from reader.analysis import pipeline
    from reader.analysis import summarise as summ
    from reader.analysis.loader import load
    from reader.model import Options

    seen: dict[str, Any] = {}
    real = summ.summarise

    def spy(text: str, lang: str, **kw: Any) -> Any:
        seen.update(text=text, lang=lang, **kw)
        return real(text, lang, **kw)

    pipeline.summarise = spy  # type: ignore[assignment]
    try:
        for rec in records:
            with tempfile.TemporaryDirectory() as tmp:
                file = Path(tmp) / f"{rec['id']}.txt"
                file.write_bytes(article_bytes(rec))
                seen.clear()
                pipeline.summarise_article(load(file), Options(sentences=3))
            spans = summ.candidates(
                seen["text"], seen["lang"], seen["exclude"], seen["body_start"], seen["title"]
            )
            yield rec, dict(seen), spans
    finally:
        pipeline.summarise = real  # type: ignore[assignment]


def _k(baselines: Any, ds: str, rec: dict[str, Any]) -> int:
    """The README's K for the shared sets; a record's own `k` (else 3) for the others."""
    if ds in ("norsumm", "bbc"):
        return int(baselines.protocol_k(ds, rec))
    return int(rec.get("k", 3))


def evaluate(
    dataset: str,
    methods: list[str],
    jobs: int,
    cli: bool,
    limit: int | None,
    half: str | None = None,
) -> list[tuple[str, str, dict[str, float], float, list[dict[str, float]]]]:
    rouge, _, baselines = _shared()
    path = Path(dataset) if os.sep in dataset else EVAL_DIR / dataset
    data = sorted(rouge.read_jsonl(str(path)), key=lambda r: r["id"])
    if half is not None:  # the table's halves: A = even positions, B = odd, sorted by id
        data = data[0::2] if half == "A" else data[1::2]
    data = data[:limit]
    ds = baselines.dataset_of(dataset) if path.parent == EVAL_DIR else path.stem
    rows = []
    for method in methods:
        work = [(method, r, _k(baselines, ds, r), cli) for r in data]
        t0 = time.perf_counter()
        if jobs > 1:
            with ProcessPoolExecutor(jobs) as ex:
                results = list(ex.map(_summarise, work, chunksize=4))
        else:
            results = [_summarise(w) for w in work]
        wall = time.perf_counter() - t0
        preds = {rid: s for rid, s, _ in results}
        each = [rouge.score(preds[r["id"]], r["references"]) for r in data]
        scores = rouge.mean_scores(each)
        label = f"{ds} ({len(data)}{f', half {half}' if half else ''})"
        rows.append((label, method, scores, wall, each))
        print(
            f"  {ds:8s} {method:10s} {rouge.format_scores(scores)}  ({wall:.1f}s)",
            file=sys.stderr,
            flush=True,
        )
    return rows


def bootstrap(values: list[float], seed: int = 0) -> tuple[float, float]:
    """95 % percentile interval of the mean (articles resampled with replacement)."""
    import random

    rng = random.Random(seed)
    n = len(values)
    means = sorted(sum(values[rng.randrange(n)] for _ in range(n)) / n for _ in range(BOOTSTRAP))
    return means[int(0.025 * BOOTSTRAP)], means[int(0.975 * BOOTSTRAP) - 1]


def _cell(values: list[float]) -> str:
    lo, hi = bootstrap(values)
    return f"{100 * sum(values) / len(values):.1f} [{100 * lo:.1f}, {100 * hi:.1f}]"


def best_of_stock(
    rows: list[tuple[str, str, dict[str, float], float, list[dict[str, float]]]],
    size: int,
    margin: float = 1.0,
) -> str:
    """The held-out test, simulated: draw `size` articles with replacement (2,000 times,
    fixed seed) and compare the default with the stock method that is best on *that*
    draw (the maximum over every stock method run, as the held-out check takes it)."""
    import random

    by_method = {m: [e["rouge1"] for e in each] for _, m, _, _, each in rows}
    stock = [m for m in STOCK if m in by_method]
    if "default" not in by_method or not stock:
        return ""
    ours = by_method["default"]
    rng = random.Random(0)
    diffs = []
    for _ in range(BOOTSTRAP):
        idx = [rng.randrange(len(ours)) for _ in range(size)]
        best = max(sum(by_method[m][i] for i in idx) for m in stock)
        diffs.append(100 * (sum(ours[i] for i in idx) - best) / size)
    diffs.sort()
    share = sum(d >= margin for d in diffs) / len(diffs)
    return (
        f"{rows[0][0]}, {size} articles drawn {BOOTSTRAP} times: default - best of "
        f"{len(stock)} stock methods on each draw: mean {sum(diffs) / len(diffs):+.2f}, "
        f"5th percentile {diffs[int(0.05 * len(diffs))]:+.2f}, "
        f"share >= {margin:+g}: {share:.2f}"
    )


def table(
    rows: list[tuple[str, str, dict[str, float], float, list[dict[str, float]]]],
) -> list[str]:
    """Markdown: R1/R2/RL with 95 % CIs, R1 on each half (even / odd ids), and the
    default's paired R1 difference to the best stock method with its CI."""
    out = [
        "| set | method | R1 [95% CI] | R2 [95% CI] | RL [95% CI] | R1 half A | R1 half B |",
        "|---|---|---|---|---|---:|---:|",
    ]
    for ds, method, _, _, each in rows:
        cells = [_cell([e[m] for e in each]) for m in ("rouge1", "rouge2", "rougeL")]
        r1 = [e["rouge1"] for e in each]
        a, b = r1[0::2], r1[1::2]
        halves = (
            "– | –"  # already one half: no halves of it
            if "half" in ds or len(r1) < 2
            else f"{100 * sum(a) / len(a):.1f} | {100 * sum(b) / len(b):.1f}"
        )
        out.append(f"| {ds} | {method} | {' | '.join(cells)} | {halves} |")
    by_method = {m: each for _, m, _, _, each in rows}
    stock = [m for m in STOCK if m in by_method]
    if "default" in by_method and stock:
        best = max(stock, key=lambda m: sum(e["rouge1"] for e in by_method[m]))
        diff = [
            d["rouge1"] - s["rouge1"]
            for d, s in zip(by_method["default"], by_method[best], strict=True)
        ]
        lo, hi = bootstrap(diff)
        out.append(
            f"\n{rows[0][0]}: default - {best} (best stock) R1 = "
            f"{100 * sum(diff) / len(diff):+.1f} [{100 * lo:+.1f}, {100 * hi:+.1f}] (paired)"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", nargs="+", default=list(DATASETS))
    ap.add_argument("--methods", nargs="+", default=list(METHODS), choices=METHODS)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cli", action="store_true", help="run the installed `reader summary`")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument(
        "--langs",
        nargs="?",
        const=LANG_DIR or "",
        default=None,
        metavar="DIR",
        help="the da/sv/de/fr/es dev sets of bench/build_lang_sets.py in DIR "
        "(default $READER_LANG_EVAL_DIR) instead of --data",
    )
    ap.add_argument(
        "--held-out",
        action="store_true",
        help="with --langs: the held-out parts (run once, after choosing on dev)",
    )
    ap.add_argument(
        "--half",
        choices=("A", "B"),
        default=None,
        help="only half A (even positions by id) or half B (odd), as the table's columns",
    )
    ap.add_argument(
        "--resample",
        type=int,
        nargs="+",
        default=None,
        metavar="N",
        help="also simulate a held-out set of N articles per dataset (one N, or one per --data)",
    )
    args = ap.parse_args(argv)
    if args.langs is not None:
        if not args.langs:
            ap.error("--langs needs DIR or $READER_LANG_EVAL_DIR")
        part = "heldout" if args.held_out else "dev"
        args.data = [str(Path(args.langs) / f"{name}_{part}.jsonl") for name in LANG_SETS]
        args.data = [d for d in args.data if Path(d).exists()]
        if not args.data:
            ap.error(f"no {part} sets of bench/build_lang_sets.py in {args.langs}")
    elif args.held_out:
        ap.error("--held-out needs --langs")
    for j, dataset in enumerate(args.data):
        rows = evaluate(dataset, args.methods, args.jobs, args.cli, args.limit, args.half)
        print("\n".join(["", *table(rows)]), flush=True)
        if args.resample:
            size = args.resample[min(j, len(args.resample) - 1)]
            print(best_of_stock(rows, size), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
