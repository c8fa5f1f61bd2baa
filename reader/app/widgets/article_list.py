"""The library list: one line per article (title, language, words)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.app.keys import LIST_BINDINGS
from reader.library import Entry


def entry_prompt(entry: Entry) -> Content:
    """`en  546 Title…`: built as Content (never markup), so "[b]x" shows literally."""
    title = " ".join(entry.title.split()) or entry.path.name
    if entry.error:
        error = " ".join(entry.error.replace(str(entry.path), entry.path.name).split())
        return Content.assemble(("✗ ", "bold $text-error"), (entry.path.name, "bold"), "  ",
                                (error, "italic $text-error"))
    meta = f"{entry.language:<3}{_words(entry.words):>5} "
    return Content.assemble((meta, "$text-muted"), title)


def _words(n: int) -> str:
    """Word count in at most 5 cells: 546, 6089, 12.3k."""
    return str(n) if n < 10_000 else f"{n / 1000:.1f}k" if n < 100_000 else f"{n // 1000}k"


class ArticleList(OptionList):
    """OptionList of articles; posts `Highlighted` as the cursor moves, `Opened` on enter."""

    BINDINGS: ClassVar[list[BindingType]] = list(LIST_BINDINGS)
    HELP = ("The library. `j`/`k` or the arrows move through articles; the highlighted "
            "article opens in the text pane and its summary follows. `enter` moves to the "
            "text; `/` filters the list.")

    @dataclass
    class Highlighted(Message):
        path: str

    @dataclass
    class Opened(Message):
        path: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    @staticmethod
    def option(entry: Entry) -> Option:
        return Option(entry_prompt(entry), id=str(entry.path))

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
