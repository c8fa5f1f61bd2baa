"""Articles beyond the seven languages, end to end: `reader show --json` on a Japanese,
a Chinese, a Russian and an Arabic news article (tests/fixtures/languages/README.md)
gives the title, the language, a summary of at least two whole sentences and the
article's figures; the list counts Han/kana text in characters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli import isolated_env, run_reader
from tests.spans import assert_spans_valid

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "languages"

# file -> (language, title, figures that must be found as (text, kind))
CASES: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "ja-ooame.txt": (
        "ja",
        "大雨で三つの県に避難指示 約1万2000人が対象",  # the ideographic space normalised
        [
            ("1万2000人", "number"),
            ("3日", "date"),
            ("24時間", "quantity"),
            ("350ミリ", "quantity"),
            ("180棟", "number"),
            ("3万5000人", "number"),
            ("20億円", "money"),
        ],
    ),
    "zh-tongji.txt": (
        "zh",
        "临江市前三季度地区生产总值同比增长5.2%",
        [
            ("10月18日", "date"),
            ("3128.6亿元", "money"),
            ("4.9%", "percent"),
            ("1.4个百分点", "percent"),
            ("39398元", "money"),
            ("1342.5亿元", "money"),
        ],
    ),
    "ru-most.txt": (
        "ru",
        "В Заречинске открыли новый мост через Сосну",
        [
            ("15 октября 2022", "date"),
            ("1,5 км", "quantity"),
            ("48,5 млрд рублей", "money"),
            ("20–30 минут", "range"),
            ("80 км/ч", "quantity"),
        ],
    ),
    "ar-tahliya.txt": (
        "ar",
        "افتتاح محطة جديدة لتحلية المياه في مدينة الساحل",
        [
            ("٢٥٠ ألف متر مكعب", "quantity"),
            ("1.2 مليار دولار", "money"),
            ("٣٥٪", "percent"),
            ("20 في المئة", "percent"),
            ("٢٠٢٥", "date"),
        ],
    ),
}
_ENDS = tuple(".!?。！？؟")


def _show(path: Path, tmp_path: Path) -> dict[str, Any]:
    proc = run_reader(["show", str(path), "--json"], isolated_env(tmp_path / "home"), tmp_path)
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


@pytest.mark.parametrize("name", sorted(CASES))
def test_show_json_gives_title_language_summary_and_figures(name: str, tmp_path: Path) -> None:
    lang, title, figures = CASES[name]
    data = _show(FIXTURES / name, tmp_path)
    assert data["title"] == title
    assert data["language"] == lang
    assert_spans_valid(data)
    sentences = data["summary"]["sentences"]
    assert len(sentences) >= 2
    for s in sentences:
        assert s["text"].rstrip('」”"»').endswith(_ENDS), s["text"]  # whole sentences
        assert s["text"] != title
    found = {(f["text"], f["kind"]) for f in data["figures"]}
    missing = [f for f in figures if f not in found]
    assert not missing, (missing, sorted(found))


def test_list_counts_cjk_characters_and_reports_languages(tmp_path: Path) -> None:
    proc = run_reader(
        ["list", "--json", "--library", str(FIXTURES)], isolated_env(tmp_path / "home"), tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    rows = {Path(r["path"]).name: r for r in map(json.loads, proc.stdout.splitlines())}
    assert {name: rows[name]["language"] for name in CASES} == {
        name: case[0] for name, case in CASES.items()
    }
    text = (FIXTURES / "zh-tongji.txt").read_text(encoding="utf-8")
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    # every Han character is a unit, plus the numbers between them ("3128.6", "5.2%")
    assert han < rows["zh-tongji.txt"]["words"] < han + 40
    assert rows["ru-most.txt"]["words"] == len(
        (FIXTURES / "ru-most.txt").read_text(encoding="utf-8").split()
    )


def test_same_output_in_every_process(tmp_path: Path) -> None:
    """Bigrams, stop words and figure rules are the same under any hash seed."""
    outs = []
    for seed in ("1", "2"):
        env = isolated_env(tmp_path / f"home{seed}") | {"PYTHONHASHSEED": seed}
        for name in ("zh-tongji.txt", "ar-tahliya.txt"):
            proc = run_reader(["show", str(FIXTURES / name), "--json"], env, tmp_path)
            assert proc.returncode == 0, proc.stderr
            outs.append((seed, name, proc.stdout))
    assert outs[0][2] == outs[2][2] and outs[1][2] == outs[3][2]
