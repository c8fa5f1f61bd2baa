"""Reader state: persistence across restarts, atomic saves, corrupt files, moved articles."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.library.locations import default_state_path
from reader.library.state import ReaderState, sort_entries
from reader.model import Entry


def test_state_lives_in_the_platform_state_folder() -> None:
    assert str(default_state_path()).startswith(os.environ["XDG_STATE_HOME"])


def test_state_survives_a_restart(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "sub" / "b.txt"
    state = ReaderState()
    assert not state.is_read(a) and not state.is_bookmarked(a) and state.position(a) == 0
    state.set_read(a)
    assert state.toggle_bookmark(b) is True
    state.set_position(a, 42)
    state.set_sort_order("date")
    state.set_pref("bookmarks_only", True)

    again = ReaderState()  # a new process would see the same
    assert again.is_read(a) and not again.is_read(b)
    assert again.is_bookmarked(b) and not again.is_bookmarked(a)
    assert again.bookmarks() == [str(b)]
    assert again.position(a) == 42
    assert again.sort_order == "date"
    assert again.get_pref("bookmarks_only") is True
    assert again.toggle_bookmark(b) is False
    again.set_read(a, False)
    third = ReaderState()
    assert not third.is_read(a) and not third.is_bookmarked(b)
    assert third.position(a) == 42


def test_relative_and_absolute_paths_are_the_same_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    state = ReaderState()
    state.set_read(Path("articles/x.txt"))
    assert state.is_read(tmp_path / "articles" / "x.txt")


def test_moved_article_keeps_its_state_by_digest(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("x")
    state = ReaderState()
    state.set_bookmark(old, digest="abc")
    state.set_position(old, 7, digest="abc")
    old.rename(new)
    assert ReaderState().is_bookmarked(new, digest="abc")
    assert ReaderState().position(new, digest="abc") == 7
    assert not ReaderState().is_bookmarked(new)  # without the digest we cannot know
    state.set_read(new, digest="abc")
    assert ReaderState().bookmarks() == [str(new)]  # the record followed the file


@pytest.mark.parametrize(
    "garbage", [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b'{"version": 99}', b""]
)
def test_corrupt_state_starts_fresh(garbage: bytes, tmp_path: Path) -> None:
    path = default_state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(garbage)
    state = ReaderState()
    assert state.bookmarks() == [] and state.sort_order == "path"
    state.set_read(tmp_path / "a.txt")
    assert ReaderState().is_read(tmp_path / "a.txt")


def test_bad_sort_order_is_refused_and_ignored_on_load() -> None:
    state = ReaderState()
    with pytest.raises(ValueError):
        state.set_sort_order("size")
    state.set_pref("sort", "size")  # e.g. written by a newer version
    assert ReaderState().sort_order == "path"


def test_kill_during_save_leaves_the_old_state(tmp_path: Path) -> None:
    """A process killed in the middle of writing never leaves a half file behind."""
    state = ReaderState()
    state.set_read(tmp_path / "a.txt")
    script = (
        "import os, json, reader.library.state as s\n"
        "st = s.ReaderState(autosave=False)\n"
        "for i in range(20000): st._articles[f'/x/{i}'] = {'read': True}\n"
        "real = os.fsync\n"
        "def die(fd):\n"
        "    real(fd); os._exit(9)\n"
        "os.fsync = die\n"
        "st.save()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], timeout=60)
    assert done.returncode == 9
    again = ReaderState()
    assert again.is_read(tmp_path / "a.txt")
    assert len(again._articles) == 1
    leftovers = list(default_state_path().parent.glob(".state-*.tmp"))
    assert len(leftovers) == 1  # the killed save's temp file, swept once it is stale
    os.utime(leftovers[0], (1, 1))
    ReaderState()
    assert not leftovers[0].exists()


def entry(name: str, title: str = "", date: str = "", source: str = "", mtime: int = 0) -> Entry:
    return Entry(
        Path("lib") / name, title or name, "en", 10, date=date, source=source, mtime_ns=mtime
    )


def test_sort_entries() -> None:
    a = entry("b/a.txt", "zebra", date="2025-01-02", source="NRK")
    b = entry("b.txt", "Apple", mtime=1_800_000_000 * 10**9)  # no date: undated, not mtime
    c = entry("a.txt", "mango", date="2025-06-01T10:00", source="AFP")
    d = entry("c.txt", "apple", date="not a date", source="")
    assert [e.path for e in sort_entries([a, b, c, d], "path")] == [
        Path("lib/a.txt"),
        Path("lib/b/a.txt"),
        Path("lib/b.txt"),
        Path("lib/c.txt"),
    ]
    # newest first; undated articles (no date, or one we cannot read) last, by path
    assert [e.title for e in sort_entries([a, b, c, d], "date")] == [
        "mango",
        "zebra",
        "Apple",
        "apple",
    ]
    # a written date (an index row from before dates were stored as ISO) still counts
    e = entry("e.txt", "maerz", date="2. März 2025")
    assert [x.title for x in sort_entries([a, b, c, d, e], "date")][:3] == [
        "mango",
        "maerz",
        "zebra",
    ]
    assert [e.title for e in sort_entries([a, b, c, d], "title")] == [
        "Apple",
        "apple",
        "mango",
        "zebra",
    ]
    assert [e.title for e in sort_entries([a, b, c, d], "source")] == [
        "mango",
        "zebra",
        "Apple",
        "apple",
    ]
