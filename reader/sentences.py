"""Sentence spans with offsets, and the tokenizer object sumy expects.

(First version; the summary work replaces the splitter with a per-language one.)
"""

from __future__ import annotations

import re

from reader.model import Span

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_END = re.compile(r"(?<=[.!?…])[\"”»’)]*\s+(?=[\"“«‘(]?[A-ZÆØÅÄÖÜÉ0-9])|\n\s*\n")


def split_sentences(text: str, lang: str = "en", start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of text[start:end], stripped of surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for m in _END.finditer(text, start, end):
        _add(text, pos, m.start(), spans)
        pos = m.end()
    _add(text, pos, end, spans)
    return spans


def _add(text: str, a: int, b: int, out: list[Span]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        out.append(Span.of(text, a, b))


class SumyTokenizer:
    """The object sumy needs: `.language`, `.to_sentences()`, `.to_words()`; no NLTK data."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))
