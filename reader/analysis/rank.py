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
from collections.abc import Iterator, Mapping, Sequence

import numpy as np

TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
_ZERO_DIVISION_PREVENTION = 1e-7
LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
_DENSE_DF = 48  # terms in more than max(this, n/16) sentences go through one BLAS product
_CHUNK = 256  # rows per block for element-wise n x n work
# Rows per block of the Reduction degrees (gram_blocks): 20 MB at 5,000 sentences. 1,024
# rows (40 MB) cost en 0.025-0.04 s more CPU on the first call of a process (fresh pages).
_BLOCK = 512
_RARE_DF = 64  # terms in at most this many sentences are batched by df (np.add.at)
_BLAS_PAIRS = 5_000_000  # gram_blocks: below this many outer-product entries, no BLAS


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
    postings, values = _postings(rows, n_terms)
    dense_df = max(_DENSE_DF, n // 16)
    dense_terms = [t for t in range(n_terms) if len(postings[t]) > dense_df]
    if dense_terms:  # the n x n result is the accumulator: no second n x n array
        x = np.zeros((n, len(dense_terms)))
        for k, t in enumerate(dense_terms):
            x[postings[t], k] = values[t]
        g = x @ x.T
    else:
        g = np.zeros((n, n))
    rare: list[int] = []
    for t in range(n_terms):
        df = len(postings[t])
        if df > dense_df:
            continue  # done by the BLAS product
        if df > _RARE_DF:
            idx = np.array(postings[t], dtype=np.intp)
            val = np.array(values[t])
            g[np.ix_(idx, idx)] += np.outer(val, val)
        elif df > 0:
            rare.append(t)
    ii, jj, vv = _pairs(postings, values, rare)  # grouped by df: one broadcast a group
    np.add.at(g, (ii, jj), vv)
    return g


def _postings(
    rows: Sequence[Mapping[int, float]], n_terms: int
) -> tuple[list[list[int]], list[list[float]]]:
    """Per term, the rows it is in and its value in each (rows in order)."""
    postings: list[list[int]] = [[] for _ in range(n_terms)]
    values: list[list[float]] = [[] for _ in range(n_terms)]
    for i, row in enumerate(rows):
        for t, v in row.items():
            postings[t].append(i)
            values[t].append(v)
    return postings, values


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


def _pairs(
    postings: list[list[int]], values: list[list[float]], terms: list[int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (i, j, value_i * value_j) of the given terms' outer products, as flat arrays
    (terms grouped by document frequency, so each group is one broadcast)."""
    by_df: dict[int, list[int]] = {}
    for t in terms:
        by_df.setdefault(len(postings[t]), []).append(t)
    ii: list[np.ndarray] = []
    jj: list[np.ndarray] = []
    vv: list[np.ndarray] = []
    for df in sorted(by_df):
        group = by_df[df]
        idx = np.array([postings[t] for t in group], dtype=np.intp)  # (m, df)
        val = np.array([values[t] for t in group], dtype=np.float64)
        _outer(idx, val, ii, jj, vv)
    return _joined(ii, jj, vv)


def _outer(
    idx: np.ndarray,
    val: np.ndarray,
    ii: list[np.ndarray],
    jj: list[np.ndarray],
    vv: list[np.ndarray],
) -> None:
    """Append one group's pairs: m terms of equal document frequency d as (m, d) arrays of
    sentence ids and values; one broadcast instead of m small outer products."""
    m, d = idx.shape
    shape = (m, d, d)
    ii.append(np.broadcast_to(idx[:, :, None], shape).ravel())
    jj.append(np.broadcast_to(idx[:, None, :], shape).ravel())
    vv.append((val[:, :, None] * val[:, None, :]).ravel())


def _joined(
    ii: list[np.ndarray], jj: list[np.ndarray], vv: list[np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if not ii:
        return np.zeros(0, np.intp), np.zeros(0, np.intp), np.zeros(0)
    return np.concatenate(ii), np.concatenate(jj), np.concatenate(vv)


def _count_pairs(
    sentences: Sequence[Sequence[str]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each term's number of sentences (df, term ids in order of first appearance), and
    the sentence and count of every (term, sentence) pair, sorted by term and then
    sentence: what `_postings(*_term_ids(sentences))` lists, made with numpy (its
    per-pair Python loops were a quarter of Reduction's time)."""
    n = len(sentences)
    ids: dict[str, int] = {}
    lengths = np.fromiter((len(s) for s in sentences), dtype=np.intp, count=n)
    term = np.fromiter(
        (ids.setdefault(w, len(ids)) for s in sentences for w in s),
        dtype=np.int64,
        count=int(lengths.sum()),
    )
    key, counts = np.unique(term * n + np.repeat(np.arange(n), lengths), return_counts=True)
    df = np.bincount(key // n, minlength=len(ids)).astype(np.intp) if n else np.zeros(0, np.intp)
    return df, (key % n).astype(np.intp), counts


def gram_blocks(
    rows: Sequence[Mapping[int, float]],
    n_terms: int,
    chunk: int = _BLOCK,
    columns: Sequence[int] | None = None,
) -> Iterator[tuple[int, np.ndarray]]:
    """`gram(rows, n_terms)` a block of `chunk` rows at a time: (first row, block), the
    block's columns in the order `columns` (a permutation of the rows; default as is).

    For integer-valued rows (word counts) every block is bit-equal to those rows of
    `gram`: all products and sums are integers, exact in float64 in any order. Rare
    terms (df <= 64) are listed once as (i, j, product), sorted by block and added with
    `np.add.at`; the others add their rows of the outer product in place, except that
    when the most frequent terms' outer products would cost more than one BLAS product
    (`_BLAS_PAIRS` entries), the terms in more than n/16 sentences go through BLAS.
    Only one block is ever in memory (no n x n matrix: 200 MB at 5,000 sentences); the
    same buffer is reused, so a block is only valid until the next one is asked for.
    """
    postings, values = _postings(rows, n_terms)
    df = np.array([len(p) for p in postings], dtype=np.intp)
    row = np.array([i for p in postings for i in p], dtype=np.intp)
    value = np.array([v for vs in values for v in vs])
    return _gram_blocks(len(rows), df, row, value, chunk, columns)


def _gram_blocks(
    n: int,
    df: np.ndarray,
    row: np.ndarray,
    value: np.ndarray,
    chunk: int,
    columns: Sequence[int] | None,
) -> Iterator[tuple[int, np.ndarray]]:
    """`gram_blocks` on the (term, sentence) pairs: `row` and `value` of every pair,
    sorted by term and then sentence, `df` the number of pairs of each term."""
    n_terms = len(df)
    start = np.zeros(n_terms + 1, dtype=np.intp)
    np.cumsum(df, out=start[1:])
    order_cols = np.arange(n) if columns is None else np.asarray(columns, dtype=np.intp)
    col_of = np.empty(n, dtype=np.intp)
    col_of[order_cols] = np.arange(n)
    dense_df = max(_DENSE_DF, n // 16)
    dense_terms = np.flatnonzero(df > dense_df)
    if int((df[dense_terms] ** 2).sum()) <= _BLAS_PAIRS:
        dense_terms = dense_terms[:0]  # cheaper as outer products than as one BLAS product
    x = np.zeros((n, len(dense_terms)))
    for k, t in enumerate(dense_terms):
        x[row[start[t] : start[t + 1]], k] = value[start[t] : start[t + 1]]
    x_cols = np.ascontiguousarray(x[order_cols].T)
    middling = df > _RARE_DF
    middling[dense_terms] = False  # the BLAS product has them
    outer = [
        (
            row[start[t] : start[t + 1]],
            col_of[row[start[t] : start[t + 1]]],
            value[start[t] : start[t + 1]],
        )
        for t in np.flatnonzero(middling)
    ]
    rare_df = min(_RARE_DF, dense_df) if len(dense_terms) else _RARE_DF
    ii, jj, vv = _rare_pairs(df, start, row, value, rare_df)  # (a BLAS term is not rare)
    n_blocks = -(-n // chunk)
    block_of = (ii // chunk).astype(np.uint16 if n_blocks <= 0xFFFF else np.intp)
    order = np.argsort(block_of, kind="stable")  # a radix sort for 16-bit keys
    bounds = np.searchsorted(block_of[order], np.arange(n_blocks + 1))
    flat_at = (ii[order] % chunk) * n + col_of[jj[order]]  # position inside its block
    vv = vv[order]
    buffer = np.empty((min(chunk, n), n))
    for k, a in enumerate(range(0, n, chunk)):
        block = buffer[: min(chunk, n - a)]
        b = a + len(block)
        if len(dense_terms):
            np.matmul(x[a:b], x_cols, out=block)
        else:
            block.fill(0.0)
        flat = block.reshape(-1)
        for sentences, cols, vals in outer:  # one term's (i, j) are distinct: no add.at
            lo, hi = np.searchsorted(sentences, (a, b))
            if lo < hi:  # flat positions: twice as fast as block[np.ix_(rows, cols)]
                at = ((sentences[lo:hi] - a) * n)[:, None] + cols
                flat[at] += np.outer(vals[lo:hi], vals)
        lo, hi = bounds[k], bounds[k + 1]
        np.add.at(flat, flat_at[lo:hi], vv[lo:hi])
        yield a, block


def _rare_pairs(
    df: np.ndarray, start: np.ndarray, row: np.ndarray, value: np.ndarray, most: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`_pairs` of the terms with 0 < df <= most, from the sorted pair arrays: the same
    (i, j, value_i * value_j) in the same order (by df, then term, then i, then j). `most`
    is below _RARE_DF when the BLAS product takes terms from a lower df (n < 1,024): a
    term in both would be counted twice."""
    rare = np.flatnonzero((df > 0) & (df <= most))
    rare = rare[np.argsort(df[rare], kind="stable")]  # by df; terms in order within one
    ii: list[np.ndarray] = []
    jj: list[np.ndarray] = []
    vv: list[np.ndarray] = []
    for group in np.split(rare, np.flatnonzero(np.diff(df[rare])) + 1):
        if len(group) == 0:
            continue
        d = int(df[group[0]])
        at = start[group][:, None] + np.arange(d)  # (m, df): each term's pairs
        _outer(row[at], value[at].astype(np.float64), ii, jj, vv)
    return _joined(ii, jj, vv)


def reduction_scores(sentences: Sequence[Sequence[str]], chunk: int = _BLOCK) -> np.ndarray:
    """sumy ReductionSummarizer ratings: the sum of a sentence's edges to all others.

    sumy adds the edges of sentence i in the order j = 0..n-1 (j != i), one by one.
    The edge matrix is exactly symmetric (integer overlaps; log len_i + log len_j is
    the same float either way round), so row i's sum is column i's sum. The matrix is
    made `chunk` rows at a time (`gram_blocks`, the same entries as `_edges`) and never
    held whole: each block's first row gets the sums so far added, then numpy reduces
    the C-ordered block over axis 0, which adds whole rows into the result one after the
    other: for every column, j = 0..n-1 in order, the same floats as sumy's loop (a
    row-wise sum would be pairwise and differ in the last bit; tested). Columns are
    grouped by sentence length (each column's sum is its own, so their order does not
    matter), so a block is divided by log len_j + log len_i one length at a time, with
    no n-wide temporary of denominators.
    """
    n = len(sentences)
    if n < 2:
        return np.zeros(n)
    df, pair_rows, pair_counts = _count_pairs(sentences)
    lengths = [len(s) for s in sentences]
    by_length = sorted(range(n), key=lengths.__getitem__)  # stable: ties keep their order
    logs = {k: math.log(k) for k in set(lengths) if k > 0}
    log_len = np.array([logs.get(k, 0.0) for k in lengths])
    col_of = np.empty(n, dtype=np.intp)
    col_of[by_length] = np.arange(n)
    groups: list[tuple[int, int, int]] = []  # (length, first column, end column)
    start = 0
    for c in range(1, n + 1):
        if c == n or lengths[by_length[c]] != lengths[by_length[start]]:
            groups.append((lengths[by_length[start]], start, c))
            start = c
    length_arr = np.array(lengths)
    ones = np.flatnonzero(length_arr == 1)
    empty = np.flatnonzero(length_arr == 0)
    sums = np.zeros(n)  # by column, i.e. in by_length order
    with np.errstate(divide="ignore", invalid="ignore"):
        for a, block in _gram_blocks(n, df, pair_rows, pair_counts, chunk, by_length):
            b = a + len(block)
            row_logs = log_len[a:b]
            for length, lo, hi in groups:
                if length == 0:
                    block[:, lo:hi] = 0.0  # no words, no edges
                    continue
                block[:, lo:hi] /= (row_logs + logs[length])[:, None]
                if length == 1:  # both one word: norm 0, sumy's edge is 0
                    block[ones[(ones >= a) & (ones < b)] - a, lo:hi] = 0.0
            block[empty[(empty >= a) & (empty < b)] - a, :] = 0.0
            block[np.arange(b - a), col_of[a:b]] = 0.0  # no edge to itself
            block[0] += sums
            np.add.reduce(block, axis=0, out=sums)  # C order: rows added in turn, see above
    return sums[col_of]


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
