"""The on-disk library index: a SQLite cache that keeps `reader` instant at 10,000 articles.

What it holds, per library folder (one database file per folder, in the platform
cache dir, `user_cache_dir("reader")/index-<hash of the folder>.sqlite3`):

- one row per article file, keyed by its path relative to the library, validated by
  size + mtime_ns and identified by the sha256 of its bytes: title, language, word
  count, date/source/url from front matter;
- an FTS5 full-text index over title + text (unicode61, accents folded), plus a table
  of long terms used to find words inside compounds ("budsjett" in
  "kommunebudsjettet");
- cached analyses (figures, sources, boilerplate, summary) keyed by
  (content hash, language option, method, sentences) and by a fingerprint of the
  analysis code, so a restart does not re-analyse unchanged files and a code change
  never serves stale results.

It is only a cache: deleting it loses nothing, and a corrupt, foreign or
old-schema file is deleted and rebuilt silently. Every thread gets its own
connection, so the app may call any method from any worker thread.

Several processes share it (docs/robustness.md, "Environment"):

- readers never wait: WAL journal, and opening a ready index writes nothing;
- one indexer at a time: `refresh()` takes an advisory lock (`<index>.lock`, flock)
  before it reads files. A second process that finds the lock taken *follows*: it
  yields the rows the indexer commits (each write stamps rows with a rising `seq`)
  and takes over when the lock is free, so cold work is done once. The indexer
  touches the lock file every half second; when it has not for `STALL_SECONDS`
  (stopped, hung on a disk), the follower answers with what is indexed and says so;
- files are read and parsed outside transactions; each batch is one short write;
- an unusable cache (folder taken by a file, read-only, full) is replaced once per
  process by one reused index in a private temp folder, else by one in memory, and
  said so through `reader.library.faults`.

Why two passes on a cold start: language detection (langdetect) costs ~7 ms per
article, everything else well under 1 ms. `refresh()` first lists every file with
title and word count (language from front matter, else pending ""), then detects
the missing languages and yields the same paths again, completed.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import itertools
import json
import os
import sqlite3
import stat
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reader.analysis.language import canonical, detect_language
from reader.analysis.loader import MAX_BYTES, parse
from reader.analysis.scripts import count_words
from reader.analysis.stems import index_terms
from reader.errors import ReaderError, printable
from reader.library import faults, fingerprint
from reader.library.files import iter_stats, order_key, path_of, rel_key
from reader.library.fingerprint import entry_fingerprint
from reader.library.locations import default_db_path
from reader.library.terms import long_terms
from reader.library.watch import Changes
from reader.model import (
    Analysis,
    Entry,
    Figure,
    Meta,
    Options,
    Source,
    Span,
    Structure,
    Summary,
    SummarySentence,
)
from reader.safe_io import read_regular

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, every process indexes
    fcntl = None  # type: ignore[assignment]

# 3: author column, dates stored as ISO 8601; 4: files.seq (followers read what the
# indexer commits); 5: fts.stems, the stems of an article's words in its language
SCHEMA_VERSION = 5
ENTRY_FORMAT = 2  # bump when the way a file becomes a row changes
FIRST_BATCH = 12  # the first batch is small (a screenful) so the first screen comes quickly
CACHED_BATCH = 2000  # rows already in the cache cost nothing to read: bigger batches
_POOL_MIN = 400  # fewer pending languages than this are not worth starting processes
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
# SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN: the cache
# file cannot be written here (read-only, full, file size limit, folder gone)
_WRITE_FAILURE_CODES = {3, 8, 10, 13, 14}
BUSY_TIMEOUT = 10.0  # seconds a write waits for another writer (writes are short batches)
HEARTBEAT_SECONDS = 0.5  # the indexer touches its lock file this often
STALL_SECONDS = 3.0  # a lock file untouched this long: the indexer is stopped or stuck
FOLLOW_POLL_SECONDS = 0.2  # how often a follower looks for new rows and a free lock
WAIT_NOTICE_SECONDS = 1.0  # a follower says it is waiting after this long

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    digest TEXT NOT NULL,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    words INTEGER NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    error TEXT,
    author TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS files_digest ON files(digest);
CREATE INDEX IF NOT EXISTS files_seq ON files(seq);
CREATE TABLE IF NOT EXISTS terms(id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS analysis(
    digest TEXT NOT NULL,
    key TEXT NOT NULL,
    version TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY(digest, key)
) WITHOUT ROWID;
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', '{SCHEMA_VERSION}');
"""
_FTS_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, body, stems, tokenize = 'unicode61 remove_diacritics 2'
);
"""
# Substring index over the (few hundred thousand) distinct long terms, not over the
# text: a trigram index of 10,000 articles measured 350 MB / 15.7 s to build and
# 20–47 ms a query, against 150 MB / 2.1 s for unicode61 alone.
_TRIGRAM_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS terms_tri USING fts5(
    term, content = 'terms', content_rowid = 'id', tokenize = 'trigram'
);
"""


# --------------------------------------------------------------------------- helpers


@cache
def _fts5_accepts(options: str) -> bool:
    """Whether this Python's SQLite can create an FTS5 table with these options."""
    try:
        con = sqlite3.connect(":memory:")
        try:
            con.execute(f"CREATE VIRTUAL TABLE t USING fts5({options})")
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return True


def trigram_available() -> bool:
    """Whether FTS5 has the trigram tokenizer (SQLite 3.34+); else compounds scan terms."""
    return _fts5_accepts("a, tokenize = 'trigram'")


def fts5_available() -> bool:
    """Whether this Python's SQLite has FTS5 (it almost always does; else scan search)."""
    return _fts5_accepts("a")


