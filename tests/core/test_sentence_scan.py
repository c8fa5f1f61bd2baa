"""The sentence-end scan (issue 15, fifth speed round) finds what the plain scan found.

`sentences._ends` tries `_END` only where `_END_START` finds a character, and reads the
token before a period by a backward scan. Here the plain version (every match of
`_END.finditer`, the token by the windowed regex search it replaced) is written out
again, and both must give the same sentence ends on texts made to stress them.
"""

from __future__ import annotations

import random
import re

import pytest

from reader.analysis import sentences
from tests.paths import ROOT

_TOKEN_BEFORE = re.compile(r"[^\s\"'“«‘„(\[]+$")  # what the backward scan replaces


def _plain_ends(text: str, a: int, b: int, rules: sentences.Rules) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in sentences._END.finditer(text, a, b):
        nxt = m.end()
        while nxt < b and text[nxt].isspace():
            nxt += 1
        if nxt >= b:
            break
        if sentences._is_end(text, a, m, nxt, b, rules):
            out.append((m.end(), nxt))
    return out


def _plain_token(text: str, a: int, period: int) -> tuple[int, str] | None:
    tm = _TOKEN_BEFORE.search(text, max(a, period + 1 - sentences._LOOKBACK), period + 1)
    return None if tm is None else (tm.start(), tm.group())


_PIECES = [
    "Dr. Smith",
    "J. Doe",
    "f.eks.",
    "z.B.",
    "3. März",
    "26. februar",
    "im 21. Jahrhundert",
    "(a.",
    '"b."',
    "«c.»",
    "„Wort.“",
    "‘x.’",
    "[1.",
    "etc.",
    "...",
    "…",
    "?!",
    "。",
    "！",
    "「それは。」",
    "؟",
    "।",
    "\u037e",
    "Word",
    "word",
    "x" * 230 + ".",
    "ſ.",
    "\u00a0",
    "\n",
    " ",
    "  ",
    "\t",
    "1.",
    "12.",
    "A.",
    "B. C.",
]


def _texts() -> list[str]:
    rng = random.Random(15)
    texts = [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(400)]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(200)]
    for p in sorted((ROOT / "tests" / "data").rglob("*.txt"))[:80]:
        try:
            texts.append(p.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    return texts


@pytest.mark.parametrize("lang", ["en", "no", "de", "fr", "ja"])
def test_scan_finds_the_ends_finditer_found(lang: str) -> None:
    rules = sentences.rules_for(lang)
    checked = 0
    for text in _texts():
        for a, b in sentences._blocks(text, 0, len(text)):
            assert sentences._ends(text, a, b, rules) == _plain_ends(text, a, b, rules)
            checked += 1
    assert checked > 600


def test_backward_token_is_the_regex_token() -> None:
    """The token `_is_end` reads before each period: the same start and text as the
    windowed `_TOKEN_BEFORE` search, also for tokens longer than the window."""
    checked = 0
    for text in _texts():
        for m in re.finditer(r"\.", text):
            p = m.start()
            for a in (0, max(0, p - 3)):
                low = max(a, p + 1 - sentences._LOOKBACK)
                start = sentences._token_start(text, low, p + 1)
                assert _plain_token(text, a, p) == (start, text[start : p + 1])
                checked += 1
    assert checked > 1000
