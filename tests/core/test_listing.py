"""The list model: which articles show, in what order, and how a pane gets there."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.library.listing import ArticleListModel, GroupHeader, group_row_id, is_group_row
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


# -- grouped by folder / feed -----------------------------------------------------------


def grouped_model(marks: Marks, sort: str = "path") -> ArticleListModel:
    model = ArticleListModel(marks, sort=sort, grouped=True, root="/lib")
    model.upsert(
        [
            entry("/lib/top.txt", "Top", "2025-01-01"),
            entry("/lib/feeds/bbc/b1.md", "Old", "2025-01-01", source="BBC News"),
            entry("/lib/feeds/bbc/b2.md", "New", "2025-03-01", source="BBC News"),
            entry("/lib/feeds/zz/z1.md", "Zed", "2025-02-01"),
            entry("/lib/notes/deep/n1.txt", "Note", "2025-02-02"),
        ]
    )
    return model


def test_grouped_rows_put_a_header_before_each_group(marks: Marks) -> None:
    model = grouped_model(marks)
    marks.read.add("/lib/feeds/bbc/b1.md")
    update = model.update([])
    bbc, lib, notes, zz = (group_row_id(k) for k in ("feeds/bbc", "", "notes/deep", "feeds/zz"))
    # groups by label: "BBC News" (the feed's source), "Library", "notes/deep", "zz" (no source)
    assert update.rows == [
        bbc,
        "/lib/feeds/bbc/b1.md",
        "/lib/feeds/bbc/b2.md",
        lib,
        "/lib/top.txt",
        notes,
        "/lib/notes/deep/n1.txt",
        zz,
        "/lib/feeds/zz/z1.md",
    ]
    assert update.visible == [r for r in update.rows if not is_group_row(r)]
    assert update.headers == [bbc, lib, notes, zz]
    assert model.header(bbc) == GroupHeader("feeds/bbc", "BBC News", 1, 2, feed=True)
    assert model.header(zz) == GroupHeader("feeds/zz", "zz", 1, 1, feed=True)
    assert model.header(lib) == GroupHeader("", "Library", 1, 1)
    assert model.header("/lib/top.txt") is None


def test_grouped_keeps_the_sort_order_within_each_group(marks: Marks) -> None:
    model = grouped_model(marks, sort="date")  # newest first
    rows = model.update([]).rows
    assert rows[1:3] == ["/lib/feeds/bbc/b2.md", "/lib/feeds/bbc/b1.md"]
    model.set_sort("title")
    rows = model.update(rows).rows
    assert rows[1:3] == ["/lib/feeds/bbc/b2.md", "/lib/feeds/bbc/b1.md"]  # New < Old
    model.set_sort("path")
    assert model.update(rows).rows[1:3] == ["/lib/feeds/bbc/b1.md", "/lib/feeds/bbc/b2.md"]


def test_reading_an_article_redraws_its_header_with_new_counts(marks: Marks) -> None:
    model = grouped_model(marks)
    rows = model.update([]).rows
    marks.read.add("/lib/feeds/bbc/b2.md")
    model.prompt_changed("/lib/feeds/bbc/b2.md")
    update = model.update(rows)
    assert update.append == []  # same rows: nothing moves
    assert update.prompts == ["/lib/feeds/bbc/b2.md", group_row_id("feeds/bbc")]
    header = model.header(group_row_id("feeds/bbc"))
    assert header is not None and (header.unread, header.total) == (1, 2)
    # all read (what `A` does): every header says 0 unread
    marks.read.update(model.visible())
    update = model.update(rows)
    assert set(update.prompts) == {
        group_row_id(k) for k in ("feeds/bbc", "", "notes/deep", "feeds/zz")
    }
    assert all(model.header(h).unread == 0 for h in update.headers)  # type: ignore[union-attr]
    assert model.update(rows).prompts == []  # redrawn once


def test_grouped_counts_follow_the_view_and_new_articles(marks: Marks) -> None:
    model = grouped_model(marks)
    rows = model.update([]).rows
    model.set_filter(["/lib/feeds/bbc/b2.md", "/lib/top.txt"])  # a search: ranked hits
    update = model.update(rows)
    assert update.refill == [
        group_row_id("feeds/bbc"),
        "/lib/feeds/bbc/b2.md",
        group_row_id(""),
        "/lib/top.txt",
    ]
    assert model.header(group_row_id("feeds/bbc")) == GroupHeader(
        "feeds/bbc", "BBC News", 1, 1, True
    )
    model.set_filter(None)
    rows = model.update(update.rows).rows
    model.upsert([entry("/lib/feeds/zz/z2.md", "Zed 2")])
    update = model.update(rows)
    assert update.append == ["/lib/feeds/zz/z2.md"]  # the last group grows at the end
    assert update.prompts == [group_row_id("feeds/zz")]
    assert model.header(group_row_id("feeds/zz")).total == 2  # type: ignore[union-attr]


def test_toggling_grouping_off_gives_the_flat_list_back(marks: Marks) -> None:
    model = grouped_model(marks)
    rows = model.update([]).rows
    model.set_grouped(False)
    update = model.update(rows)
    assert update.refill == update.visible == model.visible()
    assert not any(is_group_row(r) for r in update.rows)
    assert model.update(update.rows).prompts == []


def test_a_feeds_title_is_its_most_common_source_and_subfolders_stay_in_it(marks: Marks) -> None:
    model = ArticleListModel(marks, grouped=True, root="/lib")
    model.upsert(
        [
            entry("/lib/feeds/x/1.md", source="Beta"),
            entry("/lib/feeds/x/2.md", source="Alpha"),
            entry("/lib/feeds/x/old/3.md", source="Beta"),
            entry("/lib/feeds/y/1.md", source="Alpha"),
            entry("/lib/feeds/y/2.md", source="Beta"),
        ]
    )
    update = model.update([])
    assert update.headers == [group_row_id("feeds/y"), group_row_id("feeds/x")]
    assert model.header(group_row_id("feeds/x")) == GroupHeader("feeds/x", "Beta", 3, 3, True)
    assert model.header(group_row_id("feeds/y")).label == "Alpha"  # type: ignore[union-attr]


def test_unreadable_files_are_listed_in_their_group_but_not_counted(marks: Marks) -> None:
    model = ArticleListModel(marks, grouped=True, root="/lib")
    model.upsert([entry("/lib/a.txt"), replace(entry("/lib/b.bin"), error="not a text file")])
    update = model.update([])
    assert update.rows == [group_row_id(""), "/lib/a.txt", "/lib/b.bin"]
    assert model.header(group_row_id("")) == GroupHeader("", "Library", 1, 1)
