"""Vectorised TextRank and LexRank that rate sentences exactly as sumy 0.13 does.

Why: sumy builds its similarity matrices with quadratic pure-Python loops
(seconds at 1,000 sentences, minutes at 5,000). Here the same matrices come from
one sparse term-by-sentence product, and the power iteration is sumy's own code
path (same matrix, same numpy calls), so the ratings and hence the chosen
sentences are the same as stock sumy's.

Exactness notes:
- TextRank's edge weight is an integer overlap count divided by
  ``log(len_i) + log(len_j)``; we compute the counts exactly (integers in float64)
  and the logs with ``math.log`` as sumy does, so every matrix entry is bit-equal.
- LexRank thresholds the idf-modified cosine at 0.1 and keeps only 0/1 entries;
  our cosine may differ from sumy's in the last bit (sumy sums over a frozenset,
  whose order even varies between processes), which only matters for a cosine
  within ~1e-15 of the threshold.
- Ties: sentences are sorted by rating with a stable sort, so equal ratings keep
  article order, as sumy's `_get_best_sentences` does. Sumy keys ratings by sentence
  text, so identical sentences get the rating of the last copy; `rate_by_text`
  reproduces that.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
_ZERO_DIVISION_PREVENTION = 1e-7
LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
_DENSE_DF = 48  # terms in more than max(this, n/16) sentences go through one BLAS product
_CHUNK = 256  # rows per block for element-wise n x n work
_RARE_DF = 64  # terms in at most this many sentences are batched by df (np.add.at)


def _term_ids(sentences: Sequence[Sequence[str]]) -> tuple[list[dict[int, int]], int]:
    """Per sentence, {term id: count}; ids in order of first appearance (deterministic)."""
    ids: dict[str, int] = {}
    rows: list[dict[int, int]] = []
    for words in sentences:
        counts: dict[int, int] = {}
        for w in words:
            t = ids.setdefault(w, len(ids))
            counts[t] = counts.get(t, 0) + 1
        rows.append(counts)
    return rows, len(ids)


def gram(rows: Sequence[dict[int, float]], n_terms: int) -> np.ndarray:
    """X @ X.T for the sparse sentence-by-term matrix X given as rows of {term: value}.

    Three kinds of term, by document frequency df, each with its cheapest exact path:
    frequent terms (df > n/16) go through one BLAS product; middling terms add their
    df x df outer product in place; rare terms are grouped by df into `np.add.at`.
    """
    n = len(rows)
    postings: list[list[int]] = [[] for _ in range(n_terms)]
    values: list[list[float]] = [[] for _ in range(n_terms)]
    for i, row in enumerate(rows):
        for t, v in row.items():
            postings[t].append(i)
            values[t].append(v)
    dense_df = max(_DENSE_DF, n // 16)
    dense_terms = [t for t in range(n_terms) if len(postings[t]) > dense_df]
    if dense_terms:  # the n x n result is the accumulator: no second n x n array
        x = np.zeros((n, len(dense_terms)))
        for k, t in enumerate(dense_terms):
            x[postings[t], k] = values[t]
        g = x @ x.T
    else:
        g = np.zeros((n, n))
    by_df: dict[int, list[int]] = {}
    for t in range(n_terms):
        df = len(postings[t])
        if df > dense_df:
            continue  # done by the BLAS product
        if df > _RARE_DF:
            idx = np.array(postings[t], dtype=np.intp)
            val = np.array(values[t])
            g[np.ix_(idx, idx)] += np.outer(val, val)
        elif df > 0:
            by_df.setdefault(df, []).append(t)
    for df in sorted(by_df):
        terms = by_df[df]
        idx2 = np.array([postings[t] for t in terms], dtype=np.intp)  # (m, df)
        val2 = np.array([values[t] for t in terms], dtype=np.float64)
        ii = np.broadcast_to(idx2[:, :, None], (len(terms), df, df)).ravel()
        jj = np.broadcast_to(idx2[:, None, :], (len(terms), df, df)).ravel()
        vv = (val2[:, :, None] * val2[:, None, :]).ravel()
        np.add.at(g, (ii, jj), vv)
    return g


def _edges(sentences: Sequence[Sequence[str]], single: float | None) -> np.ndarray:
    """overlap(i, j) / (log len_i + log len_j): TextRank's and Reduction's edge weights.

    `single`: the weight when both sentences have one word (norm 0): None keeps the
    overlap (TextRank), 0.0 gives 0 (Reduction). Sentences without words have no edges.
    Computed in place: the n x n matrices dominate memory on long articles.
    """
    rows, n_terms = _term_ids(sentences)
    weights = gram([{t: float(c) for t, c in r.items()} for r in rows], n_terms)
    lengths = [len(s) for s in sentences]
    logs = {k: math.log(k) for k in set(lengths) if k > 0}
    log_len = np.array([logs.get(k, 0.0) for k in lengths])
    ones = np.flatnonzero(np.array(lengths) == 1)
    single_overlap = weights[np.ix_(ones, ones)].copy()
    with np.errstate(divide="ignore", invalid="ignore"):
        for a in range(0, len(lengths), _CHUNK):  # row blocks: no n x n temporary
            weights[a : a + _CHUNK] /= log_len[a : a + _CHUNK, None] + log_len[None, :]
    weights[np.ix_(ones, ones)] = single_overlap if single is None else single
    empty = np.flatnonzero(np.array(lengths) == 0)
    weights[empty, :] = 0.0
    weights[:, empty] = 0.0
    return weights


def reduction_scores(sentences: Sequence[Sequence[str]]) -> np.ndarray:
    """sumy ReductionSummarizer ratings: the sum of a sentence's edges to all others.

    sumy adds the edges of sentence i in the order j = 0..n-1 (j != i), one by one.
    The edge matrix is exactly symmetric (integer overlaps; log len_i + log len_j is
    the same float either way round), so row i's sum is column i's sum, and numpy
    reduces a C-ordered array over axis 0 by adding whole rows into the result one
    after the other: for every column, j = 0..n-1 in order, the same floats as sumy's
    loop (a row-wise sum would be pairwise and differ in the last bit). No copy of the
    n x n matrix, unlike the cumulative sum used before (same results, tested).
    """
    n = len(sentences)
    if n < 2:
        return np.zeros(n)
    weights = _edges(sentences, 0.0)
    np.fill_diagonal(weights, 0.0)
    degrees: np.ndarray = np.add.reduce(np.ascontiguousarray(weights), axis=0)  # C order: see above
    return degrees


def textrank_scores(sentences: Sequence[Sequence[str]]) -> np.ndarray:
    """sumy TextRankSummarizer.rate_sentences for sentences given as content-word lists."""
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    weights = _edges(sentences, None)
    weights /= weights.sum(axis=1)[:, np.newaxis] + _ZERO_DIVISION_PREVENTION
    # sumy: full((n, n), (1 - d) / n) + d * weights -- the same two operations, in place.
    weights *= TEXTRANK_DAMPING
    weights += (1.0 - TEXTRANK_DAMPING) / n
    return _power_method(weights, TEXTRANK_EPSILON, normalise=False)


def _power_method(matrix: np.ndarray, epsilon: float, *, normalise: bool) -> np.ndarray:
    """sumy's power iteration, float for float: LexRank's version normalises each step,
    TextRank's does not (both as in sumy, so ratings match bit for bit)."""
    transposed = matrix.T
    n = len(matrix)
    p = np.array([1.0 / n] * n)
    lam = 1.0
    while lam > epsilon:
        nxt = np.dot(transposed, p)
        if normalise:
            nxt /= np.linalg.norm(nxt)
        lam = float(np.linalg.norm(np.subtract(nxt, p)))
        p = nxt
    return p


