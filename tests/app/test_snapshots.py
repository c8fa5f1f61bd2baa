"""Layout snapshots of the main screens (fixed size, textual-dark). Review the HTML diff
report before `pytest --snapshot-update`; Textual is pinned so these stay stable."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

import reader.library.analyses as analyses_module
from reader.app.app import ReaderApp
from reader.model import Analysis, Article, Figure, Options, Source, Span, Summary, SummarySentence
from tests.app.helpers import ready, settle

SnapCompare = Callable[..., bool]


def fixed_analyse(article: Article, options: Options | None = None) -> Analysis:
    """A stand-in pipeline: snapshots pin the layout, not the (still tuned) highlighters.

    Figures are digit runs, sources are "said <Name Name>" / "ifølge <Name>", the
    summary is the first sentence of the first paragraphs, boilerplate is Share/Read more.
    """
    text = article.text
    options = options or Options()
    figures = tuple(
        Figure(m.start(), m.end(), m.group(), "number")
        for m in re.finditer(r"\d[\d.,]*\d|\d", text)
    )
    sources = tuple(
        Source(m.start(2), m.end(2), m.group(2), Span.of(text, m.start(1), m.end(1)))
        for m in re.finditer(r"\b(said|ifølge|sa|reported by)\s+((?:[A-Z][\w-]+\s?){1,3})", text)
        if m.group(2).strip() == m.group(2)
    )
    boiler = tuple(
        Span.of(text, m.start(), m.end()) for m in re.finditer(r"(?m)^(Share|Read more)$", text)
    )
    sentences = []
    for m in re.finditer(r"(?m)^[^\n]+?[.!?](?=\s|$)", text[article.body_start :]):
        start = m.start() + article.body_start
        sentences.append(
            SummarySentence(start, start + len(m.group()), m.group(), len(sentences) + 1)
        )
        if len(sentences) == (options.sentences or 3):
            break
    return Analysis(
        path=article.path,
        title=article.title,
        language="en",
        text=text,
        figures=figures,
        sources=sources,
        boilerplate=boiler,
        summary=Summary(options.method or "textrank", tuple(sentences)),
        notice=article.notice,
    )


@pytest.fixture(autouse=True)
def _fixed_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyses_module, "analyse", fixed_analyse)


def prepare(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, ReaderApp)
        app.theme = "textual-dark"
        await ready(app, pilot)
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)
        for widget in app.main.query(Input):
            widget.cursor_blink = False  # pauses the blink with the cursor shown
        app.clear_notifications()  # toasts expire on a wall-clock timer: keep them out
        await pilot.pause()

    return run_before


def test_main_screen(snap_compare: SnapCompare, app_library: Path) -> None:
    assert snap_compare(
        ReaderApp(library=app_library), terminal_size=(160, 45), run_before=prepare()
    )


def test_facts_view_with_current_highlight(snap_compare: SnapCompare, app_library: Path) -> None:
    assert snap_compare(
        ReaderApp(library=app_library),
        terminal_size=(160, 45),
        run_before=prepare("f", "n", "n", "n"),
    )


def test_help_screen(snap_compare: SnapCompare, app_library: Path) -> None:
    assert snap_compare(
        ReaderApp(library=app_library), terminal_size=(100, 30), run_before=prepare("question_mark")
    )


def test_search_filters_list(snap_compare: SnapCompare, app_library: Path) -> None:
    assert snap_compare(
        ReaderApp(library=app_library),
        terminal_size=(100, 30),
        run_before=prepare("slash", "f", "e", "r", "j", "e"),
    )


def test_error_row(snap_compare: SnapCompare, app_library: Path) -> None:
    assert snap_compare(
        ReaderApp(library=app_library),
        terminal_size=(100, 30),
        run_before=prepare("j", "j", "j", "j"),
    )
