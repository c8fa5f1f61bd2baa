"""Summaries: every method's wiring, candidates, lengths, and equal selection vs stock sumy."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from reader.analysis.boilerplate import find_boilerplate
from reader.analysis.sentences import SumyTokenizer
from reader.analysis.summarise import (
    MAX_CANDIDATES,
    METHODS,
    candidates,
    default_length,
    default_method,
    stemmer,
    stop_words,
    summarise,
)
from reader.model import Span
from tests.paths import EVAL as EVAL_DIR
from tests.paths import SEED_SAMPLE

SAMPLE = SEED_SAMPLE
FIXTURES = Path(__file__).parents[1] / "fixtures" / "library"
EVAL = EVAL_DIR
ALL_METHODS = ["kl", "lexrank", "lsa", "luhn", "reduction", "sumbasic", "textrank"]


def _sample() -> str:
    path = SAMPLE if SAMPLE.exists() else FIXTURES / "no-boilerplate-tail.txt"
    return path.read_text(encoding="utf-8")


def _generated(n: int, seed: int = 3, dup: bool = False) -> str:
    rng = random.Random(seed)
    vocab = [
        f"{a}{b}"
        for a in ("kor", "sol", "bank", "rent", "valg", "skatt", "olje", "fisk")
        for b in ("en", "er", "ene", "ing", "a", "et")
    ]
    fn = ["og", "i", "på", "at", "det", "som", "for", "med", "til", "av", "er", "var", "har"]
    sents = []
    for _ in range(n):
        words = [
            rng.choice(vocab) if rng.random() < 0.6 else rng.choice(fn)
            for _ in range(rng.randint(6, 18))
        ]
        sents.append(" ".join(words).capitalize() + ".")
    if dup:
        sents[n // 2] = sents[1]
    return "\n\n".join(" ".join(sents[i : i + 3]) for i in range(0, n, 3))


def test_methods_are_all_of_sumys() -> None:
    # every sumy method, plus our default "reader" built on Reduction's word-overlap graph
    assert sorted(METHODS) == sorted([*ALL_METHODS, "reader"])
    assert all(callable(f) for f in METHODS.values())


@pytest.mark.parametrize("method", ALL_METHODS)
def test_each_method_summarises_the_sample(method: str) -> None:
    text = _sample()
    bp = find_boilerplate(text, "no")
    summary = summarise(text, "no", method=method, count=3, exclude=bp)
    assert summary.method == method
    assert len(summary.sentences) == 3
    starts = [s.start for s in summary.sentences]
    assert starts == sorted(starts)  # article order
    assert sorted(s.rank for s in summary.sentences) == [1, 2, 3]
    for s in summary.sentences:
        assert text[s.start : s.end] == s.text
        assert all(not (b.start < s.end and s.start < b.end) for b in bp)
        assert "Dele" not in s.text and "Exit mobile" not in s.text


@pytest.mark.parametrize("method", ALL_METHODS)
def test_unknown_language_does_not_fail(method: str) -> None:
    text = _generated(12)
    summary = summarise(text, "xx", method=method, count=2)
    assert len(summary.sentences) == 2
    assert stop_words("xx") == frozenset()
    assert stemmer("xx")("Ordene") == "ordene"


def test_unknown_method_is_an_error() -> None:
    with pytest.raises(ValueError):
        summarise("One sentence here. Two sentences here.", "en", method="nope")


def test_title_and_boilerplate_and_fragments_are_not_candidates() -> None:
    text = (
        "Big title without a stop\n\nThe council approved the budget on Monday after a "
        "long debate.\n\nFoto: Ola Nordmann / NTB\n\nSharia\n\nBy John Smith\n\n"
        "Taxes will rise by three percent next year, the mayor said.\n\nShare\n"
    )
    body = text.index("The council")
    bp = find_boilerplate(text)
    got = [s.text for s in candidates(text, "en", bp, body)]
    assert got == [
        "The council approved the budget on Monday after a long debate.",
        "Taxes will rise by three percent next year, the mayor said.",
    ]
    summary = summarise(text, "en", method="textrank", exclude=bp, body_start=body)
    assert all(s.start >= body for s in summary.sentences)


def test_fragment_only_text_still_gets_a_summary() -> None:
    text = "Short one\n\nAnother bit\n\nThird piece"
    assert summarise(text, "en", count=2).sentences


def test_duplicates_map_back_by_position() -> None:
    text = (
        "Prices rose sharply in the capital this year. Wages did not follow prices at all. "
        "Prices rose sharply in the capital this year. Rents rose sharply in the capital too."
    )
    summary = summarise(text, "en", method="textrank", count=4)
    assert [s.start for s in summary.sentences] == sorted({s.start for s in summary.sentences})
    assert len(summary.sentences) == 4


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, 0), (1, 1), (2, 2), (3, 3), (20, 3), (40, 4), (75, 8), (100, 10), (5000, 10)],
)
def test_default_length(n: int, expected: int) -> None:
    assert default_length(n) == expected


def test_default_length_is_used() -> None:
    summary = summarise(_generated(60), "en", method="textrank")
    assert len(summary.sentences) == default_length(60) == 6


def test_default_method_is_a_method() -> None:
    for lang in ("en", "no", "da", "sv", "de", "fr", "es", "und", "xx"):
        assert default_method(lang) in METHODS


def test_exclude_spans_are_respected() -> None:
    text = _generated(9)
    first = candidates(text, "en")[0]
    cut = [Span.of(text, 0, first.end)]
    summary = summarise(text, "en", method="lexrank", count=8, exclude=cut)
    assert all(s.start >= first.end for s in summary.sentences)


# ------------------------------------------------------------------ equal selection
def _stock(method: str, texts: list[str], lang: str, k: int) -> list[int]:
    """Stock sumy's picks (best first) on the same sentences, stop words and stemmer."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    cls = {
        "textrank": TextRankSummarizer,
        "lexrank": LexRankSummarizer,
        "reduction": ReductionSummarizer,
    }[method]
    tok = SumyTokenizer(lang)
    sents = [Sentence(t, tok) for t in texts]
    pos = {id(s): i for i, s in enumerate(sents)}
    summarizer = cls(stemmer(lang))
    summarizer.stop_words = stop_words(lang)
    order: list[int] = []

    def take(infos: list) -> list:  # type: ignore[type-arg]
        order.extend(pos[id(i.sentence)] for i in infos[:k])
        return infos[:k]

    summarizer(ObjectDocumentModel([Paragraph(sents)]), take)
    return order


