"""Polite HTTP for feeds: conditional GET, gzip (capped), bounded redirects, deadlines.

The deadline watchdog, the per-wait timeout, the slow-body check, the size cap, the
http(s)-only redirects and the error sentences are `library.http`'s (the same code
`reader add URL` uses); this adds what a feed poller needs on top: `If-None-Match` /
`If-Modified-Since` (a 304 is "nothing new", with no body read), `Accept-Encoding:
gzip` with a cap on the decompressed size (a gzip bomb is refused, not inflated),
and at most `MAX_REDIRECTS` hops.
"""

from __future__ import annotations

import urllib.error
import zlib
from dataclasses import dataclass
from email.message import Message
from typing import Any

from reader.errors import ReaderError
from reader.library.http import USER_AGENT, Redirects, get, http_error
from reader.safe_io import HTML_CAP, size_words

TIMEOUT = 15.0  # seconds for connect and each wait
DEADLINE = 30.0  # seconds for the whole request
MIN_SPEED = 1024
MIN_SPEED_GRACE = 5.0
MAX_BYTES = HTML_CAP  # on the wire and once decompressed
MAX_REDIRECTS = 5
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class FeedResponse:
    url: str  # after redirects
    data: bytes  # decompressed
    content_type: str
    charset: str | None
    etag: str
    last_modified: str
    headers: Message


class _FeedRedirects(Redirects):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2


def fetch_feed(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    timeout: float = TIMEOUT,
    deadline: float = DEADLINE,
    min_speed: float = MIN_SPEED,
    grace: float = MIN_SPEED_GRACE,
    max_bytes: int = MAX_BYTES,
) -> FeedResponse | None:
    """GET a feed; None when the server says 304 Not Modified. ReaderError otherwise."""
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        got = get(
            url,
            headers,
            redirects=_FeedRedirects(),
            timeout=timeout,
            deadline=deadline,
            min_speed=min_speed,
            grace=grace,
            max_bytes=max_bytes,
        )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None
        if 300 <= exc.code < 400:
            raise ReaderError(
                f"{url} redirects too often (more than {MAX_REDIRECTS} hops, or a loop)"
            ) from None
        raise http_error(url, exc) from None
    head, raw, final_url = got.headers, got.body, got.url
    data = _decode_body(raw, head.get("Content-Encoding", ""), url, max_bytes)
    return FeedResponse(
        url=final_url,
        data=data,
        content_type=head.get_content_type(),
        charset=head.get_content_charset(),
        etag=(head.get("ETag") or "").strip(),
        last_modified=(head.get("Last-Modified") or "").strip(),
        headers=head,
    )


def _decode_body(raw: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    """Undo gzip/deflate, never inflating past `max_bytes` (a gzip bomb is an error)."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding in ("gzip", "x-gzip"):
        wbits = 16 + zlib.MAX_WBITS
    elif encoding == "deflate":
        wbits = zlib.MAX_WBITS if raw[:1] == b"\x78" else -zlib.MAX_WBITS
    else:
        raise ReaderError(f"{url} uses an unsupported content encoding ({encoding})")
    inflater: Any = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(raw, max_bytes + 1)
    except zlib.error as exc:
        raise ReaderError(f"{url} sent a broken {encoding} body ({exc})") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise ReaderError(f"{url} is too large once decompressed (over {size_words(max_bytes)})")
    return bytes(out)
