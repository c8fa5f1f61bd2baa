"""Boilerplate lines (share buttons, "Exit mobile version", cookie notices, "Read more",
wire credits) and non-candidate sentences (captions, bylines, update stamps).

Boilerplate stays in the text (dimmed in the app) but never enters a summary. A
line is boilerplate only when the WHOLE line matches one of the patterns in
``reader/data/boilerplate/lines.txt``, so a normal sentence that merely mentions
"share" or "cookies" is never marked. Captions and bylines are real text of the
article (shown normally) but make poor summary sentences; `is_non_candidate`
tells the summariser to skip them (patterns in ``captions.txt``).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from reader.model import Span

MAX_LINE = 160  # boilerplate lines are short; longer lines are article text


def _patterns(name: str) -> list[str]:
    data = resources.files("reader.analysis").joinpath(f"data/boilerplate/{name}")
    out = []
    for raw in data.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def _line_regex() -> re.Pattern[str]:
    alts = "|".join(f"(?:{p})" for p in _patterns("lines.txt"))
    return re.compile(rf"(?:{alts})[ \t.:!]*", re.IGNORECASE)


@cache
def _caption_regex() -> re.Pattern[str]:
    alts = "|".join(f"(?:{p})" for p in _patterns("captions.txt"))
    return re.compile(rf"(?:{alts})", re.IGNORECASE)


def is_boilerplate_line(line: str) -> bool:
    """Whether one line (without its newline) is page furniture."""
    s = line.strip()
    return bool(s) and len(s) <= MAX_LINE and _line_regex().fullmatch(s) is not None


def is_non_candidate(sentence: str) -> bool:
    """Captions, photo credits, bylines and update stamps: text, but not summary material."""
    return _caption_regex().match(sentence.strip()) is not None


def find_boilerplate(text: str, lang: str = "en") -> list[Span]:
    """Sorted spans of boilerplate lines (adjacent lines, blank lines between, merged).

    Spans cover the stripped line, so they never start or end with whitespace.
    """
    spans: list[Span] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        if is_boilerplate_line(line):
            a = pos + (len(line) - len(line.lstrip()))
            b = pos + len(line.rstrip())
            if spans and not text[spans[-1].end : a].strip():
                spans[-1] = Span.of(text, spans[-1].start, b)
            else:
                spans.append(Span.of(text, a, b))
        pos = end + 1
    return spans
