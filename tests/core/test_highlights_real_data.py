"""The real-news evaluation set (tests/data/highlights/real/) is well formed.

These tests check the data only: every file parses, its gold spans index the unmarked
text exactly, boilerplate marks cover whole lines, and the loader keeps the text as
is (or the gold offsets would be wrong). How well the highlighters score on the set is
measured by `python bench/highlights.py --real` / `--held-out`, not asserted here: the
set was annotated blind and is scored, not tuned to.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from reader.analysis.loader import parse

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "data" / "highlights" / "real"
LANGS = ("da", "sv", "de", "fr", "es")
KINDS = {"number", "percent", "money", "quantity", "date", "time", "range", "ordinal"}


def _bench() -> ModuleType:
    """bench/highlights.py as a module (shared with the other tests under one name)."""
    if "bench_highlights" in sys.modules:
        return sys.modules["bench_highlights"]
    path = ROOT / "bench" / "highlights.py"
    spec = importlib.util.spec_from_file_location("bench_highlights", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_highlights", module)  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


def _files() -> list[Path]:
    return sorted(REAL.glob("*/*/*.txt"))


def test_every_language_has_dev_and_held_out_files() -> None:
    for lang in LANGS:
        assert sorted((REAL / lang / "dev").glob("*.txt")), lang
        assert sorted((REAL / lang / "held-out").glob("*.txt")), lang


def test_no_file_is_in_both_splits() -> None:
    for lang in LANGS:
        dev = {p.name for p in (REAL / lang / "dev").glob("*.txt")}
        held = {p.name for p in (REAL / lang / "held-out").glob("*.txt")}
        assert not dev & held, lang


@pytest.mark.parametrize("path", _files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_real_file_marks_are_exact(path: Path) -> None:
    bench = _bench()
    marked = path.read_text(encoding="utf-8")
    text, figures, sources, boilerplate = bench.unmark_real(marked)
    # No stray or unbalanced marks survive in the plain text.
    assert not re.search(r"\[\[|\]\]|\{\{|\}\}|<<|>>", text), path.name
    # The loader keeps the text unchanged, so gold offsets apply to what the app shows.
    assert parse(text.encode("utf-8"), name="article.txt").text == text
    for g in [*figures, *sources, *boilerplate]:
        assert text[g.start : g.end] == g.text
        assert g.text == g.text.strip(), g.text
    assert {g.kind for g in figures} <= KINDS
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for b in boilerplate:  # whole lines only
        assert b.start in starts, b.text
        assert b.end + 1 in starts, b.text
    for g in [*figures, *sources]:  # nothing is marked inside page furniture
        assert not any(b.start <= g.start < b.end for b in boilerplate), g.text


def test_bench_selects_real_files_by_language_and_batch() -> None:
    bench = _bench()
    files = bench.real_files("dev", ("da",), "0[1-4]")
    assert files and all(
        lang == "da" and p.name[3:5] in {"01", "02", "03", "04"} for lang, p in files
    )
    assert bench.real_files("dev", ("da",), "99") == []


def test_bench_compare_table_shows_blind_and_now_per_language() -> None:
    bench = _bench()
    before = {"en": [8, 2, 2], "no": [5, 0, 5]}  # tp, fp, fn
    now = {"en": [9, 1, 1], "no": [8, 0, 2]}
    table = bench.compare_table("sources", before, now, "main")
    rows = {line.split("|")[1].strip(): line for line in table.splitlines()[4:]}
    assert "blind (main)" in table.splitlines()[0]
    assert rows["en"].split("|")[2:9] == [
        " 10 ",
        " 0.800 ",
        " 0.800 ",
        " 0.800 ",
        " 0.900 ",
        " 0.900 ",
        " 0.900 ",
    ]
    assert rows["all"].split("|")[2].strip() == "20"  # gold: tp + fn of the current code
    bp = bench.compare_table("boilerplate", {"da": [4, 1, 10, 5]}, {"da": [4, 3, 10, 10]}, "x")
    assert "| da | 4 | 0.250 | 0.500 | 0.750 | 1.000 |" in bp
