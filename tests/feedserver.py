"""A loopback HTTP server (127.0.0.1 only) for feed tests: routes, validators, a request log.

Each route serves fixed bytes with a content type and, optionally, an ETag and a
Last-Modified date; a request whose If-None-Match / If-Modified-Since matches gets
304 and no body. Every request's path and headers are logged, so tests can prove
that a second refresh sent conditional requests.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FEED_DATA = Path(__file__).parent / "data" / "feeds"


@dataclass
class Route:
    body: bytes
    content_type: str = "application/rss+xml"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False  # send the body gzipped (declared), whatever the client asked
    location: str | None = None  # for redirects
    delay: float = 0.0


@dataclass
class Logged:
    path: str
    headers: dict[str, str]


@dataclass
class FeedServer:
    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    log: list[Logged] = field(default_factory=list)

    def fixture(self, name: str) -> bytes:
        return (FEED_DATA / name).read_bytes().replace(b"{BASE}", self.base.encode())

    def serve(self, path: str, name_or_body: str | bytes, **kwargs: object) -> str:
        """Serve a fixture file (by name) or bytes at `path`; returns the full URL."""
        body = self.fixture(name_or_body) if isinstance(name_or_body, str) else name_or_body
        self.routes[path] = Route(body, **kwargs)  # type: ignore[arg-type]
        return self.base + path

    def requests_for(self, path: str) -> list[Logged]:
        return [r for r in self.log if r.path == path]


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    state = FeedServer()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            state.log.append(Logged(self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = state.routes.get(self.path)
            if route is None:
                self._send(404, b"not found", "text/plain")
                return
            if route.delay:
                time.sleep(route.delay)
            if route.location is not None:
                self.send_response(route.status)
                self.send_header("Location", route.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            if (route.etag and inm == route.etag) or (
                route.last_modified and not route.etag and ims == route.last_modified
            ):
                self.send_response(304)
                if route.etag:
                    self.send_header("ETag", route.etag)
                self.end_headers()
                return
            extra = {}
            if route.etag:
                extra["ETag"] = route.etag
            if route.last_modified:
                extra["Last-Modified"] = route.last_modified
            body = route.body
            if route.gzip:
                body = gzip.compress(body)
                extra["Content-Encoding"] = "gzip"
            self._send(route.status, body, route.content_type, extra)

        def _send(
            self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that gave up (size cap, deadline) is part of the tests

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
