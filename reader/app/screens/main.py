"""MainScreen: owns the workers and the state; widgets only render and post intents.

Flow: ArticleList.Highlighted -> open(path) -> analyse worker (thread) ->
ArticleAnalysed -> `analysis` reactive -> watcher hands it to the panes. Stale results
(the user moved on, or changed options) are dropped by comparing path and options.

The library comes from the on-disk index (`reader.library.store.LibraryIndex`): a thread
worker runs `refresh()` and posts its batches (upsert by path, drop `removed`), a
poll worker applies what `reader.library.watch.poll` finds every few seconds, `/` queries the
index's full-text search, and analyses are cached on disk by content hash + options.
Each worker opens its own `LibraryIndex` and closes it (SQLite: one connection per
thread). Read/bookmark/position/sort live in `ReaderState`, saved from a worker.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive, var
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Header, Input, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.analysis.summarise import METHODS
from reader.app.keys import MAIN_BINDINGS
from reader.app.messages import (
    AnalysisFailed,
    ArticleAnalysed,
    EntriesScanned,
    FeedFailed,
    FeedsProgress,
    FeedsRefreshed,
    LibraryChanged,
    MatchesFound,
    PollFinished,
    SearchFinished,
    StateSaved,
    SummaryCopied,
)
from reader.app.widgets.article_header import ArticleHeader
from reader.app.widgets.article_list import ArticleList, entry_prompt, group_prompt
from reader.app.widgets.article_view import ArticleView
from reader.app.widgets.summary_pane import SummaryPane
from reader.errors import ReaderError, one_line, printable
from reader.library.analyses import AnalysisCache, AnalysisService
from reader.library.listing import ArticleListModel
from reader.library.search import search as search_index
from reader.library.state import SORT_ORDERS, ReaderState
from reader.library.store import LibraryIndex
from reader.library.terms import match_spans, query_words
from reader.library.watch import poll
from reader.model import Analysis, Entry, Options

SCAN_YIELD_SECONDS = 2.0  # the longest the scan waits for a pending analysis
SCAN_BUSY_SECONDS = 0.05  # a batch that took longer than this to make yields to analysis
ANALYSE_DEBOUNCE_SECONDS = 0.05  # holding `j` cancels these before they cost anything
POLL_SECONDS = 2.0  # how often the library folder is checked for changes
SEARCH_LIMIT = 200  # hits shown for a search (best first)
MATCH_LIMIT = 5000  # search-match highlights per article (a 2 MB text could have 100k)
STATE_SAVE_DELAY = 0.2  # bursts of changes (walking with `j`) become one write
SORT_LABELS = {"path": "path", "date": "date (newest first)", "title": "title", "source": "source"}
NOTICE_SECONDS = 4.0  # how long an adjustment ("Summary length: 4 sentences.") stays
PANES = ("list", "text", "side")


class MainScreen(Screen[None]):
    """List | text | summary/facts, with a search box over the list."""

    BINDINGS: ClassVar[list[BindingType]] = list(MAIN_BINDINGS)
    AUTO_FOCUS = "#articles"
    # < 80 columns: one pane at a time; 80–119: list + text, summary below; 120+: three panes
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (Textual reads it from the class)
        (0, "-narrow"),
        (80, "-medium"),
        (120, "-wide"),
    ]

    analysis: reactive[Analysis | None] = reactive(None, bindings=True, always_update=True)
    search_open: var[bool] = var(False, bindings=True)
    feed_view: var[str | None] = var(None, bindings=True)  # a feeds/<name>/ folder shown alone
    highlights: var[bool] = var(True)
    marks: var[bool] = var(True)
    show_list: var[bool] = var(True)
    show_side: var[bool] = var(True)
    zoom: var[bool] = var(False)
    pane: var[str] = var("list")  # the pane shown when only one fits (narrow)
    side_note: var[str] = var("")  # what the side pane says while there is no analysis

    def __init__(
        self,
        library: Path,
        options: Options,
        cache: AnalysisCache | None = None,
        state: ReaderState | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.options = options
        self.state = state if state is not None else ReaderState(autosave=False)
        self.analyses = AnalysisService(library, cache)
        self.listing = ArticleListModel(
            self.state,
            sort=self.state.sort_order,
            bookmarks_only=bool(self.state.get_pref("bookmarks_only", False)),
            grouped=bool(self.state.get_pref("grouped", False)),
            root=library,
        )
        self.shown_articles = 0  # article rows in the list (group headers aside)
        self.shown_groups = 0  # group header rows in the list
        self.current_path: str | None = None
        self.shown_path: str | None = None  # whose text the article pane shows
        self.search_query = ""  # the query the list and the matches are for
        self.matches: list[tuple[int, int]] = []
        self.scan_done = False
        self.fact_index: int | None = None  # position in `facts` for n/N
        self._options: dict[str, Option] = {}  # list rows by path, reused across refills
        self._sync_pending = False
        self._quiet_path: str | None = None  # a row the cursor landed on by itself
        self._polling = False
        # Set while no analysis is pending: the scan waits on it, so the article the
        # user is looking at gets the CPU first (threads share the GIL).
        self.analysis_idle = threading.Event()
        self.analysis_idle.set()
        self.first_rows_shown = threading.Event()  # the scan waits for the first paint
        self.copy_pending = False  # `c` before the summary was ready: copy it when it is
        self.notice = ""  # the last adjustment, shown in the status line for a moment
        self.feeds_progress = ""  # "Refreshing 3/12 feeds · 27 new" while a refresh runs
        self._notice_timer: Timer | None = None

    # -- layout ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield Static(id="list-title", markup=False)
                yield Input(placeholder="Search the library…", id="search")
                yield Static(id="list-empty", markup=False)
                yield ArticleList(id="articles")
            with Container(id="reading"):
                with Vertical(id="article-pane"):
                    yield ArticleHeader(id="article-header").data_bind(MainScreen.analysis)
                    yield Static(id="legend", markup=False)
                    yield ArticleView(id="article").data_bind(
                        MainScreen.highlights, MainScreen.marks
                    )
                yield SummaryPane(id="side").data_bind(
                    MainScreen.analysis, note=MainScreen.side_note
                )
        yield Static(id="status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.article_list.loading = True
        self.set_class(True, "-pane-list")
        self.query_one("#legend", Static).update(self._legend())
        self._update_status()
        self.article_list.focus()
        self.scan_library()
        self.set_interval(POLL_SECONDS, self.poll_now, name="poll library")

    def on_unmount(self) -> None:
        # reads and bookmarks are saved by a worker a moment after each change; make
        # sure the last ones reach the disk even when the app exits right away
        self.save_now(position=False)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def side(self) -> SummaryPane:
        return self.query_one("#side", SummaryPane)

    @property
    def search_input(self) -> Input:
        return self.query_one("#search", Input)

    def _legend(self) -> Content:
        """What each style means (and how many search matches there are)."""
        analysis = self.analysis
        parts: list[str | tuple[str, str]] = []
        if self.highlights:
            parts += [
                ("figure", "bold $text-warning"),
                " ",
                ("source", "bold $text-success"),
                " ",
                ("cue", "italic $text-success"),
                " ",
            ]
        if self.marks:
            parts += [("summary", "underline"), " "]
        parts.append(("boilerplate", "italic $text-disabled"))
        if self.matches:
            n = len(self.matches)
            parts.append(
                (
                    f"   {n}{'+' if n >= MATCH_LIMIT else ''} match{'es' if n != 1 else ''}",
                    "bold $text-accent",
                )
            )
        if analysis is not None and analysis.notice:
            parts.append((f"\n⚠ {analysis.notice}", "$text-warning"))
        return Content.assemble(*parts)

    def _update_legend(self) -> None:
        self.query_one("#legend", Static).update(self._legend())

    # -- state (read, bookmarks, positions, sort) --------------------------------------

    @property
    def entries(self) -> dict[str, Entry]:
        """Every listed entry by path (the list model owns them)."""
        return self.listing.entries

    def _digest(self, path: str) -> str | None:
        return self.listing.digest(path)

    def _mark_read(self, path: str) -> None:
        if path in self.entries and not self.listing.is_read(path):
            self.state.set_read(path, True, self._digest(path))
            self._prompt_changed(path)
            self.save_state()

    def _remember_position(self) -> None:
        """Store how far the shown article is scrolled (restored when it is reopened)."""
        path = self.shown_path
        if path is None or path not in self.entries or not self.is_mounted:
            return
        y = int(self.article_view.scroll_y)
        if y != self.state.position(path, self._digest(path)):
            self.state.set_position(path, y, self._digest(path))
            self.save_state()

    def save_now(self, *, position: bool = True) -> None:
        """Write the state file at once (on quit): the worker may not get to run."""
        if position:
            self._remember_position()
        try:
            self.state.save()
        except OSError as exc:
            self.log.warning(f"could not save the reader state: {exc}")

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="state",
        description="save reader state",
    )
    def save_state(self) -> None:
        """Save a moment later, so a burst of changes is one write (atomic, fsync)."""
        worker = get_current_worker()
        time.sleep(STATE_SAVE_DELAY)
        if worker.is_cancelled:
            return
        try:
            self.state.save()
        except OSError as exc:
            self.post_message(StateSaved(one_line(str(exc))))

    @on(StateSaved)
    def _state_saved(self, message: StateSaved) -> None:
        if message.error:
            self.app.notify(
                f"Could not save the read and bookmark state: {message.error.rstrip('.')}.",
                severity="warning",
                markup=False,
            )

    # -- the list: entries -> rows --------------------------------------------------

    def _option(self, path: str) -> Option:
        header = self.listing.header(path)
        if header is not None:  # a group header: made afresh (its counts change)
            return ArticleList.header_option(header)
        option = self._options.get(path)
        if option is None:
            option = ArticleList.option(
                self.entries[path],
                read=self.listing.is_read(path),
                bookmarked=self.listing.is_bookmarked(path),
            )
            self._options[path] = option
        return option

    def _prompt_changed(self, path: str) -> None:
        self.listing.prompt_changed(path)
        self._request_sync()

    def _request_sync(self) -> None:
        """Refresh the list after the next screen refresh (queued batches coalesce).

        After the refresh, not before: the first rows are painted before 10,000 more
        are sorted and added.
        """
        if not self._sync_pending:
            self._sync_pending = True
            self.call_after_refresh(self.sync_list)

    def sync_list(self, *, to_top: bool = False) -> None:
        """Make the list show what the list model says, keeping the cursor on the same article.

        The model decides (append when the rows on screen are a prefix of the new ones,
        as in a scan in library order, else refill); this only applies it, reusing
        Option objects. `to_top`: when the article under the cursor is not in the new
        list, go to the first row (a new search) instead of staying near the old position.
        """
        self._sync_pending = False
        lst = self.article_list
        update = self.listing.update([o.id or "" for o in lst.options])
        for path in update.prompts:
            header = self.listing.header(path)
            if header is not None:
                index = self._list_index(path)
                if index is not None:
                    lst.replace_option_prompt_at_index(index, group_prompt(header))
                continue
            option = self._options.get(path)
            index = self._list_index(path) if option is not None else None
            if option is None or index is None or path not in self.entries:
                self._options.pop(path, None)  # rebuilt when it is shown again
                continue
            lst.replace_option_prompt_at_index(
                index,
                entry_prompt(
                    self.entries[path],
                    read=self.listing.is_read(path),
                    bookmarked=self.listing.is_bookmarked(path),
                ),
            )
        want = update.rows
        self.shown_articles = len(update.visible)
        self.shown_groups = len(update.headers)
        keep = lst.highlighted_path
        old_index = lst.highlighted
        if update.append is not None:
            if update.append:
                lst.add_options([self._option(p) for p in update.append])
        else:
            offset = (old_index - int(lst.scroll_y)) if old_index is not None else 0
            lst.set_options([self._option(p) for p in want])
            if want:
                index = self._list_index(keep) if keep is not None else None
                if index is None:
                    index = 0 if to_top or old_index is None else min(old_index, len(want) - 1)
                    index = self._article_row_near(want, index)
                    if keep is not None and keep == self.current_path and keep not in self.entries:
                        self._quiet_path = want[index]  # the open file was removed
                lst.highlighted = index
                lst.scroll_to(y=max(0, index - offset), animate=False, immediate=True)
        if lst.highlighted is None and lst.option_count:
            # e.g. a search that found nothing was closed: back to the open article
            index = self._list_index(self.current_path)
            lst.highlighted = index if index is not None else self._article_row_near(want, 0)
        self._list_changed()

    def _article_row_near(self, rows: list[str], index: int) -> int:
        """`index`, or the nearest article row after (else before) it: not a group header."""
        order: list[int] = list(range(index, len(rows))) + list(range(index - 1, -1, -1))
        for i in order:
            if self.listing.header(rows[i]) is None:
                return i
        return index

    def _list_changed(self) -> None:
        """The list title says what is shown; an empty list says why and the way back."""
        shown = self.shown_articles
        total = len(self.entries)
        if self.search_query:
            title = f"Search · {shown} of {total}"
        elif self.feed_view is not None:
            title = f"Feed {one_line(self.feed_view)} · {shown} of {total}"
        elif self.listing.bookmarks_only:
            title = f"Bookmarked · {shown} of {total}"
        else:
            title = f"Library · {total}"
        if self.listing.grouped:
            groups = self.shown_groups
            title += f" · {groups} group{'s' if groups != 1 else ''}"
        self.query_one("#list-title", Static).update(Content(title))
        reason = self.empty_reason() if not shown and self.scan_done else ""
        empty = self.query_one("#list-empty", Static)
        empty.update(Content(reason))
        empty.display = bool(reason)
        if reason and self.current_path is None:
            self.article_view.show(None, message=reason)
        self._update_status()

    def empty_reason(self) -> str:
        """Why the list shows nothing, as a sentence with the way back ("" if not empty)."""
        if self.article_list.option_count:
            return ""
        if not self.entries:
            return f"No articles in {printable(str(self.library))} yet."
        if self.search_query:
            return f"No articles match “{one_line(self.search_query)}” — esc clears the search."
        if self.feed_view is not None:
            return "No articles from this feed — esc shows all."
        if self.listing.bookmarks_only:
            return "No bookmarked articles — F shows all."
        return ""

    def _list_index(self, path: str | None) -> int | None:
        if path is None:
            return None
        try:
            return self.article_list.get_option_index(path)
        except Exception:  # OptionDoesNotExist: not in the list (filtered or gone)
            return None

    def _entries_gone(self, removed: list[str]) -> None:
        for path in self.listing.remove(removed):
            self._options.pop(path, None)
            self.analyses.forget(path)
            if path == self.current_path:
                # the text pane says what happened until the user moves on (the cursor
                # stays near, and the row it lands on does not open by itself)
                self._show_error(
                    path,
                    "This file was removed from the library (moved, renamed or deleted).",
                    title="Removed:",
                )

    # -- library scan ---------------------------------------------------------------

    @work(
        thread=True, exclusive=True, exit_on_error=False, group="scan", description="scan library"
    )
    def scan_library(self) -> None:
        """Bring the index up to date and post its batches, so the list fills as it goes.

        A warm start posts every cached row in the first batches (one SELECT), then
        what changed on disk; a cold start the first 50 files at once. Pending
        languages come again later, filled in.
        """
        worker = get_current_worker()
        with LibraryIndex(self.library) as index:
            batches = index.refresh()
            first = True
            while True:
                started = time.monotonic()
                batch = next(batches, None)
                if batch is None or worker.is_cancelled:
                    break
                busy = time.monotonic() - started > SCAN_BUSY_SECONDS
                self.post_message(
                    EntriesScanned(
                        self.library, list(batch), removed=[str(p) for p in batch.removed]
                    )
                )
                # batches that read files (cold, changed) hold the GIL for a while: then
                # the article the user is looking at gets the CPU first. Cached rows
                # come in milliseconds, so a warm start lists everything at once.
                if first:
                    # let the event loop paint the first rows before we make the rest
                    # (building 10,000 rows here would hold the GIL meanwhile)
                    self.first_rows_shown.wait(timeout=SCAN_YIELD_SECONDS)
                elif busy:
                    self.analysis_idle.wait(timeout=SCAN_YIELD_SECONDS)
                first = False
            if worker.is_cancelled:
                return
        if not worker.is_cancelled:
            self.post_message(EntriesScanned(self.library, [], done=True))

    @on(EntriesScanned)
    def _entries_scanned(self, message: EntriesScanned) -> None:
        if message.root != self.library:
            return
        self._apply_changes(message.entries, message.removed)
        if message.done:
            self.scan_done = True
            self.article_list.loading = False
            self.first_rows_shown.set()
            self._list_changed()
            if not self.entries:
                self.article_view.show(
                    None,
                    message=(
                        f"No articles in {printable(str(self.library))}.\n\nAdd .txt or .md "
                        "files to that folder, or run `reader add FILE`."
                    ),
                )
                self.side_note = "No article."
            if self.search_query:  # the index is complete now: search again
                self.search_library(self.search_query)
        elif message.entries:
            self.article_list.loading = False

    def _apply_changes(self, entries: list[Entry], removed: list[str]) -> None:
        changed = self.listing.upsert(entries)
        self._entries_gone(removed)
        if self.current_path in changed:
            self.analyses.forget(self.current_path)
            self.reanalyse()
        if not self.article_list.option_count and self.entries:
            self.sync_list()  # the first rows: on screen at once (later batches coalesce)
            self.call_after_refresh(self.first_rows_shown.set)
        elif self.listing.dirty:
            self._request_sync()

    # -- live library ---------------------------------------------------------------

    def poll_now(self) -> None:
        """Check the folder for added, changed and removed articles (every POLL_SECONDS)."""
        if not self.scan_done or self._polling:
            return
        self._polling = True
        self.poll_library()

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="poll",
        description="poll library folder",
    )
    def poll_library(self) -> None:
        """One scandir + stat walk; only changed files are read (`LibraryIndex.apply`)."""
        try:
            with LibraryIndex(self.library) as index:
                changes = poll(self.library, index.known())
                if changes:
                    upserts, removed = index.apply(changes)
                    self.post_message(
                        LibraryChanged(self.library, upserts, [str(p) for p in removed])
                    )
        finally:
            self.post_message(PollFinished(self.library))

    @on(LibraryChanged)
    def _library_changed(self, message: LibraryChanged) -> None:
        if message.root == self.library:
            self._apply_changes(message.entries, message.removed)

    @on(PollFinished)
    def _poll_finished(self, message: PollFinished) -> None:
        self._polling = False

    # -- feeds ----------------------------------------------------------------------

    def action_refresh_feeds(self) -> None:
        """`r`: refresh every subscribed feed in a worker (`r` again meanwhile: no-op)."""
        if self.feeds_progress:
            self.app.notify("The feeds are being refreshed already.", markup=False)
            return
        self.feeds_progress = "Refreshing feeds…"
        self._update_status()
        self.refresh_feeds()

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="feeds",
        description="refresh feeds",
    )
    def refresh_feeds(self) -> None:
        """Fetch feeds (library.feeds), then index what each stored so it shows at once."""
        from reader.library.feeds import subscriptions
        from reader.library.feeds.refresh import refresh_feeds
        from reader.library.files import rel_key
        from reader.library.watch import Changes

        worker = get_current_worker()
        total = done = new = failed = 0
        titles: dict[str, str] = {}
        try:
            feeds = subscriptions.load().feeds
            total = len(feeds)
            self.post_message(FeedsProgress(0, total, 0))
            with LibraryIndex(self.library) as index:
                for result in refresh_feeds(
                    feeds, self.library, ordered=False, cancelled=lambda: worker.is_cancelled
                ):
                    done += 1
                    if result.title:
                        titles[result.feed.url] = result.title
                    if result.error:
                        failed += 1
                        self.post_message(FeedFailed(result.feed.name, result.error))
                    if result.new and not worker.is_cancelled:
                        new += len(result.new)
                        rels = []
                        for path in result.new:
                            try:
                                rels.append(rel_key(path.relative_to(self.library).as_posix()))
                            except ValueError:
                                continue
                        upserts, removed = index.apply(Changes(added=tuple(rels)))
                        self.post_message(
                            LibraryChanged(self.library, upserts, [str(p) for p in removed])
                        )
                    self.post_message(FeedsProgress(done, total, new))
            subscriptions.remember_titles(titles)  # as `reader refresh` does, for `feed list`
        except ReaderError as exc:  # the subscription list or the index is unusable
            failed += 1
            self.post_message(FeedFailed("refresh", str(exc)))
        except Exception as exc:  # a bug: a sentence, and the status line is freed
            failed += 1
            self.post_message(FeedFailed("refresh", f"internal error ({exc!r})"))
        finally:
            self.post_message(FeedsRefreshed(total, new, failed))

    @on(FeedsProgress)
    def _feeds_progress(self, message: FeedsProgress) -> None:
        self.feeds_progress = f"Refreshing {message.done}/{message.total} feeds · {message.new} new"
        self._update_status()

    @on(FeedFailed)
    def _feed_failed(self, message: FeedFailed) -> None:
        self.app.notify(
            one_line(message.error),
            title=f"Feed {one_line(message.name)}",
            severity="error",
            markup=False,
        )

    @on(FeedsRefreshed)
    def _feeds_refreshed(self, message: FeedsRefreshed) -> None:
        self.feeds_progress = ""
        if message.total == 0 and not message.failed:
            self.adjusted("No feeds yet: subscribe with `reader feed add URL`.")
            return
        failed = f", {message.failed} failed" if message.failed else ""
        self.adjusted(f"Refreshed {message.total} feeds · {message.new} new{failed}.")

    def _feed_prefix(self) -> str:
        return str(self.library / "feeds") + os.sep

    def feed_groups(self) -> list[tuple[str, int, int]]:
        """(feed folder, unread, articles) for each `feeds/<name>/` folder listed, by name."""
        prefix = self._feed_prefix()
        counts: dict[str, list[int]] = {}
        for path, entry in self.entries.items():
            if entry.error or not path.startswith(prefix):
                continue
            name, sep, _ = path[len(prefix) :].partition(os.sep)
            if not sep:
                continue
            count = counts.setdefault(name, [0, 0])
            count[1] += 1
            if not self.listing.is_read(path):
                count[0] += 1
        return [(name, c[0], c[1]) for name, c in sorted(counts.items())]

    def show_feed(self, name: str | None) -> None:
        """Show only the articles of one feed folder (None: all); esc shows all again."""
        if self.search_open or self.search_query:
            self.action_close_search()
        self.feed_view = name
        if name is None:
            self._apply_filter(None)
            self._list_changed()
            self.adjusted("All articles are shown.")
            return
        prefix = f"{self._feed_prefix()}{name}{os.sep}"
        paths = [str(e.path) for e in self.listing.listed() if str(e.path).startswith(prefix)]
        self.listing.set_filter(paths)
        self.sync_list(to_top=True)
        unread = sum(not self.listing.is_read(p) for p in paths)
        self.adjusted(f"Feed {name}: {len(paths)} articles, {unread} unread; esc shows all.")

    def action_mark_all_read(self) -> None:
        """`A`: every article in the current view (search, bookmark filter) read."""
        paths = [o.id for o in self.article_list.options if o.id]  # the rows shown
        changed = 0
        for path in paths:
            if path in self.entries and not self.listing.is_read(path):
                self.state.set_read(path, True, self._digest(path))
                self.listing.prompt_changed(path)
                changed += 1
        if changed:
            self._request_sync()
            self.save_state()
        self.adjusted(f"Marked {changed} articles read.")

    # -- opening and analysing ------------------------------------------------------

    @on(ArticleList.Highlighted)
    def _article_highlighted(self, message: ArticleList.Highlighted) -> None:
        if message.path != self.article_list.highlighted_path:
            return  # stale: the cursor has moved on since this was posted
        quiet, self._quiet_path = self._quiet_path, None
        if message.path == quiet:
            return  # the list moved because the open file was removed: keep the notice
        self.open_article(message.path, focus_text=False)

    @on(ArticleList.Opened)
    def _article_opened(self, message: ArticleList.Opened) -> None:
        self._quiet_path = None
        self.open_article(message.path, focus_text=True)

    def open_article(self, path: str, *, focus_text: bool = False) -> None:
        """Show `path` (from the cache at once if we have it) and analyse it in a worker."""
        entry = self.entries.get(path)
        if self.current_path != path:
            self._remember_position()
            self.current_path = path
            cached = self.analyses.cached(path, self.options)
            if cached is not None:
                self.analysis = cached
            elif entry is not None and entry.error:
                self._show_error(path, entry.error)
            else:
                self._set_loading(True)
            self.analyse_article(path, self.options)
        if entry is not None and self.article_list.highlighted_path != path:
            index = self._list_index(path)
            if index is not None:
                self.article_list.highlighted = index
        if focus_text:
            self.show_pane("text")

    def reanalyse(self) -> None:
        """Options changed: show the cached result or recompute the current article."""
        if self.current_path is None:
            return
        cached = self.analyses.cached(self.current_path, self.options)
        if cached is not None:
            self.analysis = cached
        else:
            self._set_loading(True)
        self.analyse_article(self.current_path, self.options)

    def _set_loading(self, loading: bool) -> None:
        if loading:
            self.analysis_idle.clear()
        else:
            self.analysis_idle.set()
        self.side.loading = loading
        self.article_view.loading = loading and self.analysis is None

    def _relative(self, path: str) -> str:
        try:
            return printable(str(Path(path).relative_to(self.library)))
        except ValueError:
            return printable(path)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="analyse",
        description="analyse article",
    )
    def analyse_article(self, path: str, options: Options) -> None:
        """One call into the analysis service (memory, disk cache or pipeline); posts the result.

        Never touches widgets. A thread can't be stopped, so it starts a moment late
        (holding `j` cancels these before they cost anything) and checks for
        cancellation before the expensive step and before posting.
        """
        worker = get_current_worker()
        time.sleep(ANALYSE_DEBOUNCE_SECONDS)
        if worker.is_cancelled:
            return
        try:
            done = self.analyses.analyse(path, options, cancelled=lambda: worker.is_cancelled)
        except ReaderError as exc:
            if not worker.is_cancelled:
                self.post_message(AnalysisFailed(path, options, str(exc)))
            return
        if done is not None and not worker.is_cancelled:
            self.post_message(ArticleAnalysed(done))

    @on(ArticleAnalysed)
    def _article_analysed(self, message: ArticleAnalysed) -> None:
        done = message.done
        self.analyses.remember(done)
        if done.path != self.current_path or done.options != self.options:
            return  # stale: the user moved on
        self._set_loading(False)
        if self.analysis is not done.analysis:
            self.analysis = done.analysis

    @on(AnalysisFailed)
    def _analysis_failed(self, message: AnalysisFailed) -> None:
        if message.path != self.current_path or message.options != self.options:
            return
        self._set_loading(False)
        self._show_error(message.path, message.error)
        error = one_line(message.error.replace(message.path, self._relative(message.path)))
        self.app.notify(error, title="Cannot open article", severity="error", markup=False)

    def _show_error(self, path: str, error: str, *, title: str = "✗") -> None:
        self._remember_position()
        self.side_note = "No summary for this file."
        self.analysis = None
        self._set_loading(False)
        reason = one_line(error.replace(path, self._relative(path)))
        self.article_view.show(None, message=f"{title} {self._relative(path)}\n\n{reason}")
        self.app.sub_title = printable(Path(path).name)

    def watch_analysis(self, analysis: Analysis | None) -> None:
        self.fact_index = None
        if analysis is None:
            self.shown_path = None
            self._set_matches([])
            self._update_legend()
            return
        path = self.current_path
        same = path is not None and path == self.shown_path
        if same:
            y: float = self.article_view.scroll_y  # options changed: stay where we are
        else:
            y = self.state.position(path, self._digest(path)) if path else 0
            self.matches = []
        self.shown_path = path
        self.article_view.show(analysis, scroll_y=y)
        if self.copy_pending and analysis.summary.sentences:
            self.copy_pending = False
            self._copy(analysis, late=True)
        self.app.sub_title = " ".join(analysis.title.split())
        self._update_legend()
        if path is not None:
            self._mark_read(path)
            if self.search_query and not same:
                self.find_matches(path, analysis.text, self.search_query)

    # -- layout: panes, sizes, status -------------------------------------------------

    def _pane_of(self, widget: object) -> str | None:
        node = widget
        while node is not None and node is not self:
            node_id = getattr(node, "id", None)
            if node_id == "list-pane":
                return "list"
            if node_id == "article-pane":
                return "text"
            if node_id == "side":
                return "side"
            node = getattr(node, "parent", None)
        return None

    def on_descendant_focus(self, event: object) -> None:
        pane = self._pane_of(self.focused)
        if pane is not None and pane != self.pane:
            self.pane = pane

    def watch_pane(self, pane: str) -> None:
        for name in PANES:
            self.set_class(name == pane, f"-pane-{name}")
        self._update_status()

    def _pane_widget(self, pane: str) -> Widget:
        if pane == "list":
            return self.article_list
        if pane == "text":
            return self.article_view
        side = self.side
        return side.summary_list if side.mode == "summary-list" else side.facts_list

    def available_panes(self) -> list[str]:
        """The panes tab moves between: all three when one shows at a time, else the shown ones."""
        if self.has_class("-narrow"):
            return list(PANES)
        panes = ["text"]
        if self.show_list and not self.zoom:
            panes.insert(0, "list")
        if self.show_side and not self.zoom:
            panes.append("side")
        return panes

    def show_pane(self, pane: str) -> None:
        """Bring `pane` into view (the only one when narrow) and focus it."""
        self.pane = pane
        if pane == "list" and not self.has_class("-narrow"):
            self.show_list = True
            self.zoom = False
        if pane == "side" and not self.has_class("-narrow"):
            self.show_side = True
            self.zoom = False
        widget = self._pane_widget(pane)
        self.call_after_refresh(widget.focus)

    def _step_pane(self, step: int) -> None:
        panes = self.available_panes()
        current = self._pane_of(self.focused) or self.pane
        index = panes.index(current) if current in panes else 0
        self.show_pane(panes[(index + step) % len(panes)])

    def action_next_pane(self) -> None:
        self._step_pane(+1)

    def action_previous_pane(self) -> None:
        self._step_pane(-1)

    def action_toggle_list(self) -> None:
        self.zoom = False
        self.show_list = not self.show_list
        self.adjusted(
            "The list is shown." if self.show_list else "The list is hidden (L shows it)."
        )

    def action_toggle_side(self) -> None:
        self.zoom = False
        self.show_side = not self.show_side
        self.adjusted(
            "The summary pane is shown."
            if self.show_side
            else "The summary pane is hidden (P shows it)."
        )

    def action_toggle_zoom(self) -> None:
        self.zoom = not self.zoom
        if self.zoom:
            self.show_pane("text")
        self.adjusted(
            "The text fills the screen (z again for the panes)." if self.zoom else "Panes are back."
        )

    def watch_show_list(self, show: bool) -> None:
        self.set_class(not show, "-no-list")
        self._leave_hidden_pane()

    def watch_show_side(self, show: bool) -> None:
        self.set_class(not show, "-no-side")
        self._leave_hidden_pane()

    def watch_zoom(self, zoom: bool) -> None:
        self.set_class(zoom, "-zoom")
        self._leave_hidden_pane()

    def _leave_hidden_pane(self) -> None:
        """Focus must not stay in a pane that was just hidden: move it to the text."""
        if not self.is_mounted or self.has_class("-narrow"):
            return
        pane = self._pane_of(self.focused)
        if pane is not None and pane not in self.available_panes():
            self.show_pane("text")
        self._update_status()

    def adjusted(self, sentence: str) -> None:
        """Say what an adjustment did in the status line: a new one replaces the last.

        Pressing `+` five times changes one line instead of stacking five toasts over
        the summary being adjusted; the sentence clears itself after a few seconds.
        """
        self.notice = sentence
        if self._notice_timer is not None:
            self._notice_timer.stop()
        self._notice_timer = self.set_timer(NOTICE_SECONDS, self._clear_notice)
        self._update_status()

    def _clear_notice(self) -> None:
        self.notice = ""
        self._notice_timer = None
        self._update_status()

    def status_content(self) -> Content:
        """Filter, sort and summary settings, then the last adjustment (if any)."""
        parts: list[str | tuple[str, str]] = []
        if self.feeds_progress:
            parts += [(self.feeds_progress, "bold $text-accent"), "   "]
        if self.notice:
            parts += [(self.notice, "bold $text-accent"), "   "]
        state: list[str] = []
        if self.has_class("-narrow"):
            state.append(f"{self.pane} (tab: next pane)")
        if self.search_query:
            state.append(f"search “{one_line(self.search_query)}”")
        elif self.feed_view is not None:
            state.append(f"feed {one_line(self.feed_view)}")
        if self.listing.bookmarks_only:
            state.append("bookmarked only")
        if self.listing.grouped:
            state.append("grouped by folder/feed")
        state.append(f"sort: {SORT_LABELS.get(self.listing.sort, self.listing.sort)}")
        method = self.options.method or (
            self.analysis.summary.method if self.analysis is not None else "default"
        )
        length = self.options.sentences
        state.append(f"summary: {method}, {length or 'auto'} sentences")
        if self.has_class("-narrow"):
            pass
        elif self.zoom or not self.show_list or not self.show_side:
            hidden = [
                n
                for n, shown in (("list", self.show_list), ("side", self.show_side))
                if not shown or self.zoom
            ]
            state.append("hidden: " + ", ".join(hidden))
        parts.append((" · ".join(state), "$text-muted"))
        return Content.assemble(*parts)

    def _update_status(self) -> None:
        if self.is_mounted:
            self.query_one("#status", Static).update(self.status_content())

    def on_resize(self) -> None:
        self._update_status()

    # -- open the original ------------------------------------------------------------

    def action_open_url(self) -> None:
        # the open article's URL, even while its analysis (and the header) is still the
        # previous article's: the list row knows it from the front matter
        path = self.current_path
        url = self.entries[path].url if path in self.entries else None
        analysis = self.analysis
        if not url and analysis is not None and path is not None and analysis.path == path:
            url = analysis.info.url
        if not url:
            self.app.notify(
                "This article has no URL (add `url:` to its front matter).", severity="warning"
            )
            return
        if not url.startswith(("http://", "https://")):
            self.app.notify(
                f"Not opening “{one_line(url)}”: only http and https links are opened.",
                severity="warning",
                markup=False,
            )
            return
        self.open_in_browser(url)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="browser",
        description="open URL in browser",
    )
    def open_in_browser(self, url: str) -> None:
        """`webbrowser` honours $BROWSER; a browser command may block, so not on the loop."""
        import webbrowser

        try:
            opened = webbrowser.open(url)
        except Exception as exc:  # webbrowser.Error, OSError from a broken $BROWSER
            opened = False
            self.app.notify(
                f"Could not open the browser: {one_line(str(exc))}.",
                severity="error",
                markup=False,
            )
            return
        if opened:
            self.app.notify(f"Opened {one_line(url)} in the browser.", markup=False)
        else:
            self.app.notify(
                f"No browser could open {one_line(url)}; set $BROWSER.",
                severity="warning",
                markup=False,
            )

    # -- facts, n/N, linking --------------------------------------------------------

    @property
    def facts(self) -> list[tuple[int, int]]:
        """Figures and sources in text order: what n/N walk through."""
        if self.analysis is None:
            return []
        spans = [(f.start, f.end) for f in self.analysis.figures]
        spans += [(s.start, s.end) for s in self.analysis.sources]
        return sorted(spans)

    def _jump_fact(self, step: int) -> None:
        facts = self.facts
        if not facts:
            self.app.bell()
            return
        if self.fact_index is None:
            self.fact_index = 0 if step > 0 else len(facts) - 1
        else:
            self.fact_index = (self.fact_index + step) % len(facts)
        self.article_view.mark(facts[self.fact_index])

    def action_next_highlight(self) -> None:
        self._jump_fact(+1)

    def action_previous_highlight(self) -> None:
        self._jump_fact(-1)

    @on(SummaryPane.Jump)
    def _side_jump(self, message: SummaryPane.Jump) -> None:
        span = (message.start, message.end)
        facts = self.facts
        if span in facts:
            self.fact_index = facts.index(span)
        self.article_view.mark(span)

    # -- article scrolling ----------------------------------------------------------

    def action_page_down(self) -> None:
        self.article_view.stop_restore()
        self.article_view.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.article_view.stop_restore()
        self.article_view.scroll_page_up(animate=False)

    def action_top(self) -> None:
        self.article_view.stop_restore()
        self.article_view.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.article_view.stop_restore()
        self.article_view.scroll_end(animate=False)

    # -- toggles and options --------------------------------------------------------

    def action_toggle_facts(self) -> None:
        self.side.toggle()

    def action_toggle_highlights(self) -> None:
        self.highlights = not self.highlights
        self.adjusted(
            "Figures and sources are highlighted."
            if self.highlights
            else "Highlights are off (h turns them on)."
        )

    def action_toggle_marks(self) -> None:
        self.marks = not self.marks
        self.adjusted(
            "Summary sentences are marked in the text."
            if self.marks
            else "Summary sentences are no longer marked (s marks them)."
        )

    def watch_highlights(self) -> None:
        self._flags_changed()

    def watch_marks(self) -> None:
        self._flags_changed()

    def _flags_changed(self) -> None:
        if not self.is_mounted:
            return
        self.query_one("#legend", Static).update(self._legend())

    def set_method(self, method: str | None) -> None:
        if method is not None and method not in METHODS:
            raise ValueError(method)
        self.options = replace(self.options, method=method)
        self.adjusted(
            f"Summaries now use {method}."
            if method
            else "Summaries use the default method for the language."
        )
        self.reanalyse()

    def set_length(self, sentences: int | None) -> None:
        self.options = replace(self.options, sentences=sentences)
        self.adjusted(
            f"Summaries now have {sentences} sentence{'s' if sentences != 1 else ''}."
            if sentences
            else "Summary length follows the article's length."
        )
        self.reanalyse()

    def action_next_method(self) -> None:
        current = self.options.method or (self.analysis.summary.method if self.analysis else None)
        methods = list(METHODS)
        index = methods.index(current) if current in methods else -1
        self.set_method(methods[(index + 1) % len(methods)])

    def _current_length(self) -> int:
        if self.options.sentences:
            return self.options.sentences
        return len(self.analysis.summary.sentences) if self.analysis else 3

    def action_longer(self) -> None:
        self.set_length(min(50, self._current_length() + 1))

    def action_shorter(self) -> None:
        self.set_length(max(1, self._current_length() - 1))

    # -- copy -----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "copy_summary":
            # also while the first summary is being made: `c` then copies it when ready
            ready = bool(self.analysis and self.analysis.summary.sentences)
            return ready or self._summary_coming() or None
        if action == "close_search":
            return self.search_open or self.feed_view is not None
        return True

    def _summary_coming(self) -> bool:
        """True while the list is filling or the open article is still being analysed."""
        if self.current_path is None:
            return not self.scan_done or bool(self.article_list.option_count)
        return self.shown_path != self.current_path or not self.analysis_idle.is_set()

    def action_copy_summary(self) -> None:
        analysis = self.analysis
        if analysis is not None and analysis.summary.sentences and not self._summary_coming():
            self._copy(analysis)
            return
        if self._summary_coming():
            self.copy_pending = True
            self.app.notify("The summary is not ready yet; it will be copied as soon as it is.")
            return
        self.app.notify("This article has no summary to copy.", severity="warning")

    def _copy(self, analysis: Analysis, *, late: bool = False) -> None:
        lines = analysis.summary.lines()
        text = "\n".join(lines)
        self.app.copy_to_clipboard(text)  # OSC 52; also sets App.clipboard
        self.copy_system(text, len(lines), late)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="clipboard",
        description="copy to the system clipboard",
    )
    def copy_system(self, text: str, count: int, late: bool = False) -> None:
        """pyperclip runs xclip/wl-copy/pbcopy, which can block or fail: keep it off the loop."""
        try:
            import pyperclip

            pyperclip.copy(text)
        except Exception as exc:  # PyperclipException, missing binary, ImportError…
            self.post_message(
                SummaryCopied(
                    count, system=False, error=" ".join(str(exc).split())[:120] or None, late=late
                )
            )
            return
        self.post_message(SummaryCopied(count, system=True, late=late))

    @on(SummaryCopied)
    def _summary_copied(self, message: SummaryCopied) -> None:
        noun = "sentence" if message.count == 1 else "sentences"
        when = "now that it is ready" if message.late else ""
        if message.system:
            self.app.notify(
                f"The summary ({message.count} {noun}) was copied {when}.".replace(" .", "."),
                markup=False,
            )
        else:
            self.app.notify(
                f"The summary ({message.count} {noun}) was sent to the terminal clipboard "
                f"(OSC 52) {when}; no system clipboard was found.".replace(" ;", ";"),
                severity="warning",
                markup=False,
            )

    # -- bookmarks, filter, sort ----------------------------------------------------

    def action_toggle_bookmark(self) -> None:
        path = self.article_list.highlighted_path or self.current_path
        if path is None or path not in self.entries:
            self.app.bell()
            return
        on = self.state.toggle_bookmark(path, self._digest(path))
        self.save_state()
        self._prompt_changed(path)
        name = " ".join(self.entries[path].title.split()) or printable(Path(path).name)
        self.app.notify(
            f"Bookmarked “{name}”." if on else f"The bookmark on “{name}” was removed.",
            markup=False,
        )

    def action_toggle_bookmark_filter(self) -> None:
        self.set_bookmarks_only(not self.listing.bookmarks_only)

    def set_bookmarks_only(self, on: bool) -> None:
        self.listing.set_bookmarks_only(on)
        self.state.set_pref("bookmarks_only", on)
        self.save_state()
        self.sync_list()
        if on:
            n = self.shown_articles
            self.adjusted(
                f"Only bookmarked articles are shown ({n}); F shows all."
                if n
                else "No bookmarked articles — F shows all (m bookmarks one)."
            )
        else:
            self.adjusted("All articles are shown.")

    def action_toggle_groups(self) -> None:
        self.set_grouped(not self.listing.grouped)

    def set_grouped(self, on: bool) -> None:
        """Group the list by folder / feed with unread counts (`v`), or show it flat."""
        self.listing.set_grouped(on)
        self.state.set_pref("grouped", on)
        self.save_state()
        self.sync_list()
        self.adjusted(
            "The list is grouped by folder and feed, with unread counts; v shows it flat."
            if on
            else "The list is flat again."
        )

    def action_cycle_sort(self) -> None:
        sort = self.listing.sort
        index = SORT_ORDERS.index(sort) if sort in SORT_ORDERS else -1
        self.set_sort(SORT_ORDERS[(index + 1) % len(SORT_ORDERS)])

    def set_sort(self, order: str) -> None:
        self.listing.set_sort(order)  # ValueError for an unknown order
        self.state.set_sort_order(order)
        self.save_state()
        self.sync_list()
        self.adjusted(
            f"The list is sorted by {SORT_LABELS.get(order, order)}"
            + ("; search results stay ranked." if self.listing.filter is not None else ".")
        )

    # -- search ---------------------------------------------------------------------

    def action_search(self) -> None:
        self.feed_view = None  # a search is over the whole library
        self.search_open = True
        search = self.search_input
        search.display = True
        search.focus()

    def action_close_search(self) -> None:
        search = self.search_input
        search.value = ""
        search.display = False
        self.search_open = False
        self.search_query = ""
        self.feed_view = None
        self._apply_filter(None)
        self._set_matches([])
        self.article_list.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        query = event.value.strip()
        self.search_query = query if query_words(query) else ""
        if not self.search_query:
            self._apply_filter(None)
            self._set_matches([])
            return
        self.search_library(self.search_query)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.article_list.focus()

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="search",
        description="search library",
    )
    def search_library(self, query: str) -> None:
        """Full-text search in the index (FTS5, ranked like `reader search`)."""
        worker = get_current_worker()
        try:
            with LibraryIndex(self.library) as index:
                hits = search_index(index, query, limit=SEARCH_LIMIT)
        except ReaderError:  # a query with no words: no filter
            if not worker.is_cancelled:
                self.post_message(SearchFinished(query, None))
            return
        if not worker.is_cancelled:
            self.post_message(
                SearchFinished(query, [str(e.path) for e, _ in hits], [e for e, _ in hits])
            )

    @on(SearchFinished)
    def _search_finished(self, message: SearchFinished) -> None:
        if message.query != self.search_query:
            return  # stale: the user kept typing
        known = [e for e in message.entries if str(e.path) not in self.entries]
        if known:
            self.listing.upsert(known)  # found by the index before the scan posted them
        self._apply_filter(message.paths)
        if (
            self.current_path is not None
            and self.analysis is not None
            and self.shown_path == self.current_path
        ):
            self.find_matches(self.current_path, self.analysis.text, message.query)

    def _apply_filter(self, paths: list[str] | None) -> None:
        if self.listing.set_filter(paths):
            self.sync_list(to_top=paths is not None)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="matches",
        description="find search matches",
    )
    def find_matches(self, path: str, text: str, query: str) -> None:
        """Where the query words occur in the text (a thread: a 2 MB text takes a while)."""
        worker = get_current_worker()
        spans = match_spans(text, query)[:MATCH_LIMIT]
        if not worker.is_cancelled:
            self.post_message(MatchesFound(path, query, spans))

    @on(MatchesFound)
    def _matches_found(self, message: MatchesFound) -> None:
        if message.path != self.shown_path or message.query != self.search_query:
            return
        self._set_matches([(s.start, s.end) for s in message.spans])
        if self.matches:
            self.article_view.scroll_to_offset(self.matches[0][0])

    def _set_matches(self, spans: list[tuple[int, int]]) -> None:
        if spans == self.matches and spans == self.article_view.matches:
            return
        self.matches = spans
        self.article_view.set_matches(spans)
        self._update_legend()
