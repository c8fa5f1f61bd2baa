"""Plain data passed from the core to the CLI and the app.

Every span holds Python `str` offsets (code points) into `Analysis.text`, `end`
exclusive, and `text[start:end] == span.text`. Frozen dataclasses so an `Analysis`
can be cached and shared between threads without copying.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIGURE_KINDS = ("number", "percent", "money", "quantity", "date", "time", "range", "ordinal")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of `text[start:end]`, so callers cannot get the text wrong."""
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Structure:
    """What Markdown syntax meant for a stretch of the rendered text.

    `kind`: h1…h6, strong, em, strike, code, code_block, link, image, list_item,
    quote, table, table_header. `url` is the target of a link (the source of an image).
    """

    start: int
    end: int
    text: str
    kind: str
    url: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
        }
        if self.url is not None:
            data["url"] = self.url
        return data


@dataclass(frozen=True, slots=True)
class Meta:
    """Where an article comes from: front matter (or the feed), cleaned up.

    `date` is ISO 8601 (`2025-03-02`, or with a time) or None when absent or not
    understood; the others are one line each, None when unknown.
    """

    source: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "date": self.date, "url": self.url, "author": self.author}


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    text: str
    kind: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Source:
    """A named source (`text`) and the cue that marks it as one ("said", "ifølge")."""

    start: int
    end: int
    text: str
    cue: Span

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "cue": self.cue.to_json(),
        }


@dataclass(frozen=True, slots=True)
class SummarySentence:
    start: int
    end: int
    text: str
    rank: int  # 1 = the method's best sentence; output order is article order
    why: str = ""  # why the method chose it (`show --json`, `summary --explain`)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "rank": self.rank,
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class Summary:
    method: str
    sentences: tuple[SummarySentence, ...] = ()

    def lines(self) -> list[str]:
        """One sentence a line, in article order, inner whitespace collapsed.

        This is exactly what `reader summary` prints and what `c` copies.
        """
        return [" ".join(s.text.split()) for s in self.sentences]

    def to_json(self) -> dict[str, Any]:
        return {"method": self.method, "sentences": [s.to_json() for s in self.sentences]}


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded article: display text with front matter removed and newlines normalised."""

    path: str | None
    title: str
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    notice: str | None = None  # e.g. "invalid UTF-8 replaced", "too large, showing first 1024 KB"
    body_start: int = 0  # offset after a title line kept in `text`; summaries skip it
    structure: tuple[Structure, ...] = ()  # Markdown structure (empty for plain text)
    info: Meta = field(default_factory=Meta)  # source, date, url, author (parsed)
    title_from_text: bool = True  # False: the title came from front matter, not the text

    @property
    def declared_language(self) -> str | None:
        lang = self.meta.get("language", "").strip().lower()
        return lang or None


@dataclass(frozen=True, slots=True)
class Options:
    """How to analyse: one object passed through the pipeline instead of kwargs."""

    sentences: int | None = None  # None: a length chosen from the article's length
    words: int | None = None  # a word budget instead of a sentence count
    ratio: float | None = None  # a share of the candidate sentences instead (0 < r <= 1)
    method: str | None = None  # None: the measured default for the language
    language: str | None = None  # None: front matter, else detected


@dataclass(frozen=True, slots=True)
class Analysis:
    path: str | None
    title: str
    language: str
    text: str
    figures: tuple[Figure, ...] = ()
    sources: tuple[Source, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    summary: Summary = field(default_factory=lambda: Summary(method="none"))
    notice: str | None = None
    info: Meta = field(default_factory=Meta)
    structure: tuple[Structure, ...] = ()
    title_from_text: bool = True  # the title is also the text's first line or words

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "title": self.title,
            **self.info.to_json(),
            "language": self.language,
            "text": self.text,
            "figures": [f.to_json() for f in self.figures],
            "sources": [s.to_json() for s in self.sources],
            "boilerplate": [b.to_json() for b in self.boilerplate],
            "summary": self.summary.to_json(),
            "structure": [m.to_json() for m in self.structure],
            "title_from_text": self.title_from_text,
        }
        if self.notice:
            data["notice"] = self.notice
        return data


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the library list.

    `language` is "" while it is still pending (the index lists files before it runs
    language detection on them; a later batch carries the same path with it filled in).
    `date` (ISO 8601, parsed), `source`, `url` and `author` come from front matter ("" when
    absent or, for the date, not understood); `digest` is the sha256 of the file's bytes
    ("" when unknown), `mtime_ns` the file's modification time.
    """

    path: Path
    title: str
    language: str
    words: int
    error: str | None = None
    date: str = ""
    source: str = ""
    url: str = ""
    digest: str = ""
    mtime_ns: int = 0
    author: str = ""

    @classmethod
    def of(cls, path: Path, article: Article, language: str, words: int) -> Entry:
        """The row for a loaded article; the front matter fields come from `article.info`."""
        info = article.info
        return cls(
            path,
            article.title,
            language,
            words,
            date=info.date or "",
            source=info.source or "",
            url=info.url or "",
            author=info.author or "",
        )

    @property
    def pending(self) -> bool:
        """True while the language of this entry has not been detected yet."""
        return not self.language

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "path": str(self.path),
            "title": self.title,
            "language": self.language,
            "words": self.words,
            "source": self.source or None,
            "date": self.date or None,
            "url": self.url or None,
            "author": self.author or None,
        }
        if self.error:
            data["error"] = self.error
        return data


# An analysis in a cache: (content digest, summary method, sentences asked for).
CacheKey = tuple[str, str | None, int | None]
