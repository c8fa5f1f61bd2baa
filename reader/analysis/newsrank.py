"""The default summariser: word-overlap centrality plus two news priors, explained.

Why it looks like this (measured on the dev sets only; docs/summaries.md has the tables):
- Centrality is degree in the word-overlap graph of the article's sentences, which is
  what sumy's Reduction rates. Two per-language settings (``SETTINGS``) decide how:
  ``length_norm`` divides each edge by log len + log len, exactly as sumy's Reduction
  (`rank.reduction_scores`); without it a sentence scores the document frequency of its
  words (sum over its content words of the number of sentences that contain the word),
  the unnormalised degree, which favours longer sentences full of the article's
  recurring words. ``stem`` says whether words are Snowball-stemmed first. ``cosine``
  adds a second degree, the sum of the sentence's cosine similarities (binary word
  vectors) to every other sentence (`cosine_scores`); the two are each scaled to
  [0, 1] and averaged. Reduction's log-length edges favour long sentences a little,
  cosine edges favour short ones a little; for English the average picks reference
  sentences more often than either alone (docs/summaries.md, issue 15 halves A / B).
- Two small priors: overlap with the title (the headline says what the story is
  about) and the lead (news puts the gist first), each weighted 0.1 against centrality
  scaled to [0, 1] (en, no: they break near-ties, they do not overrule centrality); a
  language's row may weigh the lead more (da, sv, de, fr: 0.5; es: 1.5; measured on
  their dev sets).
- Optionally (``word_prob`` > 0 in a language's row; 0 = off, every other row unchanged),
  a word-probability part as SumBasic's (Nenkova & Vanderwende 2005): the mean, over a
  sentence's words, of each word's share of all the candidates' words, scaled to [0, 1]
  against the best remaining sentence, times ``word_prob``; and SumBasic's update: after
  each pick the probability of its words is squared, so the next pick favours words not
  yet covered (`word_prob_order`). Picks are then greedy, one at a time (at most
  ``GREEDY_PICKS``; the rest by the static score). Off in every row: it wins on
  Klexikon (de, not news) and loses on every news set (docs/summaries.md, "German,
  fourth round").
- Every chosen sentence carries a `why`: its centrality, title overlap and position,
  so `show --json` and `reader summary --explain` can say why it was picked.
- Linear in the number of words for the frequency centrality; the Reduction one is
  the vectorised sumy code (5,000 sentences within the speed budget).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

TITLE_WEIGHT = 0.1
LEAD_WEIGHT = 0.1
GREEDY_PICKS = 200  # word_prob: greedy picks with SumBasic's update; later ones by static score


@dataclass(frozen=True, slots=True)
class Settings:
    """How one language rates centrality (see module docstring)."""

    length_norm: bool = False
    stem: bool = True
    cosine: bool = False
    title_weight: float = TITLE_WEIGHT
    lead_weight: float = LEAD_WEIGHT
    word_prob: float = 0.0  # weight of the SumBasic word-probability part (0 = off)

    @property
    def kind(self) -> str:
        """How centrality is computed, for `why`."""
        base = "reduction" if self.length_norm else "frequency"
        return f"{base}+cosine" if self.cosine else base


@dataclass(frozen=True, slots=True)
class Rated:
    """One candidate's score and the parts it is made of (for `why`)."""

    score: float
    centrality: float  # scaled to [0, 1] within the article
    title: float  # share of the title's content words in the sentence
    lead: float  # 1 / (1 + position among candidates)
    prob: float | None = None  # word-probability part when picked (word_prob > 0), in [0, 1]

    def why(self, position: int, kind: str) -> str:
        parts = [f"{kind} centrality {self.centrality:.2f}"]
        if self.title > 0:
            parts.append(f"shares {self.title:.0%} of the title's words")
        parts.append(f"candidate sentence {position + 1} (lead prior {self.lead:.2f})")
        if self.prob is not None:
            parts.append(f"word probability {self.prob:.2f} of the best left (SumBasic)")
        return "; ".join(parts) + f" (score {self.score:.3f})"


def _frequency(sentences: Sequence[Sequence[str]]) -> list[float]:
    df: dict[str, int] = {}
    for words in sentences:
        for w in set(words):
            df[w] = df.get(w, 0) + 1
    return [float(sum(df[w] for w in words)) for words in sentences]


def frequency_scores(sentences: Sequence[Sequence[str]]) -> np.ndarray:
    """Sum over a sentence's words of how many sentences contain that word."""
    import numpy as np

    return np.array(_frequency(sentences))


def _cosine(sentences: Sequence[Sequence[str]]) -> list[float]:
    sets = [sorted(set(words)) for words in sentences]
    root = [math.sqrt(len(ws)) for ws in sets]
    col: dict[str, float] = {}
    for ws, r in zip(sets, root, strict=True):
        for w in ws:
            col[w] = col.get(w, 0.0) + 1.0 / r
    return [
        max(0.0, (sum(col[w] for w in ws) - r) / r) if ws else 0.0
        for ws, r in zip(sets, root, strict=True)
    ]


def cosine_scores(sentences: Sequence[Sequence[str]]) -> np.ndarray:
    """Sum over the other sentences j of |W_i & W_j| / sqrt(|W_i| |W_j|), W = word sets.

    Linear in the number of words, no n x n matrix: with c_w = sum over the sentences
    containing w of 1 / sqrt(|W_j|), the sum for i is (sum over w in W_i of c_w, minus
    i's own share |W_i| / sqrt(|W_i|)) / sqrt(|W_i|). Words are added in article order,
    so the floats are the same in every process.
    """
    import numpy as np

    return np.array(_cosine(sentences), dtype=np.float64)


