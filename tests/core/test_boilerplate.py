"""Boilerplate lines are found as whole lines only; captions/bylines are non-candidates."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.boilerplate import find_boilerplate, is_boilerplate_line, is_non_candidate
from tests.paths import SEED_SAMPLE

SAMPLE = SEED_SAMPLE
FIXTURE = Path(__file__).parents[1] / "fixtures" / "library" / "no-boilerplate-tail.txt"


def _sample() -> str:
    if SAMPLE.exists():
        return SAMPLE.read_text(encoding="utf-8")
    return FIXTURE.read_text(encoding="utf-8")


def test_sample_tail_is_boilerplate() -> None:
    text = _sample()
    spans = find_boilerplate(text, "no")
    assert spans
    for s in spans:
        assert text[s.start : s.end] == s.text
    tail = spans[-1]
    assert tail.text.endswith("Dele\nExit mobile version")
    assert not text[tail.end :].strip()
    # Nothing before the wire credit is marked.
    assert all("Nord -Korea" not in s.text for s in spans)


@pytest.mark.parametrize(
    "line",
    [
        "Dele",
        "Del",
        "Share",
        "SHARE",
        "Exit mobile version",
        "Read more",
        "Les mer",
        "Les også: Slik gikk det",
        "Read more: the full story",
        "Med postledninger",
        "We use cookies to improve your experience.",
        "Accept all cookies",
        "  Share on Facebook  ",
        "Tweet",
        "Advertisement",
        "Annonse",
        "Lesen Sie auch",
        "Lire aussi",
        "Leer más",
        "Reporting by Jane Doe; editing by John Roe",
        "(NTB)",
        "© 2025 Example News",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Dele av befolkningen er bekymret for økonomien.",
        "Share prices fell 3 percent on Monday, the exchange said.",
        "Read more than one report before you decide, the minister said.",
        "The company said it uses cookies to track visitors, which regulators dispute.",
        "Les mer om saken i morgendagens avis, sa redaktøren.",
        "Copyright law was changed in 2019 after a long debate.",
        "Related parties must be disclosed, the auditor said.",
        "Med postledninger fra hele landet ble nyheten spredt raskt.",
        "Print media lost readers again last year.",
    ],
)
def test_normal_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)
    assert find_boilerplate(f"Title\n\n{line}\n", "en") == []


def test_adjacent_lines_merge_into_one_span() -> None:
    text = "Body text here.\n\nShare\nTweet\n\nRead more\n"
    spans = find_boilerplate(text)
    assert [s.text for s in spans] == ["Share\nTweet\n\nRead more"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Foto: Ola Nordmann / NTB", True),
        ("Photo: Reuters", True),
        ("FOTO: NTB", True),
        ("Av Kari Nordmann", True),
        ("By John Smith", True),
        ("Publisert 12.03.2025 kl. 10:14", True),
        ("Updated 3 hours ago", True),
        ("By the end of the year, prices had doubled across the region.", False),
        ("Av de 400 soldatene ble mange skadet, ifølge etterretningen.", False),
        ("Fotografen tok bildet fra helikopter.", False),
    ],
)
def test_non_candidates(sentence: str, expected: bool) -> None:
    assert is_non_candidate(sentence) is expected
