"""Named sources of reported statements ("said Seoul", "according to Reuters").

(First version; the highlights work adds per-language cue lexicons and measurement.)
"""

from __future__ import annotations

import re

from reader.model import Source, Span

_NAME = r"(?:[A-ZÆØÅÄÖÜ][\w.-]*(?:\s+-?[A-ZÆØÅÄÖÜ][\w.-]*)*)"
_CUES = re.compile(
    rf"\b(?P<cue>according to|ifølge|sa|said|rapporterte|reported|laut|selon|según)\s+(?P<name>{_NAME})"
)


def find_sources(text: str, lang: str = "en") -> list[Source]:
    """Sorted, non-overlapping named sources, each with its cue."""
    out = []
    for m in _CUES.finditer(text):
        cue = Span.of(text, m.start("cue"), m.end("cue"))
        out.append(Source(m.start("name"), m.end("name"), m.group("name"), cue))
    return out
