"""Figures in article text: numbers, money, percentages, dates, ranges, quantities.

(First version; the highlights work makes it per-language and measured.)
"""

from __future__ import annotations

import re

from reader.model import Figure

_NUMBER = re.compile(r"(?<![\w-])\d+(?:[.,  ]\d{3})*(?:[.,]\d+)?(?:\s?(?:%|prosent|percent))?(?![\w-])")


def find_figures(text: str, lang: str = "en") -> list[Figure]:
    """Sorted, non-overlapping figure spans."""
    out = []
    for m in _NUMBER.finditer(text):
        kind = "percent" if m.group().endswith(("%", "prosent", "percent")) else "number"
        out.append(Figure(m.start(), m.end(), m.group(), kind))
    return out