@cache
def entry_version() -> str:
    """Fingerprint of the code that turns a file into a list row (see reader.library.fingerprint).

    ENTRY_FORMAT covers this module: bump it when `_parse`/`_index_one` change what a
    row holds, so editing the index code elsewhere does not throw away cached rows.
    """
    return f"{SCHEMA_VERSION}-{entry_fingerprint(entry_format=ENTRY_FORMAT)}"


def analysis_version() -> str:
    """Fingerprint of every analysis module and data file: stale analyses are never served."""
    return f"{SCHEMA_VERSION}-{fingerprint.analysis_version()}"


def _options_key(options: Options | None) -> str:
    o = options or Options()
    key: list[object] = [o.language or "", o.method or "", o.sentences or 0]
    if o.words or o.ratio:  # only then: keys of existing caches stay valid
        key += [o.words or 0, o.ratio or 0]
    return json.dumps(key)


def analysis_from_json(data: dict[str, Any], path: str | None = None) -> Analysis:
    """Rebuild an `Analysis` from `Analysis.to_json()` (the cached form)."""
    summary = data.get("summary") or {}
    return Analysis(
        path=path if path is not None else data.get("path"),
        title=data["title"],
        language=data["language"],
        text=data["text"],
        figures=tuple(
            Figure(f["start"], f["end"], f["text"], f["kind"]) for f in data.get("figures", ())
        ),
        sources=tuple(
            Source(
                s["start"],
                s["end"],
                s["text"],
                Span(s["cue"]["start"], s["cue"]["end"], s["cue"]["text"]),
            )
            for s in data.get("sources", ())
        ),
        boilerplate=tuple(
            Span(b["start"], b["end"], b["text"]) for b in data.get("boilerplate", ())
        ),
        summary=Summary(
            summary.get("method", "none"),
            tuple(
                SummarySentence(s["start"], s["end"], s["text"], s["rank"], s.get("why", ""))
                for s in summary.get("sentences", ())
            ),
        ),
        notice=data.get("notice"),
        info=Meta(
            source=data.get("source"),
            date=data.get("date"),
            url=data.get("url"),
            author=data.get("author"),
        ),
        structure=tuple(
            Structure(m["start"], m["end"], m["text"], m["kind"], m.get("url"))
            for m in data.get("structure", ())
        ),
        title_from_text=bool(data.get("title_from_text", True)),
    )


@dataclass(frozen=True, slots=True)
class _Read:
    """What one pass over a file's bytes gives (no language detection)."""

    digest: str
    title: str
    language: str  # "" = pending
    words: int
    date: str
    source: str
    url: str
    error: str | None
    text: str
    author: str = ""


@dataclass(frozen=True, slots=True)
class _Prepared:
    """One file read and parsed, ready to be written (`read` None: gone or unreadable)."""

    rel: str
    old: tuple[Any, ...] | None
    read: _Read | None
    size: int
    mtime: int
    digest: str
    touched: bool = False  # same bytes as the indexed row: only size/mtime change
    language: str = ""
    stems: str = ""  # index_terms of title and text, once the language is known


def _read_file(path: Path) -> tuple[bytes | None, str | None]:
    """At most MAX_BYTES + 1 bytes of a regular file (safe_io): what is hashed and indexed.

    Hashing only this prefix keeps a 3 GB file as cheap as a 1 MB one; it is also all
    the loader ever analyses, so the digest still identifies what an analysis holds.
    """
    try:
        return read_regular(path, MAX_BYTES + 1), None
    except ReaderError as exc:
        return None, str(exc)


def _digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _parse(data: bytes, path: Path) -> _Read:
    digest = _digest_of(data)
    try:
        article = parse(data, str(path))
    except ReaderError as exc:
        return _Read(digest, path.name, "und", 0, "", "", "", str(exc), "")
    info = article.info
    return _Read(
        digest,
        article.title,
        canonical(article.declared_language) or "",
        count_words(article.text),
        info.date or "",
        info.source or "",
        info.url or "",
        None,
        article.text,
        info.author or "",
    )


def _detect_file(job: tuple[str, str]) -> tuple[str, str, str, str] | None:
    """Language of the file at job[0] if it still has digest job[1] (else None), and what
    the search index stores for it: the stems of its title and text in that language,
    its title, its text.

    Module level so worker processes can run it.
    """
    path, digest = job
    data, _ = _read_file(Path(path))
    if data is None or _digest_of(data) != digest:
        return None  # changed meanwhile: the next refresh re-reads it
    read = _parse(data, Path(path))
    language = detect_language(read.text)
    return language, index_terms(read.title + "\n" + read.text, language), read.title, read.text


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _CORRUPT_CODES:
        return True
    msg = str(exc).lower()
    return (
        "malformed" in msg
        or "not a database" in msg
        or "no such table" in msg
        or "no such column" in msg
        or ("fts5" in msg and "corrupt" in msg)
    )


