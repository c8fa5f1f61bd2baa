"""Writing systems, not languages: what a word, a digit and a sentence end look like.

Why this is code and not per-language data: it is a property of the script, shared by
every language written in it (Han characters are used by Chinese and Japanese; an
article in a language the table does not know still needs its words counted), and the
rules are Unicode facts, not choices:

- Han and kana are written without spaces between words. Each character counts as
  one unit in word counts, and the tokens the summariser compares are overlapping
  character bigrams (the usual unit for Chinese and Japanese text retrieval without a
  dictionary). Hangul is written with spaces: Korean words are space-separated words.
- Decimal digits of other scripts (full-width ０-９, Arabic-Indic ٠-٩, Persian ۰-۹,
  Devanagari ०-९, ...) and the Arabic decimal and thousands signs (٫ ٬) and percent
  sign (٪), the full-width full stop (．) and percent (％) read as their ASCII forms
  for figure rules: `to_ascii_digits` maps each to ONE character, so offsets into
  the mapped text are offsets into the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Hiragana, katakana (with the prolonged sound mark), CJK iteration marks (々 〆 〇),
# CJK extension A, unified ideographs, compatibility ideographs, half-width katakana.
HAN_KANA = (
    "\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
)
HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
# CJK punctuation and full-width forms that are not letters or digits.
CJK_PUNCT = "\u3000-\u3004\u3008-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"


def _marks() -> str:
    """Combining marks (Unicode Mn, Mc, Me) of the scripts news is written in, as a
    regex class body. Python's `\\w` leaves them out, which would cut Hindi "सरकार" into
    "सरक" and "र" at its vowel sign, and Arabic or Hebrew words at their points."""
    spans = [(0x0300, 0x0EFF), (0x1000, 0x109F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF)]
    spans += [(0x20D0, 0x20FF), (0x302A, 0x302F), (0x3099, 0x309A), (0xFE20, 0xFE2F)]
    out: list[str] = []
    for a, b in spans:
        run: int | None = None
        for cp in range(a, b + 2):
            mark = cp <= b and unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me")
            if mark and run is None:
                run = cp
            elif not mark and run is not None:
                out.append(f"\\u{run:04x}-\\u{cp - 1:04x}")
                run = None
    return "".join(out)


MARKS = _marks()
LETTER = rf"(?:[^\W\d_]|[{MARKS}])"  # a letter, or a combining mark on one
_UNSPACED = re.compile(f"[{HAN_KANA}]")
_PLAIN_WORD = re.compile(rf"[^\W\d_]{LETTER}*(?:['’-]{LETTER}+)*")
# A word: a run of Han/kana (split into bigrams), or letters with ' and - inside.
_NOT_HK = rf"(?:[^\W\d_{HAN_KANA}]|[{MARKS}])"


# Compiled when a text first has Han or kana: compiling the token regex alone took
# 4-16 ms of every process's start-up, and most articles have none.
@cache
def _blanked() -> re.Pattern[str]:
    return re.compile(f"[{HAN_KANA}{CJK_PUNCT}]")


@cache
def _token() -> re.Pattern[str]:
    return re.compile(rf"(?P<cjk>[{HAN_KANA}]+)|[^\W\d_{HAN_KANA}]{_NOT_HK}*(?:['’-]{_NOT_HK}+)*")


def count_words(text: str) -> int:
    """Words of `text` as the list and `show` report them.

    Whitespace-separated words, except that every Han or kana character counts as one
    (Chinese and Japanese have no spaces between words: "2 words" for a whole article
    would be useless) and CJK punctuation is not a word. For text without Han or kana
    this is exactly ``len(text.split())``.
    """
    if not _UNSPACED.search(text):
        return len(text.split())
    units = len(_UNSPACED.findall(text))
    return units + len(_blanked().sub(" ", text).split())


def tokens(text: str) -> list[str]:
    """The comparable units of `text`: words, and character bigrams inside Han/kana runs.

    A one-character run is itself a token. For text without Han or kana these are the
    words the summariser always used (letters, with ' and - inside).
    """
    if not _UNSPACED.search(text):
        return _PLAIN_WORD.findall(text)
    out: list[str] = []
    for m in _token().finditer(text):
        run = m.group("cjk")
        if run is None:
            out.append(m.group())
        elif len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


@cache
def _digit_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x0660, 0x1100):  # Arabic-Indic to Myanmar and more
        ch = chr(cp)
        if unicodedata.decimal(ch, None) is not None:
            table[cp] = str(unicodedata.decimal(ch))
    for cp in range(0xFF10, 0xFF1A):  # full-width digits
        table[cp] = str(cp - 0xFF10)
    table.update(
        {
            0x066B: ".",  # Arabic decimal separator
            0x066C: ",",  # Arabic thousands separator
            0x066A: "%",  # Arabic percent sign
            0xFF05: "%",  # full-width percent
            0xFF0E: ".",  # full-width full stop (a decimal point between digits)
        }
    )
    return table


def to_ascii_digits(text: str) -> str:
    """`text` with every non-ASCII decimal digit (and ٫ ٬ ٪ ％ ．) as its ASCII form.

    One character for one: offsets are unchanged.
    """
    if text.isascii():
        return text
    return text.translate(_digit_table())
