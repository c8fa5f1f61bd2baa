"""Workers: the scan fills the list incrementally, analysis never blocks the keys."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.message import Message

import reader.library.analyses as analyses_module
from reader.app.app import ReaderApp
from reader.app.messages import EntriesScanned
from tests.app.helpers import ready, settle

MakeApp = Callable[..., ReaderApp]


async def test_scan_posts_batches(make_app: MakeApp, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index refresh is posted batch by batch: rows first, languages filled in later."""
    import reader.library.store

    monkeypatch.setattr(reader.library.store, "FIRST_BATCH", 1)
    messages: list[Message] = []
    app = make_app()
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        await ready(app, pilot)
        batches = list({id(m): m for m in messages if isinstance(m, EntriesScanned)}.values())
        assert len(batches) >= 3  # first file, the other four, detected languages, done
        assert len(batches[0].entries) == 1 and batches[0].entries[0].pending
        assert batches[-1].done
        assert app.main.article_list.option_count == 5
        # every pending language was filled in by a later batch, and the rows show it
        assert all(e.language for e in app.main.entries.values())
        prompt = app.main.article_list.get_option_at_index(0).prompt
        assert prompt.plain.split("\n")[1].startswith("  en · ")  # the row's second line


async def test_keys_work_while_analysis_runs(
    make_app: MakeApp, app_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = analyses_module.analyse

    def slow(article, options):  # type: ignore[no-untyped-def]
        if article.path.endswith("c-long.txt"):
            release.wait(timeout=20)
        return real(article, options)

    monkeypatch.setattr(analyses_module, "analyse", slow)
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        screen = app.main
        await pilot.press("j", "j")
        await pilot.pause()
        assert screen.current_path == str(app_library / "c-long.txt")
        assert screen.side.loading  # the loading indicator shows while the worker runs
        await pilot.press("slash")  # the UI still answers
        assert app.focused is screen.search_input
        await pilot.press("escape")
        assert app.focused is screen.article_list
        release.set()
        await settle(app, pilot)
        assert not screen.side.loading
        assert screen.analysis is not None and screen.analysis.path.endswith("c-long.txt")


async def test_empty_library_shows_a_hint(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = ReaderApp(library=empty)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main
        assert screen.scan_done and screen.article_list.option_count == 0
        assert "No articles in" in screen.article_view.rendered.plain
        await pilot.press("j", "c", "n", "g", "space")  # nothing to act on: no crash
        await pilot.pause()
        assert app.return_code is None


async def test_walks_the_shared_fixture_library(library: Path) -> None:
    """Every fixture file (empty, binary, markup titles, …) opens or shows its error."""
    app = ReaderApp(library=library)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.main
        count = screen.article_list.option_count
        assert count >= 1
        for index in range(count):
            screen.article_list.highlighted = index
            await settle(app, pilot, rounds=3)
            path = screen.article_list.highlighted_path
            assert screen.current_path == path
            entry = screen.entries[path]
            if screen.analysis is not None and screen.analysis.path == path:
                assert screen.article_view.rendered.plain == screen.analysis.text
                assert not entry.error
            else:
                assert "✗" in screen.article_view.rendered.plain, path
        assert app.return_code is None
