"""The library as a list of articles: listing and searching it, with or without the index."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.analysis.language import resolve_language
from reader.analysis.loader import load
from reader.analysis.scripts import count_words
from reader.errors import ReaderError
from reader.library.files import iter_article_paths
from reader.library.search import search as search_index
from reader.library.store import LibraryIndex
from reader.library.terms import checked_query
from reader.model import Entry


def read_entry(path: Path) -> Entry:
    """The list row for one file; an unusable file gets an Entry with `error` set."""
    try:
        article = load(path)
    except ReaderError as exc:
        return Entry(path, path.name, "und", 0, error=str(exc))
    lang = resolve_language(article.text, None, article.declared_language)
    return Entry.of(path, article, lang, count_words(article.text))


def scan(root: Path) -> Iterator[Entry]:
    for path in iter_article_paths(root):
        yield read_entry(path)


def _detect_processes() -> int:
    """Worker processes for language detection on a cold index (CLI only).

    Measured on a shared 2-core box, 2 spawned workers were slower than none (1,000
    files: 16.2/17.2 s vs 13.1/14.3 s): each worker starts Python, imports the reader
    and loads langdetect's profiles (0.38 s then; 0.06 s since `reader.analysis.langprofiles`),
    and the two cores were shared with the parent. Only machines with 4+ cores use them;
    that threshold was not re-measured after the faster profile loading.
    """
    cpus = os.cpu_count() or 1
    return min(cpus, 4) if cpus >= 4 else 0


Notify = Callable[[str], None]


def _refresh(index: LibraryIndex, notify: Notify | None) -> None:
    """Bring the index up to date; a wait for another process is said through `notify`."""
    for batch in index.refresh(processes=_detect_processes()):
        if batch.notice and notify is not None:
            notify(batch.notice)


def list_entries(root: Path, *, notify: Notify | None = None) -> list[Entry]:
    """Every article of the library in library order, through the on-disk index.

    The first run reads every file; later runs only stat them (see reader.library.store).
    When another process is indexing, this waits for it (saying so through `notify`)
    instead of doing the work again.
    """
    with LibraryIndex(root) as index:
        _refresh(index, notify)
        return index.entries()


def search(
    root: Path, query: str, limit: int | None = None, *, notify: Notify | None = None
) -> list[tuple[Entry, float]]:
    """Articles matching every query word, best first: the ranking `reader search` and `/` use.

    Goes through the on-disk index (SQLite FTS5, see reader.library.store); falls back to a
    plain scan when this Python's sqlite3 has no FTS5.
    """
    checked_query(query)
    with LibraryIndex(root) as index:
        _refresh(index, notify)
        return search_index(index, query, limit)
