"""Refresh feeds: fetch (conditional), parse, de-duplicate, fetch full text, store files.

Per feed, everything is decided before anything is written: a feed that cannot be
fetched or parsed writes nothing and records one sentence as its last error; the
others go on. New items become ordinary article files under
`<library>/feeds/<feed-slug>/` (atomic, never overwriting: `files.write_new`) with
front matter title, source, url, date, author, feed.

Concurrency is bounded twice: a thread pool of `WORKERS` feeds at once, and at most
`PER_HOST` requests to one host at a time (feeds and the item pages fetched for
full text alike).
"""

from __future__ import annotations

import threading
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from reader.errors import ReaderError
from reader.library.feeds import net
from reader.library.feeds.feedstate import FeedState, load_state, refresh_lock, save_state
from reader.library.feeds.net import fetch_feed
from reader.library.feeds.parse import Item, ParsedFeed, parse_feed
from reader.library.feeds.subscriptions import Feed
from reader.library.files import front_matter, slugify, write_new
from reader.safe_io import TEXT_CAP

WORKERS = 8
PER_HOST = 2
SHORT_WORDS = 150  # item text shorter than this is a teaser: fetch the page
FEEDS_FOLDER = "feeds"


@dataclass(slots=True)
class FeedResult:
    feed: Feed
    new: list[Path] = field(default_factory=list)
    error: str = ""
    title: str = ""  # the feed's own title, when it was fetched
    not_modified: bool = False

    @property
    def ok(self) -> bool:
        return not self.error


class HostLimiter:
    """At most `per_host` requests to one host at a time."""

    def __init__(self, per_host: int = PER_HOST) -> None:
        self.per_host = per_host
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.BoundedSemaphore] = {}

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        host = urllib.parse.urlsplit(url).netloc.lower()
        with self._lock:
            sem = self._hosts.get(host)
            if sem is None:
                sem = self._hosts[host] = threading.BoundedSemaphore(self.per_host)
        with sem:
            yield


@dataclass(slots=True)
class Options:
    """Knobs for tests and the bench; the defaults are the polite ones."""

    state_folder: Path | None = None
    timeout: float = net.TIMEOUT
    deadline: float = net.DEADLINE
    full_text: bool = True  # fetch pages of teaser items


def feed_folder(library: Path, feed: Feed) -> Path:
    return library / FEEDS_FOLDER / feed.slug


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def refresh_feed(
    feed: Feed,
    library: Path,
    *,
    limiter: HostLimiter | None = None,
    options: Options | None = None,
    on_stored: Callable[[Path], None] | None = None,
) -> FeedResult:
    """Refresh one feed; never raises for a bad feed (the result carries the sentence)."""
    limiter = limiter or HostLimiter()
    options = options or Options()
    result = FeedResult(feed)
    with refresh_lock(feed.url, options.state_folder) as mine:
        if not mine:
            result.error = "is being refreshed by another reader right now"
            return result
        state = load_state(feed.url, options.state_folder)
        state.last_refresh = _now()
        try:
            _refresh(feed, library, state, result, limiter, options, on_stored)
        except ReaderError as exc:
            result.error = str(exc)
        except Exception as exc:  # a bug must not stop the other feeds
            result.error = f"internal error ({type(exc).__name__}: {exc})"
        state.last_error = result.error
        if result.ok:
            state.last_success = state.last_refresh
        try:
            # a 304 only moves the timestamps: no fsync (the seen-set is unchanged)
            save_state(state, options.state_folder, durable=not result.not_modified)
        except ReaderError as exc:
            if result.ok:
                result.error = f"stored, but its state could not be saved ({exc})"
    return result


def _refresh(
    feed: Feed,
    library: Path,
    state: FeedState,
    result: FeedResult,
    limiter: HostLimiter,
    options: Options,
    on_stored: Callable[[Path], None] | None,
) -> None:
    with limiter.slot(feed.url):
        response = fetch_feed(
            feed.url,
            etag=state.etag,
            last_modified=state.last_modified,
            timeout=options.timeout,
            deadline=options.deadline,
        )
    if response is None:
        result.not_modified = True
        return
    parsed = parse_feed(response.data, response.url, response.content_type, response.charset)
    result.title = parsed.title
    if parsed.title:
        state.title = parsed.title
    shared = _shared_links(parsed)
    new_items = _new_items(parsed, state.seen_set(), shared)
    bodies = [
        (_stem(item), _body(item, feed, parsed, _full_text(item, feed, limiter, options)), item)
        for item in new_items
    ]
    folder = feed_folder(library, feed)
    for stem, body, item in bodies:
        # A failed write raises: what was written so far stays remembered (the state
        # is saved), the validators are not updated, so the next refresh stores the rest.
        path = write_new(folder, stem, body)
        result.new.append(path)
        state.remember(item.keys(use_link=item.link not in shared))
        state.articles += 1
        if on_stored is not None:
            on_stored(path)
    for item in parsed.items:  # a changed text adds its new hash: stored once only
        state.remember(item.keys(use_link=item.link not in shared))
    state.etag = response.etag
    state.last_modified = response.last_modified


def _shared_links(parsed: ParsedFeed) -> set[str]:
    """Links that several items of the feed carry (all pointing at the home page, say):
    such a link does not tell items apart, so it is no de-duplication key."""
    seen: set[str] = set()
    shared: set[str] = set()
    for item in parsed.items:
        if item.link in seen:
            shared.add(item.link)
        seen.add(item.link)
    return shared


