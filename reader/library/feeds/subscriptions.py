"""The subscription list: one OPML 2.0 file in the config folder (`feeds.opml`).

OPML is what other readers import and export, and it is a file a person can edit:
one `<outline>` per feed with `text` (our name), `xmlUrl`, and optionally `title`
(the feed's own title), `htmlUrl`, `category` (tags, comma separated) and
`fullText="true"` (always fetch each item's page). Writes are atomic.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import quoteattr

from reader.errors import ReaderError, UsageError, printable
from reader.library.files import slugify, write_atomic
from reader.library.locations import config_dir
from reader.safe_io import read_regular

FILE_NAME = "feeds.opml"
MAX_LIST_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Feed:
    """One subscription."""

    name: str  # what the user calls it; unique; also the folder name's source
    url: str
    title: str = ""  # the feed's own title, once known
    html_url: str = ""
    tags: tuple[str, ...] = ()
    full_text: bool = False

    @property
    def slug(self) -> str:
        return slugify(self.name)


@dataclass(slots=True)
class Subscriptions:
    """The feeds in the file, in file order."""

    feeds: list[Feed] = field(default_factory=list)
    path: Path | None = None

    def find(self, key: str) -> Feed | None:
        """A feed by name (case-insensitive) or URL."""
        for feed in self.feeds:
            if feed.url == key:
                return feed
        folded = key.casefold()
        for feed in self.feeds:
            if feed.name.casefold() == folded:
                return feed
        return None

    def unique_name(self, name: str) -> str:
        """`name`, or `name 2`, `name 3`… when a feed already has that name or folder."""
        taken = {f.name.casefold() for f in self.feeds} | {f.slug for f in self.feeds}
        candidate = name
        n = 2
        while candidate.casefold() in taken or slugify(candidate) in taken:
            candidate = f"{name} {n}"
            n += 1
        return candidate

    def add(self, feed: Feed) -> Feed:
        """Append `feed` (its name made unique); a URL already subscribed is refused."""
        for known in self.feeds:
            if known.url == feed.url:
                raise ReaderError(f"already subscribed to {feed.url} (as {known.name})")
        feed = replace(feed, name=self.unique_name(feed.name))
        self.feeds.append(feed)
        return feed

    def remove(self, key: str) -> Feed:
        feed = self.find(key)
        if feed is None:
            raise UsageError(f"no feed named {printable(key)}; see `reader feed list`")
        self.feeds.remove(feed)
        return feed

    def update(self, feed: Feed) -> None:
        """Replace the feed with the same URL (e.g. its title became known)."""
        self.feeds = [feed if f.url == feed.url else f for f in self.feeds]

    def save(self) -> None:
        path = self.path or default_path()
        write_atomic(path, to_opml(self.feeds).encode("utf-8"))


def default_path() -> Path:
    return config_dir() / FILE_NAME


def remember_titles(titles: dict[str, str], path: Path | None = None) -> None:
    """Store the feeds' own titles (feed URL → title) learned by a refresh.

    `feed list`, `feed export` and the app's feed groups show them. The list is read
    again first, so a `feed add` or `feed remove` made during the refresh is kept.
    """
    subs = load(path)
    changed = False
    for feed in subs.feeds:
        title = titles.get(feed.url)
        if title and title != feed.title:
            subs.update(replace(feed, title=title))
            changed = True
    if changed:
        subs.save()


def load(path: Path | None = None) -> Subscriptions:
    """The subscriptions (none when the file does not exist yet)."""
    path = path or default_path()
    if not path.exists():
        return Subscriptions([], path)
    data = read_regular(path, MAX_LIST_BYTES + 1)
    if len(data) > MAX_LIST_BYTES:
        raise ReaderError(f"{printable(str(path))} is too large to be a subscription list")
    try:
        feeds = parse_opml(data)
    except ReaderError as exc:
        raise ReaderError(f"{printable(str(path))}: {exc}") from None
    return Subscriptions(feeds, path)


def parse_opml(data: bytes) -> list[Feed]:
    """Every outline with an `xmlUrl`, nested folders flattened (their names become tags)."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ReaderError(f"not a valid OPML file ({exc})") from None
    if root.tag.lower() != "opml":
        raise ReaderError("not an OPML file (no <opml> root)")
    body = root.find("body")
    if body is None:
        return []
    feeds: list[Feed] = []
    seen: set[str] = set()

    def walk(node: ET.Element, folders: tuple[str, ...]) -> None:
        for outline in node.findall("outline"):
            url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
            label = " ".join((outline.get("text") or outline.get("title") or "").split())
            if not url:
                walk(outline, (*folders, label) if label else folders)
                continue
            if url in seen:
                continue
            seen.add(url)
            category = outline.get("category") or ""
            tags = [t.strip().strip("/") for t in category.split(",") if t.strip().strip("/")]
            title = " ".join((outline.get("title") or "").split())
            feeds.append(
                Feed(
                    name=label or title or url,
                    url=url,
                    title=title,
                    html_url=(outline.get("htmlUrl") or "").strip(),
                    tags=tuple(dict.fromkeys([*folders, *tags])),
                    full_text=(outline.get("fullText") or "").lower() in ("true", "1", "yes"),
                )
            )

    walk(body, ())
    return feeds


