"""The library list: two lines per article (title; language, words, source, date)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.app.keys import LIST_BINDINGS
from reader.errors import one_line, printable
from reader.library.listing import GroupHeader
from reader.model import Entry

BOOKMARK = "★"


def entry_prompt(entry: Entry, *, read: bool = True, bookmarked: bool = False) -> Content:
    """Two lines, `★ Title…` then `  en · 546 · Source · 2025-03-02`: Content, never markup.

    Unread titles are bold; a bookmarked article starts with ★. The language is "…"
    while it is still being detected. Names and errors go through `printable`: a file
    name may hold newlines, escape sequences or bytes that are not UTF-8.
    """
    mark = (f"{BOOKMARK} ", "bold $text-warning") if bookmarked else "  "
    title = one_line(entry.title) if entry.title.strip() else printable(entry.path.name)
    if entry.error:
        name = printable(entry.path.name)
        error = one_line(entry.error.replace(str(entry.path), entry.path.name))
        return Content.assemble(
            mark, ("✗ ", "bold $text-error"), (name, "bold"), "  ", (error, "italic $text-error")
        )
    language = entry.language or "…"
    meta = [language, f"{_words(entry.words)} words"]
    meta += [one_line(v) for v in (entry.source, entry.date) if v]
    return Content.assemble(
        mark, (title, "" if read else "bold"), "\n  ", (" · ".join(meta), "$text-muted")
    )


def group_prompt(header: GroupHeader) -> Content:
    """`▾ BBC News  3 unread / 12`: a group header row, Content from data, never markup.

    The label is a folder name or a feed's title (from its articles' front matter):
    `one_line` keeps a newline or an escape sequence in it from breaking the row.
    """
    label = one_line(header.label) or "…"
    counts = f"{header.unread} unread / {header.total}"
    return Content.assemble(
        ("▾ ", "$text-accent"),
        (label, "bold $text-accent"),
        "  ",
        (counts, "bold" if header.unread else "$text-muted"),
    )


def _words(n: int) -> str:
    """Word count in at most 5 cells: 546, 6089, 12.3k."""
    return str(n) if n < 10_000 else f"{n / 1000:.1f}k" if n < 100_000 else f"{n // 1000}k"


class ArticleList(OptionList):
    """OptionList of articles; posts `Highlighted` as the cursor moves, `Opened` on enter."""

    BINDINGS: ClassVar[list[BindingType]] = list(LIST_BINDINGS)
    HELP = (
        "The library. `j`/`k` or the arrows move through articles; the highlighted "
        "article opens in the text pane and its summary follows. `enter` moves to the "
        "text; `/` filters the list. Unread titles are bold, ★ marks a bookmark (`m`); "
        "`F` shows only bookmarked articles, `S` changes the sort order, `v` groups the "
        "list by folder and feed with unread counts."
    )

    @dataclass
    class Highlighted(Message):
        path: str

    @dataclass
    class Opened(Message):
        path: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    @staticmethod
    def option(entry: Entry, *, read: bool = True, bookmarked: bool = False) -> Option:
        return Option(entry_prompt(entry, read=read, bookmarked=bookmarked), id=str(entry.path))

    @staticmethod
    def header_option(header: GroupHeader) -> Option:
        """A group header: disabled, so `j`/`k` pass over it and `enter` ignores it."""
        return Option(group_prompt(header), id=header.row_id, disabled=True)

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Highlighted(event.option.id))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Opened(event.option.id))

    @property
    def highlighted_path(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None
