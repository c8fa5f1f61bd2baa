"""Right-to-left and CJK articles in the app: shown without crashing, in logical order
(no reordering by the app: see docs/languages.md for what the terminal does), with the
figures highlighted on exactly their characters."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rich.style import Style

from reader.app.app import ReaderApp
from reader.app.widgets.article_view import ArticleView
from tests.app.helpers import settle

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages"


@pytest.mark.parametrize("name", ["ar-tahliya.txt", "ja-ooame.txt"])
async def test_rtl_and_cjk_articles_render_in_logical_order(name: str, tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURES / name, root / name)
    app = ReaderApp(library=root)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        analysis = app.main.analysis
        assert analysis is not None and analysis.path.endswith(name)
        view = app.main.query_one(ArticleView)
        assert view.rendered.plain == analysis.text  # logical order: nothing reversed
        figure = view.get_component_rich_style("article--figure", partial=True)
        for fig in analysis.figures:
            style: Style = view.rendered.get_style_at_offset(app.console, fig.start)
            assert style.color == figure.color, fig
        svg = app.export_screenshot()  # the whole screen renders (wide and RTL cells)
        first_word = analysis.text.split()[1]
        assert (
            first_word[:2] in svg
            or first_word[:2].encode("ascii", "xmlcharrefreplace").decode() in svg
        )