def _is_write_failure(exc: sqlite3.Error) -> bool:
    """The cache cannot be written where it is: read-only, full, no permission, gone."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _WRITE_FAILURE_CODES:
        return True
    msg = str(exc).lower()
    return any(
        words in msg
        for words in ("readonly", "disk is full", "disk i/o", "unable to open", "file too large")
    )


def _failure_words(exc: BaseException) -> str:
    """Why a cache could not be used, in a few words."""
    if isinstance(exc, OSError):
        if exc.errno == errno.EFBIG:
            return "file size limit reached"
        return (exc.strerror or str(exc)).lower()
    msg = str(exc).lower()
    if "full" in msg:
        return "disk full"
    if "readonly" in msg or "read-only" in msg:
        return "read-only"
    return msg or type(exc).__name__


class _Connection(sqlite3.Connection):
    """A connection that may carry a lock serialising its transactions across threads.

    Only the in-memory fallback needs it: there one connection serves every thread.
    """

    txlock: threading.RLock | None = None


MEMORY = ":memory:"
# Decided once per process and cache file: where that cache really lives (a reused
# temp file or MEMORY) once its own folder proved unusable, and the shared in-memory
# connections. Without this every app worker (a poll every 2 s) would find the same
# fault again and rebuild a whole index each time.
_FALLBACK: dict[Path, str] = {}
_MEMORY_DBS: dict[Path, _Connection] = {}
_FALLBACK_LOCK = threading.Lock()


def _private_temp_dir() -> Path | None:
    """A folder only this user can use, in the temp dir, reused by every run; or None."""
    try:
        uid = os.getuid()
    except AttributeError:  # pragma: no cover - Windows
        uid = 0
    folder = Path(tempfile.gettempdir()) / f"reader-{uid}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        st = folder.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != uid):
        return None  # a symlink or someone else's folder: not ours to write in
    if st.st_mode & 0o077:
        try:
            folder.chmod(0o700)
        except OSError:
            return None
    return folder


class IndexLock:
    """The one-indexer-at-a-time lock: flock on `<index>.lock`, plus a heartbeat.

    The holder writes its pid into the file and a thread touches the file every
    HEARTBEAT_SECONDS, so a follower can tell a busy indexer (recent mtime) from a
    stopped or stuck one. A process killed in any way loses the lock (flock).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None
        self.held = False
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def _open(self) -> int | None:
        if self.fd is None:
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)
            flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
            try:
                fd = os.open(self.path, flags, 0o600)
            except OSError:
                return None
            try:
                regular = stat.S_ISREG(os.fstat(fd).st_mode)
            except OSError:
                regular = False
            if not regular:
                os.close(fd)
                return None
            self.fd = fd
        return self.fd

    def try_acquire(self) -> bool:
        """Take the lock if it is free. True also when no lock can exist (we act alone)."""
        if self.held:
            return True
        fd = self._open()
        if fd is None or fcntl is None:
            self.held = True  # no lock file possible (unusable folder): nothing to share
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            self.held = True
            return True
        self.held = True
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            os.utime(fd)
        self._stop.clear()
        self._beat = threading.Thread(target=self._heartbeat, name="reader-index-heartbeat")
        self._beat.daemon = True
        self._beat.start()
        return True

    def _heartbeat(self) -> None:
        fd = self.fd
        while fd is not None and not self._stop.wait(HEARTBEAT_SECONDS):
            with contextlib.suppress(OSError):
                os.utime(fd)

    def holder(self) -> str:
        """The pid of the process holding the lock, as text ("?" when unknown)."""
        if self.fd is None:
            return "?"
        try:
            pid = os.pread(self.fd, 32, 0).decode("ascii", "replace").strip()
        except OSError:
            return "?"
        return pid if pid.isdigit() else "?"

    def idle_seconds(self) -> float:
        """Seconds since the holder last touched the lock file."""
        if self.fd is None:
            return 0.0
        try:
            return max(0.0, time.time() - os.fstat(self.fd).st_mtime)
        except OSError:
            return 0.0

    def release(self) -> None:
        self._stop.set()
        if self._beat is not None:
            self._beat.join(timeout=2)
            self._beat = None
        if self.fd is not None:
            if self.held and fcntl is not None:
                with contextlib.suppress(OSError):
                    fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None
        self.held = False


# --------------------------------------------------------------------------- the index


class Batch(list[Entry]):
    """What `LibraryIndex.refresh` yields: entries to upsert (by path), and `removed`.

    A plain list of `Entry` for callers that only add rows; `removed` holds the paths
    (root / relative path) of files that are gone and must leave the list; `notice`,
    when set, is a sentence for the user about the refresh itself (a wait).
    """

    def __init__(
        self,
        entries: Iterable[Entry] = (),
        removed: Iterable[Path] = (),
        notice: str | None = None,
    ) -> None:
        super().__init__(entries)
        self.removed: list[Path] = list(removed)
        self.notice = notice  # e.g. "another reader … is indexing this library; waiting"


