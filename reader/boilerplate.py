"""Boilerplate lines: share buttons, "Exit mobile version", cookie notices, "Read more".

They stay in the text (dimmed in the app) but never enter a summary.
"""

from __future__ import annotations

import re

from reader.model import Span

_LINES = re.compile(
    r"^[ \t]*(?:dele|del|share|share this|exit mobile version|read more|les mer|læs mere|läs mer"
    r"|mehr lesen|lire aussi|leer más|cookies?.*|tweet|print|skriv ut)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def find_boilerplate(text: str, lang: str = "en") -> list[Span]:
    """Sorted spans of boilerplate lines (adjacent lines merged into one span)."""
    spans: list[Span] = []
    for m in _LINES.finditer(text):
        if not m.group().strip():
            continue
        if spans and not text[spans[-1].end : m.start()].strip():
            spans[-1] = Span.of(text, spans[-1].start, m.end())
        else:
            spans.append(Span.of(text, m.start(), m.end()))
    return spans
