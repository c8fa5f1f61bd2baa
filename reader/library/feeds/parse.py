"""Feed bytes -> `ParsedFeed`: feedparser for RSS 0.9x/1.0/2.0 and Atom, JSON Feed by hand.

Item content is reduced to text here (`htmltext`), so everything after this step
works on clean text. A document that is not a feed is one `ReaderError` sentence:
an HTML page, XML that is not well-formed, JSON that is not a JSON Feed.
"""

from __future__ import annotations

import hashlib
import io
import json
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from reader.analysis.dates import parse_date
from reader.errors import ReaderError
from reader.library.feeds.htmltext import html_to_text, markup_line, plain_to_text

JSON_TYPES = ("application/feed+json", "application/json")
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    link: str
    title: str
    date: str  # ISO 8601 or ""
    author: str
    text: str  # clean paragraphs
    summary_only: bool  # the feed gave a summary/description, not content

    def keys(self, *, use_link: bool = True) -> list[str]:
        """The de-duplication keys: id, then link, then a hash of the content.

        `use_link=False` for a link several items of the feed share (a home page).
        """
        keys = []
        if self.id:
            keys.append(f"id:{self.id}")
        if self.link and use_link:
            keys.append(f"link:{self.link}")
        digest = hashlib.sha1(f"{self.title}\n{self.text}".encode()).hexdigest()[:20]
        keys.append(f"hash:{digest}")
        return keys


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str
    link: str
    items: list[Item] = field(default_factory=list)
    kind: str = ""  # "rss20", "atom10", "json1.1", …


