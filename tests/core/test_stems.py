"""PyStemmer's C stems are used only where they are the vendored (NLTK) ones, word for word."""

from __future__ import annotations

import json
import sys
from importlib import resources

import pytest

from reader.analysis import snowball, stems
from reader.analysis.sentences import words
from tests.paths import EVAL, ROOT

Stemmer = pytest.importorskip("Stemmer")


def _vocabulary() -> list[str]:
    """Lower-cased word types of the fixtures, the sample articles, the shared dev sets,
    every stop-word list (ours and sumy's) and the speed benchmark's generated article."""
    texts: list[str] = []
    for folder in (ROOT / "tests" / "data", ROOT / "articles"):
        for p in sorted(folder.rglob("*")):
            if p.suffix in (".txt", ".md", ".html", ".json", ".jsonl"):
                try:
                    texts.append(p.read_text(encoding="utf-8"))
                except UnicodeDecodeError:
                    continue
    for name in ("norsumm_dev.jsonl", "bbc_dev.jsonl"):
        path = EVAL / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                texts += [rec.get("title") or "", rec["text"]]
    for folder in (
        resources.files("sumy").joinpath("data/stopwords"),
        resources.files("reader.analysis").joinpath("data/stopwords"),
    ):
        texts += [
            p.read_text(encoding="utf-8") for p in folder.iterdir() if p.name.endswith(".txt")
        ]
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from summary import article  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    texts.append(article(100))
    return sorted({w.lower() for t in texts for w in words(t)})


@pytest.fixture(scope="module")
def vocabulary() -> list[str]:
    vocab = _vocabulary()
    assert len(vocab) > 20000
    return vocab


@pytest.mark.parametrize("name", sorted(stems.C_EQUAL))
def test_c_stems_are_the_vendored_stems(name: str, vocabulary: list[str]) -> None:
    """Every algorithm in C_EQUAL stems every word as the vendored NLTK copy does (with
    the installed PyStemmer, when it is a proven release; else the C path is off)."""
    fast = stems.c_stemmer(name)
    if fast is None:
        assert Stemmer.version() not in stems.C_PROVEN
        pytest.skip(f"PyStemmer {Stemmer.version()} is not a proven release")
    ours = getattr(snowball, name.capitalize() + "Stemmer")().stem
    assert [w for w in vocabulary if fast(w) != ours(w)] == []


def test_unproven_algorithms_keep_the_vendored_stemmer() -> None:
    """Danish is not in C_EQUAL (its C stems differ): `c_stemmer` refuses it, and
    `stemmer("da")` gives the vendored stems, where PyStemmer's differ."""
    assert stems.c_stemmer("danish") is None
    assert Stemmer.Stemmer("danish").stemWord("aajzz") != snowball.DanishStemmer().stem("aajzz")
    assert stems.stemmer("da")("AAJZZ") == snowball.DanishStemmer().stem("aajzz")


def test_stemmer_uses_the_c_stems_only_for_proven_releases(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the installed release not listed as proven, Spanish falls back to the
    vendored class; the memoised stemmer gives the same stems both ways and remembers
    each word (lower-cased first)."""
    words_ = ["Canciones", "nacionales", "GOBIERNO", "corriendo", "canciones"]
    if Stemmer.version() not in stems.C_PROVEN:
        pytest.skip(f"PyStemmer {Stemmer.version()} is not a proven release")
    assert stems.c_stemmer("spanish") is not None
    stems.stemmer.cache_clear()
    try:
        fast = stems.stemmer("es")
        with_c = [fast(w) for w in words_]
        monkeypatch.setattr(stems, "C_PROVEN", frozenset())
        assert stems.c_stemmer("spanish") is None
        stems.stemmer.cache_clear()
        slow = stems.stemmer("es")
        assert [slow(w) for w in words_] == with_c
        assert with_c == [snowball.SpanishStemmer().stem(w) for w in words_]
        assert with_c[0] == with_c[-1]
    finally:
        stems.stemmer.cache_clear()


def test_a_missing_pystemmer_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "Stemmer", None)  # `import Stemmer` raises ImportError
    assert stems.c_stemmer("spanish") is None
