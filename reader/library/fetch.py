"""`reader add URL` and HTML files: reduce a web page to its main text + metadata.

trafilatura does the extraction (it is slow to import, so only here and only when
needed). The result is written as a normal article: front matter (title, date,
source, url) and the text, paragraphs separated by blank lines, through
`library.write_new` (atomic, collision-free name). Every failure is one clear
`ReaderError` (exit 1).

Fetching has deadlines, not just timeouts (`fetch_bytes`, also for feeds): a socket
timeout bounds each wait, a watchdog ends the whole request (connect, headers,
body) after `DEADLINE` seconds however slowly the server trickles, and after
`MIN_SPEED_GRACE` seconds a body arriving slower than `MIN_SPEED` bytes a second is
given up. A body shorter than its `Content-Length` is an error, never an article.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

from reader import __version__
from reader.analysis.html import extract_article
from reader.errors import ReaderError
from reader.library.files import check_duplicate, slugify, write_new
from reader.safe_io import HTML_CAP, size_words

TIMEOUT = 20.0  # seconds, for connect and for each wait for data
DEADLINE = 60.0  # seconds for the whole request, however the server trickles
MIN_SPEED = 1024  # bytes a second, averaged over the body ...
MIN_SPEED_GRACE = 5.0  # ... once it has been arriving this long
MAX_BYTES = HTML_CAP
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = f"reader/{__version__} (+https://github.com/; terminal news reader)"
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    """A complete response body and what the headers said about it."""

    url: str  # after redirects
    data: bytes
    content_type: str  # "text/html"
    charset: str | None
    headers: Message


class _Watchdog:
    """Shuts the request's sockets down when the deadline passes (wakes a blocked read)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._socks.append(sock)
            expired = self.expired
        if expired:
            self._shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.expired = True
            socks = list(self._socks)
        for sock in socks:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


def _handlers(watchdog: _Watchdog) -> list[urllib.request.BaseHandler]:
    """HTTP(S) handlers whose connections register their socket with the watchdog."""

    class Conn(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            watchdog.watch(self.sock)

    class TLSConn(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            watchdog.watch(self.sock)

    class Plain(urllib.request.HTTPHandler):
        def http_open(self, req: Any) -> Any:
            return self.do_open(Conn, req)

    class TLS(urllib.request.HTTPSHandler):
        def https_open(self, req: Any) -> Any:
            return self.do_open(TLSConn, req, context=getattr(self, "_context", None))

    return [Plain(), TLS()]


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

    For `add URL` and feed fetches alike. Refuses: non-http(s) URLs, HTTP errors,
    bodies over `max_bytes` ("too large"), bodies shorter than their
    `Content-Length`, and servers too slow (`deadline`, `min_speed` after `grace`).
    `types`: the content types wanted (others refused before the body is read).
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ReaderError(f"{url} is not an http(s) URL")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": accept})
    with _Watchdog(deadline) as watchdog:
        opener = urllib.request.build_opener(*_handlers(watchdog))
        try:
            with opener.open(request, timeout=min(timeout, deadline)) as response:
                headers: Message = response.headers
                ctype = headers.get_content_type()
                if types is not None and ctype not in types:
                    what = "an HTML page" if types == HTML_TYPES else "a supported type"
                    raise ReaderError(f"{url} is not {what} (content type {ctype})")
                data = _read_body(response, url, watchdog, min_speed, grace, max_bytes)
                final_url = response.geturl()
        except ReaderError:
            raise
        except urllib.error.HTTPError as exc:
            raise ReaderError(f"{url}: HTTP error {exc.code} {exc.reason or ''}".rstrip()) from None
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
            if watchdog.expired:
                raise ReaderError(
                    f"{url} did not answer completely within {deadline:g} s"
                ) from None
            reason: object = exc
            if isinstance(exc, urllib.error.URLError):
                reason = exc.reason
            if isinstance(reason, TimeoutError | socket.timeout):
                raise ReaderError(
                    f"{url} is unreachable (no answer within {min(timeout, deadline):g} s)"
                ) from None
            if isinstance(exc, urllib.error.URLError):
                if isinstance(reason, OSError) and reason.strerror:
                    reason = reason.strerror
                raise ReaderError(f"{url} is unreachable ({reason})") from None
            raise ReaderError(f"{url} could not be fetched ({exc or type(exc).__name__})") from None
    return Fetched(
        final_url, data, headers.get_content_type(), headers.get_content_charset(), headers
    )


def _read_body(
    response: Any,
    url: str,
    watchdog: _Watchdog,
    min_speed: float,
    grace: float,
    max_bytes: int,
) -> bytes:
    """The body in chunks, checking size, speed and the announced length as it comes."""
    declared = response.headers.get("Content-Length")
    expected = int(declared) if declared and declared.strip().isdigit() else None
    if expected is not None and expected > max_bytes:
        raise ReaderError(f"{url} is too large (over {size_words(max_bytes)})")
    parts: list[bytes] = []
    total = 0
    body_started = time.monotonic()
    while True:
        chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
        if watchdog.expired:
            raise ReaderError(f"{url} did not answer completely within {watchdog.seconds:g} s")
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise ReaderError(f"{url} is too large (over {size_words(max_bytes)})")
        spent = time.monotonic() - body_started
        if spent > grace and total / spent < min_speed:
            raise ReaderError(
                f"{url} is too slow ({total} bytes in {spent:.0f} s; "
                f"at least {min_speed:g} bytes a second needed)"
            )
    if expected is not None and total < expected:
        raise ReaderError(
            f"{url} was cut off: the connection closed after {total} of {expected} bytes"
        )
    return b"".join(parts)


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


_QUOTES = "\"'"


def _front_matter_value(value: str) -> str:
    """A value the loader reads back unchanged: it strips one pair of matching quotes,
    so a value that starts and ends with a quote mark is wrapped in the other kind."""
    value = " ".join(value.split())
    if len(value) >= 2 and value[0] in _QUOTES and value[-1] == value[0]:
        other = "'" if value[0] == '"' else '"'
        return f"{other}{value}{other}"
    return value


def article_body(fields: dict[str, str]) -> str:
    """Front matter (only the keys that have a value) + blank line + text."""
    head = ["---"]
    for key in ("title", "date", "source", "url", "author"):
        value = fields.get(key, "")
        if value:
            head.append(f"{key}: {_front_matter_value(value)}")
    head.append("---")
    return "\n".join(head) + "\n\n" + fields["text"].rstrip("\n") + "\n"


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
