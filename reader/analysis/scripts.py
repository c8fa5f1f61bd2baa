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

_UNSPACED = re.compile(f"[{HAN_KANA}]")
_BLANKED = re.compile(f"[{HAN_KANA}{CJK_PUNCT}]")
# A word: a run of Han/kana (split into bigrams), or letters with ' and - inside.
TOKEN = re.compile(rf"(?P<cjk>[{HAN_KANA}]+)|[^\W\d_{HAN_KANA}]+(?:['’-][^\W\d_{HAN_KANA}]+)*")


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
    return units + len(_BLANKED.sub(" ", text).split())


def tokens(text: str) -> list[str]:
    """The comparable units of `text`: words, and character bigrams inside Han/kana runs.

    A one-character run is itself a token. For text without Han or kana these are the
    words the summariser always used (letters, with ' and - inside).
    """
    out: list[str] = []
    for m in TOKEN.finditer(text):
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
