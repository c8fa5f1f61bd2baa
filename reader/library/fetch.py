"""`reader add URL` and HTML files: reduce a web page to its main text + metadata.

trafilatura does the extraction (it is slow to import, so only here and only when
needed). The result is written as a normal article: front matter (title, date,
source, url) and the text, paragraphs separated by blank lines, through
`library.write_new` (atomic, collision-free name). Every failure is one clear
`ReaderError` (exit 1).

Fetching has deadlines, not just timeouts (`fetch_bytes`, through `library.http`,
which feed refresh uses too): a socket timeout bounds each wait, a watchdog ends
the whole request (connect, headers, body) after `DEADLINE` seconds however slowly
the server trickles, and after `MIN_SPEED_GRACE` seconds a body arriving slower
than `MIN_SPEED` bytes a second is given up. A body shorter than its
`Content-Length` is an error, never an article; a redirect to anything but
http(s) is refused.
"""

from __future__ import annotations

import urllib.error
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from reader.analysis.html import extract_article
from reader.errors import ReaderError
from reader.library.files import check_duplicate, front_matter, slugify, write_new
from reader.library.http import USER_AGENT, Redirects, get, http_error
from reader.safe_io import HTML_CAP

TIMEOUT = 20.0  # seconds, for connect and for each wait for data
DEADLINE = 60.0  # seconds for the whole request, however the server trickles
MIN_SPEED = 1024  # bytes a second, averaged over the body ...
MIN_SPEED_GRACE = 5.0  # ... once it has been arriving this long
MAX_BYTES = HTML_CAP
HTML_TYPES = ("text/html", "application/xhtml+xml")
ARTICLE_KEYS = ("title", "date", "source", "url", "author")  # front matter, in this order


@dataclass(frozen=True, slots=True)
class Fetched:
    """A complete response body and what the headers said about it."""

    url: str  # after redirects
    data: bytes
    content_type: str  # "text/html"
    charset: str | None
    headers: Message


def fetch_bytes(
    url: str,
    *,
    timeout: float = TIMEOUT,
    deadline: float = DEADLINE,
    min_speed: float = MIN_SPEED,
    grace: float = MIN_SPEED_GRACE,
    max_bytes: int = MAX_BYTES,
    accept: str = "*/*",
    types: tuple[str, ...] | None = None,
) -> Fetched:
    """GET `url` completely, within a deadline, or raise one ReaderError sentence.

    Refuses: non-http(s) URLs and redirects to them, HTTP errors, bodies over
    `max_bytes` ("too large"), bodies shorter than their `Content-Length`, and
    servers too slow (`deadline`, `min_speed` after `grace`); see `library.http`.
    `types`: the content types wanted (others refused before the body is read).
    """

    def wanted(headers: Message) -> None:
        ctype = headers.get_content_type()
        if types is not None and ctype not in types:
            what = "an HTML page" if types == HTML_TYPES else "a supported type"
            raise ReaderError(f"{url} is not {what} (content type {ctype})")

    try:
        got = get(
            url,
            {"User-Agent": USER_AGENT, "Accept": accept},
            redirects=Redirects(),
            timeout=timeout,
            deadline=deadline,
            min_speed=min_speed,
            grace=grace,
            max_bytes=max_bytes,
            check=wanted,
        )
    except urllib.error.HTTPError as exc:
        raise http_error(url, exc) from None
    head = got.headers
    return Fetched(got.url, got.body, head.get_content_type(), head.get_content_charset(), head)


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    deadline: float = DEADLINE,
    min_speed: float = MIN_SPEED,
) -> tuple[bytes, str | None]:
    """GET an HTML page: (body bytes, charset or None). ReaderError when unusable."""
    got = fetch_bytes(
        url,
        timeout=timeout,
        deadline=deadline,
        min_speed=min_speed,
        accept="text/html,*/*;q=0.5",
        types=HTML_TYPES,
    )
    return got.data, got.charset


def extract(data: bytes | str, *, url: str | None = None, name: str = "input") -> dict[str, str]:
    """Main text and metadata of an HTML page: keys text, title, date, source, url, author.

    A thin wrapper of `reader.analysis.html.extract_article` (the one extraction every
    way in uses). Raises ReaderError when no article text can be found.
    """
    return extract_article(data, url=url, name=name).fields()


def article_body(fields: dict[str, str]) -> str:
    """Front matter (only the keys that have a value) + blank line + text."""
    head = front_matter({key: fields.get(key, "") for key in ARTICLE_KEYS})
    return head + "\n\n" + fields["text"].rstrip("\n") + "\n"


def decode_html(data: bytes, charset: str | None) -> bytes | str:
    """The page as text when the server named a known charset, else the bytes (the
    extractor reads the page's own <meta charset>)."""
    if charset:
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            pass
    return data


def add_html(
    data: bytes,
    root: Path,
    name: str = "input",
    *,
    url: str | None = None,
    charset: str | None = None,
    force: bool = False,
) -> Path:
    """Store the main text of an HTML page as a new article; returns its path.

    Unless `force`, a page whose URL or text is already in the library is not stored
    again: `Duplicate` (with the existing path) is raised instead.
    """
    fields = extract(decode_html(data, charset), url=url, name=name)
    title = fields["title"] or fields["text"].split("\n", 1)[0][:80]
    fields["title"] = title
    body = article_body(fields)
    if not force:
        check_duplicate(root, body, url=fields.get("url") or None)
    root.mkdir(parents=True, exist_ok=True)
    return write_new(root, slugify(title), body)


def add_url(url: str, root: Path, *, timeout: float = TIMEOUT, force: bool = False) -> Path:
    """Fetch `url`, reduce it to its main text + metadata, store it; returns the path.

    Unless `force`, a URL already in the library is not fetched again (`Duplicate`).
    """
    if not force:
        check_duplicate(root, None, url=url)
    data, charset = fetch(url, timeout=timeout)
    return add_html(data, root, name=url, url=url, charset=charset, force=force)
