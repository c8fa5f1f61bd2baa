"""Messages that thread workers post to the main screen.

Workers never touch widgets; they post one of these and the screen (on the event
loop) owns all state. Dataclasses so tests can build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.message import Message

from reader.library import Entry
from reader.model import Analysis, Options

CacheKey = tuple[str, str | None, int | None]
"""(sha256 of the article's content, method, sentences): what a summary depends on."""


@dataclass
class EntriesScanned(Message):
    """A batch of list rows from the library scan (the list fills as they come)."""

    root: Path
    entries: list[Entry]
    done: bool = False


@dataclass
class ArticleAnalysed(Message):
    path: str
    options: Options
    key: CacheKey
    analysis: Analysis


@dataclass
class AnalysisFailed(Message):
    path: str
    options: Options
    error: str


@dataclass
class SearchFinished(Message):
    """Paths matching `query`, best first; `None` means "no filter" (empty query)."""

    query: str
    paths: list[str] | None


@dataclass
class SummaryCopied(Message):
    """The pyperclip attempt finished; OSC 52 has already gone out."""

    count: int
    system: bool
    error: str | None = None
