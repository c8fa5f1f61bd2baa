"""Extractive summaries over our own sentence spans, with sumy's methods.

Why it looks like this:
- Candidates are OUR sentence spans (offsets kept), minus the title line, boilerplate,
  captions/bylines and very short fragments, so the summary can be linked back to
  the text and never shows "Dele" or "Foto: NTB".
- Every sumy method is offered (`METHODS`: name -> factory). TextRank and LexRank
  (and Reduction) use `reader.analysis.rank` (vectorised numpy, the same ratings as
  stock sumy); the others run sumy's own classes on a sumy document built from our
  spans, with LSA's word dictionary sorted so its output does not depend on
  PYTHONHASHSEED.
- Stop words: sumy's lists, or ours in ``reader/analysis/data/stopwords/<lang>.txt``
  where sumy has none (Norwegian, Danish); the language table's `stop_words` says
  which. Snowball stemmers through sumy's `Stemmer` (no download). Languages the
  table does not know: no stop words, no stemming, no exception.
- Chosen sentences are mapped back by position (never by text), ranked by the
  method's rating (ties: earlier sentence first) and returned in article order.
- Reduction is vectorised too (`reader.analysis.rank.reduction_scores`, same ratings).
- Work is bounded: at most MAX_CANDIDATES sentences are rated; the quadratic sumy
  methods (KL, Reduction, LSA) first keep the best SLOW_CAP sentences by TextRank.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from reader.analysis import languages
from reader.analysis.boilerplate import is_non_candidate
from reader.analysis.newsrank import LEAD_WEIGHT, TITLE_WEIGHT, Rated, Settings, choose, rate
from reader.analysis.sentences import SumyTokenizer, split_sentences, words
from reader.analysis.stems import stemmer
from reader.model import Span, Summary, SummarySentence

MIN_WORDS = 4  # fewer words: a fragment ("Dele", "Sharia", "Med postledninger")
HEADING_WORDS = 8  # a line this short without final punctuation is a heading/kicker
MAX_CANDIDATES = 5000  # hard cap on rated sentences: n x n float64 matrices, 200 MB here
SLOW_CAP = {"kl": 100, "lsa": 500}  # pre-selected by TextRank
_FINAL = re.compile(r"[.!?…:;\"'”»’)\]。！？｡」』）؟।॥]$")

# Per language in data/languages.json (`summary_method`, measured on the dev sets:
# docs/summaries.md); languages without one get ours (reader.analysis.newsrank).
FALLBACK_METHOD = "reader"
HEADLINE_JACCARD = 0.8  # a sentence sharing this much of its word set with the title repeats it


# ------------------------------------------------------------------ language data
@cache
def stop_words(lang: str) -> frozenset[str]:
    """Lower-case stop words for an ISO code, from the source the language table names:
    ours (data/stopwords/<code>.txt) or sumy's data file; none for other languages.

    sumy's list is read straight from its package data: `sumy.utils.get_stop_words`
    would import `requests` (a quarter of a second of start-up) for nothing.
    """
    row = languages.languages().get(lang)
    source = None if row is None else row.stop_words
    name = None if row is None else row.stemmer
    ours = languages.data_file("stopwords", lang, "txt")
    if source == "reader" and ours is not None:
        data = ours.read_text(encoding="utf-8")
    elif source == "sumy" and name is not None:
        try:
            data = (
                resources.files("sumy")
                .joinpath(f"data/stopwords/{name}.txt")
                .read_text(encoding="utf-8")
            )
        except (FileNotFoundError, OSError):
            return frozenset()
    else:
        return frozenset()
    return frozenset(
        w.strip().lower() for w in data.splitlines() if w.strip() and not w.startswith("#")
    )


@lru_cache(maxsize=4 * MAX_CANDIDATES)
def _words(sentence: str) -> tuple[str, ...]:
    """`words(sentence)`, remembered: choosing the candidates and rating them both need
    every sentence's words (speed: each long article's sentences are tokenised once)."""
    return tuple(words(sentence))


@cache
def _content_table(lang: str) -> dict[str, str | None]:
    """word as written -> stem, or None for a stop word (grows as words are seen)."""
    return {}


def content_words(sentence: str, lang: str) -> list[str]:
    """What sumy's TextRank/LexRank/Reduction see: lower-cased, stop words out, stemmed."""
    table = _content_table(lang)
    out: list[str] = []
    for w in _words(sentence):
        try:
            s = table[w]
        except KeyError:
            low = w.lower()
            s = table[w] = None if low in stop_words(lang) else stemmer(lang)(low)
        if s is not None:
            out.append(s)
    return out


def plain_words(sentence: str, lang: str) -> list[str]:
    """Lower-cased words without stop words and without stemming."""
    stops = stop_words(lang)
    return [low for low in (w.lower() for w in _words(sentence)) if low not in stops]


