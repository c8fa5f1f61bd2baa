"""What the reader remembers between runs: read/unread, bookmarks, last position, sort order.

Stored as one small JSON file in the platform state folder
(`user_state_dir("reader")/state.json`), never in article files. Only articles the
user touched have a record, so the file stays small even for a 10,000-article library.

Writes are atomic (temp file in the same folder, fsync, `os.replace`): a kill in the
middle of a save leaves the previous file intact. An unreadable or corrupt file is
set aside as `state.json.corrupt` and the reader starts fresh, without a crash.

Records are keyed by absolute path and also remember the article's content hash, so
an article that was moved or renamed (same bytes, new path) keeps its state when the
caller passes the digest (`Entry.digest`).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reader.analysis.dates import date_key, parse_date
from reader.library.files import order_key
from reader.library.locations import default_state_path
from reader.model import Entry

STATE_VERSION = 1
SORT_ORDERS = ("path", "date", "title", "source")  # "date" is newest first
DEFAULT_SORT = "path"


def _key(path: Path | str) -> str:
    # abspath, not resolve(): no syscalls, so checking 10,000 rows stays cheap
    return os.path.abspath(os.fspath(path))


class ReaderState:
    """Per-article read/bookmark/position plus preferences; thread-safe.

    Every setter saves at once (atomically) unless `autosave=False`; then call
    `save()` yourself. `digest` arguments are optional: pass `Entry.digest` so a
    moved file keeps its state.
    """

    def __init__(self, path: Path | None = None, *, autosave: bool = True) -> None:
        self.path = Path(path) if path is not None else default_state_path()
        self.autosave = autosave
        self._lock = threading.RLock()
        self._articles: dict[str, dict[str, Any]] = {}
        self._by_digest: dict[str, str] = {}
        self._prefs: dict[str, Any] = {}
        self._load()

    # -- load/save --------------------------------------------------------------------

    def _load(self) -> None:
        self._sweep_temp_files()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError:
            return  # unreadable: start fresh, a later save may still work
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
                raise ValueError("unknown state format")
            articles = data.get("articles", {})
            prefs = data.get("prefs", {})
            if not isinstance(articles, dict) or not isinstance(prefs, dict):
                raise ValueError("unknown state format")
            self._articles = {str(k): dict(v) for k, v in articles.items() if isinstance(v, dict)}
            self._prefs = prefs
        except (ValueError, UnicodeDecodeError, TypeError):
            with contextlib.suppress(OSError):
                os.replace(self.path, self.path.with_name(self.path.name + ".corrupt"))
            self._articles, self._prefs = {}, {}
        self._by_digest = {
            rec["digest"]: k
            for k, rec in sorted(self._articles.items())
            if isinstance(rec.get("digest"), str) and rec["digest"]
        }

    def _sweep_temp_files(self) -> None:
        """Remove temp files of saves that were killed (older than a minute)."""
        import time

        try:
            leftovers = list(self.path.parent.glob(".state-*.tmp"))
        except OSError:
            return
        for tmp in leftovers:
            with contextlib.suppress(OSError):
                if time.time() - tmp.stat().st_mtime > 60:
                    tmp.unlink()

    def save(self) -> None:
        """Write the state atomically (temp file + fsync + os.replace)."""
        with self._lock:
            data = {
                "version": STATE_VERSION,
                "prefs": self._prefs,
                "articles": dict(sorted(self._articles.items())),
            }
            blob = json.dumps(data, ensure_ascii=False, indent=0).encode("utf-8")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".state-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(blob)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise

    def _changed(self) -> None:
        if self.autosave:
            # state is a convenience: a full disk must not crash the reader
            with contextlib.suppress(OSError):
                self.save()

    # -- records ----------------------------------------------------------------------

    def _record(self, path: Path | str, digest: str | None) -> dict[str, Any]:
        key = _key(path)
        rec = self._articles.get(key)
        if rec is None and digest and digest in self._by_digest:
            rec = self._articles.get(self._by_digest[digest])
        return rec or {}

    def _update(self, path: Path | str, digest: str | None, **values: Any) -> None:
        with self._lock:
            key = _key(path)
            rec = dict(self._record(path, digest))
            rec.update(values)
            if digest:
                rec["digest"] = digest
                old = self._by_digest.get(digest)
                if old and old != key and not os.path.exists(old):
                    self._articles.pop(old, None)  # moved: the record follows the file
                self._by_digest[digest] = key
            rec = {k: v for k, v in rec.items() if v not in (False, 0, None, "") or k == "digest"}
            if set(rec) <= {"digest"}:
                self._articles.pop(key, None)
            else:
                self._articles[key] = rec
        self._changed()

    def is_read(self, path: Path | str, digest: str | None = None) -> bool:
        return bool(self._record(path, digest).get("read"))

    def set_read(self, path: Path | str, read: bool = True, digest: str | None = None) -> None:
        self._update(path, digest, read=read)

    def is_bookmarked(self, path: Path | str, digest: str | None = None) -> bool:
        return bool(self._record(path, digest).get("bookmark"))

    def set_bookmark(self, path: Path | str, on: bool = True, digest: str | None = None) -> None:
        self._update(path, digest, bookmark=on)

    def toggle_bookmark(self, path: Path | str, digest: str | None = None) -> bool:
        """Flip the bookmark of an article; returns the new value (True = bookmarked)."""
        with self._lock:
            on = not self.is_bookmarked(path, digest)
            self.set_bookmark(path, on, digest)
        return on

    def bookmarks(self) -> list[str]:
        """Absolute paths of bookmarked articles, sorted."""
        return sorted(k for k, rec in self._articles.items() if rec.get("bookmark"))

    def position(self, path: Path | str, digest: str | None = None) -> int:
        """Last scroll offset (lines) in the article, 0 when never opened."""
        value = self._record(path, digest).get("position", 0)
        return int(value) if isinstance(value, int | float) else 0

    def set_position(self, path: Path | str, position: int, digest: str | None = None) -> None:
        self._update(path, digest, position=max(0, int(position)))

    # -- preferences ------------------------------------------------------------------

    @property
    def sort_order(self) -> str:
        order = self._prefs.get("sort", DEFAULT_SORT)
        return order if order in SORT_ORDERS else DEFAULT_SORT

    def set_sort_order(self, order: str) -> None:
        if order not in SORT_ORDERS:
            raise ValueError(f"unknown sort order {order!r}; one of {', '.join(SORT_ORDERS)}")
        with self._lock:
            self._prefs["sort"] = order
        self._changed()

    def get_pref(self, name: str, default: Any = None) -> Any:
        return self._prefs.get(name, default)

    def set_pref(self, name: str, value: Any) -> None:
        """Any JSON-serialisable preference (e.g. "bookmarks_only": True)."""
        with self._lock:
            self._prefs[name] = value
        self._changed()


def entry_time(entry: Entry) -> float | None:
    """Seconds since the epoch of the article's date (front matter or feed), None if undated.

    `Entry.date` is already ISO 8601 (parsed by reader.analysis.dates when the row was
    made); an older free-form value is parsed here too.
    """
    if not entry.date:
        return None
    t = date_key(entry.date)
    return t if t is not None else date_key(parse_date(entry.date))


def sort_entries(entries: Iterable[Entry], order: str = DEFAULT_SORT) -> list[Entry]:
    """Entries in the given order: path (library order), date (newest first), title, source.

    Ties are broken by path, so the result is the same in every process.
    """
    items = list(entries)

    def path_key(e: Entry) -> tuple[str, ...]:
        return order_key(e.path.as_posix())

    if order == "date":  # newest first; undated articles last, in path order

        def date_order(e: Entry) -> tuple[int, float, tuple[str, ...]]:
            t = entry_time(e)
            return (1, 0.0, path_key(e)) if t is None else (0, -t, path_key(e))

        return sorted(items, key=date_order)
    if order == "title":
        return sorted(items, key=lambda e: (e.title.casefold(), path_key(e)))
    if order == "source":
        return sorted(items, key=lambda e: (not e.source, e.source.casefold(), path_key(e)))
    return sorted(items, key=path_key)
