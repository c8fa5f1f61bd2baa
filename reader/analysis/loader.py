"""Bytes on disk -> `Article`: decoding, normalisation, front matter and title.

The text produced here is exactly what the app displays and what `show --json`
prints, so every later offset points into it. Normalisation is therefore done once,
here: newlines become `\n`, and characters that a terminal would act on (escape
sequences, OSC 52 clipboard writes), that Rich silently drops, or that reorder the
display (bidi overrides and isolates) are replaced by visible stand-ins.

Decisions (see docs/robustness.md for the full table):

- UTF-8 (with or without BOM) and UTF-16/UTF-32 with a BOM are decoded; UTF-16
  without a BOM is recognised by its NUL pattern. Invalid UTF-8 is *shown* with
  U+FFFD replacement characters and a notice rather than refused: a reader with one
  bad byte in a long article still wants to read it. Only data that looks binary
  (file signatures, many NULs/controls, mostly undecodable) is refused.
- Input is capped at `MAX_BYTES`; a larger file is cut at a line (or word) boundary
  and `Article.notice` says "too large: showing the first N KB". This is the main
  guard that keeps one hostile file from stalling the analysis.
- Front matter that is broken, unterminated or huge is not guessed at: it stays in
  the text, shown literally.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path
from typing import Any

from reader.analysis.dates import parse_date
from reader.analysis.html import looks_like_html
from reader.errors import ReaderError, printable
from reader.model import Article, Meta, Structure
from reader.safe_io import HTML_CAP, TEXT_CAP, read_regular

MAX_BYTES = TEXT_CAP  # analysis is capped; the rest of a huge file is not shown
FRONT_MATTER_KEYS = ("title", "source", "url", "date", "language", "author")
_FRONT_MATTER_MAX_LINES = 40
_FRONT_MATTER_MAX_LINE = 2000  # a longer "key: value" line means this is not front matter
_TITLE_MAX_CHARS = 150  # a first line longer than this is prose, not a title
_TITLE_CAP = 200  # no title (front matter or derived) is longer than this
_TITLE_WORDS = 12
_BINARY_SAMPLE = 8192
DETECT_SAMPLE = 64 * 1024  # bytes charset-normalizer looks at

# C0 controls other than \n and \t, DEL, and C1 controls. C0 -> Unicode control
# pictures (U+2400 + code), so "\x1b[31m" shows as "␛[31m" instead of colouring the
# terminal; DEL -> "␡"; C1 (which include the 8-bit CSI/OSC introducers) -> U+FFFD.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")

# Bidirectional embeddings, overrides and isolates reorder what the terminal shows
# ("Trojan Source"). They become visible, direction-neutral tags so the display is
# always logical order. LRM/RLM/ALM (weak marks common in real RTL text) are kept.
BIDI_CONTROLS = {
    "\u202a": "⟨LRE⟩",
    "\u202b": "⟨RLE⟩",
    "\u202c": "⟨PDF⟩",
    "\u202d": "⟨LRO⟩",
    "\u202e": "⟨RLO⟩",
    "\u2066": "⟨LRI⟩",
    "\u2067": "⟨RLI⟩",
    "\u2068": "⟨FSI⟩",
    "\u2069": "⟨PDI⟩",
}
_BIDI = re.compile("[" + "".join(BIDI_CONTROLS) + "]")

_BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\x7fELF",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\x00\x00\x01\x00",
    b"OggS",
    b"ID3",
    b"RIFF",
    b"\xd0\xcf\x11\xe0",
    b"MZ",
    b"SQLite format 3\x00",
    b"\xca\xfe\xba\xbe",
    b"\xcf\xfa\xed\xfe",
    b"wOFF",
    b"\x00asm",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def _decode_with(data: bytes, encoding: str, *, final: bool) -> tuple[str, bool]:
    """(text, clean): decode, replacing bad bytes; with final=False a cut-off last
    character (the file was capped mid-sequence) is dropped instead of replaced."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        return decoder.decode(data, final=final), True
    except UnicodeDecodeError:
        decoder = codecs.getincrementaldecoder(encoding)("replace")
        return decoder.decode(data, final=final), False


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on one parity (ASCII-range UTF-16), else None."""
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(sample: bytes) -> bool:
    """File signatures, NULs beyond a stray few, or many non-text control bytes.

    ESC is not counted: a text full of ANSI escape sequences is still text (it is
    shown literally, with ␛ for ESC).
    """
    if sample.startswith(_BINARY_MAGIC):
        return True
    if sample.count(0) > max(2, len(sample) // 100):
        return True
    controls = sum(1 for b in sample if b < 9 or (13 < b < 32 and b != 27))
    return controls > max(2, len(sample) // 10)


def decode(data: bytes, *, name: str = "input", final: bool = True) -> tuple[str, str | None]:
    """Decode article bytes; returns (text, notice). Raises ReaderError for binary data.

    `final=False` means `data` was cut from a longer file: an incomplete trailing
    character is dropped rather than shown as U+FFFD.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, clean = _decode_with(data, encoding, final=final)
            return text, None if clean else "invalid text replaced with �"
    sample = data[:_BINARY_SAMPLE]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        text, clean = _decode_with(data, utf16, final=final)
        head = text[: _BINARY_SAMPLE // 2]
        controls = len(_CONTROL.findall(head)) - head.count("\r") + head.count("\ufffd")
        if controls <= len(head) // 20:  # 16-bit binary data decodes to many controls
            return text, None if clean else "invalid text replaced with �"
    if sample and _looks_binary(sample):
        raise ReaderError(f"{name} is not a text file")
    text, clean = _decode_with(data, "utf-8", final=final)
    if clean:
        return text, None
    bad = text.count("\ufffd")
    utf8_letters = sum(1 for c in text if c > "\x7f") - bad  # valid multi-byte sequences
    detected = _detect(data) if utf8_letters < bad else None  # else: UTF-8, a few bad bytes
    if detected is not None:
        return detected
    head = text[:_BINARY_SAMPLE]
    if head.count("\ufffd") > max(8, len(head) // 5):
        raise ReaderError(f"{name} is not a text file (mostly invalid UTF-8)")
    return text, "invalid UTF-8 replaced with �"


# Single-byte encodings of Latin-script text, most common first (ties go to the first).
_LATIN_SINGLE_BYTE = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1257")


def _latin_like(data: bytes) -> bool:
    """Whether the non-ASCII bytes mostly stand alone between ASCII letters (accented
    letters in Latin-script words), not in runs (Cyrillic, Greek, CJK multi-byte)."""
    high = [i for i, b in enumerate(data) if b >= 0x80]
    if not high:
        return False
    runs = sum(1 for i in high if (i > 0 and data[i - 1] >= 0x80) or data[i + 1 : i + 2] >= b"\x80")
    return runs < len(high) / 2


def _detect(data: bytes) -> tuple[str, str] | None:
    """(text, notice) when charset-normalizer finds a legacy encoding that decodes the
    bytes cleanly (cp1252, Latin-1, cp1251, Shift_JIS, …), else None.

    Short texts fit many code pages equally well; for Latin-script text (lone accented
    bytes) only the Latin single-byte code pages are tried, and a tie goes to cp1252,
    the most common, so "Blåbær" is not read as Chinese.
    """
    from charset_normalizer import from_bytes  # only for text that is not UTF-8

    sample = data[:DETECT_SAMPLE]
    if _latin_like(sample):
        results = list(from_bytes(sample, cp_isolation=list(_LATIN_SINGLE_BYTE)))

        def key(r: Any) -> tuple[float, float, int]:
            order = _LATIN_SINGLE_BYTE.index(r.encoding) if r.encoding in _LATIN_SINGLE_BYTE else 99
            return (round(r.chaos, 3), -round(r.coherence, 3), order)

        best = min(results, key=key) if results else None
    else:
        best = from_bytes(sample).best()
    if best is None or best.encoding in ("utf_8", "utf_16", "utf_32"):
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _looks_binary_text(text):
        return None
    label = best.encoding.replace("_", "-")
    return text, f"not UTF-8: decoded as {label} (detected)"


def _looks_binary_text(text: str) -> bool:
    head = text[:_BINARY_SAMPLE]
    return len(_CONTROL.findall(head)) - head.count("\r") > max(2, len(head) // 20)


def normalise(text: str) -> str:
    """Newlines (also \\f, \\v) to \\n; controls and bidi overrides to visible stand-ins.

    After this, `text.splitlines()` and `text.split("\\n")` agree (no \\v, \\f,
    \\x1c-\\x1e, U+0085, U+2028 or U+2029 is left), so no later step can count
    lines differently.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\f", "\n").replace("\v", "\n")  # page/line breaks of old files
    text = _CONTROL.sub(_visible, text)
    return _BIDI.sub(lambda m: BIDI_CONTROLS[m.group()], text)


_LEADING_BLANK_LINES = re.compile(r"\A(?:[^\S\n]*\n)+")
_FM_LINE = re.compile(r"^([A-Za-z][\w-]*)\s*:\s*(.*)$")
_LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


def _unquote(value: str) -> str:
    """A YAML-style quoted value without its one pair of matching quotes; a title that
    merely starts or ends with a quotation keeps its quote marks."""
    if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return (meta, rest). Broken, unterminated or huge front matter is left as text.

    Indented lines and YAML list items ("  - tag") continue the previous key and are
    ignored; anything else that is not `key: value` makes the block "not front
    matter", and the reader shows it literally rather than guessing.
    """
    first, sep, _ = text.partition("\n")
    if not sep or first.rstrip() != "---":
        return {}, text
    lines = text.split("\n", _FRONT_MATTER_MAX_LINES + 2)
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1 : _FRONT_MATTER_MAX_LINES + 1], start=1):
        if len(line) > _FRONT_MATTER_MAX_LINE:
            return {}, text
        if line.rstrip() in ("---", "..."):
            rest = "\n".join(lines[i + 1 :]) if i + 1 < len(lines) else ""
            language = meta.get("language")
            if language is not None and not _LANGUAGE_CODE.match(language):
                del meta["language"]  # "language: 🦜" must not reach the analysis
            return meta, rest.lstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1].isspace() or line.startswith("- "):
            continue
        m = _FM_LINE.match(line)
        if not m:
            return {}, text
        meta[m.group(1).lower()] = _unquote(m.group(2).strip())
    return {}, text