@cache
def news_settings(lang: str) -> Settings:
    """Per-language centrality settings of the default method (data/summary.json)."""
    raw = json.loads(
        resources.files("reader.analysis").joinpath("data/summary.json").read_text("utf-8")
    )
    entry = raw["languages"].get(lang, raw["fallback"])
    return Settings(
        length_norm=bool(entry["length_norm"]),
        stem=bool(entry["stem"]),
        title_weight=float(entry.get("title_weight", TITLE_WEIGHT)),
        lead_weight=float(entry.get("lead_weight", LEAD_WEIGHT)),
        cosine=bool(entry.get("cosine", False)),
        word_prob=float(entry.get("word_prob", 0.0)),
    )


def _news_words(lang: str) -> Callable[[str], list[str]]:
    if news_settings(lang).stem:
        return lambda t: content_words(t, lang)
    return lambda t: plain_words(t, lang)


def news_rate(texts: Sequence[str], lang: str, title: str = "") -> list[Rated]:
    """The default method's score (and its parts) for every candidate."""
    return rate(texts, _news_words(lang), title, news_settings(lang))


def news_choose(
    texts: Sequence[str], lang: str, title: str, picks: int
) -> tuple[list[Rated], list[int]]:
    """The default method's ratings and order, best first (`picks`: how many will be
    taken, for the greedy word-probability part of a row with ``word_prob``)."""
    return choose(texts, _news_words(lang), title, news_settings(lang), picks)


# ------------------------------------------------------------------ methods
Ranker = Callable[[list[str], str, int], list[int]]
"""(candidate sentence texts, lang, count) -> chosen indices, best first."""


# `reader.analysis.rank` (and numpy, ~50 ms of start-up) is imported by the methods
# that use it: the default method's frequency rows (no, es, the fallback) need neither.
def _textrank(texts: list[str], lang: str, count: int) -> list[int]:
    from reader.analysis.rank import best, rate_by_text, textrank_scores

    scores = textrank_scores([content_words(t, lang) for t in texts])
    return best(rate_by_text(texts, scores), count)


def _lexrank(texts: list[str], lang: str, count: int) -> list[int]:
    from reader.analysis.rank import best, lexrank_scores, rate_by_text

    scores = lexrank_scores([content_words(t, lang) for t in texts])
    return best(rate_by_text(texts, scores), count)


def _reduction(texts: list[str], lang: str, count: int) -> list[int]:
    from reader.analysis.rank import best, reduction_scores, sum_by_text

    scores = reduction_scores([content_words(t, lang) for t in texts])
    return best(sum_by_text(texts, scores), count)


def _sumy_class(method: str) -> Any:
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer

    class SortedLsa(LsaSummarizer):  # type: ignore[misc]
        """sumy's LSA, with its word dictionary sorted (sumy numbers words in frozenset
        order, which varies with the hash seed) and its term-frequency loop vectorised."""

        def _create_dictionary(self, document: Any) -> dict[str, int]:
            normal = map(self.normalize_word, document.words)
            unique = sorted({self.stem_word(w) for w in normal if w not in self._stop_words})
            return {w: i for i, w in enumerate(unique)}

        def _compute_term_frequency(self, matrix: Any, smooth: float = 0.4) -> Any:
            """sumy's cell-by-cell Python loop, as the same float operations in numpy."""
            import numpy as np

            maxes = np.max(matrix, axis=0)
            cols = maxes != 0
            matrix[:, cols] = smooth + (1.0 - smooth) * (matrix[:, cols] / maxes[cols])
            return matrix

    return {
        "lsa": SortedLsa,
        "luhn": LuhnSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
        "reduction": ReductionSummarizer,
    }[method]


def _sumy_ranker(method: str) -> Ranker:
    def rank(texts: list[str], lang: str, count: int) -> list[int]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        pre = list(range(len(texts)))
        cap = SLOW_CAP.get(method)
        if cap is not None and len(texts) > cap:
            pre = sorted(_textrank(texts, lang, cap))
        tok = SumyTokenizer(lang)
        sents = [Sentence(texts[i], tok) for i in pre]
        position = {id(s): k for k, s in zip(pre, sents, strict=True)}
        summarizer = _sumy_class(method)(stemmer(lang))
        summarizer.stop_words = stop_words(lang)
        order: list[int] = []

        def take(infos: list[Any]) -> list[Any]:  # sumy passes them best first
            chosen = infos[:count]
            order.extend(position[id(i.sentence)] for i in chosen)
            return chosen

        with warnings.catch_warnings():  # LSA warns on few words; not the reader's business
            warnings.simplefilter("ignore")
            summarizer(ObjectDocumentModel([Paragraph(sents)]), take)
        return order

    return rank


def _factory(ranker: Ranker) -> Callable[[], Ranker]:
    return lambda: ranker


def _reader(texts: list[str], lang: str, count: int) -> list[int]:
    return news_choose(texts, lang, "", count)[1][:count]


