"""MainScreen: owns the workers and the state; widgets only render and post intents.

Flow: ArticleList.Highlighted -> open(path) -> analyse worker (thread) ->
ArticleAnalysed -> `analysis` reactive -> watcher hands it to the panes. Stale results
(the user moved on, or changed options) are dropped by comparing path and options.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive, var
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static
from textual.worker import get_current_worker

from reader.app.keys import MAIN_BINDINGS
from reader.app.messages import (
    AnalysisFailed,
    ArticleAnalysed,
    CacheKey,
    EntriesScanned,
    SearchFinished,
    SummaryCopied,
)
from reader.app.widgets.article_list import ArticleList
from reader.app.widgets.article_view import ArticleView
from reader.app.widgets.summary_pane import SummaryPane
from reader.errors import ReaderError
from reader.library import Entry, iter_article_paths, read_entry
from reader.library import search as library_search
from reader.loader import load
from reader.model import Analysis, Article, Options
from reader.pipeline import analyse
from reader.summarise import METHODS

CACHE_SIZE = 64
SCAN_BATCH_SECONDS = 0.1
SCAN_YIELD_SECONDS = 2.0  # the longest the scan waits for a pending analysis
ANALYSE_DEBOUNCE_SECONDS = 0.05  # holding `j` cancels these before they cost anything


def content_key(article: Article, options: Options) -> CacheKey:
    """(sha256 of what the analysis depends on, method, length)."""
    digest = hashlib.sha256()
    digest.update(article.text.encode("utf-8"))
    for k, v in sorted(article.meta.items()):
        digest.update(f"\0{k}={v}".encode())
    digest.update(f"\0{article.title}\0{article.body_start}".encode())
    return digest.hexdigest(), options.method, options.sentences


class AnalysisCache:
    """A small LRU of analyses by content key, plus the last key seen for each path.

    The path index lets the screen show a cached analysis instantly when the user
    returns to an article; a worker still re-reads the file and re-checks the hash.
    Only touched on the event loop (workers read with `get`, a dict lookup).
    """

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[CacheKey, Analysis] = OrderedDict()
        self._by_path: dict[tuple[str, str | None, int | None], CacheKey] = {}

    def get(self, key: CacheKey) -> Analysis | None:
        return self._items.get(key)

    def for_path(self, path: str, options: Options) -> Analysis | None:
        key = self._by_path.get((path, options.method, options.sentences))
        return self._items.get(key) if key is not None else None

    def put(self, path: str, key: CacheKey, analysis: Analysis) -> None:
        self._items[key] = analysis
        self._items.move_to_end(key)
        self._by_path[(path, key[1], key[2])] = key
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class MainScreen(Screen[None]):
    """List | text | summary/facts, with a search box over the list."""

    BINDINGS: ClassVar[list[BindingType]] = list(MAIN_BINDINGS)
    AUTO_FOCUS = "#articles"

    analysis: reactive[Analysis | None] = reactive(None, bindings=True, always_update=True)
    search_open: var[bool] = var(False, bindings=True)
    highlights: var[bool] = var(True)
    marks: var[bool] = var(True)

    def __init__(self, library: Path, options: Options, cache: AnalysisCache) -> None:
        super().__init__()
        self.library = library
        self.options = options
        self.cache = cache
        self.entries: dict[str, Entry] = {}
        self.order: list[str] = []
        self.filter: list[str] | None = None  # search result paths, None = whole library
        self.current_path: str | None = None
        self.scan_done = False
        self.fact_index: int | None = None  # position in `facts` for n/N
        # Set while no analysis is pending: the scan waits on it, so the article the
        # user is looking at gets the CPU first (threads share the GIL).
        self.analysis_idle = threading.Event()
        self.analysis_idle.set()

    # -- layout ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield Input(placeholder="Search the library…", id="search")
                yield ArticleList(id="articles")
            with Vertical(id="article-pane"):
                yield Static(id="legend", markup=False)
                yield ArticleView(id="article")
            yield SummaryPane(id="side")
        yield Footer()

    def on_mount(self) -> None:
        self.article_list.loading = True
        self.query_one("#legend", Static).update(self._legend())
        self.article_list.focus()
        self.scan_library()

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
        """Language and length of the article, then what each style means."""
        analysis = self.analysis
        parts: list[str | tuple[str, str]] = []
        if analysis is not None:
            parts.append((f"{analysis.language} · {len(analysis.text.split())} words   ",
                          "bold"))
        if self.highlights:
            parts += [("figure", "bold $text-warning"), " ", ("source", "bold $text-success"),
                      " ", ("cue", "italic $text-success"), " "]
        if self.marks:
            parts += [("summary", "underline"), " "]
        parts.append(("boilerplate", "italic $text-disabled"))
        if analysis is not None and analysis.notice:
            parts.append((f"\n⚠ {analysis.notice}", "$text-warning"))
        return Content.assemble(*parts)

    # -- library scan ---------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="scan",
          description="scan library")
    def scan_library(self) -> None:
        """Read list rows file by file; post them in batches so the list fills as it goes."""
        worker = get_current_worker()
        batch: list[Entry] = []
        last = time.monotonic()
        posted = False
        for path in iter_article_paths(self.library):
            if worker.is_cancelled:
                return
            self.analysis_idle.wait(timeout=SCAN_YIELD_SECONDS)
            batch.append(read_entry(path))
            # the first row goes out at once, so the first article opens while we scan on
            if not posted or time.monotonic() - last >= SCAN_BATCH_SECONDS:
                self.post_message(EntriesScanned(self.library, batch))
                batch, last, posted = [], time.monotonic(), True
        self.post_message(EntriesScanned(self.library, batch, done=True))

    @on(EntriesScanned)
    def _entries_scanned(self, message: EntriesScanned) -> None:
        if message.root != self.library:
            return
        new = [e for e in message.entries if str(e.path) not in self.entries]
        for entry in new:
            self.entries[str(entry.path)] = entry
            self.order.append(str(entry.path))
        article_list = self.article_list
        if self.filter is None and new:
            article_list.add_options([ArticleList.option(e) for e in new])
        if message.done:
            self.scan_done = True
            article_list.loading = False
            if not self.entries:
                self.article_view.show(None, message=(
                    f"No articles in {self.library}.\n\nAdd .txt or .md files to that folder, "
                    "or run `reader add FILE`."))
                self.side.show(None, message="No article.")
        if article_list.highlighted is None and article_list.option_count:
            article_list.loading = False
            article_list.highlighted = 0

    # -- opening and analysing ------------------------------------------------------

    @on(ArticleList.Highlighted)
    def _article_highlighted(self, message: ArticleList.Highlighted) -> None:
        if message.path != self.article_list.highlighted_path:
            return  # stale: the cursor has moved on since this was posted
        self.open_article(message.path, focus_text=False)

    @on(ArticleList.Opened)
    def _article_opened(self, message: ArticleList.Opened) -> None:
        self.open_article(message.path, focus_text=True)

    def open_article(self, path: str, *, focus_text: bool = False) -> None:
        """Show `path` (from the cache at once if we have it) and analyse it in a worker."""
        entry = self.entries.get(path)
        if self.current_path != path:
            self.current_path = path
            cached = self.cache.for_path(path, self.options)
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
            self.article_view.focus()

    def reanalyse(self) -> None:
        """Options changed: show the cached result or recompute the current article."""
        if self.current_path is None:
            return
        cached = self.cache.for_path(self.current_path, self.options)
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
            return str(Path(path).relative_to(self.library))
        except ValueError:
            return path

    def _list_index(self, path: str) -> int | None:
        try:
            return self.article_list.get_option_index(path)
        except Exception:  # OptionDoesNotExist: filtered out of the list
            return None

    @work(thread=True, exclusive=True, exit_on_error=False, group="analyse",
          description="analyse article")
    def analyse_article(self, path: str, options: Options) -> None:
        """Load + hash + (cached or fresh) analyse, then post the result. Never touches widgets."""
        worker = get_current_worker()
        time.sleep(ANALYSE_DEBOUNCE_SECONDS)  # a thread can't be stopped: start late instead
        if worker.is_cancelled:
            return
        try:
            article = load(path)
            key = content_key(article, options)
            analysis = self.cache.get(key)
            if analysis is None or analysis.path != article.path:
                if worker.is_cancelled:
                    return
                analysis = analyse(article, options)
        except ReaderError as exc:
            if not worker.is_cancelled:
                self.post_message(AnalysisFailed(path, options, str(exc)))
            return
        if not worker.is_cancelled:
            self.post_message(ArticleAnalysed(path, options, key, analysis))

    @on(ArticleAnalysed)
    def _article_analysed(self, message: ArticleAnalysed) -> None:
        self.cache.put(message.path, message.key, message.analysis)
        if message.path != self.current_path or message.options != self.options:
            return  # stale: the user moved on
        self._set_loading(False)
        if self.analysis is not message.analysis:
            self.analysis = message.analysis

    @on(AnalysisFailed)
    def _analysis_failed(self, message: AnalysisFailed) -> None:
        if message.path != self.current_path or message.options != self.options:
            return
        self._set_loading(False)
        self._show_error(message.path, message.error)
        error = message.error.replace(message.path, self._relative(message.path))
        self.app.notify(error, title="Cannot open article", severity="error", markup=False)

    def _show_error(self, path: str, error: str) -> None:
        self.analysis = None
        self._set_loading(False)
        self.article_view.show(None, message=f"✗ {self._relative(path)}\n\n"
                                             f"{error.replace(path, self._relative(path))}")
        self.side.show(None, message="No summary for this file.")
        self.app.sub_title = Path(path).name

    def watch_analysis(self, analysis: Analysis | None) -> None:
        self.fact_index = None
        self.query_one("#legend", Static).update(self._legend())
        if analysis is None:
            return
        self.article_view.show(analysis)
        self.side.show(analysis)
        self.app.sub_title = " ".join(analysis.title.split())

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
        self.article_view.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.article_view.scroll_page_up(animate=False)

    def action_top(self) -> None:
        self.article_view.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.article_view.scroll_end(animate=False)

    # -- toggles and options --------------------------------------------------------

    def action_toggle_facts(self) -> None:
        self.side.toggle()

    def action_toggle_highlights(self) -> None:
        self.highlights = not self.highlights
        self.app.notify(f"Highlights {'on' if self.highlights else 'off'}")

    def action_toggle_marks(self) -> None:
        self.marks = not self.marks
        self.app.notify(f"Summary marks {'on' if self.marks else 'off'}")

    def watch_highlights(self) -> None:
        self._flags_changed()

    def watch_marks(self) -> None:
        self._flags_changed()

    def _flags_changed(self) -> None:
        if not self.is_mounted:
            return
        self.article_view.set_flags(highlights=self.highlights, marks=self.marks)
        self.query_one("#legend", Static).update(self._legend())

    def set_method(self, method: str | None) -> None:
        if method is not None and method not in METHODS:
            raise ValueError(method)
        self.options = replace(self.options, method=method)
        self.app.notify(f"Summary method: {method or 'default for the language'}")
        self.reanalyse()

    def set_length(self, sentences: int | None) -> None:
        self.options = replace(self.options, sentences=sentences)
        self.app.notify(f"Summary length: {sentences or 'by article length'}")
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
            return bool(self.analysis and self.analysis.summary.sentences) or None
        if action == "close_search":
            return self.search_open
        return True

    def action_copy_summary(self) -> None:
        if self.analysis is None or not self.analysis.summary.sentences:
            self.app.notify("No summary to copy", severity="warning")
            return
        lines = self.analysis.summary.lines()
        text = "\n".join(lines)
        self.app.copy_to_clipboard(text)  # OSC 52; also sets App.clipboard
        self.copy_system(text, len(lines))

    @work(thread=True, exclusive=True, exit_on_error=False, group="clipboard",
          description="copy to the system clipboard")
    def copy_system(self, text: str, count: int) -> None:
        """pyperclip runs xclip/wl-copy/pbcopy, which can block or fail: keep it off the loop."""
        try:
            import pyperclip

            pyperclip.copy(text)
        except Exception as exc:  # PyperclipException, missing binary, ImportError…
            self.post_message(SummaryCopied(count, system=False,
                                            error=" ".join(str(exc).split())[:120] or None))
            return
        self.post_message(SummaryCopied(count, system=True))

    @on(SummaryCopied)
    def _summary_copied(self, message: SummaryCopied) -> None:
        noun = "sentence" if message.count == 1 else "sentences"
        if message.system:
            self.app.notify(f"Summary copied ({message.count} {noun})", markup=False)
        else:
            self.app.notify(
                f"Summary sent to the terminal clipboard only (OSC 52, {message.count} {noun}); "
                "no system clipboard was found", severity="warning", markup=False)

    # -- search ---------------------------------------------------------------------

    def action_search(self) -> None:
        self.search_open = True
        search = self.search_input
        search.display = True
        search.focus()

    def action_close_search(self) -> None:
        search = self.search_input
        search.value = ""
        search.display = False
        self.search_open = False
        self._apply_filter(None)
        self.article_list.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        query = event.value.strip()
        if not query:
            self._apply_filter(None)
            return
        self.search_library(query)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.article_list.focus()

    @work(thread=True, exclusive=True, exit_on_error=False, group="search",
          description="search library")
    def search_library(self, query: str) -> None:
        worker = get_current_worker()
        try:
            hits = library_search(self.library, query)
        except ReaderError:  # a query with no words: no filter
            paths: list[str] | None = None
        else:
            paths = [str(entry.path) for entry, _score in hits]
        if not worker.is_cancelled:
            self.post_message(SearchFinished(query, paths))

    @on(SearchFinished)
    def _search_finished(self, message: SearchFinished) -> None:
        if message.query != self.search_input.value.strip():
            return  # stale: the user kept typing
        self._apply_filter(message.paths)

    def _apply_filter(self, paths: list[str] | None) -> None:
        if paths == self.filter:
            return
        self.filter = paths
        article_list = self.article_list
        keep = self.current_path
        shown = self.order if paths is None else [p for p in paths if p in self.entries]
        article_list.set_options([ArticleList.option(self.entries[p]) for p in shown])
        if not shown:
            return
        index = self._list_index(keep) if keep is not None else None
        article_list.highlighted = index if index is not None else 0