def _texts() -> list[tuple[str, str]]:
    out = [
        (_sample(), "no"),
        (_generated(40), "no"),
        (_generated(90, seed=5), "en"),
        (_generated(30, seed=9, dup=True), "no"),
    ]
    for p in sorted(FIXTURES.rglob("*.txt")) + sorted(FIXTURES.rglob("*.md")):
        try:
            out.append((p.read_text(encoding="utf-8"), "en" if p.name.startswith("en") else "no"))
        except UnicodeDecodeError:
            continue
    for name, lang, limit in (("norsumm_dev.jsonl", "no", 30), ("bbc_dev.jsonl", "en", 40)):
        path = EVAL / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()[:limit]
            out += [(json.loads(line)["text"], lang) for line in lines]
    return out


@pytest.mark.parametrize("method", ["textrank", "lexrank", "reduction"])
def test_same_selection_as_stock_sumy(method: str) -> None:
    checked = 0
    for text, lang in _texts():
        texts = [s.text for s in candidates(text, lang, find_boilerplate(text, lang))]
        if len(texts) < 4:
            continue
        for k in (1, 3, 7):
            assert METHODS[method]()(texts, lang, k) == _stock(method, texts, lang, k), (
                method,
                k,
                texts[:2],
            )
            checked += 1
    assert checked >= 20


def test_huge_input_is_capped_and_fast() -> None:
    import time

    text = _generated(1500, seed=11)
    t0 = time.perf_counter()
    summary = summarise(text, "en", method="kl", count=5)
    assert len(summary.sentences) == 5
    assert time.perf_counter() - t0 < 30


@pytest.mark.parametrize("lang", ["en", "no", "da", "sv", "de", "fr", "es"])
def test_stemmer_and_stop_words_are_sumys(lang: str) -> None:
    from sumy.nlp.stemmers import Stemmer

    from reader.analysis.languages import languages

    row = languages()[lang]
    assert row.stemmer is not None
    sample = ["Soldatene", "running", "Häuser", "nationales", "opløsningen", "kørte", "ifølge"]
    theirs = Stemmer(row.stemmer)
    assert [stemmer(lang)(w) for w in sample] == [theirs(w.lower()) for w in sample]
    assert len(stop_words(lang)) > 100
    if lang not in ("no", "da"):
        from sumy.utils import get_stop_words

        assert row.stop_words == "sumy"
        assert stop_words(lang) == frozenset(w.lower() for w in get_stop_words(row.stemmer))


