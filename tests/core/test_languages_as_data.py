"""A language is data: the table in data/languages.json plus `<code>.<ext>` word lists.

The proof (issue 10): in a copy of the installed package, add a language `xx` by
copying every `da.*` data file to `xx.*` and the table's `da` row to `xx` (without
its aliases). A Danish article analysed with `--language xx` must then give the same
figures, sources, boilerplate and summary as with `--language da`. If any module
still decided something with `lang == "da"` (or a hard-coded tuple of codes), `xx`
would fall back to another language's rules and the two would differ.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import reader
from reader.analysis import languages
from reader.analysis.languages import Language

PACKAGE = Path(reader.__file__).resolve().parent
DATA = PACKAGE / "analysis" / "data"
ROOT = Path(__file__).resolve().parents[2]
DANISH = ROOT / "articles" / "nordic" / "da-havvindmoellepark-forsinket.txt"
HELD_OUT = ROOT / "tests" / "data" / "highlights" / "articles"
ARTICLES = [DANISH, HELD_OUT / "da-6.txt", HELD_OUT / "da-4.txt"]
COMPARED = ("figures", "sources", "boilerplate", "summary")


def _copy_with_xx(tmp_path: Path) -> Path:
    """A copy of the installed `reader` package where `xx` is a second Danish."""
    root = tmp_path / "site"
    shutil.copytree(PACKAGE, root / "reader", ignore=shutil.ignore_patterns("__pycache__"))
    data = root / "reader" / "analysis" / "data"
    copied = 0
    for file in sorted(data.rglob("da.*")):
        shutil.copyfile(file, file.with_name("xx" + file.name[2:]))
        copied += 1
    assert copied >= 4  # cues, figures, sentences, stopwords at least
    table_file = data / "languages.json"
    table = json.loads(table_file.read_text(encoding="utf-8"))
    table["languages"]["xx"] = {**table["languages"]["da"], "aliases": []}
    table_file.write_text(json.dumps(table, ensure_ascii=False, indent=2), encoding="utf-8")
    # the default summary method's measured row (issue 15) is language data too
    summary_file = data / "summary.json"
    summary = json.loads(summary_file.read_text(encoding="utf-8"))
    summary["languages"]["xx"] = summary["languages"]["da"]
    summary_file.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return root


def _run(root: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=root,  # `-m` puts the working directory first on sys.path: the copy wins
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _show(root: Path, article: Path, lang: str) -> dict[str, Any]:
    """`reader show ARTICLE --json --language LANG`, run from the package at `root`."""
    out: dict[str, Any] = json.loads(
        _run(root, "-m", "reader", "show", str(article), "--json", "--language", lang)
    )
    return out


_ANALYSE = """
import json, sys
from reader.analysis.loader import load
from reader.analysis.pipeline import analyse
from reader.model import Options
print(json.dumps({f"{lang} {path}": analyse(load(path), Options(language=lang)).to_json()
                  for path in sys.argv[1:] for lang in ("da", "xx")}))
"""


def _analyses(root: Path, articles: list[Path]) -> dict[str, dict[str, Any]]:
    """The pipeline's analysis of each article as da and as xx, in one process."""
    out: dict[str, dict[str, Any]] = json.loads(_run(root, "-c", _ANALYSE, *map(str, articles)))
    return out


def _compare(da: dict[str, Any], xx: dict[str, Any], seen: dict[str, int], name: str) -> None:
    assert da["language"] == "da" and xx["language"] == "xx"
    for key in COMPARED:
        assert xx[key] == da[key], (name, key)
        seen[key] += len(da[key]["sentences"] if key == "summary" else da[key])


def test_xx_copied_from_da_analyses_like_da(tmp_path: Path) -> None:
    root = _copy_with_xx(tmp_path)
    where = _run(root, "-c", "import reader.analysis.languages as m; print(m.__file__)")
    assert Path(where.strip()).is_relative_to(root)  # the copy runs, not the worktree
    # the Danish article again, with share buttons between its paragraphs: boilerplate
    shared = tmp_path / "da-delt.txt"
    text = DANISH.read_text(encoding="utf-8")
    shared.write_text(text.replace("\n\n", "\n\nDel på Facebook\n\n", 2), encoding="utf-8")
    seen = dict.fromkeys(COMPARED, 0)
    # through the command line, as a user would ask for it
    _compare(_show(root, shared, "da"), _show(root, shared, "xx"), seen, shared.name)
    # and more Danish text through the pipeline
    results = _analyses(root, ARTICLES)
    for article in ARTICLES:
        _compare(results[f"da {article}"], results[f"xx {article}"], seen, article.name)
    assert all(seen.values()), seen  # every compared kind was there to compare


def test_xx_is_unknown_without_its_data() -> None:
    """The control: without the copied data, `xx` is NOT analysed like Danish, so the
    test above measures the data, not a coincidence."""
    assert languages.get("xx") is None
    results = _analyses(PACKAGE.parent, [DANISH])
    da, xx = results[f"da {DANISH}"], results[f"xx {DANISH}"]
    assert any(xx[key] != da[key] for key in COMPARED)


def test_table_rows_are_typed_and_complete() -> None:
    table = languages.languages()
    for code in ("en", "no", "da", "sv", "de", "fr", "es"):
        row = table[code]
        assert isinstance(row, Language) and row.code == code
        assert row.stemmer and row.stop_words in ("reader", "sumy")
        for folder, ext in (("cues", "json"), ("figures", "json"), ("sentences", "txt")):
            assert languages.data_file(folder, code, ext) is not None, (folder, code)
    assert languages.normalise("nb") == languages.normalise("NOB") == "no"
    assert languages.get("en-GB") is table["en"]
    assert table[languages.fallback()].code == languages.fallback()
    with pytest.raises(AttributeError):
        table["de"].nouns_capitalised = False  # type: ignore[misc]


def test_every_language_data_file_has_a_table_row() -> None:
    """A word list named after a code the table lacks would be silently ignored."""
    known = set(languages.languages())
    for folder in ("cues", "figures", "sentences", "stopwords"):
        for file in (DATA / folder).iterdir():
            if file.stem != "common":
                assert file.stem in known, file


def _codes() -> set[str]:
    table = languages.languages()
    return set(table) | {a for row in table.values() for a in row.aliases}


def test_no_language_code_is_decided_in_code() -> None:
    """No `lang == "de"`, `lang in ("no", "da")` or {"nb": "no"} left in reader/."""
    codes = _codes()
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).as_posix() == "analysis/snowball.py":
            continue  # NLTK's stemmers, copied: suffixes such as ("en", "er", "es"), no codes
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare):
                sides = [node.left, *node.comparators]
                if any(isinstance(s, ast.Constant) and s.value in codes for s in sides):
                    found.append(f"{path.name}:{node.lineno} comparison")
            elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                strs = [e.value for e in node.elts if isinstance(e, ast.Constant)]
                if sum(1 for v in strs if v in codes) >= 2:
                    found.append(f"{path.name}:{node.lineno} collection")
            elif isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                if sum(1 for v in keys if v in codes) >= 2:
                    found.append(f"{path.name}:{node.lineno} dict")
    assert not found
