"""The default method's centrality parts (reader/analysis/newsrank.py)."""

from __future__ import annotations

import dataclasses
import math
import random

import pytest

import reader.analysis.summarise as summarise_module
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


def _brute_word_prob(
    base: list[float], sentences: list[list[str]], weight: float, picks: int
) -> list[int]:
    """SumBasic's part recomputed from scratch at every step (the definition)."""
    words = [w for s in sentences for w in s]
    prob = {w: words.count(w) / len(words) for w in set(words)}
    left = list(range(len(sentences)))
    order: list[int] = []
    for _ in range(min(picks, len(sentences))):
        mean = [sum(prob[w] for w in s) / len(s) if s else 0.0 for s in sentences]
        top = max(mean[i] for i in left)
        best = max(left, key=lambda i: (base[i] + weight * (mean[i] / top if top else 0), -i))
        order.append(best)
        left.remove(best)
        for w in set(sentences[best]):
            prob[w] *= prob[w]
    return order


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("weight", [0.5, 3.0, 100.0])
def test_word_prob_order_equals_the_definition(seed: int, weight: float) -> None:
    from reader.analysis.newsrank import Rated, word_prob_order

    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(25)]
    sentences = [[rng.choice(vocab) for _ in range(rng.randint(0, 10))] for _ in range(40)]
    sentences[5] = []  # no content words
    base = [rng.random() for _ in sentences]
    ratings = [Rated(b, b, 0.0, 0.0) for b in base]
    order, out = word_prob_order(ratings, sentences, weight, 12)
    assert order[:12] == _brute_word_prob(base, sentences, weight, 12)
    assert sorted(order) == list(range(40))  # every candidate once; the rest by score
    assert order[12:] == sorted(order[12:], key=lambda i: (-base[i], i))
    for i in order[:12]:
        assert out[i].prob is not None and 0.0 <= out[i].prob <= 1.0
        assert out[i].score == pytest.approx(base[i] + weight * out[i].prob)
    assert all(out[i].prob is None for i in order[12:])


def test_word_prob_update_moves_on_to_words_not_yet_covered() -> None:
    """SumBasic's update: once the storm sentence is picked, its words count less, so
    the second pick is about something else, not the storm again."""
    from reader.analysis.newsrank import choose

    texts = [
        "storm harbour storm harbour",
        "storm harbour boats storm",
        "ferry strike ferry strike",
        "cheese market",
    ]

    def words(text: str) -> list[str]:
        return text.split()

    flat = Settings(length_norm=False, stem=False, title_weight=0.0, lead_weight=0.0)
    with_prob = Settings(
        length_norm=False, stem=False, title_weight=0.0, lead_weight=0.0, word_prob=10.0
    )
    _, static = choose(texts, words, "", flat, 2)
    _, greedy = choose(texts, words, "", with_prob, 2)
    assert static[:2] == [0, 1]  # centrality alone: the storm twice
    assert greedy[:2] == [0, 2]  # the update: storm, then the ferry strike


def test_word_prob_zero_is_todays_order_and_why() -> None:
    from reader.analysis.newsrank import choose, ranked

    texts = ["Harbour crews counted boats.", "The storm hit the harbour.", "Cheese prices rose."]

    def words(text: str) -> list[str]:
        return [w.strip(".").lower() for w in text.split()]

    settings = Settings(length_norm=True, stem=False, cosine=True)
    ratings, order = choose(texts, words, "Storm", settings, 2)
    assert ratings == rate(texts, words, "Storm", settings)
    assert order == ranked(ratings)
    assert all(r.prob is None and "word probability" not in r.why(0, "x") for r in ratings)


def test_word_probability_is_off_in_every_row_and_why_names_it_when_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No row has the SumBasic part (it wins only on Klexikon, not news: docs/summaries.md,
    German fourth round, "Decision"); a row that turns it on says so in every `why`."""
    for lang in ("en", "no", "da", "sv", "de", "fr", "es", "xx"):
        assert news_settings(lang).word_prob == 0.0
    on = dataclasses.replace(news_settings("de"), word_prob=3.0)
    monkeypatch.setattr(
        summarise_module, "news_settings", lambda lang: on if lang == "de" else news_settings(lang)
    )
    text = (
        "Der Sturm traf den Hafen in der Nacht. "
        "Die Fischer im Hafen zählten nach dem Sturm ihre Boote. "
        "Im Hafen lagen nach dem Sturm viele beschädigte Boote der Fischer. "
        "Die Preise für Käse auf dem Markt stiegen in dieser Woche stark."
    )
    summary = summarise(text, "de", count=2)
    assert summary.method == "reader"
    assert all("word probability" in s.why for s in summary.sentences)
    assert all("word probability" not in s.why for s in summarise(text, "en", count=2).sentences)


def _numpy_centrality(sentences: list[list[str]], settings: Settings) -> list[float]:
    """The centrality as it was computed with numpy arrays before the pure-Python path
    (`raw / raw.max()`, the cosine part added array to array)."""
    import numpy as np

    from reader.analysis.newsrank import frequency_scores
    from reader.analysis.rank import reduction_scores

    def scaled(raw: np.ndarray) -> np.ndarray:
        top = float(raw.max()) if len(raw) else 0.0
        return raw / top if top > 0 else np.zeros(len(raw))

    raw = reduction_scores(sentences) if settings.length_norm else frequency_scores(sentences)
    central = scaled(raw)
    if settings.cosine:
        central = scaled(central + scaled(cosine_scores(sentences)))
    return [float(c) for c in central]


@pytest.mark.parametrize("length_norm", [False, True])
@pytest.mark.parametrize("cosine", [False, True])
@pytest.mark.parametrize("seed", [1, 2])
def test_centrality_is_the_numpy_arrays_float_for_float(
    seed: int, cosine: bool, length_norm: bool
) -> None:
    from reader.analysis.newsrank import rate_words

    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(300)]
    weights = [1.0 / (i + 1) for i in range(300)]  # Zipf-like: long, uneven float sums
    sentences = [rng.choices(vocab, weights, k=rng.randint(0, 30)) for _ in range(400)]
    sentences[5] = []
    settings = Settings(length_norm=length_norm, cosine=cosine)
    got = [r.centrality for r in rate_words(sentences, [], settings)]
    assert got == _numpy_centrality(sentences, settings)  # ==: every bit


@pytest.mark.parametrize(("lang", "imports_numpy"), [("no", False), ("es", False), ("en", True)])
def test_only_the_reduction_rows_import_numpy(lang: str, imports_numpy: bool) -> None:
    import subprocess
    import sys

    text = " ".join(f"Sentence number {i} says the harbour budget grew again." for i in range(30))
    code = (
        "import sys\n"
        "from reader.analysis.summarise import summarise\n"
        f"assert summarise({text!r}, {lang!r}).sentences\n"
        "print('numpy' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == str(imports_numpy)