def test_copied_snowball_stemmers_are_nltks() -> None:
    """reader.analysis.snowball (a copy, so stemming does not import NLTK) stems every
    word as the installed NLTK does, for every class it has: the words of the fixtures,
    the eval dev sets and every language's stop-word and sentence data files, each
    stemmed by every language (foreign words exercise other branches)."""
    from importlib import resources

    from nltk.stem import snowball as theirs

    from reader.analysis import snowball as ours
    from reader.analysis.sentences import words

    texts = [t for t, _ in _texts()]
    data = resources.files("sumy").joinpath("data/stopwords")
    texts += [p.read_text(encoding="utf-8") for p in data.iterdir() if p.name.endswith(".txt")]
    ours_data = resources.files("reader.analysis").joinpath("data")
    for sub in ("stopwords", "sentences"):
        for p in ours_data.joinpath(sub).iterdir():
            if p.name.endswith(".txt"):
                texts.append(p.read_text(encoding="utf-8"))
    vocab = sorted({w.lower() for t in texts for w in words(t)})
    assert len(vocab) > 10000
    names = [n for n in dir(ours) if n.endswith("Stemmer") and not n.startswith("_")]
    assert {"DanishStemmer", "SwedishStemmer", "GermanStemmer", "FrenchStemmer"} <= set(names)
    for name in names:
        a, b = getattr(ours, name)().stem, getattr(theirs, name)().stem
        assert [w for w in vocab if a(w) != b(w)] == [], name


