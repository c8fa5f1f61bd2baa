"""Layout snapshots of a Markdown article with metadata at four terminal sizes (issue 12).

160×45: three panes; 100×30 and 80×24: list + text, summary below; 60×20: one pane at a
time (the list first, the text after enter). The stand-in pipeline of test_snapshots
pins highlights; the rendered Markdown, its structure and the metadata are real.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

import reader.app.screens.main as main_module
import reader.library.analyses as analyses_module
from reader.app.app import ReaderApp
from reader.library.state import ReaderState
from reader.model import Analysis, Article, Options
from tests.app.helpers import EN
from tests.app.test_snapshots import fixed_analyse, prepare

SnapCompare = Callable[..., bool]
FERRY = Path(__file__).resolve().parent.parent / "fixtures" / "markdown" / "en-ferry-levy.md"


def analyse_with_structure(article: Article, options: Options | None = None) -> Analysis:
    return replace(
        fixed_analyse(article, options),
        info=article.info,
        structure=article.structure,
        title_from_text=article.title_from_text,
    )


@pytest.fixture(autouse=True)
def _pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyses_module, "analyse", analyse_with_structure)
    # the status-line notice clears itself on a wall-clock timer: keep it for the shot
    monkeypatch.setattr(main_module, "NOTICE_SECONDS", 3600.0)


@pytest.fixture
def md_library(tmp_path: Path) -> Path:
    root = tmp_path / "md"
    root.mkdir()
    shutil.copy(FERRY, root / "a-ferry-levy.md")
    (root / "b-tunnel.txt").write_text(EN, encoding="utf-8")
    return root


@pytest.mark.parametrize("size", [(160, 45), (100, 30), (80, 24), (60, 20)])
def test_markdown_article(
    snap_compare: SnapCompare, md_library: Path, size: tuple[int, int]
) -> None:
    assert snap_compare(
        ReaderApp(library=md_library), terminal_size=size, run_before=prepare("enter")
    )


def test_narrow_starts_on_the_list(snap_compare: SnapCompare, md_library: Path) -> None:
    assert snap_compare(ReaderApp(library=md_library), terminal_size=(60, 20), run_before=prepare())


def test_no_bookmarks_says_why(snap_compare: SnapCompare, md_library: Path, tmp_path: Path) -> None:
    state = ReaderState(tmp_path / "state.json", autosave=False)
    app = ReaderApp(library=md_library, state=state)
    assert snap_compare(app, terminal_size=(100, 30), run_before=prepare("F"))
