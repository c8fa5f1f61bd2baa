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
- Every chosen sentence carries a `why`: its centrality, title overlap and position,
  so `show --json` and `reader summary --explain` can say why it was picked.
- Linear in the number of words for the frequency centrality; the Reduction one is
  the vectorised sumy code (5,000 sentences within the speed budget).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from reader.analysis.rank import reduction_scores

TITLE_WEIGHT = 0.1
LEAD_WEIGHT = 0.1


@dataclass(frozen=True, slots=True)
class Settings:
    """How one language rates centrality (see module docstring)."""

    length_norm: bool = False
    stem: bool = True
    cosine: bool = False
    title_weight: float = TITLE_WEIGHT
    lead_weight: float = LEAD_WEIGHT

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

    def why(self, position: int, kind: str) -> str:
        parts = [f"{kind} centrality {self.centrality:.2f}"]
        if self.title > 0:
            parts.append(f"shares {self.title:.0%} of the title's words")
        parts.append(f"candidate sentence {position + 1} (lead prior {self.lead:.2f})")
        return "; ".join(parts) + f" (score {self.score:.3f})"


def frequency_scores(sentences: Sequence[Sequence[str]]) -> np.ndarray:
    """Sum over a sentence's words of how many sentences contain that word."""
    df: dict[str, int] = {}
    for words in sentences:
        for w in set(words):
            df[w] = df.get(w, 0) + 1
    return np.array([float(sum(df[w] for w in words)) for words in sentences])


def cosine_scores(sentences: Sequence[Sequence[str]]) -> np.ndarray:
    """Sum over the other sentences j of |W_i & W_j| / sqrt(|W_i| |W_j|), W = word sets.

    Linear in the number of words, no n x n matrix: with c_w = sum over the sentences
    containing w of 1 / sqrt(|W_j|), the sum for i is (sum over w in W_i of c_w, minus
    i's own share |W_i| / sqrt(|W_i|)) / sqrt(|W_i|). Words are added in article order,
    so the floats are the same in every process.
    """
    sets = [sorted(set(words)) for words in sentences]
    root = [math.sqrt(len(ws)) for ws in sets]
    col: dict[str, float] = {}
    for ws, r in zip(sets, root, strict=True):
        for w in ws:
            col[w] = col.get(w, 0.0) + 1.0 / r
    out = np.zeros(len(sets))
    for i, (ws, r) in enumerate(zip(sets, root, strict=True)):
        if ws:
            out[i] = max(0.0, (sum(col[w] for w in ws) - r) / r)
    return out


def _scaled(raw: np.ndarray) -> np.ndarray:
    top = float(raw.max()) if len(raw) else 0.0
    return raw / top if top > 0 else np.zeros(len(raw))


def rate(
    texts: Sequence[str],
    words: Callable[[str], list[str]],
    title: str,
    settings: Settings,
) -> list[Rated]:
    """Score every candidate: centrality + title overlap and lead prior, each times its
    weight (0.1 unless the language's settings say otherwise)."""
    sentences = [words(t) for t in texts]
    n = len(sentences)
    if n == 0:
        return []
    raw = reduction_scores(sentences) if settings.length_norm else frequency_scores(sentences)
    central = _scaled(raw)
    if settings.cosine:
        central = _scaled(central + _scaled(cosine_scores(sentences)))
    title_words = set(words(title)) if title else set()
    out: list[Rated] = []
    for i, sent in enumerate(sentences):
        overlap = len(title_words & set(sent)) / len(title_words) if title_words else 0.0
        lead = 1.0 / (1.0 + i)
        c = float(central[i])
        score = c + settings.title_weight * overlap + settings.lead_weight * lead
        out.append(Rated(score, c, overlap, lead))
    return out


def ranked(ratings: Sequence[Rated]) -> list[int]:
    """Candidate indices, best first; equal scores keep article order."""
    return sorted(range(len(ratings)), key=lambda i: (-ratings[i].score, i))
