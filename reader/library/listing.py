"""The article list as data: entries, order, filter, sort and bookmarks, without any UI.

The app's list pane is a view of this model. Batches from the index, search results
and the user's sort/filter choices go in; out comes the list of visible paths and,
for a pane that already shows some rows, the cheapest way to get there (append the
new rows, or refill). Keeping it free of Textual means the rules of the list are
tested in milliseconds and any other front end can reuse them.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
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
    rows: list[str] = field(default_factory=list)  # row ids: `visible` plus group headers

    @property
    def headers(self) -> list[str]:
        """The group header rows among `rows` (ids made by `group_row_id`)."""
        return [r for r in self.rows if is_group_row(r)]


GROUP_ROW_PREFIX = "\0group:"  # no file path holds NUL, so a header id is never a path
LIBRARY_GROUP = "Library"  # the label of the files at the top of the library


def group_row_id(key: str) -> str:
    """The row id of the header of group `key` (a folder relative to the library)."""
    return GROUP_ROW_PREFIX + key


def is_group_row(row: str) -> bool:
    return row.startswith(GROUP_ROW_PREFIX)


@dataclass(frozen=True, slots=True)
class GroupHeader:
    """One group of the grouped list: a folder, or a feed's `feeds/<slug>/` folder.

    `unread` and `total` count the articles of the group in the current view (search,
    bookmark and feed filters apply), so `A` on a view leaves every header at 0 unread.
    Files that could not be read (an `error` row) are listed but not counted.
    """

    key: str  # folder relative to the library, "/"-separated ("" = the top)
    label: str  # the folder, or the feed's title (its articles' `source`)
    unread: int
    total: int
    feed: bool = False

    @property
    def row_id(self) -> str:
        return group_row_id(self.key)


class ArticleListModel:
    """Entries by path plus the choices that decide which of them show, in what order."""

    def __init__(
        self,
        marks: Marks,
        *,
        sort: str = DEFAULT_SORT,
        bookmarks_only: bool = False,
        grouped: bool = False,
        root: Path | str | None = None,
    ) -> None:
        self.marks = marks
        self.grouped = grouped  # a header row per folder / feed, its articles below
        self.root = str(root) if root is not None else ""  # the library: groups are relative
        self.entries: dict[str, Entry] = {}
        self.order: list[str] = []  # every listed path, in the current sort order
        self.filter: list[str] | None = None  # search result paths (ranked); None = all
        self.sort = sort if sort in SORT_ORDERS else DEFAULT_SORT
        self.bookmarks_only = bookmarks_only
        self._order_dirty = False
        self._prompts_dirty: set[str] = set()
        self._headers: dict[str, GroupHeader] = {}  # as last handed out by `update`
        self._group_keys: dict[str, str] = {}  # path -> group (a path's folder never changes)

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
        for path in gone:
            self._group_keys.pop(path, None)
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

    def set_grouped(self, on: bool) -> None:
        """Group the list by folder / feed (header rows), or show it flat."""
        self.grouped = on

    # -- what shows ----------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """True when what a pane shows may be out of date (order, rows or a filter)."""
        return (
            self._order_dirty
            or bool(self._prompts_dirty)
            or self.bookmarks_only
            or self.grouped
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

    # -- groups --------------------------------------------------------------------

    def group_key(self, path: str) -> str:
        """The group of `path`: its folder relative to the library ("/"-separated).

        Everything under `feeds/<slug>/` is the feed's group, however deep.
        """
        key = self._group_keys.get(path)
        if key is None:
            key = self._group_keys[path] = self._folder(path)
        return key

    def _folder(self, path: str) -> str:
        rel = path
        root = self.root.rstrip(os.sep)
        if root and path.startswith(root + os.sep):
            rel = path[len(root) + 1 :]
        parts = rel.split(os.sep)[:-1]
        if len(parts) >= 2 and parts[0] == "feeds":
            parts = parts[:2]
        return "/".join(parts)

    def groups(self, paths: Sequence[str] | None = None) -> list[tuple[GroupHeader, list[str]]]:
        """(header, its paths in view order) per group of `paths` (default: `visible()`).

        Groups go by label (case-insensitive), then key; a group with no article in
        view has no header.
        """
        paths = self.visible() if paths is None else paths
        members: dict[str, list[str]] = {}
        for path in paths:
            members.setdefault(self.group_key(path), []).append(path)
        out: list[tuple[GroupHeader, list[str]]] = []
        for key, group in members.items():
            feed = key.startswith("feeds/")
            label = self._feed_title(key, group) if feed else (key or LIBRARY_GROUP)
            articles = [p for p in group if not self.entries[p].error]  # not unreadable files
            unread = sum(not self.is_read(p) for p in articles)
            out.append((GroupHeader(key, label, unread, len(articles), feed), group))
        out.sort(key=lambda item: (item[0].label.casefold(), item[0].key))
        return out

    def _feed_title(self, key: str, paths: Sequence[str]) -> str:
        """The feed's title: the `source` most of its articles carry, else its folder name."""
        sources = Counter(s for p in paths if (s := self.entries[p].source.strip()))
        if not sources:
            return key.partition("/")[2]
        best = max(sources.values())
        return min(s for s, n in sources.items() if n == best)

    def header(self, row: str) -> GroupHeader | None:
        """The header of a group row as last handed out by `update` (None: not a header)."""
        return self._headers.get(row)

    def rows(self) -> tuple[list[str], list[str], dict[str, GroupHeader]]:
        """(visible paths, row ids, headers by row id): headers only when grouped."""
        paths = self.visible()
        if not self.grouped:
            return paths, paths, {}
        rows: list[str] = []
        ordered: list[str] = []
        headers: dict[str, GroupHeader] = {}
        for header, group in self.groups(paths):
            headers[header.row_id] = header
            rows.append(header.row_id)
            rows += group
            ordered += group
        return ordered, rows, headers

    def update(self, have: Sequence[str]) -> ListUpdate:
        """The step from the rows a pane shows (`have`) to `rows()`; clears dirty rows.

        `prompts` also holds the header rows whose label or counts changed since the
        last update (an article read, one added to the group, `A`).
        """
        want, rows, headers = self.rows()
        prompts = sorted(self._prompts_dirty)
        prompts += [r for r, h in headers.items() if self._headers.get(r, h) != h]
        self._prompts_dirty.clear()
        self._headers = headers
        if len(rows) >= len(have) and rows[: len(have)] == list(have):
            return ListUpdate(want, rows[len(have) :], None, prompts, rows)
        return ListUpdate(want, None, rows, prompts, rows)

    def _sort_if_needed(self) -> None:
        if self._order_dirty:
            self.order = [str(e.path) for e in sort_entries(self.entries.values(), self.sort)]
            self._order_dirty = False


def _sort_fields(entry: Entry) -> tuple[str, str, str, int]:
    return entry.title, entry.date, entry.source, entry.mtime_ns
