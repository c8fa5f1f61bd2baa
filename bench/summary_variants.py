#!/usr/bin/env python3
"""R1 on half A / half B of both dev sets for variants of the default method `reader`.

    READER_EVAL_DIR=../shared/eval .venv/bin/python bench/summary_variants.py
    .venv/bin/python bench/summary_variants.py --only adopted pfirst+0.05

Issue 15's protocol (docs/summaries.md, "Making the margin robust"): choose on half A
of both sets (articles sorted by id, even positions), check on half B (odd), adopt a
change only if it helps on half B and hurts neither half by more than 0.3 R1. This
script prints, for every variant tried, R1 on each half and on the whole set, next to
the variant `now` (what reader/analysis/newsrank.py and data/summary.json do today).

The candidates are exactly those `bench/eval_summary.py` hands to the default method
(the article file is loaded with `loader.load`, boilerplate excluded, the title line as
the headline), and the top K (NorSumm 3, BBC the reference's sentence count) by score
are printed in article order and scored with the shared `rouge.py`: `now` gives the
same R1 as `eval_summary.py --methods default`. Variants only re-score those candidates;
they never change the candidate list. Deterministic; ~2 minutes on one core.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import itertools

from eval_summary import EVAL_DIR, _shared, default_inputs

from reader.analysis import summarise as summ
from reader.analysis.newsrank import cosine_scores, frequency_scores
from reader.analysis.rank import reduction_scores, textrank_scores

Art = dict[str, Any]
Score = Callable[[Art], np.ndarray]


def load_sets() -> dict[str, list[Art]]:
    """Every dev article's candidates, words and K, as the default method sees them."""
    rouge, _, baselines = _shared()
    out: dict[str, list[Art]] = {}
    for ds, name in (("norsumm", "norsumm_dev.jsonl"), ("bbc", "bbc_dev.jsonl")):
        data = sorted(rouge.read_jsonl(str(EVAL_DIR / name)), key=lambda r: r["id"])
        arts = []
        for i, (rec, seen, spans) in enumerate(default_inputs(data)):
            text, lang, title = seen["text"], seen["lang"], seen["title"]
            texts = [s.text for s in spans]
            para = [text.count("\n\n", seen["body_start"], s.start) for s in spans]
            arts.append(
                {
                    "id": rec["id"],
                    "half": "AB"[i % 2],
                    "k": int(baselines.protocol_k(ds, rec)),
                    "refs": rec["references"],
                    "lang": lang,
                    "texts": texts,
                    "para": para,
                    "stem": [summ.content_words(t, lang) for t in texts],
                    "plain": [summ.plain_words(t, lang) for t in texts],
                    "all": [[w.lower() for w in summ.words(t)] for t in texts],
                    "title_stem": summ.content_words(title, lang) if title else [],
                    "title_plain": summ.plain_words(title, lang) if title else [],
                }
            )
        out[ds] = arts
    return out


# ------------------------------------------------------------------ parts
def scaled(x: np.ndarray) -> np.ndarray:
    top = float(x.max()) if len(x) else 0.0
    return x / top if top > 0 else np.zeros(len(x))


def key(a: Art) -> str:
    """The words of today's setting: unstemmed for English, stemmed otherwise."""
    return "plain" if a["lang"] == "en" else "stem"


def title(a: Art, k: str | None = None, bigrams: bool = False, jaccard: bool = False) -> np.ndarray:
    tw = a["title_" + (k or key(a))]
    sents = a[k or key(a)]
    if not tw:
        return np.zeros(len(sents))
    t = set(tw) | (set(itertools.pairwise(tw)) if bigrams else set())
    out = []
    for s in sents:
        w = set(s) | (set(itertools.pairwise(s)) if bigrams else set())
        out.append(len(t & w) / len(t | w) if jaccard else len(t & w) / len(t))
    return scaled(np.array(out)) if jaccard else np.array(out)


def lead(a: Art) -> np.ndarray:
    return 1.0 / (1.0 + np.arange(len(a["texts"])))


