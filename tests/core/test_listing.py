"""The list model: which articles show, in what order, and how a pane gets there."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.library.listing import ArticleListModel
from reader.model import Entry


class Marks:
    """Read marks and bookmarks by path (what ReaderState offers the model)."""

    def __init__(self) -> None:
        self.read: set[str] = set()
        self.bookmarked: set[str] = set()

    def is_read(self, path: str, digest: str | None = None) -> bool:
        return path in self.read

    def is_bookmarked(self, path: str, digest: str | None = None) -> bool:
        return path in self.bookmarked


def entry(name: str, title: str = "", date: str = "", source: str = "", digest: str = "d") -> Entry:
    return Entry(Path(name), title or name, "en", 10, date=date, source=source, digest=digest)


@pytest.fixture
def marks() -> Marks:
    return Marks()


def test_a_scan_in_library_order_only_appends(marks: Marks) -> None:
    model = ArticleListModel(marks)
    model.upsert([entry("a.txt"), entry("b.txt")])
    first = model.update([])
    assert first.append == ["a.txt", "b.txt"] and first.refill is None
    model.upsert([entry("c.txt")])
    second = model.update(first.visible)
    assert second.append == ["c.txt"]
    assert second.visible == ["a.txt", "b.txt", "c.txt"]


def test_a_row_that_sorts_in_between_refills(marks: Marks) -> None:
    model = ArticleListModel(marks)
    model.upsert([entry("a.txt"), entry("c.txt")])
    shown = model.update([]).visible
    model.upsert([entry("b.txt")])
    update = model.update(shown)
    assert update.append is None
    assert update.refill == ["a.txt", "b.txt", "c.txt"]


def test_sort_orders_and_ties_by_path(marks: Marks) -> None:
    model = ArticleListModel(marks)
    model.upsert(
        [
            entry("a.txt", "Zebra", "2025-01-02", "Y"),
            entry("b.txt", "apple", "2025-03-01", "X"),
            entry("c.txt", "Mango", "", "X"),
        ]
    )
    assert model.visible() == ["a.txt", "b.txt", "c.txt"]
    model.set_sort("title")
    assert model.visible() == ["b.txt", "c.txt", "a.txt"]
    model.set_sort("source")
    assert model.visible()[:2] == ["b.txt", "c.txt"]  # same source: path order
    with pytest.raises(ValueError):
        model.set_sort("size")


def test_search_filter_keeps_rank_and_drops_unknown_paths(marks: Marks) -> None:
    model = ArticleListModel(marks)
    model.upsert([entry("a.txt"), entry("b.txt"), entry("c.txt")])
    assert model.set_filter(["c.txt", "gone.txt", "a.txt"])
    assert model.visible() == ["c.txt", "a.txt"]
    assert not model.set_filter(["c.txt", "gone.txt", "a.txt"])  # same filter: no change
    assert model.set_filter(None)
    assert model.visible() == ["a.txt", "b.txt", "c.txt"]


def test_bookmarks_only(marks: Marks) -> None:
    model = ArticleListModel(marks, bookmarks_only=True)
    model.upsert([entry("a.txt"), entry("b.txt")])
    assert model.visible() == []
    marks.bookmarked.add("b.txt")
    assert model.visible() == ["b.txt"]
    model.set_bookmarks_only(False)
    assert model.visible() == ["a.txt", "b.txt"]


def test_upsert_reports_changed_content_and_dirty_rows(marks: Marks) -> None:
    model = ArticleListModel(marks)
    model.upsert([entry("a.txt", digest="1"), entry("b.txt", digest="1")])
    shown = model.update([]).visible
    changed = model.upsert([entry("a.txt", digest="2"), entry("b.txt", "New title", digest="1")])
    assert changed == ["a.txt"]  # only a content change re-analyses
    update = model.update(shown)
    assert update.prompts == ["a.txt", "b.txt"]
    assert update.append == []  # same rows in the same order
    assert model.update(shown).prompts == []  # redrawn once


def test_removed_rows_leave_the_list(marks: Marks) -> None:
    model = ArticleListModel(marks)
    model.upsert([entry("a.txt"), entry("b.txt")])
    shown = model.update([]).visible
    assert model.remove(["b.txt", "never.txt"]) == ["b.txt"]
    assert model.update(shown).refill == ["a.txt"]


def test_a_title_change_resorts_only_when_sorted_by_it(marks: Marks) -> None:
    model = ArticleListModel(marks, sort="title")
    a, b = entry("a.txt", "Alpha"), entry("b.txt", "Beta")
    model.upsert([a, b])
    assert model.visible() == ["a.txt", "b.txt"]
    model.upsert([replace(a, title="Zulu")])
    assert model.visible() == ["b.txt", "a.txt"]


def test_marks_follow_the_content_digest(marks: Marks) -> None:
    seen: list[tuple[str, str | None]] = []

    class Recording(Marks):
        def is_read(self, path: str, digest: str | None = None) -> bool:
            seen.append((path, digest))
            return False

    model = ArticleListModel(Recording())
    model.upsert([entry("a.txt", digest="abc"), entry("b.txt", digest="")])
    model.is_read("a.txt")
    model.is_read("b.txt")
    assert seen == [("a.txt", "abc"), ("b.txt", None)]
