"""The command palette providers, tested directly (palette errors are only logged)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.command import DiscoveryHit, Hit
from textual.content import Content

from reader.analysis.summarise import METHODS
from reader.app.app import ReaderApp
from reader.app.commands import ArticleCommands
from tests.app.helpers import ready, settle

MakeApp = Callable[..., ReaderApp]


async def test_open_article_by_title(make_app: MakeApp, app_library: Path) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        provider = ArticleCommands(app.screen)
        await provider.startup()
        hits = [h async for h in provider.search("ferjestreik")]
        assert hits and all(isinstance(h, Hit) for h in hits)
        best = max(hits, key=lambda h: h.score)
        assert best.text == "Open: Ferjestreik stenger 17 samband"
        best.command()
        await settle(app, pilot)
        target = str(app_library / "b-no-ferje.txt")
        assert app.main.analysis is not None and app.main.analysis.path == target
        assert app.main.article_list.highlighted == 1
        assert app.focused is app.main.article_view
        # the binary file (an error row) is not offered
        assert not [h async for h in provider.search("binary")]
        discovered = [h async for h in provider.discover()]
        assert discovered and all(isinstance(h, DiscoveryHit) for h in discovered)


async def test_markup_titles_are_shown_literally(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        provider = ArticleCommands(app.screen)
        await provider.startup()
        hits = [h async for h in provider.search("breaking")]
        assert hits
        prompt = hits[0].prompt
        assert isinstance(prompt, Content)
        assert prompt.plain == "Open: [bold]Breaking[/bold] news about [red]markup[/red]"
        # what the palette does with the help text: parse it as markup -> must round-trip
        assert hits[0].help is not None
        assert Content.from_markup(hits[0].help).plain.endswith("d-markup.txt")


async def test_system_commands_cover_the_contract(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        for title in (
            "Copy summary",
            "Toggle highlights",
            "Toggle summary marks",
            "Toggle facts",
            "Summary length: 1 sentence",
            "Summary length: default",
        ):
            assert title in commands, title
        for method in METHODS:
            assert f"Summary method: {method}" in commands
        assert "Theme" in commands  # Textual's own commands are kept
        commands["Summary length: 2 sentences"].callback()
        await settle(app, pilot)
        assert len(app.main.analysis.summary.sentences) == 2
        commands["Copy summary"].callback()
        await settle(app, pilot)
        assert app.clipboard == "\n".join(app.main.analysis.summary.lines())
        assert app.clipboard.count("\n") == 1
        commands["Toggle highlights"].callback()
        assert app.main.highlights is False
