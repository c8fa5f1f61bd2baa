"""Command palette: open an article by title, plus the app's summary commands.

Titles are data: hits are displayed as `Content(title)` with the fuzzy-match
positions stylised, never through `Matcher.highlight` (which parses markup).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.model import Entry

if TYPE_CHECKING:
    from reader.app.screens.main import MainScreen


def highlighted(title: str, offsets: Sequence[int], style: str) -> Content:
    content = Content(title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(style, offset, offset + 1)
    return content


class ArticleCommands(Provider):
    """ "Open: <title>" for every article the screen has already listed (no disk I/O)."""

    def _main(self) -> MainScreen | None:
        from reader.app.screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _entries(self) -> list[Entry]:
        main = self._main()
        if main is None:
            return []
        return [e for e in main.listing.listed() if not e.error]

    async def startup(self) -> None:
        self.entries = self._entries()

    def _open(self, path: str) -> None:
        main = self._main()
        if main is not None:
            main.open_article(path, focus_text=True)

    def _hits(self, query: str) -> Iterator[Hit]:
        matcher = self.matcher(query)
        for entry in self.entries:
            title = " ".join(entry.title.split())
            candidate = f"Open: {title}"
            score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
            if score > 0:
                yield Hit(
                    score,
                    highlighted(candidate, offsets, "reverse"),
                    partial(self._open, str(entry.path)),
                    text=candidate,
                    help=Content(f"{entry.language} · {entry.words} words · {entry.path}").markup,
                )

    async def search(self, query: str) -> Hits:
        for hit in self._hits(query):
            yield hit

    async def discover(self) -> Hits:
        for entry in self.entries[:5]:
            title = " ".join(entry.title.split())
            yield DiscoveryHit(
                Content(f"Open: {title}"),
                partial(self._open, str(entry.path)),
                text=f"Open: {title}",
                help=Content(str(entry.path)).markup,
            )