def to_opml(feeds: list[Feed], title: str = "reader subscriptions") -> str:
    """OPML 2.0: one `<outline type="rss">` per feed (what newsboat, nom & co. import)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_text(title)}</title>",
        "  </head>",
        "  <body>",
    ]
    for feed in feeds:
        attrs = [
            ("type", "rss"),
            ("text", feed.name),
            ("title", feed.title or feed.name),
            ("xmlUrl", feed.url),
        ]
        if feed.html_url:
            attrs.append(("htmlUrl", feed.html_url))
        if feed.tags:
            attrs.append(("category", ",".join(feed.tags)))
        if feed.full_text:
            attrs.append(("fullText", "true"))
        joined = " ".join(f"{k}={quoteattr(_clean(v))}" for k, v in attrs)
        lines.append(f"    <outline {joined}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _clean(value: str) -> str:
    """XML 1.0 cannot hold most control characters: drop them."""
    return "".join(c for c in value if c in "\t" or c >= " ").replace("\t", " ")


def _text(value: str) -> str:
    return _clean(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse_urls_file(text: str) -> list[Feed]:
    """A newsboat `urls` file: `URL [tag …]` per line, `#` comments, quoted tags.

    Tags starting with `~` name the feed; `!` hides it in newsboat (kept as a tag);
    `query:` lines (newsboat's virtual feeds) and non-http lines are skipped.
    """
    import shlex

    feeds: list[Feed] = []
    seen: set[str] = set()
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            words = shlex.split(line, comments=True)
        except ValueError:
            words = line.split()
        if not words:
            continue
        url, tags = words[0], words[1:]
        if not url.startswith(("http://", "https://")) or url in seen:
            continue
        seen.add(url)
        name = ""
        kept: list[str] = []
        for tag in tags:
            if tag.startswith("~") and not name:
                name = tag[1:].strip()
            elif tag:
                kept.append(tag)
        feeds.append(Feed(name=name or url, url=url, tags=tuple(kept)))
    return feeds


def parse_import(data: bytes) -> list[Feed]:
    """OPML when it looks like XML, else a newsboat `urls` file."""
    head = data.lstrip()[:200].lower()
    if head.startswith((b"<?xml", b"<opml", b"\xef\xbb\xbf")) or b"<opml" in head:
        return parse_opml(data.removeprefix(b"\xef\xbb\xbf"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    feeds = parse_urls_file(text)
    if not feeds and text.strip():
        raise ReaderError("neither OPML nor a newsboat urls file (no http(s) URL found)")
    return feeds
