"""Same article, same options -> byte-identical summary in every fresh process.

Hash randomisation (PYTHONHASHSEED) changes set and frozenset order, which is what
made stock sumy's LSA and LexRank vary between runs; langdetect is seeded in
reader.analysis.language. Each run below is a separate interpreter with a different seed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import SCRIPT
from tests.paths import SEED_SAMPLE

SAMPLE = SEED_SAMPLE
FIXTURE = Path(__file__).parent / "fixtures" / "library" / "no-boilerplate-tail.txt"
SEEDS = ("0", "1", "42", "random")

ALL_METHODS = """
import sys
from reader.analysis.loader import load
from reader.model import Options
from reader.analysis.pipeline import summarise_article
from reader.analysis.summarise import METHODS
from tests.paths import SEED_SAMPLE
article = load(sys.argv[1])
for method in sorted(METHODS):
    summary = summarise_article(article, Options(sentences=4, method=method))
    print(method, [(s.start, s.end, s.rank) for s in summary.sentences])
    print(*summary.lines(), sep="\\n")
"""


def _reader() -> list[str]:
    return [str(SCRIPT)]


def _run(cmd: list[str], seed: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.run(cmd, env=env, capture_output=True, check=True, timeout=120).stdout


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = SAMPLE if SAMPLE.exists() else FIXTURE
    extra = (
        "\n\nEn ny rapport fra Seoul viser at minst 3000 soldater er sendt, sa kilden. "
        "Rapporten kom torsdag, og den er den tredje i år. "
        "Moskva har ikke kommentert rapporten, ifølge Reuters.\n"
    )
    path = tmp_path_factory.mktemp("det") / "article.txt"
    path.write_text(src.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def test_reader_summary_is_identical_across_processes(article: Path) -> None:
    outputs = {seed: _run([*_reader(), "summary", str(article)], seed) for seed in SEEDS}
    first = outputs[SEEDS[0]]
    assert first.strip()
    assert all(out == first for out in outputs.values()), outputs


@pytest.mark.slow
def test_every_method_is_identical_across_processes(article: Path) -> None:
    cmd = [sys.executable, "-c", ALL_METHODS, str(article)]
    outputs = [_run(cmd, seed) for seed in SEEDS[:3]]
    assert outputs[0].count(b"\n") > 7 * 4
    assert outputs[1] == outputs[0]
    assert outputs[2] == outputs[0]
