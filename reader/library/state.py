"""What the reader remembers between runs: read/unread, bookmarks, last position, sort order.

Stored as one small JSON file in the platform state folder
(`user_state_dir("reader")/state.json`), never in article files. Only articles the
user touched have a record, so the file stays small even for a 10,000-article library.

Writes are atomic (temp file in the same folder, fsync, `os.replace`): a kill in the
middle of a save leaves the previous file intact, and its temp file is removed by a
later start. Saves merge (see `ReaderState`): two readers never erase each other's
changes. A corrupt file is set aside as `state.json.corrupt-<time>-<pid>-<n>` (never
overwriting an earlier copy) and the reader starts fresh, without a crash; a FIFO or
device in its place is never read (`reader.safe_io`).

Records are keyed by absolute path and also remember the article's content hash, so
an article that was moved or renamed (same bytes, new path) keeps its state when the
caller passes the digest (`Entry.digest`).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from reader.analysis.dates import date_key, parse_date
from reader.errors import ReaderError
from reader.library import faults
from reader.library.files import order_key, replace_file, sweep_temp_files
from reader.library.locations import default_state_path
from reader.model import Entry
from reader.safe_io import read_regular

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STATE_VERSION = 1
STATE_CAP = 64 * 1024 * 1024  # a state file larger than this is not ours: set aside
LOCK_WAIT = 5.0  # seconds a save waits for another reader's save
SORT_ORDERS = ("path", "date", "title", "source")  # "date" is newest first
DEFAULT_SORT = "path"


def _merge(
    disk: dict[str, dict[str, Any]],
    fields: dict[str, dict[str, Any]],
    moved: set[str],
) -> dict[str, dict[str, Any]]:
    """Records as on disk with changed fields applied on top (last writer wins per field)."""
    out = {k: dict(v) for k, v in disk.items()}
    for key in moved:
        if not os.path.exists(key):
            out.pop(key, None)
    for key, changed in fields.items():
        rec = {**out.get(key, {}), **changed}
        rec = {k: v for k, v in rec.items() if v not in (False, 0, None, "") or k == "digest"}
        if set(rec) <= {"digest"}:
            out.pop(key, None)
        else:
            out[key] = rec
    return out


def _key(path: Path | str) -> str:
    # abspath, not resolve(): no syscalls, so checking 10,000 rows stays cheap
    return os.path.abspath(os.fspath(path))


class ReaderState:
    """Per-article read/bookmark/position plus preferences; thread-safe.

    Every setter saves at once (atomically) unless `autosave=False`; then call
    `save()` yourself. `digest` arguments are optional: pass `Entry.digest` so a
    moved file keeps its state.

    Several readers may share the file (two app windows, a script): a save never
    writes this object's whole copy back. It takes the state lock, reads the file as
    it is now, applies only the changes made here (field by field: bookmark, read,
    position, each preference), writes the result atomically and adopts it, so the
    other reader's changes are kept and become visible here. Last writer wins per
    field, never per file.
    """

    def __init__(self, path: Path | None = None, *, autosave: bool = True) -> None:
        self.path = Path(path) if path is not None else default_state_path()
        self.autosave = autosave
        self._lock = threading.RLock()
        self._save_lock = threading.Lock()
        self._articles: dict[str, dict[str, Any]] = {}
        self._by_digest: dict[str, str] = {}
        self._prefs: dict[str, Any] = {}
        # changes since the last save, applied to the file as it is when saving
        self._changed_fields: dict[str, dict[str, Any]] = {}
        self._moved_away: set[str] = set()  # records that followed their file elsewhere
        self._changed_prefs: dict[str, Any] = {}
        self.notice: str | None = None  # a corrupt file set aside, an unreadable one
        self._sweep_temp_files()
        self._articles, self._prefs = self._read_disk(set_aside=True)
        self._index_digests()

    # -- load/save --------------------------------------------------------------------

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    def _read_disk(self, *, set_aside: bool) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
        """(articles, prefs) as the file holds them now; {} for missing or unusable files.

        Read through `safe_io` (a FIFO in its place must not hang the app; a huge file
        is not read whole). A corrupt file is set aside under a unique name, so a
        second corrupt file never overwrites the first copy.
        """
        try:
            raw = read_regular(self.path, STATE_CAP + 1)
        except ReaderError as exc:
            if not self.path.exists() and not self.path.is_symlink():
                return {}, {}
            self.notice = f"the reader state could not be read ({exc}); starting fresh"
            faults.report(self.notice)
            return {}, {}  # not a regular file or unreadable: a save replaces it
        try:
            if len(raw) > STATE_CAP:
                raise ValueError("too large")
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
                raise ValueError("unknown state format")
            articles = data.get("articles", {})
            prefs = data.get("prefs", {})
            if not isinstance(articles, dict) or not isinstance(prefs, dict):
                raise ValueError("unknown state format")
            return {str(k): dict(v) for k, v in articles.items() if isinstance(v, dict)}, prefs
        except (ValueError, UnicodeDecodeError, TypeError):
            if set_aside:
                kept = self._set_aside()
                self.notice = (
                    f"the reader state was damaged; kept as {kept.name} and started fresh"
                    if kept is not None
                    else "the reader state was damaged; started fresh"
                )
                faults.report(self.notice)
            return {}, {}

    def _set_aside(self) -> Path | None:
        """Move a corrupt state file to a new, unique `.corrupt-…` name (never overwriting)."""
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        for n in range(1, 1000):
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{os.getpid()}-{n}")
            try:
                os.link(self.path, target)  # fails if target exists
            except FileExistsError:
                continue
            except OSError:
                return None
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            return target
        return None

    def _index_digests(self) -> None:
        self._by_digest = {
            rec["digest"]: k
            for k, rec in sorted(self._articles.items())
            if isinstance(rec.get("digest"), str) and rec["digest"]
        }

    def _sweep_temp_files(self) -> None:
        """Remove temp files of saves that were killed (older than a minute)."""
        sweep_temp_files(self.path.parent, ".state-")

    @contextlib.contextmanager
    def _file_lock(self) -> Iterator[None]:
        """The state lock (flock on state.json.lock), waited for at most LOCK_WAIT seconds."""
        if fcntl is None:  # pragma: no cover - Windows: saves are still atomic
            yield
            return
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)
        flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.lock_path, flags, 0o600)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, f"{self.lock_path} is not a regular file")
            deadline = time.monotonic() + LOCK_WAIT
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise OSError(
                            errno.EWOULDBLOCK,
                            f"the state is locked by another reader for over {LOCK_WAIT:g} s",
                        ) from None
                    time.sleep(0.02)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def save(self) -> None:
        """Merge this reader's changes into the file (under the lock) and write it atomically.

        Raises OSError when the state folder cannot be written (read-only, full) or
        another reader holds the lock too long: the changes are kept here and the
        next save tries again. The file I/O runs outside this object's lock, so a
        setter on the UI thread never waits for a save in a worker.
        """
        with self._save_lock:
            with self._lock:
                fields = {k: dict(v) for k, v in self._changed_fields.items()}
                moved = set(self._moved_away)
                pref_changes = dict(self._changed_prefs)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._file_lock():
                disk_articles, disk_prefs = self._read_disk(set_aside=True)
                articles = _merge(disk_articles, fields, moved)
                prefs = {**disk_prefs, **pref_changes}
                data = {
                    "version": STATE_VERSION,
                    "prefs": prefs,
                    "articles": dict(sorted(articles.items())),
                }
                self._write(json.dumps(data, ensure_ascii=False, indent=0).encode("utf-8"))
            with self._lock:
                # what was saved is no longer pending; what changed meanwhile still is
                for key, saved in fields.items():
                    if self._changed_fields.get(key) == saved:
                        del self._changed_fields[key]
                for name, value in pref_changes.items():
                    if name in self._changed_prefs and self._changed_prefs[name] == value:
                        del self._changed_prefs[name]
                self._moved_away -= moved
                self._articles = _merge(articles, self._changed_fields, self._moved_away)
                self._prefs = {**prefs, **self._changed_prefs}
                self._index_digests()

    def _write(self, blob: bytes) -> None:
        replace_file(self.path, blob, prefix=".state-")

    def reload(self) -> None:
        """Adopt what other readers saved meanwhile (changes made here are kept)."""
        with self._lock:
            articles, prefs = self._read_disk(set_aside=False)
            self._articles = _merge(articles, self._changed_fields, self._moved_away)
            self._prefs = {**prefs, **self._changed_prefs}
            self._index_digests()

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
            old_rec = self._record(path, digest)
            rec = dict(old_rec)
            rec.update(values)
            changed = dict(values)
            if key not in self._articles and old_rec:
                changed = dict(old_rec) | changed  # the record follows a moved file
            if digest:
                rec["digest"] = digest
                changed["digest"] = digest
                old = self._by_digest.get(digest)
                if old and old != key and not os.path.exists(old):
                    self._articles.pop(old, None)  # moved: the record follows the file
                    self._moved_away.add(old)
                    self._changed_fields.pop(old, None)
                self._by_digest[digest] = key
            self._changed_fields.setdefault(key, {}).update(changed)
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
            self._changed_prefs["sort"] = order
        self._changed()

    def get_pref(self, name: str, default: Any = None) -> Any:
        return self._prefs.get(name, default)

    def set_pref(self, name: str, value: Any) -> None:
        """Any JSON-serialisable preference (e.g. "bookmarks_only": True)."""
        with self._lock:
            self._prefs[name] = value
            self._changed_prefs[name] = value
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