def _new_items(
    parsed: ParsedFeed, seen: set[str], shared: frozenset[str] | set[str] = frozenset()
) -> list[Item]:
    """Items none of whose keys (id, link, content hash) were seen, oldest first."""
    fresh: list[Item] = []
    batch: set[str] = set()
    for item in parsed.items:
        keys = item.keys(use_link=item.link not in shared)
        if any(k in seen or k in batch for k in keys):
            continue
        batch.update(keys)
        fresh.append(item)
    fresh.reverse()  # feeds list newest first; store oldest first
    return fresh


def _full_text(item: Item, feed: Feed, limiter: HostLimiter, options: Options) -> str:
    """The item's text; its page's main text when the feed gave a teaser (or full-text)."""
    from reader.analysis.scripts import count_words  # only when there is a new item

    short = count_words(item.text) < SHORT_WORDS  # a Han/kana character is a word
    if not item.link or not options.full_text or not (feed.full_text or short):
        return item.text
    from reader.library.fetch import decode_html, extract, fetch

    try:
        with limiter.slot(item.link):
            data, charset = fetch(item.link, timeout=options.timeout, deadline=options.deadline)
        page = extract(decode_html(data, charset), url=item.link, name=item.link)["text"]
    except ReaderError:
        return item.text  # the teaser is still better than nothing
    return page if len(page) > len(item.text) else item.text


def _stem(item: Item) -> str:
    title = item.title or item.text.split("\n", 1)[0][:80] or item.link
    return slugify(title)


def _body(item: Item, feed: Feed, parsed: ParsedFeed, text: str) -> str:
    fields = {
        "title": item.title,
        "source": parsed.title or feed.title or feed.name,
        "url": item.link,
        "date": item.date,
        "author": item.author,
        "feed": feed.name,
    }
    head = front_matter(fields)
    text = text.strip() or item.title or item.link
    if len(text.encode()) > TEXT_CAP - 8192:  # what the reader reads of any article
        text = text.encode()[: TEXT_CAP - 8192].decode("utf-8", "ignore")
        text = text.rsplit("\n\n", 1)[0] if "\n\n" in text else text
    return head + "\n\n" + text + "\n"


def refresh_feeds(
    feeds: Sequence[Feed],
    library: Path,
    *,
    workers: int = WORKERS,
    per_host: int = PER_HOST,
    options: Options | None = None,
    on_stored: Callable[[Path], None] | None = None,
    ordered: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[FeedResult]:
    """Refresh feeds concurrently; yields results in the order of `feeds` (or, with
    `ordered=False`, as each feed finishes: for progress in the app). Feeds not yet
    started when `cancelled()` turns true are skipped (the app is quitting)."""
    if not feeds:
        return
    limiter = HostLimiter(per_host)
    lock = threading.Lock()

    def stored(path: Path) -> None:
        if on_stored is not None:
            with lock:
                on_stored(path)

    def one(feed: Feed) -> FeedResult:
        if cancelled is not None and cancelled():
            return FeedResult(feed, error="not refreshed (cancelled)")
        return refresh_feed(feed, library, limiter=limiter, options=options, on_stored=stored)

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(feeds)))) as pool:
        futures: list[Future[FeedResult]] = [pool.submit(one, feed) for feed in feeds]
        for future in futures if ordered else as_completed(futures):
            yield future.result()


def check_feed(url: str, *, options: Options | None = None) -> tuple[str, ParsedFeed]:
    """Fetch and parse a feed once (for `feed add`): (feed URL, parsed feed).

    A web page that names its feed (`<link rel="alternate" type="application/rss+xml"
    href=…>`) gives that feed instead: `reader feed add https://site/` works.
    ReaderError when neither the URL nor a feed it names can be used.
    """
    options = options or Options()
    response = fetch_feed(url, timeout=options.timeout, deadline=options.deadline)
    if response is None:  # no validators were sent; a 304 here is a broken server
        raise ReaderError(f"{url} answered 304 Not Modified to a plain request")
    try:
        return url, parse_feed(response.data, response.url, response.content_type, response.charset)
    except ReaderError:
        found = discover_feeds(response.data, response.url)
        if not found:
            raise
    for candidate in found[:3]:
        try:
            again = fetch_feed(candidate, timeout=options.timeout, deadline=options.deadline)
            if again is not None:
                return candidate, parse_feed(
                    again.data, again.url, again.content_type, again.charset
                )
        except ReaderError:
            continue
    raise ReaderError(f"{url} is a web page whose feed ({found[0]}) could not be used")


_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


def discover_feeds(data: bytes, base: str) -> list[str]:
    """Feed URLs a web page announces in `<link rel="alternate" type=… href=…>`."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Links(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag != "link":
                return
            a = {k: (v or "") for k, v in attrs}
            rels = a.get("rel", "").lower().split()
            if "alternate" in rels and a.get("type", "").lower() in _FEED_TYPES and a.get("href"):
                link = urllib.parse.urljoin(base, a["href"].strip())
                if link not in found and link.startswith(("http://", "https://")):
                    found.append(link)

    parser = Links()
    try:
        parser.feed(data[: 512 * 1024].decode("utf-8", "replace"))
    except Exception:  # html.parser is lenient; a broken page just has no feed links
        return found
    return found