def para_lead(a: Art) -> np.ndarray:
    return np.array([1.0 / (1.0 + p) for p in a["para"]])


def para_first(a: Art) -> np.ndarray:
    p = a["para"]
    return np.array([1.0 if i == 0 or p[i] != p[i - 1] else 0.0 for i in range(len(p))])


def flag(a: Art, pattern: str) -> np.ndarray:
    return np.array([1.0 if re.search(pattern, t) else 0.0 for t in a["texts"]])


def length(a: Art) -> np.ndarray:
    return scaled(np.array([float(len(s)) for s in a["all"]]))


def tf_matrix(sents: list[list[str]], binary: bool) -> np.ndarray:
    vocab: dict[str, int] = {}
    for s in sents:
        for w in s:
            vocab.setdefault(w, len(vocab))
    m = np.zeros((len(sents), max(1, len(vocab))))
    for i, s in enumerate(sents):
        for w in s:
            m[i, vocab[w]] = 1.0 if binary else m[i, vocab[w]] + 1.0
    return m


def power_degree(sents: list[list[str]], alpha: float, idf: bool = False) -> np.ndarray:
    """sum_j tf_i . tf_j / (len_i len_j)^alpha (j != i); idf: words weighted by idf."""
    m = tf_matrix(sents, binary=False)
    if idf:
        df = (m > 0).sum(0)
        m = m * np.sqrt(np.log((len(sents) + 1) / df))[None, :]
    o = m @ m.T
    np.fill_diagonal(o, 0.0)
    n = np.array([max(1, len(s)) for s in sents], float)
    return (o / (n[:, None] ** alpha * n[None, :] ** alpha)).sum(1)


def freq_norm(sents: list[list[str]], alpha: float) -> np.ndarray:
    """SumBasic-like: the frequency centrality divided by len ** alpha."""
    f = frequency_scores(sents)
    return f / np.array([max(1, len(s)) ** alpha for s in sents])


def lexrank_degree(sents: list[list[str]], threshold: float = 0.1) -> np.ndarray:
    m = tf_matrix(sents, binary=True)
    o = m @ m.T
    np.fill_diagonal(o, 0.0)
    size = np.maximum(m.sum(1), 1.0)
    return (o / np.sqrt(size[:, None] * size[None, :]) > threshold).sum(1).astype(float)


def position_rank(sents: list[list[str]], damping: float = 0.85) -> np.ndarray:
    """PageRank on the word-overlap graph, teleporting to sentence i with p ~ 1/(1+i)."""
    m = tf_matrix(sents, binary=True)
    o = m @ m.T
    np.fill_diagonal(o, 0.0)
    n = len(sents)
    rows = o.sum(1)[:, None]
    p = np.where(rows > 0, o / np.where(rows > 0, rows, 1.0), 1.0 / n)
    t = 1.0 / (1.0 + np.arange(n))
    t /= t.sum()
    r = np.full(n, 1.0 / n)
    for _ in range(100):
        r = (1 - damping) * t + damping * (p.T @ r)
    return r


def first_paragraph_overlap(a: Art) -> np.ndarray:
    sents = a[key(a)]
    first = [i for i in range(len(sents)) if a["para"][i] == a["para"][0]]
    out = []
    for i, s in enumerate(sents):
        words = {w for j in first if j != i for w in sents[j]}
        out.append(len(words & set(s)) / max(1, len(set(s))))
    return np.array(out)


# ------------------------------------------------------------------ centralities
def c_now(a: Art) -> np.ndarray:
    """Today's centrality: en Reduction + cosine (unstemmed), others frequency (stemmed)."""
    if a["lang"] == "en":
        return scaled(scaled(reduction_scores(a["plain"])) + scaled(cosine_scores(a["plain"])))
    return scaled(frequency_scores(a["stem"]))


def c_before(a: Art) -> np.ndarray:
    """Before this round: en Reduction alone (unstemmed)."""
    if a["lang"] == "en":
        return scaled(reduction_scores(a["plain"]))
    return scaled(frequency_scores(a["stem"]))


