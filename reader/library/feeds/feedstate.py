"""Per-feed state in the state folder: HTTP validators, last error, the seen-set.

One JSON file per feed, named by a hash of its URL (renaming a feed keeps its
state), written atomically. The seen-set holds the keys of every item already
stored (`id:…`, `link:…`, `hash:…`), newest last, capped at `MAX_SEEN`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reader.library.files import write_atomic
from reader.library.locations import feeds_state_dir

MAX_SEEN = 10_000
_MAX_STATE_BYTES = 8 * 1024 * 1024


@dataclass(slots=True)
class FeedState:
    url: str
    etag: str = ""
    last_modified: str = ""
    last_refresh: str = ""  # ISO 8601 UTC of the last attempt
    last_success: str = ""
    last_error: str = ""
    articles: int = 0  # files stored so far
    title: str = ""
    seen: list[str] = field(default_factory=list)

    def seen_set(self) -> set[str]:
        return set(self.seen)

    def remember(self, keys: list[str]) -> None:
        have = set(self.seen)
        for key in keys:
            if key not in have:
                self.seen.append(key)
                have.add(key)
        if len(self.seen) > MAX_SEEN:
            del self.seen[: len(self.seen) - MAX_SEEN]


def state_path(url: str, folder: Path | None = None) -> Path:
    key = hashlib.sha1(url.encode("utf-8", "surrogateescape")).hexdigest()[:20]
    return (folder or feeds_state_dir()) / f"{key}.json"


def load_state(url: str, folder: Path | None = None) -> FeedState:
    """The feed's state; a fresh one when missing or unreadable (it is only a cache)."""
    path = state_path(url, folder)
    try:
        with open(path, "rb") as fh:
            raw = json.loads(fh.read(_MAX_STATE_BYTES))
    except (OSError, ValueError):
        return FeedState(url)
    if not isinstance(raw, dict) or raw.get("url") != url:
        return FeedState(url)
    state = FeedState(url)
    for name in ("etag", "last_modified", "last_refresh", "last_success", "last_error", "title"):
        value = raw.get(name)
        if isinstance(value, str):
            setattr(state, name, value)
    if isinstance(raw.get("articles"), int):
        state.articles = raw["articles"]
    seen = raw.get("seen")
    if isinstance(seen, list):
        state.seen = [s for s in seen if isinstance(s, str)]
    return state


def save_state(state: FeedState, folder: Path | None = None, *, durable: bool = True) -> None:
    """Atomically (temp file + rename); `durable` adds an fsync (the seen-set changed)."""

    blob = json.dumps(asdict(state), ensure_ascii=False, separators=(",", ":")).encode()
    write_atomic(state_path(state.url, folder), blob, durable=durable)


def forget(url: str, folder: Path | None = None) -> None:
    with contextlib.suppress(OSError):
        state_path(url, folder).unlink()


@contextlib.contextmanager
def refresh_lock(url: str, folder: Path | None = None) -> Iterator[bool]:
    """An exclusive, non-blocking lock on refreshing one feed; yields False when held.

    Two refreshes (the app and a cron `reader refresh`) must not both store the
    same new items: the second one skips the feed instead.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield True
        return
    path = state_path(url, folder).with_suffix(".lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield True  # no lock possible: refresh anyway (state writes are still atomic)
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def describe(state: FeedState) -> dict[str, Any]:
    """The public part (for `feed list --json`)."""
    return {
        "last_refresh": state.last_refresh or None,
        "last_success": state.last_success or None,
        "last_error": state.last_error or None,
        "articles": state.articles,
    }
