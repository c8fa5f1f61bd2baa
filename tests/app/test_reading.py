"""Reading real articles comfortably (issue 12): help labels, Markdown, metadata, sizes."""

from __future__ import annotations

import shutil
import threading
import webbrowser
from pathlib import Path

import pyperclip
import pytest
from rich.style import Style
from textual.notifications import Notify
from textual.widgets import Static

import reader.library.analyses as analyses_module
from reader.app.app import ReaderApp
from reader.app.keys import SECTIONS
from reader.app.screens.help import help_content
from reader.app.widgets.article_view import ArticleView
from reader.library.state import ReaderState
from tests.app.helpers import EN, settle


def test_help_descriptions_never_run_into_their_tooltips() -> None:
    plain = help_content().plain
    assert "Previous articlePrevious article" not in plain
    for _, bindings in SECTIONS:
        for b in bindings:
            if b.description and b.tooltip:
                line = next(x for x in plain.splitlines() if f"{b.description}  " in x)
                assert b.tooltip in line, (b.description, line)


# ---------------------------------------------------------------- the app (Pilot)


FERRY = Path(__file__).resolve().parent.parent / "fixtures" / "markdown" / "en-ferry-levy.md"


@pytest.fixture
def reading_library(tmp_path: Path) -> Path:
    """A Markdown article with front matter first, then a plain-text one without."""
    root = tmp_path / "reading"
    root.mkdir()
    shutil.copy(FERRY, root / "a-ferry-levy.md")
    (root / "b-tunnel.txt").write_text(EN, encoding="utf-8")
    return root


async def opened(app: ReaderApp, pilot: object) -> None:
    await settle(app, pilot)  # type: ignore[arg-type]
    assert app.main.analysis is not None


def style_at(app: ReaderApp, text: object, offset: int) -> Style:
    return text.get_style_at_offset(app.console, offset)  # type: ignore[attr-defined, no-any-return]


async def test_markdown_article_is_shown_rendered_with_highlights(reading_library: Path) -> None:
    app = ReaderApp(library=reading_library)
    async with app.run_test(size=(160, 45)) as pilot:
        await opened(app, pilot)
        analysis = app.main.analysis
        assert analysis is not None and analysis.path.endswith("a-ferry-levy.md")
        view = app.main.query_one(ArticleView)
        rendered = view.rendered
        assert rendered.plain == analysis.text
        assert "**" not in rendered.plain and "](" not in rendered.plain
        figure = view.get_component_rich_style("article--figure", partial=True)
        source = view.get_component_rich_style("article--source", partial=True)
        for fig in analysis.figures:  # every figure styled as one, on exactly its words
            assert style_at(app, rendered, fig.start).color == figure.color, fig
        for src in analysis.sources:
            assert style_at(app, rendered, src.start).color == source.color, src
        assert "Exclusive" not in [s.text for s in analysis.sources]
        heading = next(m for m in analysis.structure if m.kind == "h1")
        assert style_at(app, rendered, heading.start).bold
        link = next(m for m in analysis.structure if m.kind == "link")
        assert style_at(app, rendered, link.start).underline


async def test_header_and_rows_show_metadata(reading_library: Path) -> None:
    app = ReaderApp(library=reading_library)
    async with app.run_test(size=(160, 45)) as pilot:
        await opened(app, pilot)
        header = str(app.main.query_one("#article-header", Static).render())
        # the text's first line is the title (its h1): shown there once, not in the header
        assert app.main.analysis is not None
        assert app.main.analysis.text.startswith("Island ferry levy to rise by a third")
        assert "Island ferry levy" not in header
        assert "Harbour Weekly · 2025-03-02 · Mina Castell · harbour.example.org" in header
        row = app.main.article_list.get_option_at_index(0).prompt
        plain = row.plain if hasattr(row, "plain") else str(row)
        assert plain.splitlines()[1].strip() == "en · 124 words · Harbour Weekly · 2025-03-02"


