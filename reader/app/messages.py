"""Messages that thread workers post to the main screen.

Workers never touch widgets; they post one of these and the screen (on the event
loop) owns all state. Dataclasses so tests can build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from textual.message import Message

from reader.library.analyses import Analysed
from reader.model import Entry, Options, Span


@dataclass
class EntriesScanned(Message):
    """A batch of list rows from the index refresh (the list fills as they come).

    `entries` are upserted by path (a later batch may carry the same path again, e.g.
    with its language detected); `removed` are paths whose files are gone.
    """

    root: Path
    entries: list[Entry]
    done: bool = False
    removed: list[str] = field(default_factory=list)


@dataclass
class LibraryChanged(Message):
    """What one poll of the library folder found (entries to upsert, paths removed)."""

    root: Path
    entries: list[Entry]
    removed: list[str]


@dataclass
class PollFinished(Message):
    """A poll ended (changed or not): the next one may start."""

    root: Path


@dataclass
class ArticleAnalysed(Message):
    """An analysis finished (from memory, the disk cache or the pipeline)."""

    done: Analysed


@dataclass
class AnalysisFailed(Message):
    path: str
    options: Options
    error: str


@dataclass
class SearchFinished(Message):
    """Paths matching `query`, best first; `None` means "no filter" (empty query).

    `entries` are the index rows of the hits (the scan may not have listed them yet).
    """

    query: str
    paths: list[str] | None
    entries: list[Entry] = field(default_factory=list)


@dataclass
class MatchesFound(Message):
    """Where the words of `query` occur in the text of the article at `path`."""

    path: str
    query: str
    spans: list[Span]


@dataclass
class StateSaved(Message):
    """The state file was written (or could not be: `error`)."""

    error: str | None = None


@dataclass
class SummaryCopied(Message):
    """The pyperclip attempt finished; OSC 52 has already gone out."""

    count: int
    system: bool
    error: str | None = None
    late: bool = False  # `c` came before the summary was ready


@dataclass
class FeedsProgress(Message):
    """Feeds refreshed so far (of `total`) and the items they stored."""

    done: int
    total: int
    new: int


@dataclass
class FeedFailed(Message):
    """One feed could not be refreshed: one notification."""

    name: str
    error: str


@dataclass
class FeedsRefreshed(Message):
    """The refresh ended (`total` 0: no subscriptions)."""

    total: int
    new: int
    failed: int
