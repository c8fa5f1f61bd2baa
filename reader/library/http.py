"""HTTP GET with deadlines, shared by `reader add URL` (`library.fetch`) and feed refresh
(`library.feeds.net`).

A socket timeout bounds each wait; a `Watchdog` ends the whole request (connect,
headers, body) after its deadline however slowly the server trickles; `read_body`
gives up a body arriving slower than `min_speed` bytes a second once `grace` seconds
have passed, refuses one over `max_bytes`, and one shorter than its
`Content-Length`. Redirects are followed only to http(s) (`Redirects`). Every
failure is one `ReaderError` sentence (`network_error` maps what urllib raises),
except an HTTP status, which `get` leaves to its caller (`http_error` is the usual
answer; feeds answer 304 and too many redirects themselves).
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
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from typing import Any

from reader import __version__
from reader.errors import ReaderError
from reader.safe_io import size_words

USER_AGENT = f"reader/{__version__} (+https://github.com/; terminal news reader)"
CHUNK = 64 * 1024
SCHEMES = ("http", "https")


def check_url(url: str) -> None:
    """ReaderError unless `url` is an http(s) URL with a host."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in SCHEMES or not parts.netloc:
        raise ReaderError(f"{url} is not an http(s) URL")


class Watchdog:
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

    def __enter__(self) -> Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


class Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) only (urllib alone would also follow one to ftp://).

    A subclass sets its own `max_redirections` / `max_repeats` (urllib's: 10 and 4).
    """

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> Any:
        if urllib.parse.urlsplit(newurl).scheme.lower() not in SCHEMES:
            raise ReaderError(f"{req.full_url} redirects to {newurl}, which is not http(s)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def opener(watchdog: Watchdog, redirects: Redirects) -> urllib.request.OpenerDirector:
    """An opener whose HTTP(S) connections register their socket with the watchdog."""

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

    return urllib.request.build_opener(Plain(), TLS(), redirects)


def read_body(
    response: Any,
    url: str,
    watchdog: Watchdog,
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
        chunk = response.read1(CHUNK) if hasattr(response, "read1") else response.read(CHUNK)
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


NETWORK_ERRORS = (urllib.error.URLError, OSError, ValueError, http.client.HTTPException)


def network_error(
    url: str, exc: BaseException, watchdog: Watchdog, timeout: float, deadline: float
) -> ReaderError:
    """The one sentence for what opening or reading raised (one of `NETWORK_ERRORS`,
    not an `HTTPError`: the callers answer status codes themselves)."""
    if watchdog.expired:
        return ReaderError(f"{url} did not answer completely within {deadline:g} s")
    reason: object = exc
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
    if isinstance(reason, TimeoutError | socket.timeout):
        return ReaderError(f"{url} is unreachable (no answer within {min(timeout, deadline):g} s)")
    if isinstance(exc, urllib.error.URLError):
        if isinstance(reason, OSError) and reason.strerror:
            reason = reason.strerror
        return ReaderError(f"{url} is unreachable ({reason})")
    return ReaderError(f"{url} could not be fetched ({exc or type(exc).__name__})")


def http_error(url: str, exc: urllib.error.HTTPError) -> ReaderError:
    return ReaderError(f"{url}: HTTP error {exc.code} {exc.reason or ''}".rstrip())


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # after redirects
    headers: Message
    body: bytes  # as sent (not decompressed)


def get(
    url: str,
    headers: dict[str, str],
    *,
    redirects: Redirects,
    timeout: float,
    deadline: float,
    min_speed: float,
    grace: float,
    max_bytes: int,
    check: Callable[[Message], None] | None = None,
) -> Response:
    """GET `url` completely within `deadline`, or raise one ReaderError sentence;
    `urllib.error.HTTPError` for an HTTP error status. `check(headers)` may refuse the
    response (a ReaderError) before its body is read."""
    check_url(url)
    request = urllib.request.Request(url, headers=headers)
    with Watchdog(deadline) as watchdog:
        try:
            with opener(watchdog, redirects).open(
                request, timeout=min(timeout, deadline)
            ) as response:
                head: Message = response.headers
                if check is not None:
                    check(head)
                body = read_body(response, url, watchdog, min_speed, grace, max_bytes)
                return Response(response.geturl(), head, body)
        except (ReaderError, urllib.error.HTTPError):
            raise
        except NETWORK_ERRORS as exc:
            raise network_error(url, exc, watchdog, timeout, deadline) from None
