"""Bytes on disk -> `Article`: decoding, normalisation, front matter and title.

The text produced here is exactly what the app displays and what `show --json`
prints, so every later offset points into it. Normalisation is therefore done once,
here: newlines become `\n`, and control characters that a terminal would act on or
that Rich silently drops are replaced by visible stand-ins.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from reader.errors import ReaderError
from reader.model import Article

MAX_BYTES = 1024 * 1024  # analysis is capped; the rest of a huge file is not shown
FRONT_MATTER_KEYS = ("title", "source", "url", "date", "language", "author")
_FRONT_MATTER_MAX_LINES = 40
_TITLE_MAX_CHARS = 150
_TITLE_WORDS = 12

# C0 controls other than \n and \t, DEL, and C1 controls. C0 -> Unicode control
# pictures (U+2400 + code), so "\x1b[31m" shows as "␛[31m" instead of colouring the
# terminal; DEL -> "␡"; C1 -> U+FFFD.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def decode(data: bytes, *, name: str = "input") -> tuple[str, str | None]:
    """Decode article bytes; returns (text, notice). Raises ReaderError for binary data.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are accepted. Invalid UTF-8 is
    shown with replacement characters and a notice, not refused: a user with one bad
    byte in a long article still wants to read it.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                return data.decode(encoding, errors="replace"), "invalid text replaced with �"
    sample = data[:8192]
    if sample and (sample.count(0) > max(1, len(sample) // 100) or _looks_binary(sample)):
        raise ReaderError(f"{name} is not a text file")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), "invalid UTF-8 replaced with �"


_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"GIF8", b"\xff\xd8\xff")


def _looks_binary(sample: bytes) -> bool:
    if sample.startswith(_BINARY_MAGIC):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) // 10


def normalise(text: str) -> str:
    """Newlines to \\n, dangerous or invisible-to-Rich controls to visible stand-ins."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _CONTROL.sub(_visible, text)


_FM_LINE = re.compile(r"^([A-Za-z][\w-]*)\s*:\s*(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return (meta, rest). Broken, unterminated or huge front matter is left as text."""
    if not text.startswith("---\n"):
        return {}, text
    lines = text.split("\n", _FRONT_MATTER_MAX_LINES + 2)
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1 : _FRONT_MATTER_MAX_LINES + 1], start=1):
        if line.strip() == "---":
            rest = "\n".join(lines[i + 1 :]) if i + 1 < len(lines) else ""
            return meta, rest.lstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _FM_LINE.match(line)
        if not m:
            return {}, text
        meta[m.group(1).lower()] = m.group(2).strip().strip("\"'")
    return {}, text


def title_of(text: str, meta: dict[str, str]) -> tuple[str, int]:
    """(title, body_start): body_start is where the text after a title line begins.

    The title line stays in the text (it is displayed), but the summariser skips it.
    """
    if meta.get("title"):
        return " ".join(meta["title"].split()), 0
    first, sep, rest = text.partition("\n")
    heading = first.strip().lstrip("#").strip()
    if (
        sep
        and heading
        and len(heading) <= _TITLE_MAX_CHARS
        and rest.startswith("\n")
        and not heading.endswith((".", ":", ";", ","))
    ):
        return heading, len(first) + 1
    words = text.split()
    if not words:
        return "(empty)", 0
    head = " ".join(words[:_TITLE_WORDS])
    return (head + "…") if len(words) > _TITLE_WORDS else head, 0


def parse(data: bytes, path: str | None = None, *, name: str | None = None) -> Article:
    """Turn raw bytes into an Article. Raises ReaderError for unusable input."""
    label = name or path or "input"
    notice = None
    if len(data) > MAX_BYTES:
        cut = data.rfind(b"\n", 0, MAX_BYTES)
        data = data[: cut + 1 if cut > 0 else MAX_BYTES]
        notice = f"too large: showing the first {MAX_BYTES // 1024} KB"
    raw, decode_notice = decode(data, name=label)
    notice = notice or decode_notice
    text = normalise(raw)
    meta, text = split_front_matter(text)
    text = text.rstrip() + "\n" if text.strip() else ""
    if not text.strip():
        raise ReaderError(f"{label} is empty")
    title, body_start = title_of(text, meta)
    return Article(path=path, title=title, text=text, meta=meta, notice=notice,
                   body_start=body_start)


def load(path: str | Path) -> Article:
    """Read one article file. Raises ReaderError with a one-line reason."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ReaderError(f"{p} is a directory, not an article")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ReaderError(f"{p}: no such file") from None
    except PermissionError:
        raise ReaderError(f"{p}: permission denied") from None
    except OSError as exc:
        raise ReaderError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return parse(data, str(path))
