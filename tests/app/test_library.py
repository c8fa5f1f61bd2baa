"""The library layer in the app (issue 6): index-backed scan and search, state, live folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.content import Content

import reader.app.screens.main as main_module
import reader.library.analyses as analyses_module
from reader.app.app import ReaderApp
from reader.library.search import search as search_index
from reader.library.state import ReaderState, sort_entries
from reader.library.store import LibraryIndex
from reader.library.terms import match_spans
from tests.app.helpers import ready, settle

MakeApp = Callable[..., ReaderApp]


def rows(app: ReaderApp) -> list[str]:
    lst = app.main.article_list
    return [str(lst.get_option_at_index(i).id) for i in range(lst.option_count)]


def prompt(app: ReaderApp, path: Path) -> Content:
    lst = app.main.article_list
    result = lst.get_option_at_index(lst.get_option_index(str(path))).prompt
    assert isinstance(result, Content)
    return result


def is_bold(content: Content, text: str) -> bool:
    start = content.plain.index(text)
    return any(s.start <= start < s.end and "bold" in str(s.style) for s in content.spans)


async def test_state_survives_a_restart(make_app: MakeApp, app_library: Path) -> None:
    long = app_library / "c-long.txt"
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("j", "j")  # the long article: read now
        await settle(app, pilot)
        assert app.main.shown_path == str(long)
        await pilot.press("m", "space", "space")  # bookmark it, scroll two pages
        await pilot.pause()
        position = int(app.main.article_view.scroll_y)
        assert position > 10
        await pilot.press("q")  # saves the position of the open article too
        await pilot.pause()
    assert app.return_code == 0

    # a new app on the same HOME (state folder) and library
    messages: list[object] = []
    app = make_app()
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        await ready(app, pilot)
        screen = app.main
        assert prompt(app, long).plain.startswith("★ ")
        assert not prompt(app, app_library / "b-no-ferje.txt").plain.startswith("★")
        # read titles are plain, unread ones bold (d-markup was never opened)
        assert not is_bold(prompt(app, long), "Regional rail")
        assert is_bold(prompt(app, app_library / "d-markup.txt"), "Breaking")
        assert screen.listing.is_read(str(app_library / "a-en-tunnel.txt"))
        await pilot.press("j", "j")
        await settle(app, pilot)
        assert screen.shown_path == str(long)
        # the scroll waits for the new text's layout (a compositor refresh, on a timer)
        for _ in range(200):  # at most 10 s: a loaded machine lays out slowly
            if not screen.article_view.scroll_pending:
                break
            await pilot.pause(0.05)
        assert not screen.article_view.scroll_pending
        assert int(screen.article_view.scroll_y) == position  # back where we left it
        await pilot.press("j")  # the next one starts at the top
        await settle(app, pilot)
        assert screen.article_view.scroll_y == 0
    # the state lives in the platform state folder (HOME/XDG are tmp in tests)
    state = ReaderState()
    assert state.is_bookmarked(long) and state.position(long) == position
    assert not any(p.name.startswith(".state") for p in app_library.iterdir())


async def test_m_toggles_a_bookmark(make_app: MakeApp, app_library: Path) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        path = app_library / "a-en-tunnel.txt"
        assert not prompt(app, path).plain.startswith("★")
        await pilot.press("m")
        await settle(app, pilot)
        assert app.main.listing.is_bookmarked(str(path))
        assert prompt(app, path).plain.startswith("★ ")
        assert app.state.bookmarks() == [str(path)]
        await pilot.press("m")
        await settle(app, pilot)
        assert not app.main.listing.is_bookmarked(str(path))
        assert prompt(app, path).plain.startswith("  ")
        assert app.state.bookmarks() == []
        # M is the next summary method now
        before = app.main.analysis.summary.method
        await pilot.press("M")
        await settle(app, pilot)
        assert app.main.analysis.summary.method != before


async def test_bookmark_filter(make_app: MakeApp, app_library: Path) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("j", "m", "j", "j", "m")  # bookmark b-no and d-markup
        await settle(app, pilot)
        await pilot.press("F")
        await settle(app, pilot)
        assert rows(app) == [str(app_library / "b-no-ferje.txt"), str(app_library / "d-markup.txt")]
        assert app.main.article_list.highlighted_path == str(app_library / "d-markup.txt")
        await pilot.press("m")  # un-bookmarked: leaves the filtered list
        await settle(app, pilot)
        assert rows(app) == [str(app_library / "b-no-ferje.txt")]
        await pilot.press("F")
        await settle(app, pilot)
        assert len(rows(app)) == 5
        assert app.state.get_pref("bookmarks_only") is False
        # the palette command does the same
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        commands["Show only bookmarked"].callback()
        await settle(app, pilot)
        assert rows(app) == [str(app_library / "b-no-ferje.txt")]


def write_dated(root: Path) -> Path:
    root.mkdir(parents=True)
    specs = [
        ("a.txt", "Zebra crossing repainted", "2024-03-01", "NRK"),
        ("b.txt", "Apple harvest is early", "2025-09-12", ""),
        ("c.txt", "Moose on the motorway", "2023-01-20", "Aftenposten"),
        ("d.txt", "Bridge reopens after repairs", "2025-01-05", "BBC"),
    ]
    for name, title, date, source in specs:
        head = f"---\ntitle: {title}\ndate: {date}\n" + (f"source: {source}\n" if source else "")
        (root / name).write_text(
            head + "language: en\n---\nThe council said the work "
            "was finished on time and cost 4 million.\n",
            encoding="utf-8",
        )
    return root


async def test_S_cycles_the_sort_order(tmp_path: Path) -> None:
    lib = write_dated(tmp_path / "dated")
    app = ReaderApp(library=lib)
    # date newest first; title Apple, Bridge, Moose, Zebra; source Aftenposten, BBC,
    # NRK, then the one without a source
    names = {"path": "abcd", "date": "bdac", "title": "bdca", "source": "cdab"}
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        assert app.main.listing.sort == "path"
        assert [Path(p).stem for p in rows(app)] == list(names["path"])
        await pilot.press("j")  # cursor on b.txt: it must stay on it
        await settle(app, pilot)
        with LibraryIndex(lib) as index:
            entries = index.entries()
        for order in ("date", "title", "source", "path"):
            await pilot.press("S")  # `o` opens the article's URL since issue 12
            await settle(app, pilot)
            assert app.main.listing.sort == order
            assert [Path(p).stem for p in rows(app)] == list(names[order]), order
            assert rows(app) == [str(e.path) for e in sort_entries(entries, order)]
            assert app.main.article_list.highlighted_path == str(lib / "b.txt")
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        commands["Sort by title"].callback()
        await settle(app, pilot)
    assert ReaderState().sort_order == "title"  # remembered
    app = ReaderApp(library=lib)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        assert [Path(p).stem for p in rows(app)] == list(names["title"])


def write_search_library(root: Path) -> Path:
    root.mkdir(parents=True)
    texts = {
        "1.txt": "Budget talks stall\n\nThe council argued about the budget for hours.",
        "2.txt": "Ferry strike\n\nThe strike hit the ferry. Nobody mentioned the budget.",
        "3.txt": "Budsjettet for kommunen\n\nKommunebudsjettet ble vedtatt. Budsjett er "
        "viktig, og budsjettet ble debattert.",
        "4.txt": "Weather\n\nRain all week, no budget news at all, budget budget.",
        "5.txt": "Sports\n\nThe team won again.",
    }
    for name, text in texts.items():
        (root / name).write_text(text + "\n", encoding="utf-8")
    return root


async def test_search_uses_the_index_ranking_and_highlights(tmp_path: Path) -> None:
    lib = write_search_library(tmp_path / "s")
    app = ReaderApp(library=lib)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        screen = app.main
        with LibraryIndex(lib) as index:
            for query, hits in (("budget", 3), ("budsjett", 1)):
                expected = [str(e.path) for e, _ in search_index(index, query, limit=200)]
                await pilot.press("slash", *query)
                await settle(app, pilot)
                assert len(expected) == hits
                assert rows(app) == expected, query  # the same order as the index
                # the best hit is open and its matches are highlighted
                assert screen.shown_path == expected[0]
                text = screen.analysis.text
                spans = [(s.start, s.end) for s in match_spans(text, query)]
                assert spans and screen.article_view.matches == spans
                style = screen.article_view.get_component_rich_style("article--match", partial=True)
                drawn = [
                    (s.start, s.end) for s in screen.article_view.rendered.spans if s.style == style
                ]
                assert drawn == spans
                assert screen.article_view.rendered.plain == text  # still the whole text
                await pilot.press("escape")
                await settle(app, pilot)
                assert len(rows(app)) == 5  # the whole library again
                assert screen.article_view.matches == []
                assert screen.shown_path == expected[0]  # the cursor stayed
        # compounds: "budsjett" found "Kommunebudsjettet" in 3.txt
        assert "3.txt" in expected[0]


async def test_watcher_adds_and_drops_files(make_app: MakeApp, app_library: Path) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        screen = app.main
        new = app_library / "f-new.txt"
        new.write_text(
            "Fresh article arrives\n\nIt was written while the reader ran, said Ola Nordmann.\n",
            encoding="utf-8",
        )
        screen.poll_now()
        await settle(app, pilot)
        assert str(new) in rows(app)
        assert screen.entries[str(new)].language == "en"
        (app_library / "b-no-ferje.txt").unlink()
        screen.poll_now()
        await settle(app, pilot)
        assert str(app_library / "b-no-ferje.txt") not in rows(app)
        assert len(rows(app)) == 5
        # the open article is removed: its pane says so, the app does not jump away
        open_path = app_library / "a-en-tunnel.txt"
        assert screen.current_path == str(open_path)
        open_path.unlink()
        screen.poll_now()
        await settle(app, pilot)
        assert str(open_path) not in rows(app)
        assert "removed from the library" in screen.article_view.rendered.plain
        assert screen.analysis is None
        await pilot.press("j")  # the list still works
        await settle(app, pilot)
        assert screen.analysis is not None


async def test_watcher_runs_on_its_own(
    make_app: MakeApp, app_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_module, "POLL_SECONDS", 0.1)
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        new = app_library / "g-timer.txt"
        new.write_text("Timer article\n\nA poll found this one by itself.\n", encoding="utf-8")
        for _ in range(50):
            await pilot.pause(0.1)
            if str(new) in rows(app):
                break
        assert str(new) in rows(app)


async def test_analysis_is_cached_on_disk_across_restarts(
    make_app: MakeApp, app_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = analyses_module.analyse

    def counting(article, options):  # type: ignore[no-untyped-def]
        calls.append(article.path)
        return real(article, options)

    monkeypatch.setattr(analyses_module, "analyse", counting)
    first = str(app_library / "a-en-tunnel.txt")
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        shown = app.main.analysis
        await pilot.press("j")
        await settle(app, pilot)
        await pilot.press("k")
        await pilot.pause()
        assert app.main.analysis is shown  # memory cache: at once, same object
        await settle(app, pilot)
        assert app.main.analysis is shown  # and no late worker replaced it
    assert calls.count(first) == 1
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        assert app.main.analysis is not None and app.main.analysis.path == first
        assert app.main.analysis.summary == shown.summary
    assert calls.count(first) == 1  # the second run read it from the index's disk cache
    # an edited file is analysed again
    (app_library / "a-en-tunnel.txt").write_text(
        "Edited title\n\nNew text here. It is short, said Kari.\n", encoding="utf-8"
    )
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        assert app.main.analysis.title == "Edited title"
    assert calls.count(first) == 2