def is_blank(text: str) -> bool:
    """True when nothing would be visible: only whitespace and format characters
    (zero-width space/joiners, BOMs, direction marks, soft hyphens)."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def _cap_title(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= _TITLE_CAP else title[: _TITLE_CAP - 1].rstrip() + "…"


def title_of(text: str, meta: dict[str, str]) -> tuple[str, int]:
    """(title, body_start): body_start is where the text after a title line begins.

    The title line stays in the text (it is displayed), but the summariser skips it.
    """
    if meta.get("title", "").strip():
        return _cap_title(meta["title"]), 0
    first, sep, rest = text.partition("\n")
    heading = first.strip().lstrip("#").strip()
    if (
        sep
        and heading
        and len(heading) <= _TITLE_MAX_CHARS
        and rest.startswith("\n")
        and not heading.endswith((".", ":", ";", ","))
    ):
        return _cap_title(heading), len(first) + 1
    words = text[:20_000].split()
    if not words:
        return "(empty)", 0
    head = " ".join(words[:_TITLE_WORDS])
    return _cap_title((head + "…") if len(words) > _TITLE_WORDS else head), 0


def _title_in_text(title: str, text: str, meta: dict[str, str]) -> bool:
    """Whether the text itself starts with the title (so a printout need not repeat it)."""
    if not meta.get("title", "").strip():
        return True  # the title was taken from the text's first line or words
    return first_line_is(title, text)


def first_line_is(title: str, text: str) -> bool:
    """Whether the text's first line (a Markdown "#" heading too) is the title."""
    first = text.partition("\n")[0].strip().lstrip("#").strip()
    return " ".join(first.split()) == title


