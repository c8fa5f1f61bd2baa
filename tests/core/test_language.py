"""Language detection: the seven languages, "und" when unsure, and our profile loader."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY

from reader.analysis import langprofiles
from reader.analysis.language import UNDETERMINED, canonical, detect_language, resolve_language
from reader.analysis.loader import load as load_article
from tests.cli import isolated_env, run_reader
from tests.paths import EVAL, ROOT, SEED_SAMPLE

ARTICLES = sorted(p for p in (ROOT / "articles").rglob("*") if p.suffix in {".txt", ".md"})


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_each_sample_article_is_detected_as_its_language(path: Path) -> None:
    expected = canonical(path.name.split("-")[0])
    assert detect_language(load_article(path).text) == expected


def test_the_machine_translated_seed_is_norwegian() -> None:
    if not SEED_SAMPLE.exists():
        pytest.skip("shared/samples is not beside the repository")
    assert detect_language(SEED_SAMPLE.read_text(encoding="utf-8")) == "no"


@pytest.mark.parametrize("text", ["", "   ", "12 345 678", "OK.", "Ja!", "#$%& 42 %"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == UNDETERMINED


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("nb", "no"),
        ("NN", "no"),
        ("en-GB", "en"),
        ("de_AT", "de"),
        ("swe", "sv"),
        ("", None),
        (None, None),
        ("-", None),
    ],
)
def test_canonical_codes(given: str | None, expected: str | None) -> None:
    assert canonical(given) == expected


def test_command_line_beats_front_matter_beats_detection() -> None:
    text = "The council said the budget for the harbour would rise by a third next year."
    assert resolve_language(text) == "en"
    assert resolve_language(text, declared="nb") == "no"
    assert resolve_language(text, given="de", declared="nb") == "de"


def _langdetect_probabilities(texts: list[str]) -> list[list[tuple[str, float]]]:
    """What stock langdetect (its own profile loader) says, in a fresh process."""
    code = (
        "import json, sys\n"
        "from langdetect import DetectorFactory, detect_langs\n"
        "DetectorFactory.seed = 0\n"
        "out = [[(g.lang, g.prob) for g in detect_langs(t)] for t in json.load(sys.stdin)]\n"
        "print(json.dumps(out))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    return [[(lang, prob) for lang, prob in row] for row in json.loads(run.stdout)]


def test_lazy_profiles_give_langdetects_exact_probabilities() -> None:
    texts = [load_article(p).text[:4000] for p in ARTICLES]
    if EVAL.exists():
        for name in ("norsumm_dev.jsonl", "bbc_dev.jsonl"):
            with open(EVAL / name, encoding="utf-8") as f:
                texts += [json.loads(line)["text"][:4000] for line in list(f)[:15]]
    texts += ["Grüße aus Köln", "Ça va très bien, merci", "هذا نص عربي قصير", "日本語のテキスト"]
    expected = _langdetect_probabilities(texts)
    ours = []  # (our factory seeds itself: no DetectorFactory.seed here)
    for text in texts:
        detector = langprofiles.factory().create()
        detector.append(text)
        ours.append([(g.lang, g.prob) for g in detector.get_probabilities()])
    assert ours == expected


def test_lazy_profiles_equal_langdetects_loader_entry_for_entry() -> None:
    stock = DetectorFactory()
    stock.load_profile(PROFILES_DIRECTORY)
    langs, probabilities = langprofiles.load(PROFILES_DIRECTORY)
    assert langs == stock.langlist
    assert len(probabilities) == len(stock.word_lang_prob_map)
    differing = [w for w, v in stock.word_lang_prob_map.items() if probabilities[w] != v]
    assert differing == []
    assert "not-an-ngram" not in probabilities
    with pytest.raises(KeyError):
        probabilities["not-an-ngram"]


def _stock_map() -> DetectorFactory:
    stock = DetectorFactory()
    stock.load_profile(PROFILES_DIRECTORY)
    return stock


def _same_as_stock(langs: list[str], probabilities: langprofiles.LazyProbabilities) -> None:
    stock = _stock_map()
    assert langs == stock.langlist
    assert len(probabilities) == len(stock.word_lang_prob_map)
    differing = [w for w, v in stock.word_lang_prob_map.items() if probabilities[w] != v]
    assert differing == []
    for absent in ("not-an-ngram", "zzzq", "", 7):
        assert absent not in probabilities
    with pytest.raises(KeyError):
        probabilities["not-an-ngram"]


def test_cached_profiles_equal_langdetects_loader_when_written_and_when_read(
    tmp_path: Path,
) -> None:
    written = langprofiles.load_cached(PROFILES_DIRECTORY, tmp_path)
    files = list(tmp_path.iterdir())
    assert [f.name.startswith("langdetect-profiles-") for f in files] == [True]
    read = langprofiles.load_cached(PROFILES_DIRECTORY, tmp_path)
    assert isinstance(read[1], langprofiles._Cache)  # the second load is the cache's
    assert list(tmp_path.iterdir()) == files  # nothing rewritten, no temp file left
    _same_as_stock(*written)
    _same_as_stock(*read)


def test_cached_profiles_give_langdetects_exact_probabilities(tmp_path: Path) -> None:
    texts = [load_article(p).text[:4000] for p in ARTICLES]
    texts += ["Grüße aus Köln", "Ça va très bien, merci", "هذا نص عربي قصير", "日本語のテキスト"]
    expected = _langdetect_probabilities(texts)
    langprofiles.load_cached(PROFILES_DIRECTORY, tmp_path)  # write the cache
    factory = DetectorFactory()
    factory.seed = 0
    factory.langlist, factory.word_lang_prob_map = langprofiles.load_cached(
        PROFILES_DIRECTORY, tmp_path
    )
    assert isinstance(factory.word_lang_prob_map, langprofiles._Cache)
    ours = []
    for text in texts:
        detector = factory.create()
        detector.append(text)
        ours.append([(g.lang, g.prob) for g in detector.get_probabilities()])
    assert ours == expected


def test_a_damaged_cache_is_ignored_and_written_again(tmp_path: Path) -> None:
    langprofiles.load_cached(PROFILES_DIRECTORY, tmp_path)
    (cache,) = tmp_path.iterdir()
    good = cache.read_bytes()
    for damaged in (b"", good[: len(good) // 2], good[:-1] + b"\0", b"not marshal"):
        cache.write_bytes(damaged)
        langs, probabilities = langprofiles.load_cached(PROFILES_DIRECTORY, tmp_path)
        assert not isinstance(probabilities, langprofiles._Cache)
        assert langs == _stock_map().langlist
        assert probabilities["the"] == _stock_map().word_lang_prob_map["the"]
        assert cache.read_bytes() == good


def test_a_changed_profile_is_a_new_cache(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    for name in os.listdir(PROFILES_DIRECTORY):
        (profiles / name).write_bytes((Path(PROFILES_DIRECTORY) / name).read_bytes())
    folder = tmp_path / "cache"
    langprofiles.load_cached(str(profiles), folder)
    langprofiles.load_cached(str(profiles), folder)
    data = json.loads((profiles / "en").read_text(encoding="utf-8"))
    data["freq"]["the"] += 1
    (profiles / "en").write_text(json.dumps(data), encoding="utf-8")
    langs, probabilities = langprofiles.load_cached(str(profiles), folder)
    assert len(list(folder.iterdir())) == 2  # a new key, a new file
    index = langs.index("en")
    assert probabilities["the"][index] == 1.0 * data["freq"]["the"] / data["n_words"][2]
    again = langprofiles.load_cached(str(profiles), folder)[1]
    assert isinstance(again, langprofiles._Cache)
    assert again["the"] == probabilities["the"]


def test_the_cli_caches_the_profiles_in_the_platform_cache_folder(tmp_path: Path) -> None:
    article = tmp_path / "articles" / "a.txt"
    article.parent.mkdir()
    article.write_text("The council said the harbour budget would rise next year.\n")
    env = isolated_env(tmp_path / "home")
    outputs = [run_reader(["summary", str(article)], env=env, cwd=tmp_path) for _ in range(2)]
    assert [o.returncode for o in outputs] == [0, 0]
    assert outputs[0].stdout == outputs[1].stdout != ""
    cache = Path(env["XDG_CACHE_HOME"]) / "reader"
    assert [p.name.startswith("langdetect-profiles-") for p in cache.iterdir()] == [True]
    assert sorted(p.name for p in article.parent.iterdir()) == ["a.txt"]