def lexrank_scores(sentences: Sequence[Sequence[str]]) -> np.ndarray:
    """sumy LexRankSummarizer ratings (idf-modified cosine, threshold 0.1, power method)."""
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    rows, n_terms = _term_ids(sentences)
    df = np.zeros(n_terms, dtype=np.int64)
    for r in rows:
        for t in r:
            df[t] += 1
    idf = [math.log(n / (1 + int(d))) for d in df]
    weighted: list[dict[int, float]] = []
    for r in rows:
        top = max(r.values()) if r else 1
        weighted.append({t: (c / top) * idf[t] for t, c in r.items()})
    matrix = gram(weighted, n_terms)  # numerators; turned into the 0/1 matrix in place
    norms = np.sqrt(np.array([sum(v * v for v in w.values()) for w in weighted]))
    with np.errstate(divide="ignore", invalid="ignore"):
        for a in range(0, n, _CHUNK):
            block = matrix[a : a + _CHUNK]
            block /= norms[a : a + _CHUNK, None] * norms[None, :]
            np.greater(block, LEXRANK_THRESHOLD, out=block, casting="unsafe")
    zero = np.flatnonzero(norms <= 0)  # sumy: cosine 0 when a denominator is 0
    matrix[zero, :] = 0.0
    matrix[:, zero] = 0.0
    degrees = matrix.sum(axis=1)
    degrees[degrees == 0] = 1
    matrix /= degrees[:, None]
    return _power_method(matrix, LEXRANK_EPSILON, normalise=True)


def rate_by_text(texts: Sequence[str], scores: Sequence[float] | np.ndarray) -> list[float]:
    """sumy keys ratings by sentence text: every copy of a text gets its last copy's rating."""
    last: dict[str, float] = {}
    for t, s in zip(texts, scores, strict=True):
        last[t] = float(s)
    return [last[t] for t in texts]


def sum_by_text(texts: Sequence[str], scores: Sequence[float] | np.ndarray) -> list[float]:
    """Reduction keys ratings by text and ADDS the copies' edges (sumy's defaultdict)."""
    total: dict[str, float] = {}
    for t, s in zip(texts, scores, strict=True):
        total[t] = total.get(t, 0.0) + float(s)
    return [total[t] for t in texts]


def best(ratings: Sequence[float], count: int) -> list[int]:
    """Indices of the `count` best ratings, best first; ties keep article order."""
    order = sorted(range(len(ratings)), key=lambda i: ratings[i], reverse=True)
    return order[:count]
