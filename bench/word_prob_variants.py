#!/usr/bin/env python3
"""R1 (whole set / half A / half B) of the default method with and without SumBasic-like parts.

    READER_EVAL_DIR=../shared/eval .venv/bin/python bench/word_prob_variants.py \\
        --data SETS/klexikon_dev.jsonl [--variants now sumbasic wp3 ...]
    .venv/bin/python bench/word_prob_variants.py --data norsumm_dev.jsonl --variants now wp1 wp3

docs/summaries.md, "German, fourth round": why SumBasic beats the default on Klexikon
and what a word-probability part, a length prior or MMR change. The candidates are
exactly those `bench/eval_summary.py` hands to the default method (loaded with
`loader.load`, boilerplate excluded, the title line as the headline); each variant
re-scores them with the language's row of data/summary.json with `word_prob` 0 (`now` =
the row without the part, `wpW` = the real `newsrank.word_prob_order` with weight W) and
the top K (the set's K, as eval_summary.py) are scored with the shared `rouge.py`
(ROUGE-1 F1, max over references). Halves: articles sorted by id, even / odd positions.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_summary import EVAL_DIR, _k, _shared, default_inputs

from reader.analysis import summarise as summ
from reader.analysis.newsrank import choose, rate, word_prob_order

Art = dict[str, Any]


def load_set(dataset: str) -> list[Art]:
    rouge, _, baselines = _shared()
    path = Path(dataset) if os.sep in dataset else EVAL_DIR / dataset
    ds = baselines.dataset_of(dataset) if path.parent == EVAL_DIR else path.stem
    records = sorted(rouge.read_jsonl(str(path)), key=lambda r: r["id"])
    arts = []
    for i, (rec, seen, spans) in enumerate(default_inputs(records)):
        lang, title = seen["lang"], seen["title"]
        texts = [s.text for s in spans]
        words = summ._news_words(lang)
        arts.append(
            {
                "half": "AB"[i % 2],
                "k": _k(baselines, ds, rec),
                "refs": [rouge.tokenize(r) for r in rec["references"]],
                "texts": texts,
                "title": title,
                "words": words,
                "sents": [words(t) for t in texts],
                "length": np.array([max(1, len(summ.words(t))) for t in texts], float),
                "settings": dataclasses.replace(summ.news_settings(lang), word_prob=0.0),
            }
        )
    return arts


def base(a: Art) -> np.ndarray:
    return np.array([r.score for r in rate(a["texts"], a["words"], a["title"], a["settings"])])


def top(score: np.ndarray, k: int) -> list[int]:
    return sorted(range(len(score)), key=lambda i: (-score[i], i))[:k]


def mean_prob(a: Art) -> np.ndarray:
    counts = Counter(w for s in a["sents"] for w in s)
    total = sum(counts.values()) or 1
    return np.array([sum(counts[w] for w in s) / total / len(s) if s else 0.0 for s in a["sents"]])


def sumbasic(a: Art) -> list[int]:
    """SumBasic on our candidates (mean word probability, probabilities squared)."""
    ratings = rate(a["texts"], a["words"], a["title"], a["settings"])
    flat = [dataclasses.replace(r, score=0.0) for r in ratings]
    return word_prob_order(flat, a["sents"], 1.0, a["k"])[0][: a["k"]]


def mmr(a: Art, lam: float) -> list[int]:
    score, sets = base(a), [set(s) for s in a["sents"]]
    best = np.zeros(len(sets))
    free = np.ones(len(sets), bool)
    out: list[int] = []
    for _ in range(min(a["k"], len(sets))):
        j = int(np.argmax(np.where(free, score - lam * best, -np.inf)))
        out.append(j)
        free[j] = False
        for i, s in enumerate(sets):
            if s and sets[j]:
                best[i] = max(best[i], len(s & sets[j]) / math.sqrt(len(s) * len(sets[j])))
    return out


def length_prior(a: Art, w: float) -> np.ndarray:
    return -w * np.maximum(0.0, np.log2(a["length"] / np.median(a["length"])))


def with_word_prob(a: Art, w: float) -> list[int]:
    settings = dataclasses.replace(a["settings"], word_prob=w)
    return choose(a["texts"], a["words"], a["title"], settings, a["k"])[1][: a["k"]]


def variants() -> dict[str, Callable[[Art], list[int]]]:
    v: dict[str, Callable[[Art], list[int]]] = {
        "now": lambda a: top(base(a), a["k"]),
        "sumbasic": sumbasic,
        "mean-probability-only": lambda a: top(mean_prob(a), a["k"]),
    }
    for lam in (0.1, 0.2, 0.3, 0.5):
        v[f"mmr{lam:g}"] = lambda a, lam=lam: mmr(a, lam)
    for w in (0.05, 0.1, 0.2, 0.3, 0.5, 1.0):
        v[f"length-prior{w:g}"] = lambda a, w=w: top(base(a) + length_prior(a, w), a["k"])
    for w in (0.25, 0.5, 1.0, 2.0):
        v[f"static-probability{w:g}"] = lambda a, w=w: top(
            base(a) + w * mean_prob(a) / max(mean_prob(a).max(), 1e-300), a["k"]
        )
    for w in (1.0, 2.0, 3.0, 4.0):
        v[f"wp{w:g}"] = lambda a, w=w: with_word_prob(a, w)
    return v


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", nargs="+", required=True)
    ap.add_argument("--variants", nargs="+", default=None)
    args = ap.parse_args(argv)
    rouge, _, _ = _shared()
    table = variants()
    print("| set | variant | R1 | half A | half B |\n|---|---|---:|---:|---:|")
    for dataset in args.data:
        arts = load_set(dataset)
        for name in args.variants or list(table):
            got: dict[str, list[float]] = {"A": [], "B": []}
            for a in arts:
                picks = sorted(table[name](a))
                cand = rouge.tokenize("\n".join(" ".join(a["texts"][i].split()) for i in picks))
                got[a["half"]].append(max(rouge.rouge_n(cand, r, 1) for r in a["refs"]))
            cells = [got["A"] + got["B"], got["A"], got["B"]]
            r1 = " | ".join(f"{100 * sum(x) / len(x):.1f}" if x else "–" for x in cells)
            print(f"| {Path(dataset).stem} | {name} | {r1} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