def per_lang(en: Callable[[Art], np.ndarray], other: Callable[[Art], np.ndarray]) -> Score:
    return lambda a: scaled(en(a) if a["lang"] == "en" else other(a))


def mix(*parts: tuple[float, Callable[[Art], np.ndarray]]) -> Callable[[Art], np.ndarray]:
    return lambda a: scaled(sum(w * scaled(f(a)) for w, f in parts))


def with_priors(
    central: Callable[[Art], np.ndarray],
    tw: float = 0.1,
    lw: float = 0.1,
    extra: Callable[[Art], np.ndarray] | None = None,
    title_part: Callable[[Art], np.ndarray] = title,
    lead_part: Callable[[Art], np.ndarray] = lead,
) -> Score:
    def score(a: Art) -> np.ndarray:
        s = central(a) + tw * title_part(a) + lw * lead_part(a)
        return s + extra(a) if extra is not None else s

    return score


def red(k: str) -> Callable[[Art], np.ndarray]:
    return lambda a: reduction_scores(a[k])


def cos(k: str) -> Callable[[Art], np.ndarray]:
    return lambda a: cosine_scores(a[k])


def freq(k: str) -> Callable[[Art], np.ndarray]:
    return lambda a: frequency_scores(a[k])


NO_FREQ = freq("stem")
EN_NOW = mix((1, red("plain")), (1, cos("plain")))