def parse_feed(
    data: bytes, url: str, content_type: str = "", charset: str | None = None
) -> ParsedFeed:
    """Parse a feed document fetched from `url`; ReaderError when it is not one."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if content_type in JSON_TYPES or head in (b"{", b"["):
        return parse_json_feed(data, url)
    return _parse_xml(data, url, content_type, charset)


def _iso_time(parsed: Any) -> str:
    if not parsed:
        return ""
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
    except (TypeError, ValueError):
        return ""


def _parse_xml(data: bytes, url: str, content_type: str, charset: str | None) -> ParsedFeed:
    import feedparser  # ~80 ms to import: only when there is a feed to parse

    ctype = content_type or "application/xml"
    headers = {
        "content-type": f"{ctype}; charset={charset}" if charset else ctype,
        "content-location": url,
    }
    try:
        doc = feedparser.parse(
            io.BytesIO(data),
            response_headers=headers,
            resolve_relative_uris=False,
            sanitize_html=False,
        )
    except Exception as exc:  # feedparser is lenient, but a feed must never crash a refresh
        raise ReaderError(f"{url} could not be parsed as a feed ({exc})") from None
    bozo = doc.get("bozo_exception")
    version = doc.get("version") or ""
    entries = doc.get("entries") or []
    if not version and not entries:
        if content_type in HTML_TYPES or data.lstrip()[:100].lower().startswith(
            (b"<!doctype html", b"<html")
        ):
            raise ReaderError(f"{url} is a web page, not a feed")
        if bozo is not None and not _harmless(bozo):
            raise ReaderError(f"{url} is not a valid feed ({_xml_error(bozo)})")
        raise ReaderError(f"{url} is not an RSS, Atom or JSON feed")
    if bozo is not None and not _harmless(bozo):
        raise ReaderError(f"{url} is not a valid feed ({_xml_error(bozo)})")
    info = doc.get("feed") or {}
    base = url
    items = []
    for entry in entries:
        item = _xml_item(entry, base)
        if item is not None:
            items.append(item)
    return ParsedFeed(
        title=markup_line(str(info.get("title") or "")),
        link=urllib.parse.urljoin(base, str(info.get("link") or "")) if info.get("link") else "",
        items=items,
        kind=version,
    )


def _harmless(exc: BaseException) -> bool:
    """Bozo exceptions a reader should shrug off: a charset that was wrong (the
    content was decoded another way) or an HTML entity XML does not define."""
    name = type(exc).__name__
    if name in ("CharacterEncodingOverride", "NonXMLContentType"):
        return True
    return "undefined entity" in str(exc)


def _xml_error(exc: BaseException) -> str:
    get_line = getattr(exc, "getLineNumber", None)
    message = getattr(exc, "getMessage", None)
    text = str(message() if callable(message) else exc)
    if callable(get_line):
        return f"XML error on line {get_line()}: {text}"
    return text


def _xml_item(entry: Any, base: str) -> Item | None:
    title = markup_line(str(entry.get("title") or ""))
    link = str(entry.get("link") or "")
    if link:
        link = urllib.parse.urljoin(base, link)
    content_html = ""
    content_type = "text/html"
    for part in entry.get("content") or []:
        value = str(part.get("value") or "")
        if len(value) > len(content_html):
            content_html, content_type = value, str(part.get("type") or "text/html")
    summary_only = not content_html
    if summary_only:
        content_html = str(entry.get("summary") or "")
        detail = entry.get("summary_detail") or {}
        content_type = str(detail.get("type") or "text/html")
    text = (
        plain_to_text(content_html) if content_type == "text/plain" else html_to_text(content_html)
    )
    if not (title or text or link):
        return None
    date = _iso_time(entry.get("published_parsed") or entry.get("updated_parsed"))
    return Item(
        id=str(entry.get("id") or "").strip(),
        link=link,
        title=title,
        date=date,
        author=markup_line(str((entry.get("author_detail") or {}).get("name") or ""))
        or markup_line(str(entry.get("author") or "")),
        text=text,
        summary_only=summary_only,
    )


def parse_json_feed(data: bytes, url: str) -> ParsedFeed:
    """JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ReaderError(f"{url} is not valid JSON ({exc})") from None
    version = str(doc.get("version") or "") if isinstance(doc, dict) else ""
    if not version.startswith("https://jsonfeed.org/version/1"):
        raise ReaderError(f"{url} is JSON but not a JSON Feed (no jsonfeed.org version)")
    raw_items = doc.get("items")
    if not isinstance(raw_items, list):
        raise ReaderError(f"{url} is a JSON Feed without an items list")
    base = str(doc.get("feed_url") or url)
    base = urllib.parse.urljoin(url, base)
    feed_author = _json_author(doc)
    items = []
    for raw in raw_items:
        if not isinstance(raw, dict):
            continue
        link = str(raw.get("url") or raw.get("external_url") or "")
        if link:
            link = urllib.parse.urljoin(base, link)
        content_html = raw.get("content_html")
        content_text = raw.get("content_text")
        summary_only = False
        if isinstance(content_html, str) and content_html.strip():
            text = html_to_text(content_html)
        elif isinstance(content_text, str) and content_text.strip():
            text = plain_to_text(content_text)
        else:
            text = plain_to_text(str(raw.get("summary") or ""))
            summary_only = True
        title = markup_line(str(raw.get("title") or ""))
        if not (title or text or link):
            continue
        date = raw.get("date_published") or raw.get("date_modified") or ""
        raw_id = raw.get("id")
        items.append(
            Item(
                id="" if raw_id is None else str(raw_id).strip(),
                link=link,
                title=title,
                date=(parse_date(str(date)) or "") if date else "",
                author=_json_author(raw) or feed_author,
                text=text,
                summary_only=summary_only,
            )
        )
    home = str(doc.get("home_page_url") or "")
    return ParsedFeed(
        title=markup_line(str(doc.get("title") or "")),
        link=urllib.parse.urljoin(url, home) if home else "",
        items=items,
        kind="json" + version.rsplit("/", 1)[-1],
    )


def _json_author(obj: dict[str, Any]) -> str:
    authors = obj.get("authors")
    if isinstance(authors, list):
        names = [markup_line(str(a.get("name") or "")) for a in authors if isinstance(a, dict)]
        if any(names):
            return ", ".join(n for n in names if n)
    author = obj.get("author")
    if isinstance(author, dict):
        return markup_line(str(author.get("name") or ""))
    return ""