async def test_o_opens_the_url_and_sort_moved_to_S(
    reading_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_urls: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened_urls.append(url) or True)
    app = ReaderApp(library=reading_library)
    async with app.run_test(size=(160, 45)) as pilot:
        await opened(app, pilot)
        sort = app.main.listing.sort
        await pilot.press("o")
        await settle(app, pilot)
        assert opened_urls == ["https://harbour.example.org/ferry-levy"]
        assert app.main.listing.sort == sort  # `o` no longer sorts
        await pilot.press("S")
        await settle(app, pilot)
        assert app.main.listing.sort != sort
        status = str(app.main.query_one("#status", Static).render())
        assert "The list is sorted by" in status and "sort: " in status
        await pilot.press("j")  # no URL: a sentence, no browser
        await settle(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        assert len(opened_urls) == 1


SIZES = {(160, 45): 60, (100, 30): 45, (80, 24): 40, (60, 20): 35}


@pytest.mark.parametrize("size", list(SIZES))
async def test_text_keeps_its_width_at_every_size(
    reading_library: Path, size: tuple[int, int]
) -> None:
    app = ReaderApp(library=reading_library)
    async with app.run_test(size=size) as pilot:
        await opened(app, pilot)
        await pilot.press("enter")  # open: the text (the only pane when narrow)
        await settle(app, pilot)
        view = app.main.article_view
        assert view.display and app.focused is view
        assert view.scrollable_content_region.width >= SIZES[size]
        side = app.main.side
        lst = app.main.query_one("#list-pane")
        if size[0] >= 120:  # three panes side by side
            assert lst.region.right <= view.region.x < side.region.x
        elif size[0] >= 80:  # list + text, the summary below the text
            assert side.display and side.region.y > view.region.y
            assert side.region.x == view.region.x - 1 or side.region.x <= view.region.x
        else:  # one pane at a time; tab moves on
            assert not lst.display and not side.display
            await pilot.press("tab")
            await settle(app, pilot)
            assert app.main.side.display and not app.main.query_one("#article-pane").display
            await pilot.press("tab")
            await settle(app, pilot)
            assert lst.display and app.focused is app.main.article_list
            status = str(app.main.query_one("#status", Static).render())
            assert "tab: next pane" in status


async def test_keys_hide_list_and_side_and_zoom_the_text(reading_library: Path) -> None:
    app = ReaderApp(library=reading_library)
    async with app.run_test(size=(160, 45)) as pilot:
        await opened(app, pilot)
        view = app.main.article_view
        width = view.region.width
        await pilot.press("L")
        await settle(app, pilot)
        assert not app.main.query_one("#list-pane").display
        assert app.focused is view  # focus left the hidden list
        assert view.region.width > width
        await pilot.press("P")
        await settle(app, pilot)
        assert not app.main.side.display
        assert view.region.width == 160 - 0 or view.region.width >= 150
        await pilot.press("L", "P")
        await settle(app, pilot)
        assert app.main.query_one("#list-pane").display and app.main.side.display
        await pilot.press("z")
        await settle(app, pilot)
        assert not app.main.query_one("#list-pane").display and not app.main.side.display
        await pilot.press("z")
        await settle(app, pilot)
        assert app.main.query_one("#list-pane").display and app.main.side.display


async def test_focus_is_visible_on_the_pane_title(reading_library: Path) -> None:
    app = ReaderApp(library=reading_library)
    async with app.run_test(size=(160, 45)) as pilot:
        await opened(app, pilot)
        title = app.main.query_one("#list-title")
        header = app.main.query_one("#article-header")
        focused_bg = title.styles.background
        assert focused_bg != header.styles.background
        await pilot.press("tab")
        await settle(app, pilot)
        assert app.focused is app.main.article_view
        assert header.styles.background == focused_bg
        assert title.styles.background != focused_bg


async def test_empty_bookmark_filter_says_why(reading_library: Path, tmp_path: Path) -> None:
    state = ReaderState(tmp_path / "state.json", autosave=False)
    state.set_pref("bookmarks_only", True)  # saved from an earlier run
    app = ReaderApp(library=reading_library, state=state)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        empty = app.main.query_one("#list-empty", Static)
        assert empty.display
        assert str(empty.render()) == "No bookmarked articles — F shows all."
        assert "bookmarked only" in str(app.main.query_one("#status", Static).render())
        await pilot.press("F")
        await settle(app, pilot)
        assert not empty.display and app.main.article_list.option_count == 2


async def test_repeated_adjustments_update_one_line_not_a_stack_of_toasts(
    reading_library: Path,
) -> None:
    messages: list[object] = []
    app = ReaderApp(library=reading_library)
    async with app.run_test(size=(160, 45), message_hook=messages.append) as pilot:
        await opened(app, pilot)
        for key in ("plus", "plus", "plus", "minus", "M", "M", "S", "S"):
            await pilot.press(key)
            await settle(app, pilot)
        toasts = [m for m in messages if isinstance(m, Notify)]
        assert toasts == []
        status = str(app.main.query_one("#status", Static).render())
        assert status.startswith("The list is sorted by")
        assert status.count("The list is sorted by") == 1


async def test_c_before_the_summary_is_ready_copies_it_when_ready(
    reading_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    release = threading.Event()
    real = analyses_module.analyse

    def slow(*args: object, **kwargs: object) -> object:
        release.wait(timeout=30)  # the first summary takes a while
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(analyses_module, "analyse", slow)
    messages: list[object] = []
    app = ReaderApp(library=reading_library)
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        for _ in range(50):  # until the first rows are listed
            await pilot.pause(0.05)
            if app.main.article_list.option_count:
                break
        assert app.main.analysis is None
        await pilot.press("c")
        assert app.main.copy_pending and app.clipboard == ""
        release.set()
        await settle(app, pilot)
        analysis = app.main.analysis
        assert analysis is not None
        expected = "\n".join(analysis.summary.lines())
        assert app.clipboard == expected and copied == [expected]
        said = [m.notification.message for m in messages if isinstance(m, Notify)]
        assert any("copied now that it is ready" in s for s in said), said


async def test_notifications_are_sentences(
    reading_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[object] = []
    app = ReaderApp(library=reading_library)
    async with app.run_test(size=(160, 45), message_hook=messages.append) as pilot:
        await opened(app, pilot)
        for key in ("m", "m", "c", "o", "h", "s"):
            await pilot.press(key)
            await settle(app, pilot)
        said = [m.notification.message for m in messages if isinstance(m, Notify)]
        assert len(said) >= 4
        for sentence in said:
            assert sentence[0].isupper() and sentence.rstrip().endswith((".", "!", "?")), sentence


async def test_the_title_is_shown_once(tmp_path: Path) -> None:
    """In the header when only front matter has it; else as the text's bold first line."""
    root = tmp_path / "titles"
    root.mkdir()
    body = "The levy rises by a third from May, the council said on Tuesday.\n"
    (root / "a-front.md").write_text(
        f"---\ntitle: Ferry levy rises\n---\n\n{body}", encoding="utf-8"
    )
    (root / "b-line.txt").write_text(f"Tunnel costs climb\n\n{body}", encoding="utf-8")
    app = ReaderApp(library=root)
    async with app.run_test(size=(120, 30)) as pilot:
        await opened(app, pilot)
        header = app.main.query_one("#article-header", Static)
        view = app.main.query_one(ArticleView)
        assert str(header.render()).splitlines()[0] == "Ferry levy rises"
        assert not style_at(app, view.rendered, 0).bold  # the text starts with the body
        await pilot.press("j")
        await settle(app, pilot)
        assert "Tunnel costs climb" not in str(header.render())
        assert view.rendered.plain.startswith("Tunnel costs climb\n")
        assert style_at(app, view.rendered, 0).bold
        assert style_at(app, view.rendered, len("Tunnel costs climb") - 1).bold
        assert not style_at(app, view.rendered, len("Tunnel costs climb\n\nThe")).bold