def variants() -> dict[str, Score]:
    v: dict[str, Score] = {
        "now": with_priors(c_now),
        "before": with_priors(c_before),
        # shared priors, added to today's score
        "pfirst+0.05": with_priors(c_now, extra=lambda a: 0.05 * para_first(a)),
        "pfirst+0.1": with_priors(c_now, extra=lambda a: 0.1 * para_first(a)),
        "quote-0.05": with_priors(c_now, extra=lambda a: -0.05 * flag(a, r'["“”«»]')),
        "quote-0.1": with_priors(c_now, extra=lambda a: -0.1 * flag(a, r'["“”«»]')),
        "question-0.1": with_priors(c_now, extra=lambda a: -0.1 * flag(a, r"\?[\"”»]?\s*$")),
        "dash-quote-0.05": with_priors(c_now, extra=lambda a: -0.05 * flag(a, r"^\s*[-–—]")),
        "length+0.05": with_priors(c_now, extra=lambda a: 0.05 * length(a)),
        "length+0.1": with_priors(c_now, extra=lambda a: 0.1 * length(a)),
        "title-bigrams": with_priors(c_now, title_part=lambda a: title(a, bigrams=True)),
        "title-jaccard": with_priors(c_now, title_part=lambda a: title(a, jaccard=True)),
        "title-stemmed": with_priors(c_now, title_part=lambda a: title(a, "stem")),
        "lead-by-paragraph": with_priors(c_now, lead_part=para_lead),
        "lead-first-paragraph-overlap": with_priors(c_now, lead_part=first_paragraph_overlap),
        "first-paragraph-overlap+0.1": with_priors(
            c_now, extra=lambda a: 0.1 * first_paragraph_overlap(a)
        ),
        "positionrank+0.2": with_priors(
            lambda a: scaled(c_now(a) + 0.2 * scaled(position_rank(a[key(a)])))
        ),
        "positionrank+0.5": with_priors(
            lambda a: scaled(c_now(a) + 0.5 * scaled(position_rank(a[key(a)])))
        ),
        "lexrank-threshold+0.5": with_priors(
            lambda a: scaled(c_now(a) + 0.5 * scaled(lexrank_degree(a[key(a)])))
        ),
        "textrank-blend": with_priors(
            lambda a: scaled(c_now(a) + scaled(textrank_scores(a[key(a)])))
        ),
        # English centrality (Norwegian as today)
        "en:reduction-only": with_priors(per_lang(red("plain"), NO_FREQ)),
        "en:cosine-only": with_priors(per_lang(cos("plain"), NO_FREQ)),
        "en:len^0.4-degree": with_priors(
            per_lang(lambda a: power_degree(a["plain"], 0.4), NO_FREQ)
        ),
        "en:reduction-stemmed+unstemmed": with_priors(
            per_lang(mix((1, red("plain")), (1, red("stem"))), NO_FREQ)
        ),
        "en:reduction+cosine+stemmed-reduction": with_priors(
            per_lang(mix((1, red("plain")), (1, cos("plain")), (1, red("stem"))), NO_FREQ)
        ),
        "en:reduction+cosine+stemmed-cosine": with_priors(
            per_lang(mix((1, red("plain")), (1, cos("plain")), (1, cos("stem"))), NO_FREQ)
        ),
        "en:2reduction+cosine": with_priors(
            per_lang(mix((2, red("plain")), (1, cos("plain"))), NO_FREQ)
        ),
        "en:reduction+2cosine": with_priors(
            per_lang(mix((1, red("plain")), (2, cos("plain"))), NO_FREQ)
        ),
        "en:idf-degree": with_priors(
            per_lang(lambda a: power_degree(a["plain"], 0.0, idf=True), NO_FREQ)
        ),
        "en:sumbasic-like-len^0.7": with_priors(
            per_lang(lambda a: freq_norm(a["plain"], 0.7), NO_FREQ)
        ),
        # Norwegian centrality (English as today)
        "no:frequency+cosine": with_priors(per_lang(EN_NOW, mix((1, NO_FREQ), (1, cos("stem"))))),
        "no:frequency+reduction": with_priors(
            per_lang(EN_NOW, mix((1, NO_FREQ), (1, red("stem"))))
        ),
        "no:frequency-stemmed+unstemmed": with_priors(
            per_lang(EN_NOW, mix((1, NO_FREQ), (1, freq("plain"))))
        ),
        "no:frequency+frequency/len^0.3": with_priors(
            per_lang(EN_NOW, mix((1, NO_FREQ), (1, lambda a: freq_norm(a["stem"], 0.3))))
        ),
        "no:frequency-all-words": with_priors(per_lang(EN_NOW, freq("all"))),
        "no:idf-degree": with_priors(
            per_lang(EN_NOW, lambda a: power_degree(a["stem"], 0.0, idf=True))
        ),
    }
    for tw in (0.0, 0.05, 0.2, 0.3):
        for lw in (0.0, 0.05, 0.1, 0.2, 0.3):
            v[f"title{tw:g}/lead{lw:g}"] = with_priors(c_now, tw, lw)
    for lw in (0.0, 0.05, 0.2, 0.3):
        v[f"title0.1/lead{lw:g}"] = with_priors(c_now, 0.1, lw)
    return v


def evaluate(sets: dict[str, list[Art]], score: Score) -> dict[str, tuple[float, float, float]]:
    rouge, _, _ = _shared()
    out = {}
    for ds, arts in sets.items():
        got: dict[str, list[float]] = {"A": [], "B": []}
        for a in arts:
            s = score(a)
            best = sorted(range(len(s)), key=lambda i: (-s[i], i))[: a["k"]]
            text = "\n".join(" ".join(a["texts"][i].split()) for i in sorted(best))
            got[a["half"]].append(rouge.score(text, a["refs"])["rouge1"])
        both = got["A"] + got["B"]
        out[ds] = tuple(100 * sum(x) / len(x) for x in (got["A"], got["B"], both))
    return out  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--only", nargs="+", default=None, help="these variants only")
    args = ap.parse_args(argv)
    sets = load_sets()
    table = variants()
    names = args.only or list(table)
    print("| variant | NorSumm A | NorSumm B | NorSumm all | BBC A | BBC B | BBC all |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in names:
        r = evaluate(sets, table[name])
        cells = " | ".join(f"{x:.1f}" for ds in ("norsumm", "bbc") for x in r[ds])
        print(f"| {name} | {cells} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
