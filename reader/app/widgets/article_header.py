"""The article header: title, then where it comes from (source · date · author · site).

The title is shown here only when the text does not start with it (front matter gave
it), the rule `reader show` follows: a pasted article's headline is its first line, and
the view styles that line as the headline instead of printing it twice.

Built as `Content` from data (never markup). The URL is shown as its host only
(`o` opens the whole URL); language and length follow on the same line.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from reader.analysis.scripts import count_words
from reader.errors import one_line
from reader.model import Analysis


def host_of(url: str | None) -> str:
    """ "courier.example.org" for a URL (the text itself when it has no host)."""
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        host = ""
    return host.removeprefix("www.") or one_line(url)


def meta_parts(analysis: Analysis) -> list[str]:
    """What is known of where the article comes from, in reading order."""
    info = analysis.info
    return [one_line(v) for v in (info.source, info.date, info.author, host_of(info.url)) if v]


def header_content(analysis: Analysis | None) -> Content:
    if analysis is None:
        return Content("")
    parts: list[str | tuple[str, str]] = []
    if not analysis.title_from_text:  # else the text's first line is the title: once is enough
        parts += [(one_line(analysis.title), "bold"), "\n"]
    meta = meta_parts(analysis)
    words = f"{analysis.language} · {count_words(analysis.text)} words"
    if meta:
        parts.append((" · ".join(meta), "$text-accent"))
        parts.append((" · " + words, "$text-muted"))
    else:
        parts.append((words, "$text-muted"))
    return Content.assemble(*parts)


class ArticleHeader(Static):
    """Over the text: the title (unless the text starts with it), and source · date ·
    author · site · length.

    The screen binds `analysis` with `data_bind`.
    """

    analysis: reactive[Analysis | None] = reactive(None, always_update=True, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def watch_analysis(self, analysis: Analysis | None) -> None:
        self.update(header_content(analysis))
