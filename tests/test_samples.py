"""Our shipped sample library and the shared seed sample: every span exact, no pronoun sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.loader import load
from reader.analysis.pipeline import analyse
from tests.paths import ROOT, SEED_SAMPLE
from tests.spans import assert_spans_valid

SAMPLES = sorted(p for p in (ROOT / "articles").rglob("*") if p.suffix in (".txt", ".md"))
PRONOUNS = {
    "he",
    "she",
    "they",
    "we",
    "i",
    "it",
    "han",
    "hun",
    "de",
    "vi",
    "jeg",
    "dem",
    "hon",
    "hen",
    "jag",
    "er",
    "sie",
    "wir",
    "ich",
    "es",
    "il",
    "elle",
    "ils",
    "elles",
    "nous",
    "on",
    "je",
    "él",
    "ella",
    "ellos",
    "ellas",
    "nosotros",
    "yo",
    "usted",
}


def _paths() -> list[Path]:
    return SAMPLES + ([SEED_SAMPLE] if SEED_SAMPLE.exists() else [])


def test_there_is_a_real_sample_library() -> None:
    languages = {analyse(load(p)).language for p in SAMPLES}
    assert len(SAMPLES) >= 8
    assert {"en", "no", "de", "fr", "es"} <= languages


@pytest.mark.parametrize("path", _paths(), ids=lambda p: p.name)
def test_sample_spans_are_exact_and_sources_are_named(path: Path) -> None:
    data = analyse(load(path)).to_json()
    assert_spans_valid(data)
    assert data["summary"]["sentences"], "every sample gets a summary"
    for source in data["sources"]:
        assert source["text"].casefold() not in PRONOUNS, source
    for figure in data["figures"]:
        assert figure["kind"] in {
            "number",
            "percent",
            "money",
            "quantity",
            "date",
            "time",
            "range",
            "ordinal",
        }
