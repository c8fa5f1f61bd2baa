"""The article text: one rich `Text` built from an `Analysis`, styled by span offsets.

The text is data, never markup: it goes into `Text(analysis.text)` and styles are
applied with `stylize(start, end)` using the same offsets `show --json` prints, so
what is displayed is exactly `analysis.text`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from reader.analysis.loader import first_line_is
from reader.model import Analysis

Mark = tuple[int, int]

# Structure kinds of a rendered Markdown article (reader.analysis.markdown) -> style.
STRUCTURE_CLASSES = {
    "h1": "article--heading",
    "h2": "article--heading",
    "h3": "article--heading",
    "h4": "article--heading",
    "h5": "article--heading",
    "h6": "article--heading",
    "strong": "article--strong",
    "em": "article--em",
    "strike": "article--strike",
    "link": "article--link",
    "image": "article--link",
    "code": "article--code",
    "code_block": "article--code",
    "quote": "article--quote",
    "table": "article--table",
    "table_header": "article--table-header",
    "list_marker": "article--list-marker",
}

# The whole text is one widget that Textual wraps on the event loop; above this many
# characters that takes seconds (about 12 s for the loader's 1 MB cap), so the pane
# shows the first part and says so. `reader show FILE` prints all of it.
DISPLAY_LIMIT = 150_000


def display_end(text: str, limit: int = DISPLAY_LIMIT) -> int:
    """Where the displayed part of `text` ends: all of it, or a line break near `limit`."""
    if len(text) <= limit:
        return len(text)
    cut = text.rfind("\n", limit * 3 // 4, limit)
    return cut if cut > 0 else limit


def title_line(analysis: Analysis) -> Mark | None:
    """The span of the text's first line when it is the article's title.

    The header leaves the title out then (it would be printed twice), so the view
    styles this line as the headline. A title made of the text's first words (no
    title line) is not a line of its own: nothing to style.
    """
    if not analysis.title_from_text or not first_line_is(analysis.title, analysis.text):
        return None
    line = analysis.text.partition("\n")[0]
    start = len(line) - len(line.lstrip())
    return (start, len(line.rstrip()))


class ArticleBody(Static):
    """The text itself; says when a new text has been laid out (its size changed).

    A restored scroll position can only be applied once the new text's height is
    known: this message is that moment, so nothing has to poll for it.
    """

    class LaidOut(Message):
        """The body took its new size (the text in it has been wrapped)."""

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.LaidOut())


class ArticleView(VerticalScroll):
    """Scrollable article text with figures, sources, cues, boilerplate and summary marks."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--figure",
        "article--source",
        "article--cue",
        "article--boilerplate",
        "article--summary",
        "article--current",
        "article--match",
        "article--heading",
        "article--strong",
        "article--em",
        "article--strike",
        "article--link",
        "article--code",
        "article--quote",
        "article--table",
        "article--table-header",
        "article--list-marker",
    }
    HELP = (
        "The article. `space`/`b` page down/up, `g`/`G` top/bottom, `n`/`N` next/previous "
        "figure or source. Figures and sources are highlighted (`h` toggles), summary "
        "sentences are marked (`s` toggles), boilerplate is dimmed; words found by `/` "
        "search are highlighted."
    )

    # Bound to the screen's toggles (`data_bind`): the screen owns them, the view draws.
    highlights: reactive[bool] = reactive(True)
    marks: reactive[bool] = reactive(True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = None
        self.current: Mark | None = None
        self.matches: list[Mark] = []  # search hits in the text
        self._pending_y: float | None = None  # where to scroll once the text is laid out
        self._pending_from = self.virtual_size
        self.rendered: Text = Text("")
        self._rows: tuple[int, list[int]] | None = None  # (width, start offset of each row)

    def compose(self) -> ComposeResult:
        yield ArticleBody(id="article-body", markup=False)

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._theme_changed, init=False)

    @property
    def body(self) -> Static:
        return self.query_one("#article-body", Static)

    # -- content --------------------------------------------------------------------

    def show(
        self, analysis: Analysis | None, *, message: str | None = None, scroll_y: float = 0
    ) -> None:
        """Show an analysis (or a plain message such as an error).

        A new analysis starts at `scroll_y` (the position the user left it at; 0 = top).
        Search matches belong to one text: they are cleared for a new one.
        """
        changed = analysis is not self.analysis
        self.analysis = analysis
        self.current = None
        self._rows = None
        if changed:
            self.matches = []
        if analysis is None:
            self.rendered = Text(message or "")
            self.body.update(self.rendered)
        else:
            self._restyle()
        if changed:
            self._pending_y = None
            self.scroll_home(animate=False, immediate=True)
            if scroll_y > 0:
                # the new text is not laid out yet (max_scroll_y is still the old
                # one): scroll once it is, on the Resize its new virtual size sends
                self._pending_y = scroll_y
                self._pending_from = self.virtual_size
                # a text of the same height as the old one sends no Resize: its layout
                # is the old one's, known after the next refresh
                self.call_after_refresh(self._apply_pending_scroll)

    @property
    def scroll_pending(self) -> bool:
        """True while a restored position waits for the new text's layout."""
        return self._pending_y is not None

    def stop_restore(self) -> None:
        """The user scrolled (or we jump to a fact/match): forget the restored position."""
        self._pending_y = None

    def on_resize(self) -> None:
        self._apply_pending_scroll()

    def on_article_body_laid_out(self, message: ArticleBody.LaidOut) -> None:
        message.stop()
        # the body's new size reaches this container's virtual size on the next refresh
        self.call_after_refresh(self._apply_pending_scroll, laid_out=True)

    def _apply_pending_scroll(self, laid_out: bool = False) -> None:
        y = self._pending_y
        if y is None or self.analysis is None:
            return
        laid_out = laid_out or self.virtual_size != self._pending_from  # the new text's layout
        if self.max_scroll_y >= y or (laid_out and self.max_scroll_y > 0):
            self._pending_y = None
            self.scroll_to(y=min(y, self.max_scroll_y), animate=False, immediate=True)

    def set_matches(self, matches: list[Mark]) -> None:
        """Highlight these spans (the current search's words) in the text."""
        self.matches = list(matches)
        self._restyle()

    def watch_highlights(self) -> None:
        self._restyle()

    def watch_marks(self) -> None:
        self._restyle()

    def mark(self, span: Mark | None, *, scroll: bool = True) -> None:
        """Mark one span (the current fact or summary sentence) and bring it into view."""
        self.current = span
        self._restyle()
        if span is not None and scroll:
            self.scroll_to_offset(span[0])

    def _theme_changed(self) -> None:
        # the new theme's CSS is applied on the next refresh; restyle after it
        self.call_after_refresh(self._restyle)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def build_text(self) -> Text:
        """The styled Text for the current analysis and flags (pure, testable)."""
        analysis = self.analysis
        if analysis is None:
            return Text("")
        shown = display_end(analysis.text)
        text = Text(analysis.text[:shown], end="")  # spans past `shown` are clipped by stylize
        for mark in analysis.structure:  # Markdown structure under everything else
            name = STRUCTURE_CLASSES.get(mark.kind)
            if name is not None:
                text.stylize(self._style(name), mark.start, mark.end)
        title = title_line(analysis)
        if title is not None:
            text.stylize(self._style("article--heading"), *title)
        boiler = self._style("article--boilerplate")
        for span in analysis.boilerplate:
            text.stylize(boiler, span.start, span.end)
        if self.marks:
            summary = self._style("article--summary")
            for sentence in analysis.summary.sentences:
                text.stylize(summary, sentence.start, sentence.end)
        if self.highlights:
            cue, source = self._style("article--cue"), self._style("article--source")
            for src in analysis.sources:
                text.stylize(cue, src.cue.start, src.cue.end)
                text.stylize(source, src.start, src.end)
            figure = self._style("article--figure")
            for fig in analysis.figures:
                text.stylize(figure, fig.start, fig.end)
        if self.matches:
            match = self._style("article--match")
            for start, end in self.matches:
                text.stylize(match, start, end)
        if self.current is not None:
            text.stylize(self._style("article--current"), *self.current)
        if shown < len(analysis.text):
            text.append(
                f"\n\n[… too long to show whole here: the first {shown:,} of "
                f"{len(analysis.text):,} characters are shown; "
                "`reader show FILE` prints all of it]",
                style=self._style("article--boilerplate"),
            )
        return text

    def _restyle(self) -> None:
        if self.analysis is None:
            return
        self.rendered = self.build_text()
        self.body.update(self.rendered)

    # -- scrolling to an offset -----------------------------------------------------

    def row_of(self, offset: int) -> int:
        """The wrapped display row that holds character `offset` of the text."""
        if self.analysis is None:
            return 0
        width = max(1, self.body.size.width)
        if self._rows is None or self._rows[0] != width:
            shown = self.analysis.text[: display_end(self.analysis.text)]
            self._rows = (width, _row_starts(shown, width))
        return max(0, bisect_right(self._rows[1], offset) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the row holding `offset` sits a third of the way down the pane."""
        self.stop_restore()
        row = self.row_of(offset)
        self.scroll_to(
            y=max(0, row - self.scrollable_content_region.height // 3),
            animate=False,
            immediate=True,
        )


def _row_starts(text: str, width: int) -> list[int]:
    """Start offset of every row when `text` is wrapped at `width` the way Textual does.

    Textual wraps with `Content.wrap`; each row is a piece of the text in order, minus
    the whitespace dropped at the break, so `find` from the previous row locates it.
    """
    starts: list[int] = []
    pos = 0
    for line in Content(text).wrap(width):
        plain = line.plain.rstrip()
        found = text.find(plain, pos) if plain else -1
        if found < 0:
            starts.append(pos)
            continue
        starts.append(found)
        pos = found + len(plain)
    return starts
