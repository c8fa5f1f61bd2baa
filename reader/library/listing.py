"""The article list as data: entries, order, filter, sort and bookmarks, without any UI.

The app's list pane is a view of this model. Batches from the index, search results
and the user's sort/filter choices go in; out comes the list of visible paths and,
for a pane that already shows some rows, the cheapest way to get there (append the
new rows, or refill). Keeping it free of Textual means the rules of the list are
tested in milliseconds and any other front end can reuse them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from reader.library.state import DEFAULT_SORT, SORT_ORDERS, sort_entries
from reader.model import Entry


class Marks(Protocol):
    """Per-article marks the list shows and filters by (ReaderState has these)."""

    def is_read(self, path: str, digest: str | None = None) -> bool: ...

    def is_bookmarked(self, path: str, digest: str | None = None) -> bool: ...


@dataclass(frozen=True, slots=True)
class ListUpdate:
    """How a pane showing `have` gets to the visible rows.

    `append`: rows to add after the ones shown (the shown rows are a prefix of the new
    list, as during a scan in library order). Otherwise `refill` holds the whole new
    list. `prompts`: rows whose text changed (title, read mark, bookmark), shown or
    not: a pane redraws the shown ones and forgets any row it keeps for the others.
    """

    visible: list[str]
    append: list[str] | None
    refill: list[str] | None
    prompts: list[str]


class ArticleListModel:
    """Entries by path plus the choices that decide which of them show, in what order."""

    def __init__(
        self, marks: Marks, *, sort: str = DEFAULT_SORT, bookmarks_only: bool = False
    ) -> None:
        self.marks = marks
        self.entries: dict[str, Entry] = {}
        self.order: list[str] = []  # every listed path, in the current sort order
        self.filter: list[str] | None = None  # search result paths (ranked); None = all
        self.sort = sort if sort in SORT_ORDERS else DEFAULT_SORT
        self.bookmarks_only = bookmarks_only
        self._order_dirty = False
        self._prompts_dirty: set[str] = set()

    # -- marks ---------------------------------------------------------------------

    def digest(self, path: str) -> str | None:
        """The content hash the marks of `path` are tied to (None when unknown)."""
        entry = self.entries.get(path)
        return (entry.digest or None) if entry is not None else None

    def is_read(self, path: str) -> bool:
        return self.marks.is_read(path, self.digest(path))

    def is_bookmarked(self, path: str) -> bool:
        return self.marks.is_bookmarked(path, self.digest(path))

    def prompt_changed(self, path: str) -> None:
        """A mark of `path` changed: its row must be redrawn."""
        self._prompts_dirty.add(path)

    # -- entries -------------------------------------------------------------------

    def upsert(self, entries: Iterable[Entry]) -> list[str]:
        """Take new or updated rows; returns the paths whose file content changed."""
        changed: list[str] = []
        for entry in entries:
            path = str(entry.path)
            old = self.entries.get(path)
            self.entries[path] = entry
            if old is None:
                self._order_dirty = True
                continue
            if old.digest and old.digest != entry.digest:
                changed.append(path)
            if self.sort != "path" and _sort_fields(old) != _sort_fields(entry):
                self._order_dirty = True
            if old != entry:
                self._prompts_dirty.add(path)
        return changed

    def remove(self, paths: Iterable[str]) -> list[str]:
        """Drop rows whose files went away; returns the ones that were listed."""
        gone = [p for p in paths if self.entries.pop(p, None) is not None]
        if gone:
            self._order_dirty = True
        return gone

    def listed(self) -> list[Entry]:
        """Every entry in the current sort order (search and bookmark filters aside)."""
        self._sort_if_needed()
        return [self.entries[p] for p in self.order]

    # -- choices -------------------------------------------------------------------

    def set_filter(self, paths: Sequence[str] | None) -> bool:
        """Show only these paths, ranked (a search), or everything (None). True if changed."""
        new = list(paths) if paths is not None else None
        if new == self.filter and not self._order_dirty:
            return False
        self.filter = new
        return True

    def set_sort(self, order: str) -> None:
        if order not in SORT_ORDERS:
            raise ValueError(f"unknown sort order {order!r}")
        self.sort = order
        self._order_dirty = True

    def set_bookmarks_only(self, on: bool) -> None:
        self.bookmarks_only = on

    # -- what shows ----------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """True when what a pane shows may be out of date (order, rows or a filter)."""
        return (
            self._order_dirty
            or bool(self._prompts_dirty)
            or self.bookmarks_only
            or self.filter is not None
        )

    def visible(self) -> list[str]:
        """What the list shows: search hits (ranked) or the sorted library, maybe bookmarks only."""
        self._sort_if_needed()
        paths = (
            [p for p in self.filter if p in self.entries] if self.filter is not None else self.order
        )
        if self.bookmarks_only:
            paths = [p for p in paths if self.is_bookmarked(p)]
        return paths

    def update(self, have: Sequence[str]) -> ListUpdate:
        """The step from the rows a pane shows (`have`) to `visible()`; clears dirty rows."""
        want = self.visible()
        prompts = sorted(self._prompts_dirty)
        self._prompts_dirty.clear()
        if len(want) >= len(have) and want[: len(have)] == list(have):
            return ListUpdate(want, want[len(have) :], None, prompts)
        return ListUpdate(want, None, want, prompts)

    def _sort_if_needed(self) -> None:
        if self._order_dirty:
            self.order = [str(e.path) for e in sort_entries(self.entries.values(), self.sort)]
            self._order_dirty = False


def _sort_fields(entry: Entry) -> tuple[str, str, str, int]:
    return entry.title, entry.date, entry.source, entry.mtime_ns
