"""`reader add URL` and HTML files: reduce a web page to its main text + metadata.

trafilatura does the extraction (it is slow to import, so only here and only when
needed). The result is written as a normal article: front matter (title, date,
source, url) and the text, paragraphs separated by blank lines, through
`library.write_new` (atomic, collision-free name). Fetching uses urllib with a
timeout; every failure is one clear `ReaderError` (exit 1).
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from pathlib import Path

from reader import __version__
from reader.errors import ReaderError
from reader.library.files import slugify, write_new

TIMEOUT = 20.0  # seconds, for connect and for each read
MAX_BYTES = 10 * 1024 * 1024
MIN_WORDS = 12  # less extracted text than this means the extraction found no article
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = f"reader/{__version__} (+https://github.com/; terminal news reader)"


def fetch(url: str, *, timeout: float = TIMEOUT) -> tuple[bytes, str | None]:
    """GET an HTML page: (body bytes, charset or None). ReaderError when unusable."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ReaderError(f"{url} is not an http(s) URL")
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers: Message = response.headers
            ctype = headers.get_content_type()
            if ctype not in HTML_TYPES:
                raise ReaderError(f"{url} is not an HTML page (content type {ctype})")
            data = response.read(MAX_BYTES + 1)
            charset = headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise ReaderError(f"{url}: HTTP error {exc.code} {exc.reason or ''}".rstrip()) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, OSError) and reason.strerror:
            reason = reason.strerror
        raise ReaderError(f"{url} is unreachable ({reason})") from None
    except TimeoutError:
        raise ReaderError(f"{url} is unreachable (no answer within {timeout:g} s)") from None
    except (OSError, ValueError) as exc:  # e.g. connection reset, bad header
        raise ReaderError(f"{url} could not be fetched ({exc})") from None
    if len(data) > MAX_BYTES:
        raise ReaderError(f"{url} is too large (over {MAX_BYTES // (1024 * 1024)} MB)")
    return data, charset


def extract(data: bytes | str, *, url: str | None = None, name: str = "input") -> dict[str, str]:
    """Main text and metadata of an HTML page: keys text, title, date, source, url.

    Raises ReaderError when no article text can be found.
    """
    import trafilatura  # slow import: only when adding HTML

    try:
        doc = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
        if doc is not None and not isinstance(doc, dict):
            doc = doc.as_dict()
    except Exception as exc:  # trafilatura/lxml raise many types on broken input
        raise ReaderError(f"{name}: could not parse the HTML ({exc})") from None
    if not isinstance(doc, dict):
        doc = {}
    raw = str(doc.get("text") or "")
    paragraphs = [" ".join(line.split()) for line in raw.splitlines()]
    text = "\n\n".join(p for p in paragraphs if p)
    if len(text.split()) < MIN_WORDS:  # a menu link or two is not an article
        raise ReaderError(f"{name}: no article text found in the page")

    def one_line(key: str) -> str:
        return " ".join(str(doc.get(key) or "").split())

    return {
        "text": text,
        "title": one_line("title"),
        "date": one_line("date"),
        "source": one_line("sitename") or one_line("hostname"),
        "url": url or one_line("url"),
    }


def article_body(fields: dict[str, str]) -> str:
    """Front matter (only the keys that have a value) + blank line + text."""
    head = ["---"]
    for key in ("title", "date", "source", "url"):
        value = fields.get(key, "")
        if value:
            head.append(f"{key}: {value}")
    head.append("---")
    return "\n".join(head) + "\n\n" + fields["text"].rstrip("\n") + "\n"


def add_html(
    data: bytes,
    root: Path,
    name: str = "input",
    *,
    url: str | None = None,
    charset: str | None = None,
) -> Path:
    """Store the main text of an HTML page as a new article; returns its path."""
    content: bytes | str = data
    if charset:
        try:
            content = data.decode(charset, errors="replace")
        except LookupError:
            content = data
    fields = extract(content, url=url, name=name)
    title = fields["title"] or fields["text"].split("\n", 1)[0][:80]
    root.mkdir(parents=True, exist_ok=True)
    return write_new(root, slugify(title), article_body(fields))


def add_url(url: str, root: Path, *, timeout: float = TIMEOUT) -> Path:
    """Fetch `url`, reduce it to its main text + metadata, store it; returns the path."""
    data, charset = fetch(url, timeout=timeout)
    return add_html(data, root, name=url, url=url, charset=charset)
