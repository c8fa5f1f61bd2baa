"""HTML in, article out: ONE extraction for every way a page comes in.

`reader add page.html`, `curl … | reader add -`, `reader add URL`, feed items and
`reader show/summary page.html` all call `extract_article`, so the same page gives
the same text whichever way it arrives. Pure functions (no network, no library
imports): `reader.library.fetch` does the fetching and calls this.

How a page becomes text (docs/extraction.md has the measurements):

1. trafilatura (comments off, tables kept) gives the main text and metadata (the date
   only from the page's markup, never guessed from a year in the text).
2. readability-lxml reads the same page. Both texts lose their page furniture
   paragraph by paragraph (`data/html/furniture.txt`: newsletter prompts, "click
   here to get the app", related-link lists, comment-policy notes, video-player and
   slide-show controls; whole-paragraph matches only).
3. readability's text is kept when it holds nearly all of trafilatura's tokens (90 %)
   and is at most 1.25 times as long: then little trafilatura found is lost, and what
   it cut off (a body split by ads, a table) comes back. Otherwise trafilatura's.
4. The title is chosen from `<title>`, og:title and `<h1>` and the site name is cut
   from it ("– TechCrunch", "| ZDNet") when the candidates agree or the part names
   the site; a first paragraph that repeats the title is removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from reader.errors import ReaderError

MIN_WORDS = 12  # less extracted text than this means the extraction found no article

# Fallback signals (see docs/extraction.md): readability's text is used when it holds
# at least RECALL_CONTAINMENT of trafilatura's word tokens and has at most
# RECALL_MAX_GROWTH times as many (both without furniture): it completes the same
# article; when it adds much more, the extra was more often page furniture.
RECALL_CONTAINMENT = 0.9
RECALL_MAX_GROWTH = 1.25

_HEAD = 2048
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(
    rb"<(?:p|div|span|a\s|br|meta|title|script|style|article|section|h[1-6]|li|table|img)\b",
    re.IGNORECASE,
)
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Extracted:
    """The article of a web page: text as paragraphs separated by blank lines."""

    title: str
    text: str
    author: str = ""
    date: str = ""
    site: str = ""
    url: str = ""
    method: str = "trafilatura"  # which extractor's text was kept

    def fields(self) -> dict[str, str]:
        """As front-matter values (what `reader add` stores)."""
        return {
            "title": self.title,
            "date": self.date,
            "source": self.site,
            "url": self.url,
            "author": self.author,
            "text": self.text,
        }


def looks_like_html(data: bytes | str) -> bool:
    """Whether input is an HTML page, by its content (the file name is not needed).

    A page starts with a doctype, `<html>`, `<head>` or `<body>` (after an XML
    declaration or comments), or its first 2 KB start with a tag and hold several
    common HTML tags. Markdown or text that mentions `<p>` once is not HTML.
    """
    head = data[: _HEAD * 2] if isinstance(data, bytes) else data[: _HEAD * 2].encode()
    if head.startswith(_BOM):
        head = head[3:]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", errors="ignore").encode()
    if _HTML_START.match(head):
        return True
    stripped = head.lstrip()
    return stripped.startswith(b"<") and len(_HTML_TAGS.findall(head[:_HEAD])) >= 3


# ---------------------------------------------------------------------------
# HTML to paragraphs (readability's output, ground truth of the evaluation)

_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
        "summary",
    ]
)
_DROP = ("script", "style", "noscript", "template", "svg", "math", "head")


def html_to_text(html: str | bytes) -> str:
    """Visible text of an HTML fragment or page as paragraphs ("\\n\\n" between blocks).

    Table cells are joined by " | " within a row; `<br>` is a line break.
    """
    import lxml.html  # with trafilatura: only when HTML is read

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types on empty/broken input
        return ""
    for bad in root.iter(*_DROP):
        bad.drop_tree() if bad.getparent() is not None else None
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _BLOCKS
        if block:
            parts.append("\n\n")
        elif tag == "br":
            parts.append("\n")
        elif tag in ("td", "th"):
            parts.append(" | ")
        if tag and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(root)
    return paragraphs("".join(parts))


def paragraphs(raw: str) -> str:
    """Blank-line separated paragraphs, each on one line with single spaces."""
    out = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        text = " ".join(line for line in lines if line).strip(" |")
        if text:
            out.append(text)
    return "\n\n".join(out)


# ---------------------------------------------------------------------------
# The extractors


def trafilatura_doc(html: bytes | str, url: str | None = None) -> dict[str, Any]:
    """trafilatura's main text (comments off, tables kept) and metadata; {} if none."""
    import trafilatura  # slow import: only when HTML is read

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        # a date from the page's metadata only: "in 2025" in the text is not its date
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict()
    return doc if isinstance(doc, dict) else {}