METHODS: dict[str, Callable[[], Ranker]] = {
    "reader": _factory(_reader),
    "textrank": _factory(_textrank),
    "lexrank": _factory(_lexrank),
    "lsa": _factory(_sumy_ranker("lsa")),
    "luhn": _factory(_sumy_ranker("luhn")),
    "sumbasic": _factory(_sumy_ranker("sumbasic")),
    "kl": _factory(_sumy_ranker("kl")),
    "reduction": _factory(_reduction),
}


def default_method(lang: str) -> str:
    """The method that measured best for the language (docs/summaries.md)."""
    row = languages.languages().get(lang)
    return (row.summary_method if row is not None else None) or FALLBACK_METHOD


def default_length(candidates: int) -> int:
    """~3 sentences for short articles, ~10 % (capped at 10) for long ones."""
    if candidates <= 0:
        return 0
    return min(candidates, max(3, min(10, round(candidates / 10))))


# ------------------------------------------------------------------ candidates
def repeats_title(sentence: str, title: str) -> bool:
    """The same words as the headline (case, punctuation aside), or nearly the same set."""
    a = [w.lower() for w in words(sentence)]
    b = [w.lower() for w in words(title)]
    if not a or not b:
        return False
    if a == b:
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) >= HEADLINE_JACCARD


def candidates(
    text: str, lang: str, exclude: Sequence[Span] = (), body_start: int = 0, title: str = ""
) -> list[Span]:
    """Sentences of text[body_start:] that may enter a summary, in article order."""
    spans = split_sentences(text, lang, body_start)
    ex = sorted((e.start, e.end) for e in exclude)
    kept: list[Span] = []
    loose: list[Span] = []
    j = 0
    for s in spans:
        while j < len(ex) and ex[j][1] <= s.start:
            j += 1
        if j < len(ex) and ex[j][0] < s.end:
            continue  # overlaps boilerplate
        if title and repeats_title(s.text, title):
            continue  # the headline again (pages repeat it at the top of the body)
        loose.append(s)
        n_words = len(_words(s.text))
        if n_words < MIN_WORDS or is_non_candidate(s.text):
            continue
        if n_words < HEADING_WORDS and not _FINAL.search(s.text):
            continue  # heading, kicker, crosshead
        kept.append(s)
    # A text made only of fragments still gets a summary (of its fragments).
    chosen = kept or [s for s in loose if _words(s.text)]
    return chosen[:MAX_CANDIDATES]


def length_for(
    n: int, count: int | None, words_budget: int | None, ratio: float | None
) -> int | None:
    """Sentences to pick: `count`, else `ratio` of the candidates, else by length;
    None means "by the word budget" (decided on the ranked sentences)."""
    if count is not None:
        return min(max(0, count), n)
    if words_budget is not None:
        return None
    if ratio is not None:
        return min(n, max(1, round(ratio * n)))
    return default_length(n)


def within_budget(order: Sequence[int], lengths: Sequence[int], budget: int) -> list[int]:
    """Best-first sentences whose words fit in `budget`; the best one always."""
    picked: list[int] = []
    used = 0
    for i in order:
        if not picked or used + lengths[i] <= budget:
            picked.append(i)
            used += lengths[i]
    return picked


def _why_stock(method: str, rank: int) -> str:
    return f"{method} rank {rank}"


def summarise(
    text: str,
    lang: str,
    *,
    method: str | None = None,
    count: int | None = None,
    exclude: Sequence[Span] = (),
    body_start: int = 0,
    title: str = "",
    words_budget: int | None = None,
    ratio: float | None = None,
) -> Summary:
    """Pick sentences of text[body_start:] outside `exclude` and not repeating `title`,
    in article order: `count` of them, or as many as fit `words_budget` words, or
    `ratio` of the candidates, or a default by article length."""
    method = method or default_method(lang)
    if method not in METHODS:
        known = ", ".join(sorted(METHODS))
        raise ValueError(f"unknown summary method {method!r}; choose from {known}")
    spans = candidates(text, lang, exclude, body_start, title)
    if not spans:
        return Summary(method=method)
    n = len(spans)
    want = length_for(n, count, words_budget, ratio)
    if want == 0:
        return Summary(method=method)
    texts = [s.text for s in spans]
    rated: list[Rated] = []
    if method == "reader":
        picks = want if want is not None else min(n, words_budget or n)
        rated, order = news_choose(texts, lang, title, picks)
    elif want == n:
        order = list(range(n))
    else:
        order = METHODS[method]()(texts, lang, n if want is None else want)
    if want is None:
        assert words_budget is not None
        picked = within_budget(order, [len(_words(t)) for t in texts], words_budget)
    else:
        picked = order[:want]
    ranks = {idx: r for r, idx in enumerate(picked, start=1)}

    def why(i: int) -> str:
        if rated:
            return rated[i].why(i, news_settings(lang).kind)
        return _why_stock(method, ranks[i])

    return Summary(
        method=method,
        sentences=tuple(
            SummarySentence(spans[i].start, spans[i].end, spans[i].text, ranks[i], why(i))
            for i in sorted(picked)
        ),
    )