def _storable(value: str | None) -> str | None:
    """Text SQLite accepts: lone surrogates (from undecodable file names in messages) become �."""
    if value is None:
        return None
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class LibraryIndex:
    """The cached index of one library folder. Thread-safe: one connection per thread.

    For the app (every call may block on disk: run them in `@work(thread=True)`):

        index = LibraryIndex(root)                 # cheap; opens the db lazily
        for batch in index.refresh():              # list[Entry] batches
            post_message(EntriesScanned(batch))    # upsert each entry by entry.path
        # 1st batch: cached rows (warm) or the first 50 files (cold); entries with
        # language "" (Entry.pending) come again later with the language filled in.
        hits = index.search("budsjett", limit=200) # [(Entry, score)], best first
        spans = match_spans(article.text, query)  # highlight offsets (module function)
        # analyses: reader.library.analyses.AnalysisService (get_/put_analysis here)
        known = index.known()                      # then every 2 s:
        changes = watch.poll(root, known)
        if changes:
            upserts, removed_paths = index.apply(changes)
            known = dict(changes.current)

    Entries carry `path` as `root / relative path` (root as given), in library order
    (folder by folder, names sorted); `state.sort_entries` gives the other orders.
    """

    def __init__(self, root: Path | str, *, db_path: Path | None = None) -> None:
        self.root = Path(root)
        self.db_path = Path(db_path) if db_path is not None else default_db_path(self.root)
        self.fts = fts5_available()
        self.trigram = self.fts and trigram_available()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._generation = 0  # bumped when the file is rebuilt: threads reconnect
        self._all: list[sqlite3.Connection] = []
        # where the index really is: db_path, a reused temp file, or MEMORY (see _degrade)
        self._target: str = _FALLBACK.get(self.db_path, str(self.db_path))
        self.notice: str | None = None  # the fault worked around, if any (also in faults)

    @property
    def lock_path(self) -> Path:
        """The indexer lock file beside the index in use."""
        return Path(f"{self._target}.lock")

    # -- connections ---------------------------------------------------------------

    def connection(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is not None and self._local.generation == self._generation:
            return con
        if con is not None:
            self._close_one(con)
        con = self._open()
        self._local.con = con
        self._local.generation = self._generation
        return con

    def _open(self) -> sqlite3.Connection:
        if self._target == MEMORY:
            return self._memory()
        try:
            return self._open_db(self._target)
        except sqlite3.Error as exc:
            if _is_locked(exc) and not _is_corruption(exc):
                raise ReaderError(
                    f"the index {printable(self._target)} is locked by another process"
                ) from None
            if not _is_corruption(exc):
                self._degrade(exc)
                return self._open()
            self._wipe()
        try:
            return self._open_db(self._target)
        except sqlite3.Error as exc:
            self._degrade(exc)
            return self._open()

    def _degrade(self, exc: BaseException) -> None:
        """The cache cannot be used where it is: fall back, once per process, and say so.

        First one index in a private temp folder (reused by later runs, so only the
        first is slow), else one in memory for the rest of this process.
        """
        failed = self._target
        with self._lock:
            cons, self._all = self._all, []
            self._generation += 1
        for con in cons:
            if con is not _MEMORY_DBS.get(self.db_path):
                with contextlib.suppress(sqlite3.Error):
                    con.close()
        self._local.con = None
        reason = _failure_words(exc)
        where = printable(str(self.db_path.parent))
        target = MEMORY
        if failed != MEMORY and Path(failed).parent == self.db_path.parent:
            folder = _private_temp_dir()
            if folder is not None and folder != self.db_path.parent:
                candidate = str(folder / self.db_path.name)
                try:
                    self._open_db(candidate).close()
                    target = candidate
                except sqlite3.Error:
                    target = MEMORY
        if target == MEMORY:
            self.notice = (
                f"the cache folder {where} cannot be used ({reason}); "
                "the index is kept in memory for this run"
            )
        else:
            self.notice = (
                f"the cache folder {where} cannot be used ({reason}); "
                f"using a temporary index in {printable(str(Path(target).parent))}"
            )
        if failed == target:  # pragma: no cover - memory cannot fail to be written
            raise ReaderError(self.notice)
        self._target = target
        with _FALLBACK_LOCK:
            _FALLBACK[self.db_path] = target
        faults.report(self.notice)

    def _memory(self) -> sqlite3.Connection:
        """The in-memory index of this cache file, shared by every thread of the process."""
        with _FALLBACK_LOCK:
            con = _MEMORY_DBS.get(self.db_path)
            if con is None:
                con = sqlite3.connect(
                    MEMORY, isolation_level=None, check_same_thread=False, factory=_Connection
                )
                assert isinstance(con, _Connection)
                con.txlock = threading.RLock()
                self._create_schema(con)
                _MEMORY_DBS[self.db_path] = con
        return con

    def _open_db(self, target: str) -> sqlite3.Connection:
        with contextlib.suppress(OSError):
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(
            target,
            timeout=BUSY_TIMEOUT,
            isolation_level=None,
            check_same_thread=False,
            factory=_Connection,
        )
        assert isinstance(con, sqlite3.Connection)
        try:
            con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            # a ready index is opened without writing anything: a reader must not wait
            # for (or be refused by) a writer, nor need a writable cache folder
            if con.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                _enter_wal(con)
            con.execute("PRAGMA synchronous = NORMAL")
            if not self._is_ready(con):
                self._create_schema(con)
        except BaseException:
            con.close()
            raise
        with self._lock:
            self._all.append(con)
        return con

    def _is_ready(self, con: sqlite3.Connection) -> bool:
        """Schema, tables and row format all current (then opening writes nothing)."""
        if not self._has_table(con, "meta"):
            return False
        values = dict(con.execute("SELECT key, value FROM meta").fetchall())
        if values.get("schema", str(SCHEMA_VERSION)) != str(SCHEMA_VERSION):
            raise sqlite3.DatabaseError("no such table: old schema")
        needed = ["files", "terms", "analysis"]
        needed += ["fts"] if self.fts else []
        needed += ["terms_tri"] if self.trigram else []
        return values.get("entries") == entry_version() and all(
            self._has_table(con, name) for name in needed
        )

    def _create_schema(self, con: sqlite3.Connection) -> None:
        con.executescript(
            "BEGIN IMMEDIATE;"
            + _SCHEMA
            + (_FTS_SCHEMA if self.fts else "")
            + (_TRIGRAM_SCHEMA if self.trigram else "")
            + "COMMIT;"
        )
        version = con.execute("SELECT value FROM meta WHERE key = 'entries'").fetchone()
        if version is None or version[0] != entry_version():
            self._reset_entries(con)

    @staticmethod
    def _has_table(con: sqlite3.Connection, name: str) -> bool:
        return (
            con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
            is not None
        )

    def _reset_entries(self, con: sqlite3.Connection) -> None:
        """The row-making code changed: forget rows (analyses have their own version).

        The version is checked again inside the transaction: twenty processes opening
        an old index at once reset it once, not each after another has indexed.
        """
        with _transaction(con):
            version = con.execute("SELECT value FROM meta WHERE key = 'entries'").fetchone()
            if version is not None and version[0] == entry_version():
                return
            con.execute("DELETE FROM files")
            if self.fts:
                con.execute("DELETE FROM fts")
            con.execute("DELETE FROM terms")
            if self.trigram:
                con.execute("INSERT INTO terms_tri(terms_tri) VALUES ('delete-all')")
            con.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('entries', ?)", (entry_version(),)
            )

    def _wipe(self) -> None:
        """Delete the cache file (and its WAL/SHM) so it is rebuilt from the articles."""
        if self._target == MEMORY:
            with _FALLBACK_LOCK:
                shared = _MEMORY_DBS.pop(self.db_path, None)
            if shared is not None:
                with contextlib.suppress(sqlite3.Error):
                    shared.close()
        with self._lock:
            for con in self._all:
                with contextlib.suppress(sqlite3.Error):
                    con.close()
            self._all.clear()
            self._generation += 1
        self._local.con = None
        if self._target == MEMORY:
            return
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{self._target}{suffix}")

    def _close_one(self, con: sqlite3.Connection) -> None:
        with self._lock:
            if con in self._all:
                self._all.remove(con)
        if con is _MEMORY_DBS.get(self.db_path):
            return  # shared by the process
        with contextlib.suppress(sqlite3.Error):
            con.close()

    def close(self) -> None:
        """Close every connection this object opened (from any thread)."""
        with self._lock:
            cons, self._all = self._all, []
            self._generation += 1
        shared = _MEMORY_DBS.get(self.db_path)
        for con in cons:
            if con is not shared:
                with contextlib.suppress(sqlite3.Error):
                    con.close()
        self._local.con = None

    def guarded(self, fn: Any, *args: Any) -> Any:
        """Run fn(con, *args); on a corrupt cache rebuild it, on an unwritable one fall
        back (see _degrade), and run once more."""
        try:
            return fn(self.connection(), *args)
        except sqlite3.DatabaseError as exc:
            if _is_corruption(exc):
                self._wipe()
            elif _is_write_failure(exc) and self._target != MEMORY:
                self._degrade(exc)
            else:
                raise
            return fn(self.connection(), *args)

    # -- rows -----------------------------------------------------------------------

    def entry_of(self, row: sqlite3.Row | tuple[Any, ...]) -> Entry:
        (_id, rel, _size, mtime_ns, digest, title, language, words, date, source, url, error) = row[
            :12
        ]
        author = row[12] if len(row) > 12 else ""
        return Entry(
            path_of(self.root, rel),
            title,
            language,
            words,
            error=error,
            date=date,
            source=source,
            url=url,
            digest=digest,
            mtime_ns=mtime_ns,
            author=author or "",
        )

    def _rows(self, con: sqlite3.Connection) -> dict[str, tuple[Any, ...]]:
        return {r[1]: tuple(r) for r in con.execute("SELECT * FROM files")}

    def entries(self) -> list[Entry]:
        """Every indexed article in library order, as last refreshed (no disk access)."""

        def run(con: sqlite3.Connection) -> list[Entry]:
            rows = sorted(self._rows(con).values(), key=lambda r: order_key(r[1]))
            return [self.entry_of(r) for r in rows]

        result: list[Entry] = self.guarded(run)
        return result

    def entry(self, path: Path | str) -> Entry | None:
        """The indexed row for one article path (as given or relative), or None."""
        rel = self._rel(path)

        def run(con: sqlite3.Connection) -> Entry | None:
            row = con.execute("SELECT * FROM files WHERE path = ?", (rel,)).fetchone()
            return self.entry_of(row) if row else None

        result: Entry | None = self.guarded(run)
        return result

    def known(self) -> dict[str, tuple[int, int]]:
        """{relative path: (size, mtime_ns)} of the indexed files: the baseline for watch.poll."""

        def run(con: sqlite3.Connection) -> dict[str, tuple[int, int]]:
            return {
                r[0]: (r[1], r[2]) for r in con.execute("SELECT path, size, mtime_ns FROM files")
            }

        result: dict[str, tuple[int, int]] = self.guarded(run)
        return result

    def _rel(self, path: Path | str) -> str:
        p = Path(path)
        try:
            rel = p.relative_to(self.root)
        except ValueError:
            try:
                rel = p.resolve().relative_to(self.root.resolve())
            except (ValueError, OSError):
                rel = p
        return rel_key(rel.as_posix())

    # -- refresh --------------------------------------------------------------------

    def refresh(
        self, batch_size: int = 200, *, detect: bool = True, processes: int = 0
    ) -> Iterator[Batch]:
        """Bring the index up to date with the folder, yielding list rows as they are known.

        Yields `Batch`es: a list of `Entry` to upsert by `entry.path`, plus
        `batch.removed`, paths to drop from the list. In order:
        1. every cached row, before touching the folder (a warm start shows the whole
           list after one SELECT; a changed file shows its old row for a moment);
        2. a batch with only `removed` set, if files disappeared;
        3. new and changed files, read in batches (the first one small), with the
           language from front matter or "" (pending, `Entry.pending`);
        4. with `detect`, the pending entries again with their detected language.
        When the generator finishes, `entries()` equals the yielded entries (last
        version per path) minus the removed ones. A corrupt cache is rebuilt silently
        (the refresh starts again from scratch). `processes`: see `detect_languages`.

        Only one process indexes at a time (see the module docstring). When another
        holds the lock, steps 2-4 are replaced by the rows it commits, as it commits
        them, then by our own (cheap, warm) pass once it is done; a batch with
        `notice` set says that we are waiting. If it stalls, the generator ends with
        what is indexed and reports that to `reader.library.faults`.
        """
        for attempt in range(3):
            try:
                yield from self._refresh_once(batch_size, detect, processes)
                return
            except sqlite3.DatabaseError as exc:
                if attempt == 2:
                    raise
                if _is_corruption(exc):
                    self._wipe()
                elif _is_write_failure(exc) and self._target != MEMORY:
                    self._degrade(exc)  # the list goes on from a fallback index
                else:
                    raise

    def _refresh_once(self, batch_size: int, detect: bool, processes: int) -> Iterator[Batch]:
        con = self.connection()
        rows = self._rows(con)
        # 1. the cached list as it was, before any stat: the first screen at once
        cached = sorted(rows.values(), key=lambda r: order_key(r[1]))
        if cached:
            yield Batch(self.entry_of(r) for r in cached[:batch_size])
            for i in range(batch_size, len(cached), CACHED_BATCH):
                yield Batch(self.entry_of(r) for r in cached[i : i + CACHED_BATCH])
        lock = IndexLock(self.lock_path) if self._target != MEMORY else None
        try:
            shown: set[str] | None = None
            if lock is not None and not lock.try_acquire():
                shown = set(rows)
                yield from self._follow(con, lock, shown)
                if not lock.held:
                    return  # the indexer stalled: what is indexed is the answer
                rows = self._rows(con)  # what the other process indexed: not redone
            yield from self._update(con, rows, batch_size, detect, processes)
            if shown:
                ghosts = shown.difference(self._rows(con))
                if ghosts:  # removed by the other indexer after we had shown them
                    yield Batch(removed=[path_of(self.root, r) for r in sorted(ghosts)])
        finally:
            if lock is not None:
                lock.release()

    def _follow(self, con: sqlite3.Connection, lock: IndexLock, shown: set[str]) -> Iterator[Batch]:
        """Another process is indexing: yield what it commits until it is done or stalls."""
        (since,) = con.execute("SELECT coalesce(max(seq), 0) FROM files").fetchone()
        started = time.monotonic()
        said = False
        while not lock.try_acquire():
            rows = con.execute(
                "SELECT * FROM files WHERE seq > ? ORDER BY seq", (since,)
            ).fetchall()
            if rows:
                since = max(r[12] for r in rows)
                rows.sort(key=lambda r: order_key(r[1]))
                shown.update(r[1] for r in rows)
                yield Batch(self.entry_of(r) for r in rows)
            if lock.idle_seconds() > STALL_SECONDS:
                (count,) = con.execute("SELECT count(*) FROM files").fetchone()
                faults.report(
                    f"another reader (pid {lock.holder()}) is indexing this library but has "
                    f"not progressed for {STALL_SECONDS:g} s; using the {count} articles "
                    "indexed so far"
                )
                return
            if not said and time.monotonic() - started > WAIT_NOTICE_SECONDS:
                said = True
                yield Batch(
                    notice=f"another reader (pid {lock.holder()}) is indexing this library; "
                    "waiting for it"
                )
            time.sleep(FOLLOW_POLL_SECONDS)

    def _update(
        self,
        con: sqlite3.Connection,
        rows: dict[str, tuple[Any, ...]],
        batch_size: int,
        detect: bool,
        processes: int,
    ) -> Iterator[Batch]:
        """Steps 2-4 of `refresh`, holding the indexer lock."""
        batch_size = max(1, batch_size)
        first = min(batch_size, FIRST_BATCH)
        # 2. what changed on disk since: removed, then new/changed files
        walk = iter_stats(self.root)
        done: set[str] = set()
        found: dict[str, tuple[int, int]] = {}
        if not rows:
            # cold: index the first files as soon as the walk finds them, so the
            # first screen does not wait for a stat of every file in the library
            found.update(itertools.islice(walk, first))
            batch = self._index_files(con, list(found), found, rows, {})
            done.update(found)
            if batch:
                yield Batch(batch)
        found.update(walk)
        stale = [
            rel
            for rel, (size, mtime) in found.items()
            if rel not in done
            and ((row := rows.get(rel)) is None or row[2] != size or row[3] != mtime)
        ]
        gone = [rows[rel] for rel in sorted(rows, key=order_key) if rel not in found]
        moved = {r[4]: r for r in gone}  # same bytes under a new name keep their data
        if gone:
            with _transaction(con):
                self._delete_rows(con, [r[0] for r in gone])
            yield Batch(removed=[path_of(self.root, r[1]) for r in gone])
        i = 0
        size_now = batch_size if done else first
        while i < len(stale):
            chunk = stale[i : i + size_now]
            i += size_now
            size_now = batch_size
            batch = self._index_files(con, chunk, found, rows, moved)
            if batch:
                yield Batch(batch)
        # 3. languages that front matter did not give
        if detect:
            yield from self.detect_languages(batch_size, processes=processes)

    def _index_files(
        self,
        con: sqlite3.Connection,
        rels: list[str],
        found: dict[str, tuple[int, int]],
        rows: dict[str, tuple[Any, ...]],
        moved: dict[str, tuple[Any, ...]],
    ) -> list[Entry]:
        """Read, hash and parse a batch of files, then write it in one short transaction.

        The reading and parsing (the slow part) happen before BEGIN: another process's
        write (an analysis, a poll) waits for the INSERTs only.
        """
        prepared = [self._prepare(rel, found.get(rel), rows.get(rel), moved) for rel in rels]
        out: list[Entry] = []
        terms: set[str] = set()
        with _transaction(con):
            seq = _next_seq(con)
            for item in prepared:
                entry = self._write_one(con, item, seq, terms)
                if entry is not None:
                    out.append(entry)
            if terms and self.fts:
                self._add_terms(con, terms)
        return out

    def _add_terms(self, con: sqlite3.Connection, terms: set[str]) -> None:
        """Remember long terms for compound search (inside the caller's transaction)."""
        (last,) = con.execute("SELECT coalesce(max(id), 0) FROM terms").fetchone()
        con.executemany(
            "INSERT OR IGNORE INTO terms(term) VALUES (?)", ((t,) for t in sorted(terms))
        )
        if self.trigram:
            con.execute(
                "INSERT INTO terms_tri(rowid, term) SELECT id, term FROM terms WHERE id > ?",
                (last,),
            )

    def _prepare(
        self,
        rel: str,
        stat: tuple[int, int] | None,
        old: tuple[Any, ...] | None,
        moved: dict[str, tuple[Any, ...]],
    ) -> _Prepared:
        """Read, hash and parse one file (no database access: done before BEGIN)."""
        path = path_of(self.root, rel)
        data, _err = _read_file(path)
        if data is None:
            return _Prepared(rel, old, None, 0, 0, "")
        try:
            st = os.stat(path)
            size, mtime = st.st_size, st.st_mtime_ns
        except OSError:
            size, mtime = stat or (len(data), 0)
        if len(data) != min(size, MAX_BYTES + 1):
            # written while we read it: index what we read, re-read later
            size, mtime = len(data), -1
        digest = _digest_of(data)
        if old is not None and old[4] == digest:
            return _Prepared(rel, old, None, size, mtime, digest, touched=True)
        read = _parse(data, path)
        language = read.language
        twin = moved.get(digest)
        if not language and twin is not None and not twin[11]:
            language = twin[6]  # same bytes seen under another name: reuse detection
        if read.error:
            language = "und"
        stems = index_terms(read.title + "\n" + read.text, language) if language else ""
        return _Prepared(rel, old, read, size, mtime, digest, language=language, stems=stems)

    def _write_one(
        self, con: sqlite3.Connection, item: _Prepared, seq: int, terms: set[str]
    ) -> Entry | None:
        """Write one prepared file (inside the caller's transaction)."""
        rel, old, read = item.rel, item.old, item.read
        if item.touched and old is not None:
            # touched, not changed: keep everything (incl. detected language)
            con.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, seq = ? WHERE id = ?",
                (item.size, item.mtime, seq, old[0]),
            )
            return self.entry_of((old[0], rel, item.size, item.mtime, *old[4:]))
        if read is None:  # gone or unreadable now
            if old is not None:
                self._delete_rows(con, [old[0]])
            return None
        values = (
            rel,
            item.size,
            item.mtime,
            item.digest,
            _storable(read.title),
            item.language,
            read.words,
            _storable(read.date),
            _storable(read.source),
            _storable(read.url),
            _storable(read.error),
            _storable(read.author),
        )
        row_id = con.execute(
            "INSERT INTO files(path, size, mtime_ns, digest, title, language, words, date,"
            " source, url, error, author, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(path) DO UPDATE SET size=excluded.size, mtime_ns=excluded.mtime_ns,"
            " digest=excluded.digest, title=excluded.title, language=excluded.language,"
            " words=excluded.words, date=excluded.date, source=excluded.source,"
            " url=excluded.url, error=excluded.error, author=excluded.author,"
            " seq=excluded.seq RETURNING id",
            (*values, seq),
        ).fetchone()[0]
        if self.fts:
            con.execute("DELETE FROM fts WHERE rowid = ?", (row_id,))
            # searchable once its language (and so its stems) is known: a pending file
            # gets its row from detect_languages (one FTS write, not an insert + update)
            if not read.error and item.language:
                con.execute(
                    "INSERT INTO fts(rowid, title, body, stems) VALUES (?, ?, ?, ?)",
                    (row_id, read.title, read.text, item.stems),
                )
            if not read.error:
                terms.update(long_terms(read.title, read.text))
        return self.entry_of((row_id, *values))

    def _delete_rows(self, con: sqlite3.Connection, ids: list[int]) -> None:
        for row_id in ids:
            con.execute("DELETE FROM files WHERE id = ?", (row_id,))
            if self.fts:
                con.execute("DELETE FROM fts WHERE rowid = ?", (row_id,))

    def detect_languages(
        self, batch_size: int = 200, *, processes: int = 0, only: Iterable[str] | None = None
    ) -> Iterator[Batch]:
        """Detect the language of pending entries, yielding them again, completed.

        `processes` > 1 spreads detection (~7 ms an article) over that many worker
        processes when many entries are pending (the CLI does this on a cold index);
        0 or 1 detects in this thread. `only`: restrict to these relative paths.
        """
        con = self.connection()
        wanted = set(only) if only is not None else None
        pending = [
            (r[0], r[1], r[2])
            for r in con.execute("SELECT path, id, digest FROM files WHERE language = ''")
            if wanted is None or r[0] in wanted
        ]
        pending.sort(key=lambda r: order_key(r[0]))
        if not pending:
            return
        jobs = [(str(path_of(self.root, rel)), digest) for rel, _id, digest in pending]
        pool = None
        if processes > 1 and len(pending) >= _POOL_MIN:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: the caller may be a threaded app
            pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"))
        try:
            for i in range(0, len(pending), batch_size):
                chunk = jobs[i : i + batch_size]
                if pool is not None:
                    found = list(pool.map(_detect_file, chunk, chunksize=8))
                else:
                    found = [_detect_file(job) for job in chunk]
                done = [(f, pending[i + k][1]) for k, f in enumerate(found) if f]
                updates = [(f[0], row_id) for f, row_id in done]
                if not updates:
                    continue
                with _transaction(con):
                    seq = _next_seq(con)
                    for (lang, stems, title, text), row_id in done:
                        changed = con.execute(
                            "UPDATE files SET language = ?, seq = ? WHERE id = ? AND language = ''",
                            (lang, seq, row_id),
                        ).rowcount
                        if changed and self.fts:  # (another indexer may have done it)
                            con.execute(
                                "INSERT INTO fts(rowid, title, body, stems) VALUES (?, ?, ?, ?)",
                                (row_id, title, text, stems),
                            )
                ids = [u[1] for u in updates]
                marks = ",".join("?" * len(ids))
                rows = con.execute(f"SELECT * FROM files WHERE id IN ({marks})", ids).fetchall()
                rows.sort(key=lambda r: order_key(r[1]))
                yield Batch(self.entry_of(r) for r in rows)
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    def apply(self, changes: Changes) -> tuple[list[Entry], list[Path]]:
        """Apply a `watch.Changes` (added/changed/removed relative paths) to the index.

        Returns (entries to upsert, fully detected; paths to remove from the list).
        Cheap for the few files a poll reports; call it from a worker thread.
        """

        def run(con: sqlite3.Connection) -> tuple[list[Entry], list[Path]]:
            rows = self._rows(con)
            removed = [rel for rel in sorted(changes.removed, key=order_key) if rel in rows]
            gone = [rows[rel] for rel in removed]
            with _transaction(con):
                self._delete_rows(con, [r[0] for r in gone])
            todo = sorted({*changes.added, *changes.changed}, key=order_key)
            found = {rel: changes.current[rel] for rel in todo if rel in changes.current}
            moved = {r[4]: r for r in gone}
            batch = self._index_files(con, todo, found, rows, moved)
            done = {e.path: e for e in batch}
            for detected in self.detect_languages(only=todo):
                for e in detected:
                    done[e.path] = e
            return [done[e.path] for e in batch], [path_of(self.root, rel) for rel in removed]

        try:
            result: tuple[list[Entry], list[Path]] = self.guarded(run)
        except sqlite3.OperationalError as exc:
            if not _is_locked(exc):
                raise
            return [], []  # another writer is stuck (stopped?): the next poll tries again
        return result

    # -- search ---------------------------------------------------------------------

    # -- analysis cache ---------------------------------------------------------------

    def get_analysis(
        self, path: Path | str, options: Options | None = None, *, digest: str | None = None
    ) -> Analysis | None:
        """The cached analysis of an article for these options, or None.

        Keyed by the content hash (the indexed one unless `digest` is given), so a
        moved or touched file keeps its analysis and an edited one does not.
        """

        def run(con: sqlite3.Connection) -> Analysis | None:
            d = digest or self._digest(con, path)
            if not d:
                return None
            row = con.execute(
                "SELECT version, data FROM analysis WHERE digest = ? AND key = ?",
                (d, _options_key(options)),
            ).fetchone()
            if row is None or row[0] != analysis_version():
                return None
            try:
                return analysis_from_json(json.loads(row[1]), str(path))
            except (ValueError, KeyError, TypeError):
                return None

        result: Analysis | None = self.guarded(run)
        return result

    def put_analysis(
        self,
        path: Path | str,
        options: Options | None,
        analysis: Analysis,
        *,
        digest: str | None = None,
    ) -> None:
        """Store an analysis computed for `path` with `options` (see get_analysis)."""

        def run(con: sqlite3.Connection) -> None:
            d = digest or self._digest(con, path)
            if not d:
                return
            with _transaction(con):
                con.execute(
                    "INSERT OR REPLACE INTO analysis(digest, key, version, data)"
                    " VALUES (?, ?, ?, ?)",
                    (
                        d,
                        _options_key(options),
                        analysis_version(),
                        json.dumps(analysis.to_json(), ensure_ascii=False),
                    ),
                )

        try:
            self.guarded(run)
        except sqlite3.OperationalError as exc:
            if not _is_locked(exc):
                raise
            # only a cache: a writer that holds the file (stopped?) must not fail the read

    def _digest(self, con: sqlite3.Connection, path: Path | str) -> str | None:
        row = con.execute("SELECT digest FROM files WHERE path = ?", (self._rel(path),)).fetchone()
        if row is not None:
            return str(row[0])
        data, _ = _read_file(Path(path))
        return _digest_of(data) if data is not None else None

    def __enter__(self) -> LibraryIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _enter_wal(con: sqlite3.Connection, timeout: float = 10.0) -> None:
    """Switch to WAL, waiting out other connections doing the same.

    On a fresh file SQLite turns a read transaction into a write one to change the
    journal mode, and there the busy handler is not called: two processes opening a
    new cache at once get "database is locked" at once. So we retry with a bound.
    """
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            con.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not _is_locked(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _is_locked(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: another connection holds the file for now."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc).lower()


class _transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error) on an autocommit connection."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def __enter__(self) -> sqlite3.Connection:
        lock = getattr(self.con, "txlock", None)
        if lock is not None:  # the in-memory fallback: one connection for every thread
            lock.acquire()
        try:
            self.con.execute("BEGIN IMMEDIATE")
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return self.con

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        lock = getattr(self.con, "txlock", None)
        try:
            if exc_type is None:
                try:
                    self.con.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        self.con.execute("ROLLBACK")
                    raise
            else:
                with contextlib.suppress(sqlite3.Error):
                    self.con.execute("ROLLBACK")
        finally:
            if lock is not None:
                lock.release()


def _next_seq(con: sqlite3.Connection) -> int:
    """The stamp for rows written in this transaction (inside it): followers poll by it."""
    (last,) = con.execute("SELECT coalesce(max(seq), 0) FROM files").fetchone()
    return int(last) + 1
