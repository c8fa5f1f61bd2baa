"""Pilot tests: every key of the contract's table, asserting state rather than pixels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyperclip
import pytest
from textual.command import CommandList, CommandPalette
from textual.content import Content
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import Input

from reader.analysis.loader import load
from reader.analysis.pipeline import summarise_article
from reader.app.app import ReaderApp
from reader.app.keys import SECTIONS, key_label
from reader.app.screens.help import HelpScreen
from reader.app.widgets.article_view import ArticleView
from reader.model import Options
from tests.app.helpers import ready, settle

MakeApp = Callable[..., ReaderApp]


def notes(messages: list[Message]) -> list[tuple[str, str]]:
    return [
        (m.notification.message, m.notification.severity) for m in messages if isinstance(m, Notify)
    ]


async def test_startup_lists_library_and_opens_first(make_app: MakeApp, app_library: Path) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        screen = app.main
        lst = screen.article_list
        assert lst.option_count == 5
        assert lst.highlighted == 0
        assert app.focused is lst
        assert screen.analysis is not None
        assert screen.analysis.path == str(app_library / "a-en-tunnel.txt")
        assert screen.analysis.summary.sentences
        # the summary pane shows the same numbered sentences as `reader summary`
        assert screen.side.summary_list.option_count == len(screen.analysis.summary.sentences)
        # the binary file is a row with a marker and its error, not a crash
        bad = lst.get_option_at_index(4).prompt
        assert isinstance(bad, Content)
        assert bad.plain.startswith("  ✗ e-binary.txt") and "not a text file" in bad.plain


@pytest.mark.parametrize(("down", "up"), [("j", "k"), ("down", "up")])
async def test_next_previous_article_follows(
    make_app: MakeApp, app_library: Path, down: str, up: str
) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        screen = app.main
        await pilot.press(down)
        await settle(app, pilot)
        assert screen.article_list.highlighted == 1
        assert screen.analysis is not None
        assert screen.analysis.path == str(app_library / "b-no-ferje.txt")
        assert screen.analysis.language == "no"
        await pilot.press(up)
        await settle(app, pilot)
        assert screen.article_list.highlighted == 0
        assert screen.analysis.path == str(app_library / "a-en-tunnel.txt")


async def test_enter_opens_article_in_text_pane(make_app: MakeApp, app_library: Path) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("j", "j", "enter")
        await settle(app, pilot)
        screen = app.main
        assert isinstance(app.focused, ArticleView)
        assert screen.analysis is not None
        assert screen.analysis.path == str(app_library / "c-long.txt")


async def test_tab_cycles_panes(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        seen = [app.focused.id if app.focused else None]
        for _ in range(3):
            await pilot.press("tab")
            seen.append(app.focused.id if app.focused else None)
        assert seen == ["articles", "article", "summary-list", "articles"]
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "summary-list"


async def test_space_b_g_G_scroll_the_article(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("j", "j")  # the long article; the list keeps focus
        await settle(app, pilot)
        view = app.main.article_view
        assert view.max_scroll_y > 20
        assert view.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        first_page = view.scroll_y
        assert first_page > 5
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y > first_page
        await pilot.press("b")
        await pilot.pause()
        assert view.scroll_y == first_page
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0
        assert app.main.article_list.highlighted == 2  # keys did not move the list


async def test_c_copies_exactly_the_summary_lines(
    make_app: MakeApp, app_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    messages: list[Message] = []
    app = make_app()
    async with app.run_test(size=(160, 45), message_hook=messages.append) as pilot:
        await ready(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        path = app_library / "a-en-tunnel.txt"
        expected = "\n".join(summarise_article(load(path), Options()).lines())
        assert expected
        assert app.clipboard == expected  # OSC 52 went out (App.clipboard is set with it)
        assert copied == [expected]  # and the system clipboard through pyperclip
        n = len(expected.split("\n"))
        assert (f"The summary ({n} sentences) was copied.", "information") in notes(messages)


async def test_c_without_system_clipboard_warns_and_keeps_running(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str) -> None:
        raise pyperclip.PyperclipException("could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", broken)
    messages: list[Message] = []
    app = make_app()
    async with app.run_test(size=(160, 45), message_hook=messages.append) as pilot:
        await ready(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        assert app.clipboard == "\n".join(app.main.analysis.summary.lines())
        severities = [sev for msg, sev in notes(messages) if "OSC 52" in msg]
        assert severities == ["warning"]
        await pilot.press("j")  # still alive and responsive
        await settle(app, pilot)
        assert app.main.article_list.highlighted == 1


async def test_slash_searches_and_filters_the_list(make_app: MakeApp, app_library: Path) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        screen = app.main
        await pilot.press("slash")
        search = screen.search_input
        assert app.focused is search and search.display
        await pilot.press(*"ferje")
        await settle(app, pilot)
        lst = screen.article_list
        assert lst.option_count == 1
        assert lst.get_option_at_index(0).id == str(app_library / "b-no-ferje.txt")
        await settle(app, pilot)
        assert screen.analysis is not None
        assert screen.analysis.path == str(app_library / "b-no-ferje.txt")
        # q, j and / are text while typing, not commands
        await pilot.press("q")
        assert app.return_code is None
        assert search.value == "ferjeq"
        await pilot.press("escape")
        await settle(app, pilot)
        assert lst.option_count == 5
        assert not search.display
        assert app.focused is lst
        assert lst.highlighted == 1  # still on the article we found


async def test_question_mark_shows_every_binding(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert len(app.screen_stack) == 2
        body = app.screen.query_one("#help-body").render()
        plain = body.plain if hasattr(body, "plain") else str(body)
        described = [b for _, bindings in SECTIONS for b in bindings if b.description]
        assert len(described) >= 20
        for binding in described:
            assert binding.description in plain, binding
            assert key_label(binding) in plain, binding
        # the screen's live bindings with a description are all documented
        for key, active in app.main.active_bindings.items():
            if active.binding.description and not active.binding.system:
                assert active.binding.description in plain, key
        await pilot.press("escape")
        await settle(app, pilot)
        assert len(app.screen_stack) == 1
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")  # closes help, does not quit
        await settle(app, pilot)
        assert len(app.screen_stack) == 1 and app.return_code is None


async def test_ctrl_p_opens_the_palette(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"lexrank")
        # the palette searches in its own worker with a debounce: wait for its hits
        results = app.screen.query_one(CommandList)
        for _ in range(100):  # at most 10 s on a loaded machine
            await pilot.pause(0.1)
            first = results.get_option_at_index(0) if results.option_count else None
            if first is not None and "lexrank" in str(first.prompt).lower():
                break
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert len(app.screen_stack) == 1
        assert app.main.options.method == "lexrank"
        assert app.main.analysis is not None
        assert app.main.analysis.summary.method == "lexrank"


async def test_q_quits(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0
    assert not app.is_running


async def test_n_N_walk_the_highlights(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("j", "j")
        await settle(app, pilot)
        screen = app.main
        view = screen.article_view
        facts = screen.facts
        assert len(facts) > 60
        await pilot.press("n")
        assert view.current == facts[0]
        await pilot.press("n")
        assert view.current == facts[1]
        await pilot.press("N", "N")
        assert view.current == facts[-1]  # wraps around
        await pilot.pause()
        assert view.scroll_y > 0  # the last fact is far down: the text followed it
        row = view.row_of(facts[-1][0])
        assert view.scroll_y <= row < view.scroll_y + view.scrollable_content_region.height
        # the mark is drawn on exactly that span
        style = view.get_component_rich_style("article--current", partial=True)
        spans = [(s.start, s.end) for s in view.rendered.spans if s.style == style]
        assert spans == [facts[-1]]


async def test_markup_and_escape_bytes_render_literally(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("j", "j", "j")
        await settle(app, pilot)
        screen = app.main
        analysis = screen.analysis
        assert analysis is not None and analysis.path.endswith("d-markup.txt")
        view = screen.article_view
        assert view.rendered.plain == analysis.text
        assert "[bold]brackets[/bold]" in analysis.text and "␛[31m" in analysis.text
        assert Content.from_rich_text(view.rendered).plain == analysis.text
        prompt = screen.article_list.get_option_at_index(3).prompt
        assert isinstance(prompt, Content)
        title_line, meta_line = prompt.plain.split("\n")
        assert title_line == "  [bold]Breaking[/bold] news about [red]markup[/red]"  # "  ": no ★
        assert meta_line.startswith("  en · ")
        assert app.sub_title == "[bold]Breaking[/bold] news about [red]markup[/red]"


async def test_bad_file_reports_error_and_library_keeps_working(make_app: MakeApp) -> None:
    messages: list[Message] = []
    app = make_app()
    async with app.run_test(size=(160, 45), message_hook=messages.append) as pilot:
        await ready(app, pilot)
        await pilot.press("j", "j", "j", "j")
        await settle(app, pilot)
        screen = app.main
        assert screen.article_list.highlighted == 4
        assert screen.analysis is None
        assert "not a text file" in screen.article_view.rendered.plain
        assert any(sev == "error" and "not a text file" in msg for msg, sev in notes(messages))
        await pilot.press("c")  # nothing to copy: disabled, no crash
        await pilot.press("k")
        await settle(app, pilot)
        assert screen.analysis is not None and screen.analysis.path.endswith("d-markup.txt")


async def test_summary_sentence_links_to_text(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("j", "j")
        await settle(app, pilot)
        screen = app.main
        sentences = screen.analysis.summary.sentences
        assert len(sentences) >= 3
        screen.side.summary_list.focus()
        await pilot.pause()
        await pilot.press("down", "down")
        await pilot.pause()
        view = screen.article_view
        target = sentences[screen.side.summary_list.highlighted]
        assert view.current == (target.start, target.end)
        row = view.row_of(target.start)
        assert view.scroll_y <= row < view.scroll_y + view.scrollable_content_region.height


async def test_facts_view_lists_and_jumps(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        screen = app.main
        await pilot.press("f")
        assert screen.side.mode == "facts-list"
        facts_list = screen.side.facts_list
        analysis = screen.analysis
        assert facts_list.option_count == len(analysis.figures) + len(analysis.sources)
        facts_list.focus()
        await pilot.pause()
        await pilot.press("down")
        await pilot.pause()
        assert screen.article_view.current == screen.facts[facts_list.highlighted]
        await pilot.press("f")
        assert screen.side.mode == "summary-list"


async def test_h_and_s_toggle_styles(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        view = app.main.article_view
        figure = view.get_component_rich_style("article--figure", partial=True)
        summary = view.get_component_rich_style("article--summary", partial=True)

        def count(style: object) -> int:
            return sum(1 for s in view.rendered.spans if s.style == style)

        n_fig = len(app.main.analysis.figures)
        assert n_fig and count(figure) == n_fig
        assert count(summary) == len(app.main.analysis.summary.sentences)
        await pilot.press("h")
        assert count(figure) == 0
        await pilot.press("s")
        assert count(summary) == 0
        await pilot.press("h", "s")
        assert count(figure) == n_fig and count(summary) > 0


async def test_M_and_length_keys_change_the_summary(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        screen = app.main
        before = screen.analysis.summary.method
        await pilot.press("M")
        await settle(app, pilot)
        assert screen.analysis.summary.method != before
        assert screen.analysis.summary.method == screen.options.method
        n = len(screen.analysis.summary.sentences)
        await pilot.press("minus")
        await settle(app, pilot)
        assert len(screen.analysis.summary.sentences) == n - 1


async def test_stale_results_are_dropped(make_app: MakeApp, app_library: Path) -> None:
    from reader.analysis.pipeline import analyse
    from reader.app.messages import ArticleAnalysed
    from reader.library.analyses import Analysed

    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        screen = app.main
        shown = screen.analysis
        other = str(app_library / "b-no-ferje.txt")
        stale = analyse(load(other), Options())
        screen.post_message(ArticleAnalysed(Analysed(other, Options(), ("x", None, None), stale)))
        await pilot.pause()
        assert screen.analysis is shown


async def test_search_input_ignores_markup_like_queries(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"[bold]")
        await settle(app, pilot)
        assert isinstance(app.focused, Input), app.focused
        assert app.main.search_input.value == "[bold]"
        lst = app.main.article_list
        ids = [lst.get_option_at_index(i).id for i in range(lst.option_count)]
        assert len(ids) == 1, ids  # "bold" matches the markup article only


async def test_theme_change_restyles_the_text(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        view = app.main.article_view
        fig = app.main.analysis.figures[0]

        def style_at(offset: int) -> object:
            return [s.style for s in view.rendered.spans if s.start <= offset < s.end][-1]

        dark = style_at(fig.start)
        app.theme = "textual-light"
        await settle(app, pilot)
        assert style_at(fig.start) != dark
        assert view.rendered.plain == app.main.analysis.text


async def test_binding_ids_allow_remapping(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        app.set_keymap({"reader.copy-summary": "y", "reader.next-highlight": "x"})
        await pilot.press("y")
        await settle(app, pilot)
        assert app.clipboard == "\n".join(app.main.analysis.summary.lines())
        await pilot.press("x")
        assert app.main.article_view.current == app.main.facts[0]


async def test_panes_follow_the_screen_analysis(make_app: MakeApp, app_library: Path) -> None:
    """The header and side pane are bound to the screen's analysis: an unreadable file
    empties them and says why; the next good article fills them again."""
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        screen = app.main
        header = screen.query_one("#article-header")
        side_header = screen.query_one("#side-header")
        await pilot.press("j", "j", "j", "j")  # the binary file is the last row
        await settle(app, pilot)
        assert screen.analysis is None
        assert screen.side.summary_list.option_count == 0
        assert str(side_header.render()) == "No summary for this file."
        assert str(header.render()) == ""
        await pilot.press("k", "k", "k", "k")
        await settle(app, pilot)
        assert screen.analysis is not None
        n = len(screen.analysis.summary.sentences)
        assert n and screen.side.summary_list.option_count == n
        assert "words" in str(header.render())  # the title is the text's first line
        assert screen.article_view.rendered.plain.startswith("Harbour tunnel")
        assert "Summary" in str(side_header.render())
