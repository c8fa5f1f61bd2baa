"""ReaderApp: the Textual app. Thin: stylesheet, commands, app keys, one MainScreen.

All state and workers live in `MainScreen`; the app holds what outlives a screen
(the library root, the options, the analysis cache and the `ReaderState`:
read/bookmark/position/sort, in the platform state folder).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.screen import Screen

from reader.analysis.summarise import METHODS
from reader.app.commands import ArticleCommands
from reader.app.keys import APP_BINDINGS
from reader.app.screens.help import HelpScreen, builtin_bindings
from reader.app.screens.main import MainScreen
from reader.app.styles import stylesheet
from reader.library import faults
from reader.library.analyses import AnalysisCache
from reader.library.state import SORT_ORDERS, ReaderState
from reader.model import Options

LENGTHS = (1, 2, 3, 5, 7, 10)
FAULT_POLL_SECONDS = 1.0  # how often faults worked around in workers become notifications
# Ending signals that must still restore the terminal (alternate screen, mouse
# tracking, cursor) and save the state: handled like `q`.
QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class ReaderApp(App[None]):
    """A three-pane reader: library list, article text, summary/facts."""

    CSS_PATH = stylesheet()
    COMMANDS = App.COMMANDS | {ArticleCommands}
    BINDINGS: ClassVar[list[BindingType]] = list(APP_BINDINGS)
    TITLE = "reader"

    def __init__(
        self,
        library: Path | str | None = None,
        *,
        options: Options | None = None,
        state: ReaderState | None = None,
    ) -> None:
        super().__init__()
        if library is None:
            from reader.library.locations import resolve_library

            library = resolve_library(None)
        self.library = Path(library)
        self.options = options or Options()
        self.cache = AnalysisCache()
        # saved by the screen (a worker after each change, and at once on quit)
        self.state = state if state is not None else ReaderState(autosave=False)
        self._signalled = False

    def on_mount(self) -> None:
        if self._signalled:  # a signal came while the app was starting
            self._quit_on_signal()
        self.report_faults()
        self.set_interval(FAULT_POLL_SECONDS, self.report_faults)

    @contextlib.contextmanager
    def quit_on_signals(self) -> Iterator[None]:
        """While inside, SIGTERM/SIGHUP quit the app as `q` does (state saved, terminal
        restored) instead of killing it with the terminal left in application mode.

        Installed before `run()` starts (a handler installed on mount would leave a
        window in which the terminal is already switched and a signal still kills),
        and removed after. Only from the main thread, where signals are delivered.
        """
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {signum: signal.signal(signum, self._on_signal) for signum in QUIT_SIGNALS}
        try:
            yield
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _on_signal(self, signum: int, frame: object) -> None:
        self._signalled = True
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # not running yet: on_mount sees the flag
        loop.call_soon_threadsafe(self._quit_on_signal)

    def _quit_on_signal(self) -> None:
        """SIGTERM/SIGHUP: quit as `q` does (state saved, terminal restored)."""
        self.call_next(self.action_quit)

    def report_faults(self) -> None:
        """Each fault the library worked around (cache fallback, a stalled indexer, a
        damaged state file) becomes one notification; see `reader.library.faults`."""
        for sentence in faults.drain():
            self.notify(sentence, title="reader", severity="warning", markup=False, timeout=10)

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(self.library, self.options, self.cache, self.state)

    @property
    def main(self) -> MainScreen:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("no main screen")

    # -- actions and palette ----------------------------------------------------------

    async def action_quit(self) -> None:
        """Save the state (incl. the position in the open article), then quit."""
        try:
            main = self.main
        except LookupError:
            pass
        else:
            main.save_now()
        self.exit()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            active = [a.binding for a in self.screen.active_bindings.values()]
            self.push_screen(HelpScreen(builtin_bindings(active)))

    def open_article(self, path: str) -> None:
        self.main.open_article(path, focus_text=True)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        main = self.main
        yield SystemCommand(
            "Copy summary", "Copy the summary to the clipboard", main.action_copy_summary
        )
        yield SystemCommand(
            "Refresh feeds",
            "Fetch every subscribed feed and store its new items (r)",
            main.action_refresh_feeds,
        )
        yield SystemCommand(
            "Mark all read",
            "Mark every article in the current view read (A)",
            main.action_mark_all_read,
        )
        for name, unread, total in main.feed_groups():
            yield SystemCommand(
                f"Feed: {name} ({unread} unread of {total})",
                f"Show only the articles of feeds/{name}/ (esc shows all)",
                partial(main.show_feed, name),
            )
        yield SystemCommand(
            "Toggle highlights",
            "Show or hide figure and source highlighting",
            main.action_toggle_highlights,
        )
        yield SystemCommand(
            "Toggle summary marks", "Mark summary sentences in the text", main.action_toggle_marks
        )
        yield SystemCommand(
            "Toggle facts",
            "Switch the side pane between summary and facts",
            main.action_toggle_facts,
        )
        yield SystemCommand(
            "Toggle bookmark",
            "Bookmark the highlighted article (on/off)",
            main.action_toggle_bookmark,
        )
        yield SystemCommand(
            "Show only bookmarked",
            "Filter the list to bookmarked articles (run again for all)",
            main.action_toggle_bookmark_filter,
        )
        yield SystemCommand(
            "Group by folder/feed" if not main.listing.grouped else "Show the list flat",
            "A header per folder and feed with its unread count (v; run again: flat)",
            main.action_toggle_groups,
        )
        for order in SORT_ORDERS:
            yield SystemCommand(
                f"Sort by {order}",
                f"Sort the library list by {order}",
                partial(main.set_sort, order),
                discover=False,
            )
        yield SystemCommand(
            "Next summary method",
            "Use the next summary method",
            main.action_next_method,
            discover=False,
        )
        yield SystemCommand(
            "Summary method: default",
            "The measured default for the language",
            partial(main.set_method, None),
            discover=False,
        )
        for method in METHODS:
            yield SystemCommand(
                f"Summary method: {method}",
                f"Summarise with {method}",
                partial(main.set_method, method),
                discover=False,
            )
        yield SystemCommand(
            "Summary length: default",
            "Chosen from the article's length",
            partial(main.set_length, None),
            discover=False,
        )
        for n in LENGTHS:
            yield SystemCommand(
                f"Summary length: {n} sentence{'s' if n > 1 else ''}",
                f"Summaries of {n} sentence{'s' if n > 1 else ''}",
                partial(main.set_length, n),
                discover=False,
            )