def _scaled(raw: list[float]) -> list[float]:
    """Each score divided by the largest (all 0 when none is above 0): float for float
    what numpy's `raw / raw.max()` gives (one IEEE division each), without numpy, which
    the frequency rows (no, es, the fallback) then never import (~50 ms of start-up)."""
    top = max(raw, default=0.0)
    return [x / top for x in raw] if top > 0 else [0.0] * len(raw)


def rate(
    texts: Sequence[str],
    words: Callable[[str], list[str]],
    title: str,
    settings: Settings,
) -> list[Rated]:
    """Score every candidate: centrality + title overlap and lead prior, each times its
    weight (0.1 unless the language's settings say otherwise)."""
    return rate_words([words(t) for t in texts], words(title) if title else [], settings)


def rate_words(
    sentences: Sequence[Sequence[str]], title_words: Sequence[str], settings: Settings
) -> list[Rated]:
    """`rate` on the candidates' words (and the title's) already computed."""
    n = len(sentences)
    if n == 0:
        return []
    if settings.length_norm:
        from reader.analysis.rank import reduction_scores  # numpy: only for these rows

        raw = [float(x) for x in reduction_scores(sentences)]
    else:
        raw = _frequency(sentences)
    central = _scaled(raw)
    if settings.cosine:
        cos = _scaled(_cosine(sentences))
        central = _scaled([a + b for a, b in zip(central, cos, strict=True)])
    title_set = set(title_words)
    out: list[Rated] = []
    for i, sent in enumerate(sentences):
        overlap = len(title_set & set(sent)) / len(title_set) if title_set else 0.0
        lead = 1.0 / (1.0 + i)
        c = float(central[i])
        score = c + settings.title_weight * overlap + settings.lead_weight * lead
        out.append(Rated(score, c, overlap, lead))
    return out


def ranked(ratings: Sequence[Rated]) -> list[int]:
    """Candidate indices, best first; equal scores keep article order."""
    return sorted(range(len(ratings)), key=lambda i: (-ratings[i].score, i))


def word_prob_order(
    ratings: Sequence[Rated],
    sentences: Sequence[Sequence[str]],
    weight: float,
    picks: int,
) -> tuple[list[int], list[Rated]]:
    """Greedy order with SumBasic's word-probability part added to each static score.

    p(w) = w's share of all the candidates' words; a sentence's part is the mean of p
    over its words, divided by the best such mean among the sentences not yet picked.
    After each pick the p of its (distinct) words is squared (SumBasic's update), so
    the next pick prefers words not yet covered. Each step costs O(n) plus the postings
    of the picked sentence's words (no n x n matrix); at most min(picks, GREEDY_PICKS)
    steps, the rest in static order. Returns the order and the ratings, with `prob` and
    `score` set at pick time for the picked ones. Ties: the earlier sentence.
    """
    import numpy as np

    n = len(sentences)
    ids: dict[str, int] = {}
    wid = np.fromiter(
        (ids.setdefault(w, len(ids)) for words in sentences for w in words), dtype=np.intp
    )
    size = np.array([float(len(words)) for words in sentences])
    owner = np.repeat(np.arange(n), size.astype(np.intp))  # token -> its sentence
    counts = np.bincount(wid, minlength=len(ids))
    prob = counts / len(wid) if len(wid) else np.zeros(0)
    sums = np.bincount(owner, weights=prob[wid], minlength=n)  # in word order, as sum()
    tokens = np.argsort(wid, kind="stable")  # the tokens of word w: tokens[start[w]:start[w+1]]
    start = np.concatenate(([0], np.cumsum(counts)))
    base = np.array([r.score for r in ratings])
    free = np.ones(n, dtype=bool)
    out = list(ratings)
    order: list[int] = []
    for _ in range(min(n, picks, GREEDY_PICKS)):
        mean = np.divide(sums, size, out=np.zeros(n), where=size > 0)
        top = float(mean[free].max())
        part = mean / top if top > 0 else np.zeros(n)
        score = np.where(free, base + weight * part, -np.inf)
        j = int(np.argmax(score))  # the first maximum: the earlier sentence on ties
        order.append(j)
        free[j] = False
        r = ratings[j]
        out[j] = Rated(float(score[j]), r.centrality, r.title, r.lead, float(part[j]))
        for w in sorted({ids[w] for w in sentences[j]}):
            old = prob[w]
            prob[w] = old * old
            np.add.at(sums, owner[tokens[start[w] : start[w + 1]]], prob[w] - old)
    rest = [i for i in ranked(ratings) if free[i]]
    return order + rest, out


def choose(
    texts: Sequence[str],
    words: Callable[[str], list[str]],
    title: str,
    settings: Settings,
    picks: int,
) -> tuple[list[Rated], list[int]]:
    """Ratings and order, best first: the static `rate` order, or with ``word_prob`` > 0
    the greedy `word_prob_order` for the first `picks` sentences."""
    sentences = [words(t) for t in texts]
    ratings = rate_words(sentences, words(title) if title else [], settings)
    if settings.word_prob <= 0 or not ratings:
        return ratings, ranked(ratings)
    order, ratings = word_prob_order(ratings, sentences, settings.word_prob, picks)
    return ratings, order