def _cut(text: str) -> str:
    """End a capped text at the last line break (or space) of its last quarter."""
    floor = len(text) * 3 // 4
    for sep in ("\n", " "):
        at = text.rfind(sep, floor)
        if at > 0:
            return text[: at + 1]
    return text


MARKDOWN_SUFFIXES = (".md", ".markdown")


def is_markdown(path: str | None) -> bool:
    """Whether a file is shown rendered as Markdown (by its suffix; `.txt` stays as it is)."""
    return path is not None and path.lower().endswith(MARKDOWN_SUFFIXES)


def meta_of(meta: dict[str, str]) -> Meta:
    """Front-matter values as shown and printed: one line each, the date as ISO 8601."""
    values = {k: meta_value(meta, k) or None for k in ("source", "url", "author")}
    return Meta(
        source=values["source"],
        date=parse_date(meta.get("date")),
        url=values["url"],
        author=values["author"],
    )


def parse(
    data: bytes,
    path: str | None = None,
    *,
    name: str | None = None,
    markdown: bool | None = None,
) -> Article:
    """Turn raw bytes into an Article. Raises ReaderError for unusable input.

    `data` may be longer than MAX_BYTES (or exactly MAX_BYTES + 1, as `load` reads):
    then only the first MAX_BYTES are used and the notice says so. `markdown`
    (default: by the suffix of `path`) renders the body; see reader.analysis.markdown.
    """
    label = printable(name or path or "input")
    if not (markdown if markdown is not None else is_markdown(path)) and looks_like_html(data):
        return parse_html(data, path, name=label)
    notices: list[str] = []
    truncated = len(data) > MAX_BYTES
    if truncated:
        data = data[:MAX_BYTES]
        notices.append(f"too large: showing the first {MAX_BYTES // 1024} KB")
    raw, decode_notice = decode(data, name=label, final=not truncated)
    if decode_notice:
        notices.append(decode_notice)
    if truncated:
        raw = _cut(raw)
    if raw.startswith("\ufeff"):  # a second BOM, or one left by a UTF-16 guess
        raw = raw[1:]
    text = normalise(raw)
    meta, text = split_front_matter(text)
    structure: tuple[Structure, ...] = ()
    if markdown if markdown is not None else is_markdown(path):
        from reader.analysis.markdown import render

        text, structure = render(text)  # no leading blank lines, ends with one "\n"
    text = _LEADING_BLANK_LINES.sub("", text)
    if is_blank(text):
        raise ReaderError(f"{label} is empty")
    text = text.rstrip() + "\n"
    return _article(path, text, meta, "; ".join(notices) or None, structure)