def readability_text(html: bytes | str) -> str:
    """readability-lxml's article, as paragraphs ("" when it finds none)."""
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises its own and lxml's errors on odd pages
        return ""
    return html_to_text(summary)


# ---------------------------------------------------------------------------
# Choosing and cleaning

_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (the unit of the bench's F1 and of the fallback signals)."""
    return _WORD.findall(text.lower())


def containment(inner: str, outer: str) -> float:
    """Share of `inner`'s tokens (with multiplicity) that `outer` also has."""
    a, b = Counter(tokens(inner)), Counter(tokens(outer))
    total = sum(a.values())
    return sum((a & b).values()) / total if total else 0.0


def choose(primary: str, recall: str) -> tuple[str, str]:
    """(text, method): readability's text when it holds nearly all of trafilatura's
    (RECALL_CONTAINMENT of its tokens) and is not much longer (RECALL_MAX_GROWTH), so
    little trafilatura found is lost and what it cut off (text split by ads, a table)
    comes back; else trafilatura's. Both are given without page furniture."""
    p, r = len(tokens(primary)), len(tokens(recall))
    if p < MIN_WORDS:
        return (recall, "readability") if r >= MIN_WORDS else (primary, "trafilatura")
    similar = MIN_WORDS <= r <= RECALL_MAX_GROWTH * p
    if similar and containment(primary, recall) >= RECALL_CONTAINMENT:
        return recall, "readability"
    return primary, "trafilatura"


@cache
def _furniture() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(paragraphs to drop, headings that start a list of related links)."""
    from reader.analysis.languages import data_lines  # not at import: loader imports us

    drop: list[str] = []
    lists: list[str] = []
    for line in data_lines("html/furniture.txt"):
        if line.startswith("list:"):
            lists.append(line[5:].strip())
        else:
            drop.append(line)
    return (
        re.compile("|".join(f"(?:{p})" for p in drop), re.IGNORECASE),
        re.compile("|".join(f"(?:{p})" for p in lists), re.IGNORECASE),
    )


_LINK_LIKE_WORDS = 16  # a related-link line is a short title without a full stop


def drop_furniture(paras: list[str]) -> list[str]:
    """Paragraphs without page furniture: whole-paragraph matches of the data patterns,
    and after a "Related stories"-style heading the short link titles that follow."""
    drop, lists = _furniture()
    out: list[str] = []
    in_list = False
    for para in paras:
        text = para.strip()
        if in_list:
            if len(text.split()) <= _LINK_LIKE_WORDS and not text.endswith((".", "!", "?", '."')):
                continue
            in_list = False
        if lists.fullmatch(text):
            in_list = True
            continue
        if drop.fullmatch(text):
            continue
        out.append(para)
    return out


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(text))


def drop_headline(paras: list[str], title: str) -> list[str]:
    """Without a first paragraph that repeats the title (it is shown as the title)."""
    if paras and title and _norm(paras[0]) == _norm(title):
        return paras[1:]
    return paras


_SEPARATOR = re.compile(r"\s+(?:[|\u2013\u2014\u00b7\u2022\u00bb/]|-{1,2}|::)\s+")


def _meta(root: Any, *names: str) -> str:
    for name in names:
        for attr in ("property", "name"):
            found = root.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and str(found[0]).strip():
                return " ".join(str(found[0]).split())
    return ""


_SITE_WORDS = 4


def _site_like(part: str, site: str, host: str) -> bool:
    """Whether a title part names the site ("TechCrunch", "ZDNet", "BBC News")."""
    key = _norm(part).replace(" ", "")
    if not key:
        return True
    if len(part.split()) > _SITE_WORDS:  # a site name is short; a longer part is the title
        return False
    names = {_norm(site).replace(" ", "")} if site else set()
    labels = [x for x in host.lower().split(".") if x not in ("www", "m", "com", "org", "net")]
    names.update(labels)
    names.discard("")
    return any(key == n or (len(n) >= 4 and (n in key or key in n)) for n in names)


def clean_title(title: str, candidates: list[str], site: str, host: str) -> str:
    """`title` without a site name part: when another candidate (og:title, h1) equals
    a run of its parts, that run; else parts at either end that name the site are cut.
    Quote marks are kept."""
    title = " ".join(title.split())
    pieces = re.split(f"({_SEPARATOR.pattern})", title)  # parts, separator, parts, ...
    parts = pieces[0::2]
    n = len(parts)
    if n < 2:
        return title
    others = {_norm(c) for c in candidates if c and _norm(c) != _norm(title)}
    others.discard("")
    for size in range(n - 1, 0, -1):
        for i in range(n - size + 1):
            run = "".join(pieces[2 * i : 2 * (i + size) - 1]).strip()
            if _norm(run) in others:
                return run
    i, j = 0, n
    while j - i > 1 and _site_like(parts[j - 1], site, host):
        j -= 1
    while j - i > 1 and _site_like(parts[i], site, host):
        i += 1
    return "".join(pieces[2 * i : 2 * j - 1]).strip()


def page_title(html: bytes | str, fallback: str, site: str, url: str) -> tuple[str, str]:
    """(title, site): the page's title without the site name, and the site name."""
    from trafilatura.utils import load_html  # decodes as trafilatura does (<meta charset>)

    try:
        root = load_html(html)
    except Exception:  # lxml raises several types on broken input
        root = None
    if root is None:
        return fallback, site
    og = _meta(root, "og:title", "twitter:title")
    site = site or _meta(root, "og:site_name", "application-name")
    h1s = [" ".join(h.text_content().split()) for h in root.iter("h1")][:3]
    found = root.find(".//title")
    tag = " ".join(found.text_content().split()) if found is not None else ""
    title = og or tag or fallback or (h1s[0] if h1s else "")
    host = urlsplit(url).hostname or "" if url else ""
    candidates = [c for c in (og, tag, *h1s, fallback) if c]
    return clean_title(title, candidates, site, host), site


def extract_article(html: bytes | str, url: str | None = None, *, name: str = "input") -> Extracted:
    """The article of an HTML page. Raises ReaderError when there is none."""
    try:
        doc = trafilatura_doc(html, url)
        primary = _clean(_doc_text(doc))
        text, method = choose(primary, _clean(readability_text(html)))
    except ReaderError:
        raise
    except Exception as exc:  # trafilatura/lxml raise many types on broken input
        raise ReaderError(f"{name}: could not parse the HTML ({exc})") from None

    def one_line(key: str) -> str:
        return " ".join(str(doc.get(key) or "").split())

    page_url = url or one_line("url")
    title, site = page_title(html, one_line("title"), one_line("sitename"), page_url)
    paras = drop_headline(text.split("\n\n"), title)
    text = "\n\n".join(paras)
    from reader.analysis.scripts import count_words  # not at import: loader imports us

    if count_words(text) < MIN_WORDS:  # a menu link or two is not an article
        raise ReaderError(f"{name}: no article text found in the page")
    return Extracted(
        title=title,
        text=text,
        author=one_line("author"),
        date=one_line("date"),
        site=site or one_line("hostname"),
        url=page_url,
        method=method,
    )


def _clean(text: str) -> str:
    return "\n\n".join(drop_furniture(text.split("\n\n")))


def _doc_text(doc: dict[str, Any]) -> str:
    raw = str(doc.get("text") or "")
    return "\n\n".join(" ".join(line.split()) for line in raw.splitlines() if line.strip())
