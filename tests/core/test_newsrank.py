"""The default method's centrality parts (reader/analysis/newsrank.py)."""

from __future__ import annotations

import math
import random

import pytest

from reader.analysis.newsrank import Settings, cosine_scores, rate
from reader.analysis.summarise import news_settings, summarise


def _brute_cosine(sentences: list[list[str]]) -> list[float]:
    sets = [set(s) for s in sentences]
    out = []
    for i, a in enumerate(sets):
        total = 0.0
        for j, b in enumerate(sets):
            if i != j and a and b:
                total += len(a & b) / math.sqrt(len(a) * len(b))
        out.append(total)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cosine_scores_equal_the_pairwise_sum(seed: int) -> None:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(40)]
    sentences = [[rng.choice(vocab) for _ in range(rng.randint(0, 12))] for _ in range(60)]
    sentences[7] = list(sentences[3])  # a repeated sentence
    sentences[0] = []  # no content words: no edges
    got = cosine_scores(sentences)
    want = _brute_cosine(sentences)
    assert got == pytest.approx(want, abs=1e-9)
    assert got[0] == 0.0


def test_cosine_favours_the_sentence_most_like_the_others() -> None:
    sentences = [["harbour", "boats"], ["harbour", "boats", "storm"], ["cheese"]]
    got = cosine_scores(sentences)
    assert got[2] == 0.0
    assert got[0] == pytest.approx(got[1])  # the pair's edge counts for both
    assert got[0] > 0


def test_cosine_setting_changes_centrality_and_is_explained() -> None:
    texts = [
        "Harbour crews counted boats near the pier after the storm.",
        "The storm damaged boats, harbour crews said.",
        "Crews said the storm damaged the pier and many boats in the harbour overnight too.",
        "Cheese prices rose.",
    ]
    words = [t.lower().replace(",", "").replace(".", "").split() for t in texts]

    def by(t: str) -> list[str]:
        return words[texts.index(t)]

    plain = rate(texts, by, "", Settings(length_norm=True, stem=False))
    mixed = rate(texts, by, "", Settings(length_norm=True, stem=False, cosine=True))
    assert [r.centrality for r in plain] != [r.centrality for r in mixed]
    assert max(r.centrality for r in mixed) == 1.0
    assert Settings(length_norm=True, cosine=True).kind == "reduction+cosine"
    assert Settings().kind == "frequency"


def test_english_default_uses_reduction_and_cosine_and_says_so() -> None:
    assert news_settings("en").cosine and news_settings("en").length_norm
    assert not news_settings("no").cosine
    text = (
        "Harbour crews counted boats near the pier after the storm. "
        "The storm damaged boats, harbour crews said. "
        "Crews said the storm damaged the pier and many boats in the harbour overnight. "
        "Cheese prices rose sharply in the town market this week."
    )
    summary = summarise(text, "en", count=2)
    assert summary.method == "reader"
    assert all("reduction+cosine centrality" in s.why for s in summary.sentences)