def _article(
    path: str | None,
    text: str,
    meta: dict[str, str],
    notice: str | None,
    structure: tuple[Structure, ...] = (),
) -> Article:
    """The Article of a finished text (ends with one newline) and its metadata: where the
    title comes from and where the body starts are decided here, for text and HTML alike."""
    title, body_start = title_of(text, meta)
    return Article(
        path=path,
        title=title,
        text=text,
        meta=meta,
        notice=notice,
        body_start=body_start,
        structure=structure,
        info=meta_of(meta),
        title_from_text=_title_in_text(title, text, meta),
    )


def parse_html(data: bytes, path: str | None = None, *, name: str = "input") -> Article:
    """An HTML page as the Article `reader add` would store for it: the extracted text
    with the page's title, date, site, URL and author as front matter."""
    from reader.analysis.html import extract_article

    notice = None
    if len(data) > HTML_CAP:
        data = data[:HTML_CAP]
        notice = f"too large: reading the first {HTML_CAP // (1024 * 1024)} MB of the page"
    fields = extract_article(data, name=name).fields()
    meta = {k: " ".join(v.split()) for k, v in fields.items() if k != "text" and v.strip()}
    text = normalise(fields["text"]).rstrip() + "\n"
    return _article(path, text, meta, notice)


def read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """At most `limit` bytes (default MAX_BYTES + 1) of a regular file; one-line ReaderError.

    Through `reader.safe_io`: a FIFO, device or folder is refused before any read,
    so `reader show fifo.txt` ends at once instead of waiting for a writer.
    """
    return read_regular(path, MAX_BYTES + 1 if limit is None else limit)


def load(path: str | Path) -> Article:
    """Read one article file (at most MAX_BYTES + 1 bytes of it). One-line ReaderError."""
    data = read_bytes(path, MAX_BYTES + 1)
    if len(data) > MAX_BYTES and not is_markdown(str(path)) and looks_like_html(data):
        data = read_bytes(path, HTML_CAP + 1)  # a web page is reduced, so read more of it
    return parse(data, str(path), name=printable(str(path)))


def meta_value(meta: dict[str, str], key: str) -> str:
    """One front-matter value on one line ("" when absent)."""
    return " ".join(meta.get(key, "").split())