def test_only_languages_nltk_stems_import_nltk() -> None:
    """A language whose stemmer neither the copy nor NLTK has (zh, el, hi...) is stemmed
    by identity without importing NLTK (0.3-0.5 s); the list matches NLTK's own."""
    import subprocess
    import sys

    from nltk.stem.snowball import SnowballStemmer

    from reader.analysis.stems import NLTK_SNOWBALL

    assert set(SnowballStemmer.languages) - {"porter"} == NLTK_SNOWBALL
    probe = (
        "import sys; from reader.analysis.stems import stemmer; "
        "print(stemmer('zh')('ABC'), stemmer('el')('Λόγος'), 'nltk' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["abc", "λόγος", "False"]


@pytest.mark.parametrize("n", [30, 300, 1200])
def test_sparse_gram_equals_dense_product(n: int) -> None:
    """All three paths of rank.gram (BLAS, outer products, add.at) give X @ X.T exactly."""
    import numpy as np

    from reader.analysis.rank import gram

    rng = random.Random(n)
    n_terms = 400
    dfs = [rng.choice([1, 2, 5, 17, 40, 60, 70, 100, 250, 700]) for _ in range(n_terms)]
    rows: list[dict[int, float]] = [{} for _ in range(n)]
    for t, df in enumerate(dfs):
        for i in rng.sample(range(n), min(df, n)):
            rows[i][t] = float(rng.randint(1, 3))
    dense = np.zeros((n, n_terms))
    for i, row in enumerate(rows):
        for t, v in row.items():
            dense[i, t] = v
    assert np.array_equal(gram(rows, n_terms), dense @ dense.T)


@pytest.mark.parametrize("n", [2, 7, 300])
def test_reduction_scores_add_in_sumys_order(n: int) -> None:
    """Each rating is sumy's loop, float for float: edges added for j = 0..n-1 in order."""
    import math

    from reader.analysis.rank import reduction_scores

    rng = random.Random(n)
    vocab = [f"w{k}" for k in range(60)]
    sents = [[rng.choice(vocab) for _ in range(rng.randint(0, 12))] for _ in range(n)]

    def edge(a: list[str], b: list[str]) -> float:  # sumy's _rate_sentences_edge
        rank = sum(int(w1 == w2) for w1 in a for w2 in b)
        if rank == 0:
            return 0.0
        norm = math.log(len(a)) + math.log(len(b))
        return 0.0 if norm == 0.0 else rank / norm

    expected = []
    for i, a in enumerate(sents):
        total = 0.0
        for j, b in enumerate(sents):
            if j != i:
                total += edge(a, b)
        expected.append(total)
    assert list(reduction_scores(sents)) == expected


@pytest.mark.parametrize("chunk", [1, 7, 64, 512, 1024])
def test_blockwise_reduction_equals_the_dense_sum_bit_for_bit(chunk: int) -> None:
    """`reduction_scores` builds the edge matrix a block of rows at a time, with columns
    grouped by sentence length: every rating equals the sum over the whole dense matrix
    (`_edges`, reduced over axis 0), bit for bit, whatever the block size; one-word and
    empty sentences included."""
    from reader.analysis.rank import _edges, reduction_scores

    rng = random.Random(1234)
    vocab = [f"w{k}" for k in range(300)]
    weights = [1.0 / (k + 3) for k in range(len(vocab))]  # a few frequent words, many rare
    sents = [
        rng.choices(vocab, weights, k=rng.choice([0, 1, 1, 2, rng.randint(3, 25)]))
        for _ in range(700)
    ]
    dense = _edges(sents, 0.0)
    np.fill_diagonal(dense, 0.0)
    expected = np.add.reduce(np.ascontiguousarray(dense), axis=0)
    assert reduction_scores(sents, chunk).tobytes() == expected.tobytes()


@pytest.mark.parametrize("blas", [True, False])
def test_gram_blocks_are_the_rows_of_gram(blas: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every block of `gram_blocks` (columns permuted as asked) is exactly those rows of
    `gram`, through the BLAS path for frequent terms or through outer products only (df 55:
    above _DENSE_DF, at most _RARE_DF, so a BLAS term that must not be counted as rare too)."""
    from reader.analysis import rank

    monkeypatch.setattr(rank, "_BLAS_PAIRS", 0 if blas else 10**12)
    rng = random.Random(5)
    n, n_terms = 300, 200
    rows: list[dict[int, float]] = [{} for _ in range(n)]
    for t in range(n_terms):
        for i in rng.sample(range(n), rng.choice([1, 3, 30, 55, 70, 150, 290])):
            rows[i][t] = float(rng.randint(1, 3))
    full = rank.gram(rows, n_terms)
    columns = list(range(n))
    rng.shuffle(columns)
    seen = 0
    for a, block in rank.gram_blocks(rows, n_terms, 64, columns):
        assert np.array_equal(block, full[a : a + len(block)][:, columns])
        seen += len(block)
    assert seen == n


def test_candidates_are_capped_so_memory_stays_bounded() -> None:
    sentence = "Harbour crews counted {} boats near the pier today."
    text = " ".join(sentence.format(i) for i in range(MAX_CANDIDATES + 100))
    kept = candidates(text, "en")
    assert len(kept) == MAX_CANDIDATES
    assert kept[-1].text == f"Harbour crews counted {MAX_CANDIDATES - 1} boats near the pier today."


def test_language_rows_of_the_default_are_data() -> None:
    """da/sv/de/fr read their measured row, es its own (issue 15); unknown languages get
    the fallback."""
    from reader.analysis.summarise import news_settings

    for lang in ("da", "sv", "de", "fr"):
        s = news_settings(lang)
        assert (s.length_norm, s.stem, s.lead_weight) == (True, True, 0.5)
        assert s.cosine == (lang == "de")  # the cosine part: chosen on the de dev set
    es = news_settings("es")
    assert (es.length_norm, es.stem, es.cosine, es.title_weight, es.lead_weight) == (
        False,
        True,
        True,
        0.1,
        1.5,
    )
    s = news_settings("xx")
    assert (s.length_norm, s.stem, s.cosine, s.title_weight, s.lead_weight) == (
        False,
        True,
        False,
        0.1,
        0.1,
    )


def test_spanish_default_reads_its_row_lead_first_with_cosine() -> None:
    """With the es row a Spanish article's opening sentence beats a more central later
    one, and the explanation names the cosine part; the fallback row picks the centre."""
    from reader.analysis import summarise as module

    text = (
        "La huelga de los transbordadores terminó tras una larga noche de negociaciones. "
        "Los trabajadores del puerto votaron el acuerdo del puerto en la oficina del puerto. "
        "El acuerdo del puerto sube el salario de los trabajadores del puerto cada año. "
        "El tráfico del puerto se reanuda el lunes, dijeron los trabajadores del puerto."
    )
    summary = module.summarise(text, "es", count=1)
    assert summary.method == "reader"
    assert summary.sentences[0].text.startswith("La huelga")
    assert "cosine centrality" in summary.sentences[0].why
    fallback = module.news_settings("xx")
    original = module.news_settings
    try:
        module.news_settings = lambda _lang: fallback  # type: ignore[assignment]
        plain = module.summarise(text, "es", count=1)
    finally:
        module.news_settings = original  # type: ignore[assignment]
    assert not plain.sentences[0].text.startswith("La huelga")


def test_lead_weight_decides_between_lead_and_centre() -> None:
    """A heavier lead prior picks the first sentence over a more central later one."""
    from reader.analysis.newsrank import Settings, ranked, rate

    texts = [
        "Ferry strike ends after talks.",
        "Harbour workers voted on the harbour deal at the harbour office.",
        "The harbour deal gives harbour workers a raise at every harbour.",
        "Harbour traffic restarts on Monday, harbour officials said.",
    ]

    def words(text: str) -> list[str]:
        return [w.strip(".,").lower() for w in text.split()]

    light = rate(texts, words, "", Settings(length_norm=False, stem=False, lead_weight=0.1))
    heavy = rate(texts, words, "", Settings(length_norm=False, stem=False, lead_weight=2.0))
    assert ranked(light)[0] != 0
    assert ranked(heavy)[0] == 0
