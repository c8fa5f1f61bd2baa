"""Analyses of library articles, cached by content: memory first, then the index's disk cache.

The app asks for the analysis of a path with some options; this service reads the
file once, hashes those bytes, and answers from the small in-memory LRU, from the
index's on-disk cache (which survives restarts), or by running the pipeline and
storing the result. The key is the content hash plus the options (plus the code
fingerprint inside the store), so an edited file is analysed again and a moved or
touched one is not.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.analysis.loader import parse, read_bytes
from reader.analysis.pipeline import analyse
from reader.errors import printable
from reader.library.store import LibraryIndex
from reader.model import Analysis, CacheKey, Options

MEMORY_SIZE = 64  # analyses kept in memory (the disk cache holds the rest)


def file_digest(data: bytes) -> str:
    """sha256 of an article file's bytes: the same digest the index stores (Entry.digest)."""
    return hashlib.sha256(data).hexdigest()


def cache_key(digest: str, options: Options) -> CacheKey:
    return (digest, options.method, options.sentences)


@dataclass(frozen=True, slots=True)
class Analysed:
    """One finished analysis and what it was made from (path, options, content key)."""

    path: str
    options: Options
    key: CacheKey
    analysis: Analysis


class AnalysisCache:
    """A small LRU of analyses by content key, plus the last key seen for each path.

    The path index lets a front end show a cached analysis instantly when the user
    returns to an article; the service still re-reads the file and re-checks the hash.
    Written from one thread (the app's event loop); workers only `get`.
    """

    def __init__(self, size: int = MEMORY_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[CacheKey, Analysis] = OrderedDict()
        self._by_path: dict[tuple[str, str | None, int | None], CacheKey] = {}

    def get(self, key: CacheKey) -> Analysis | None:
        return self._items.get(key)

    def for_path(self, path: str, options: Options) -> Analysis | None:
        key = self._by_path.get((path, options.method, options.sentences))
        return self._items.get(key) if key is not None else None

    def put(self, path: str, key: CacheKey, analysis: Analysis) -> None:
        self._items[key] = analysis
        self._items.move_to_end(key)
        self._by_path[(path, key[1], key[2])] = key
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def forget(self, path: str) -> None:
        """The file at `path` changed or went away: don't show its old analysis."""
        for k in [k for k in self._by_path if k[0] == path]:
            del self._by_path[k]

    def __len__(self) -> int:
        return len(self._items)


class AnalysisService:
    """Analyses for one library: read once, look up by content, compute when missing."""

    def __init__(self, library: Path, memory: AnalysisCache | None = None) -> None:
        self.library = library
        self.memory = memory if memory is not None else AnalysisCache()

    def cached(self, path: str, options: Options) -> Analysis | None:
        """What the memory cache last held for this path and options (no I/O)."""
        return self.memory.for_path(path, options)

    def remember(self, done: Analysed) -> None:
        """Keep a finished analysis in memory (call from the thread that owns the cache)."""
        self.memory.put(done.path, done.key, done.analysis)

    def forget(self, path: str) -> None:
        self.memory.forget(path)

    def analyse(
        self, path: str, options: Options, *, cancelled: Callable[[], bool] = lambda: False
    ) -> Analysed | None:
        """The analysis of `path`: memory, disk cache, or the pipeline (then cached on disk).

        Raises ReaderError (one line) for an unusable file. Returns None when
        `cancelled()` turns true before the expensive step: the caller moved on.
        """
        data = read_bytes(path)
        key = cache_key(file_digest(data), options)
        analysis = self.memory.get(key)
        if analysis is None or analysis.path != path:
            with LibraryIndex(self.library) as index:
                analysis = index.get_analysis(path, options, digest=key[0])
                if analysis is None:
                    if cancelled():
                        return None
                    analysis = analyse(parse(data, path, name=printable(path)), options)
                    index.put_analysis(path, options, analysis, digest=key[0])
        return Analysed(path, options, key, analysis)
