"""Figures in article text: numbers, percentages, money, quantities, dates, times,
ranges and ordinals, in English, Norwegian, Danish, Swedish, German, French, Spanish.

Why it is built this way: a highlighted figure is only useful if it is right, and
every language writes figures differently ("11.000" vs "11,000" vs "11 000",
"26. februar" vs "February 26, 2024", "3 millones de euros"). The words (months,
units, scale and currency words, range connectors, year cues) are data in
`reader/analysis/data/figures/<lang>.json` plus `common.json` (flags such as
"ordinal dot" in `data/languages.json`); this module only turns them
into an ordered (kind, regex) table per language, compiled once per process. Every
rule proposes candidate spans; overlaps are resolved longest first, then by the
rule's place in the table (more specific kinds first), then leftmost.

Span rules (also in docs/highlights.md):

- A figure is ONE span: sign, digits, scale word ("5 billion", "40 mill.",
  "3,2 Mio.", "3 millones"), and its unit, percent word or currency, which all
  belong to it ("$5 billion", "5 milliarder kroner", "3 millones de euros",
  "12 %", "12 prosent", "170 mm", "12 °C", "3 år").
- A counted noun is not a unit: "3 000 soldater" is the number "3 000". Units are
  measures (mm, km/h, tonn, grader, hours/timer/Stunden, years/år/Jahre ...).
- Hedges are outside the span: "rundt", "about", "minst", "etwa", "environ".
- Range connectors are inside: "220–240 mm", "mellom 10 og 12", "20 to 30 km",
  "zwischen 10 und 12", "entre el 20 y el 30 %". "from 10 to 12 per cent" (fra,
  från, de, desde, von...auf) is a change: two figures. A dash between falling
  small integers is a score or vote, one number ("3-1", "6-3", also "2:1"). A
  machine-translated "220 240 mm" (two round three-digit numbers, the second
  larger but less than twice the first, plain space, followed by a unit) is read
  as a range, not as 220 240.
- Dates: day + month (+ year) in each language ("26. februar", "le 3 mars" ->
  "3 mars", "3 de marzo de 2024", "February 26, 2024"), month + year, numeric
  dates ("2024-02-26", "26/2/2024", "26.02.2024"), decades ("1990s",
  "1990-tallet"), and years alone when they read as years: after a year cue
  ("i 2023", "since 2019", "seit 2019"), before punctuation or a capital, at
  the start of a sentence, or after a determiner ("the 2023 election"). A
  round hundred followed by a word ("2000 soldater") is a number. A weekday or
  "le"/"am"/"den" before the date is not in the span.
- Times: "14:30", "9:45 a.m.", "14h30", "14 Uhr", and "kl. 14.30" -> "14.30"
  (the "kl."/"klockan"/"a las" cue is outside the span).
- Ordinals: "3rd", "3e", "1er", "3.º", "3:e", and in no/da/de "3." before a
  lowercase word (or, in German, after an article or before a listed noun).
  A century keeps its noun: "21. århundre", "21st century", "XXIe siècle".
- Word numbers are figures only when they carry a measure: "zwölf Prozent",
  "tre milliarder kroner", "two million". Bare "three soldiers" and vague
  "tusenvis"/"thousands of" are not figures.
- A digit that is part of a name or code is not a figure: glued to letters
  ("G7", "MH17", "A4", "4G"), after letter+hyphen ("Su-27", "COVID-19",
  "F-35"), after a listed name word ("Windows 11", "Boeing 737", "Riksvägen
  84"; list in common.json) or an acronym before a number of up to three digits
  ("JAS 39", "CAC 40"); phone numbers and zero-led codes ("0800") neither. A
  number followed by hyphen and word keeps only the digits ("15-åring" -> "15")
  unless the word is a unit ("320-metre"). "1 in 5", "No. 2" are one number.
  A service number after its noun ("teléfono de emergencias 112") is not a figure.
- Subunit currencies are money ("35 öre", "85 pence", "20 centimes d'euro"), and
  Scandinavian units keep their endings ("20 kilometerna", "3 tonnene"; `unit_endings`).
- A bare integer after an identifier noun ("la ligne 6", "elområde 4", "platform 9";
  `id_nouns`) names a line, zone or platform: not a figure.
- es/fr "de 90 a 140 euros" is a range with "de" inside unless a verb of change
  (`change_verbs`) comes a few words before: "subió de 10 a 17 grados" is a change.
  A cued year never opens a range with a count: "pasó de 174 en 2023 a 312".
- A rate per area or per second/minute/hour belongs to the unit ("300 litros por
  metro cuadrado"); per day/year/person does not ("2.4 million barrels a day"). A
  compound duration is one quantity ("7 min 12 s", "4 años y 6 meses").

- Digits that name or locate are no figures: document references ("Article 5",
  "apartado 2", "§ 3", "page 14"; `ref_nouns`) and the lists they open ("artículos 4,
  6 y 191"; `list_joiners`), codes ("COM(2020) 27", "(UE) n° 1303/2013", "[1]",
  "132(2)"), list numbering at a line start, house numbers (`street_suffixes`) and
  postcodes. "between 1987 and 1990" is two dates (`between_words`).

Cost: about 60 compiled regexes (word lists as tries, lowercase ones under a scoped
IGNORECASE flag, each led by a first-character lookahead; the data's skip patterns
joined into one); 50-65 ms CPU for the 6,089-word sample article on the shared dev box
at load 6-8, plus 0.15-0.2 s once per process and language to compile, about 1 s for
the merged table of other languages (docs/highlights.md, third round).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from reader.analysis import languages
from reader.analysis.scripts import CJK_PUNCT, HAN_KANA, HANGUL, to_ascii_digits
from reader.model import Figure

_LIST_KEYS = (
    "months",
    "scale",
    "scale_glued",
    "percent",
    "currency_before",
    "currency_after",
    "units",
    "time_before",
    "time_after",
    "year_cues",
    "determiners",
    "ordinal_nouns",
    "ordinal_determiners",
    "ordinal_periods",
    "number_words",
    "sign_words",
    "name_words",
    "range_joiners",
    "change_from",
    "time_cue_weak",
    "time_after_weak",
    "proportion_words",
    "number_prefix",
    "time_zones",
    "range_articles",
    "rate_tails",
    "duration_units",
    "duration_joiners",
    "phone_words",
    "id_nouns",
    "change_verbs",
    "range_from",
    "calendar_words",
    "change_by",
    "glued_scale",
    "glued_money",
    "glued_counters",
    "glued_units",
    "glued_percent",
    "glued_year",
    "glued_month",
    "glued_day",
    "glued_not_day",
    "numerals",
    "numerals_lone_not",
    "ref_nouns",
    "list_joiners",
    "street_suffixes",
    "currency_named",
    "between_words",
)

_SP = r"[ \u00a0\u202f]"  # a space inside a figure: never a newline
_NUM = (
    r"(?:\d{1,3}(?:(?:[.,’']|[ \u00a0\u202f])\d{3})+(?![\d])(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
)
# Not after a word character, a decimal mark, a slash, or letter+hyphen ("Su-27").
# (Hebrew prefix letters take a hyphen before a number: "ל-480", "כ-72" are figures)
_BEFORE = r"(?<![\w.,/’'#@\\:])(?<![^\W\d_\u05d0-\u05ea][-‑])"
_AFTER = r"(?![^\W_]|\d|[.,]\d)"
_NAMEABLE = frozenset({"number", "date", "ordinal"})  # kinds a name can swallow ("Windows 11")
_MODEL = re.compile(r"\d+[-‐]\d+")  # "Boeing 737-800": a model after a name, not a range
_ACT = re.compile(r"\d{1,4}/\d{2,4}")  # "règlement 261/2004": an act's number
_DASH = r"(?:[ \u00a0]?[–—][ \u00a0]?|-| - )"
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # a compact clock time: "0400", "1830"
_GROUPED = re.compile(r"\d[ \u00a0\u202f.,’']\d{3}(?!\d)")  # a thousands separator


_Data = dict[str, list[Any]]  # word lists (str), plus [a, b] pairs and [kind, regex] patterns


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str
    regex: re.Pattern[str]
    check: Callable[[str, re.Match[str], _Data], str | None] | None = None


def _read_json(name: str) -> dict[str, object]:
    path = resources.files("reader.analysis.data.figures").joinpath(name)
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _with_files() -> tuple[str, ...]:
    """The table's languages with a figures file, in table order."""
    return languages.codes_with("figures", "json")


@functools.cache
def _data(lang: str) -> _Data:
    """The merged word lists for `lang` (common.json + <lang>.json); a language without
    a figures file gets every language's lists (table order)."""
    langs = (lang,) if lang in _with_files() else _with_files()
    rows = [row for row in (languages.get(n) for n in langs) if row is not None]
    merged: _Data = {k: [] for k in (*_LIST_KEYS, "units_inflected")}
    merged["range_pairs"] = []
    merged["patterns"] = []
    for name in ("common", *langs):
        raw = _read_json(f"{name}.json")
        for key, value in raw.items():
            if key.startswith("_") or not isinstance(value, list):
                continue
            merged.setdefault(key, [])
            merged[key].extend(value)
    regex_keys = (
        "day_suffix",
        "day_month_link",
        "month_year_link",
        "currency_link",
        "decades",
        "time_weak_block",
    )
    for key in regex_keys:
        parts = []
        for name in langs:
            v = _read_json(f"{name}.json").get(key)
            if isinstance(v, str) and v:
                parts.append(v)
        merged[key] = sorted(set(parts))
    merged["month_day"] = (
        ["1"] if any(_read_json(f"{n}.json").get("month_day") for n in langs) else []
    )
    # "3. mars" is an ordinal; capitalised nouns: "2000 Soldaten" is a count, not a year
    merged["ordinal_dot"] = ["1"] if any(row.ordinal_dot for row in rows) else []
    merged["nouns_capitalised"] = ["1"] if any(row.nouns_capitalised for row in rows) else []
    for name in langs:  # Scandinavian genitive: "10 centimeters djup", "19 timers forhandlinger"
        raw = _read_json(f"{name}.json")
        units = raw.get("units")
        units = [u for u in (units if isinstance(units, list) else []) if isinstance(u, str)]
        if raw.get("unit_genitive_s"):
            merged["units"] += [
                f"{u}s" for u in units if u.isalpha() and len(u) > 2 and not u.endswith("s")
            ]
        merged["units_inflected"] += _inflected(raw, units)
    return merged


def _inflected(raw: dict[str, object], units: list[str]) -> list[str]:
    """Definite and plural-definite unit forms: "kilometerna", "tonnet", "milen", "årene".

    Each `unit_endings` entry is added to every one-word lowercase unit of the language
    file; forms nobody writes ("dagn") are harmless, as a unit only matches right after
    a number. A form that is a year cue or a month ("året") is left out, so that "2023
    året" can never turn a year into a quantity.
    """
    endings = raw.get("unit_endings")
    if not isinstance(endings, list) or not endings:
        return []
    blocked: set[str] = set()
    for key in ("year_cues", "months"):
        words = raw.get(key)
        if isinstance(words, list):
            blocked.update(w.lower() for w in words if isinstance(w, str))
    own = set(units)
    return sorted(
        {
            u + e
            for u in units
            if u.isalpha() and u == u.lower() and len(u) >= 2
            for e in endings
            if isinstance(e, str)
        }
        - blocked
        - own
    )


def _alt(words: list[str], *, glued: bool = False, open_end: bool = False) -> str:
    """One regex for a word list, built as a trie so `re` never tries words one by one.

    Lowercase entries also match Capitalised and UPPER ("Prosent" opens a sentence);
    entries with a capital or of one letter match as written ("NOK", "May", "g"). A word
    that ends in a letter or digit must not run on into a letter ("mm" not in "mmol").
    """
    folded = {w for w in words if w and w == w.lower() and len(w) > 1 and not glued}
    exact = {w for w in words if w and w not in folded}
    parts = []
    if folded:  # lowercase words in any case: one trie under a scoped IGNORECASE flag
        parts.append("(?i:" + _trie(sorted(folded), open_end) + ")")
    if exact:
        parts.append(_trie(sorted(exact), open_end))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _trie(words: list[str], open_end: bool = False) -> str:
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {"end": r"(?![^\W\d_])" if w[-1].isalnum() and not open_end else ""}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = []
        for ch in sorted(k for k in node if k):
            piece = _SP if ch == " " else re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if "" in node:
            alts.append(node[""]["end"])  # after the longer words: longest match first
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


def _firsts(words: list[str]) -> str:
    """Every character a listed word can start with (both cases for lowercase words)."""
    out = set()
    for w in words:
        if w:
            out.add(w[0])
            if w == w.lower():
                out.add(w[0].upper())
    return "".join(sorted(out))


def _lead(first: str | None) -> str:
    """A lookahead on the first character: lets `re` skip most positions quickly.

    A pattern that opens with a lookbehind or an optional group is tried at every
    position of the text; `(?=[...])` in front restores the fast character scan, which
    is what keeps a 5,000-word article well under 50 ms.
    """
    if not first:
        return ""
    return "(?=[" + "".join(sorted({re.escape(c) for c in first})) + "])"


def _number(s: str) -> float | None:
    """The value of a digit string, reading one-three digit groups as thousands."""
    s = re.sub(r"[ \u00a0\u202f’']", "", s.strip())
    if not s or not s[0].isdigit():
        return None
    m = re.fullmatch(r"(\d{1,3})([.,]\d{3})+", s)
    if m:
        return float(re.sub(r"[.,]", "", s))
    s = s.replace(",", ".")
    try:
        return float(s) if s.count(".") <= 1 else float(s.replace(".", ""))
    except ValueError:
        return None


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([^\W\d_][\w'’]*)[ \u00a0]+$", text[max(0, pos - 40) : pos])
    return m.group(1).lower() if m else ""


def _check_year(text: str, m: re.Match[str], data: _Data) -> str | None:
    """A bare four-digit number as a year (date) or a count (None: the number rule wins).

    In news, 1900-2100 is nearly always a year; the exception is a round hundred
    before a word ("2000 soldater"). Earlier years need a cue ("i 1814") or must
    stand before punctuation.
    """
    value = int(m.group("f"))
    prev = _prev_word(text, m.start())
    cued = prev in data["year_cues"] or prev in data["determiners"]
    nxt = re.match(r"[ \u00a0]+([^\W\d_])", text[m.end() : m.end() + 30])
    if value < 1900:
        return "date" if cued or not nxt else None
    if not nxt:
        return "date"
    first = nxt.group(1)
    caseless = not (first.islower() or first.isupper())  # Arabic, Hebrew, Devanagari, Han
    nounish = first.islower() or caseless or (bool(data["nouns_capitalised"]) and first.isupper())
    if nounish and value % 100 == 0 and not cued:
        return None
    return "date"


def _check_ordinal_dot(text: str, m: re.Match[str], data: _Data) -> str | None:
    nxt = m.group("nxt")
    if nxt[0].islower():
        return "ordinal"
    if nxt in data["ordinal_nouns"] or nxt.lower() in data["ordinal_nouns"]:
        return "ordinal"
    if _prev_word(text, m.start()) in data["ordinal_determiners"]:
        return "ordinal"
    return None


def _range_values(m: re.Match[str]) -> tuple[float, float] | None:
    a, b = _number(m.group("a")), _number(m.group("b"))
    if a is None or b is None:
        return None
    sa, sb = m.group("a").strip(), m.group("b").strip()
    if b < a and sa.isdigit() and sb.isdigit() and len(sb) < len(sa):
        full = float(sa[: len(sa) - len(sb)] + sb)
        # "1990–91", "2000-1" (not "22-6", nor "2020 à 123": a year then a count)
        if len(sb) == 2 or (len(sb) == 1 and _is_year(sa) and full > a):
            b = full
    return a, b


def _is_year(s: str) -> bool:
    return len(s) == 4 and s.isdigit() and 1000 <= int(s) <= 2100


def _year_then_count(text: str, m: re.Match[str], data: _Data) -> bool:
    """Is the left side a year and the right side a count ("de 174 en 2023 a 312")?

    The left number is a year when it is a four-digit 1000-2100 after a year cue that is
    not itself a range or change word ("en", "in", "i", "im Jahr"). The pair is then
    not a range when the right side is no year and the count falls ("2023 a 312") or a
    figure comes a few words before, with no comma or connector between ("from 1,200
    in 2023 to 2,500"): the year dates the first figure of a change. "in 1500 to 3000
    cases" stays a range.
    """
    sa, sb = m.group("a").strip(), m.group("b").strip()
    if not _is_year(sa) or _is_year(sb) or (len(sb) == 2 and sb.isdigit()):
        return False
    prev = _prev_word(text, m.start("a"))
    links = {w.lower() for pair in data["range_pairs"] for w in pair}
    links.update(
        w.lower() for w in (*data["range_joiners"], *data["change_from"], *data["range_from"])
    )
    if prev not in data["year_cues"] or prev in links:
        return False
    b = _number(sb)
    if b is not None and b < int(sa):
        return True
    stops = {w.lower() for w in data["range_joiners"]}
    stops.update(closer.lower() for _, closer in data["range_pairs"])
    # a figure earlier in the same stretch: "174 en 2023", "1,2 Mio. Euro im Jahr 2023"
    for tok in reversed(text[max(0, m.start("a") - 80) : m.start("a")].split()[-8:]):
        if any(ch.isdigit() for ch in tok):
            return tok[-1] not in ".,;:!?"
        if tok[-1] in ",;:!?" or tok.lower() in stops:
            return False
    return False


def _two_years(text: str, m: re.Match[str], data: _Data) -> bool:
    """ "between 1987 and 1990", "mellom 2000 og 2022": two bare years after a
    `between_words` opener are two dates, not a range ("between X and Y" with two dates
    is two figures, issue 14). Two round hundreds before a lowercase word are counts
    ("between 1500 and 2000 people"), and "von 1914 bis 1918" is no "between"."""
    sa, sb = m.group("a"), m.group("b")
    if m.group("pa").lower() not in {w.lower() for w in data["between_words"]}:
        return False
    if not (_is_year(sa) and _is_year(sb)) or m.group() != text[m.start() : m.end("b")]:
        return False
    nxt = re.match(r"[ \u00a0]+([^\W\d_])", text[m.end() : m.end() + 4])
    if nxt and nxt.group(1).islower():
        return not (int(sa) % 100 == 0 and int(sb) % 100 == 0)
    return True


def _check_rising(text: str, m: re.Match[str], data: _Data) -> str | None:
    """A dash or "to" between two numbers is a range only when it rises.

    A falling pair of small bare integers joined by a hyphen or dash is a score or a
    vote ("3-1", "a 6-3 ruling"): one number, not a range and not two numbers.
    """
    v = _range_values(m)
    if v and v[0] < v[1]:
        if _year_then_count(text, m, data) and not _is_year(f"{v[1]:.0f}"):
            return None  # ("in 2000-1" is the years 2000 to 2001)
        sa, sb = m.group("a").strip(), m.group("b").strip()
        if _is_year(sa) and _GROUPED.search(sb) and not _GROUPED.search(sa):
            return None  # "kvartalet 2019 till 5 529 000": a year, then a count
        return "range"
    if v and re.fullmatch(r"\d{1,3}[-–]\d{1,3}", m.group()):
        return "number"
    return None


def _check_season(text: str, m: re.Match[str], data: _Data) -> str | None:
    """ "2023/24", "2019/2020" are seasons; "2020/2691" (a procedure number) is no range:
    a four-digit second half must be a year too."""
    if len(m.group("b")) == 4 and not _is_year(m.group("b")):
        return None
    return _check_rising(text, m, data)


def _check_list_number(text: str, m: re.Match[str], data: _Data) -> str | None:
    """ "1. L'HEURE EST VENUE", "15. Siège unique": a number and a dot or bracket that open
    a line before a capital are list numbering, not a figure ("3. plass" before a
    lowercase word, or a listed ordinal noun such as "3. Platz", stays an ordinal)."""
    rest = text[m.end() : m.end() + 40].lstrip(" \t")
    word = re.match(r"[«\"“‘'(]?([^\W\d_][\w-]*)", rest)
    if word is None or not word.group(1)[0].isupper():
        return None
    nxt = word.group(1)
    if nxt in data["ordinal_nouns"] or nxt.lower() in data["ordinal_nouns"]:
        return None
    return "skip"


def _check_phone(text: str, m: re.Match[str], data: _Data) -> str | None:
    """Digit groups that are not a thousands grouping ("3 000 000") are a phone number."""
    groups = re.split(r"[ \u00a0-]", m.group().lstrip("+"))
    if m.group().startswith("+"):
        return "skip"
    if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and "-" not in m.group():
        return None
    return "skip"


def _check_word_unit(text: str, m: re.Match[str], data: _Data) -> str | None:
    """ "320-metre vessel" is a quantity; "15-år" style symbols ("5-km") count too. A
    duration in a compound modifier keeps only its digits, as a counted noun does: "a
    [40]-year career", "[14]-timers skift", "[50]-års jubileum" (`duration_units`)."""
    tail = re.search(r"-([^\W\d_][\w.]*)$", m.group())
    if tail is None:
        return None
    word = tail.group(1).lower()
    durations = {u.lower() for u in data["duration_units"] if len(u) > 1}
    if word in durations or (word.endswith("s") and word[:-1] in durations):
        return None
    return "quantity"


def _check_proportion(text: str, m: re.Match[str], data: _Data) -> str | None:
    """ "1 in 5", "1 av 3", "1 sur 4": one figure when the part is smaller than the whole."""
    return "number" if int(m.group("a")) < int(m.group("b")) else None


def _check_pair(text: str, m: re.Match[str], data: _Data) -> str | None:
    pair = [m.group("pa").lower(), m.group("pb").lower()]
    if _two_years(text, m, data):
        return None  # "between 1987 and 1990": two dates, as the issue-14 gold reads them
    if _HHMM.fullmatch(m.group("a")) and _HHMM.fullmatch(m.group("b")):
        zone = re.match(rf"{_SP}?({_alt(data['time_zones'])})(?!\w)", text[m.end("b") :])
        if zone:
            return None  # "between 0900 and 1100 GMT": two clock times, not one range
    return "range" if pair in data["range_pairs"] else None


def _check_glued_m(text: str, m: re.Match[str], data: _Data) -> str | None:
    """English "4.2m passengers" / "1m" is millions; "100m" and "400m" are metres."""
    digits = m.group()[:-1]
    value = _number(digits)
    if value is None:
        return None
    return "number" if ("." in digits and "," not in digits) or value < 10 else None


def _check_joined(text: str, m: re.Match[str], data: _Data) -> str | None:
    """ "20 to 30 km" is a range; "from 20 to 30" is a change, two figures, and so is "by
    34,000 to 2,867,000" (`change_by`) when the second is more than three times the first
    (a change by a small amount to a total; "by 10 to 12 per cent" stays a range)."""
    prev = _prev_word(text, m.start())
    if prev in data["change_from"] or _from_one_word_before(text, m.start(), data):
        return None
    if prev in data["change_by"]:
        v = _range_values(m)
        if v and v[0] > 0 and v[1] > 3 * v[0]:
            return None
    return _check_rising(text, m, data)


def _from_one_word_before(text: str, pos: int, data: _Data) -> bool:
    """ "from about 41,000 to 100,000", "fra indeks 136 til 141": one word (a hedge or the
    measured thing) between "from" and the first figure still makes a change. Not for a
    `range_from` word ("de" in es/fr opens ranges) nor a range-pair opener (de "von …
    bis")."""
    m = re.search(
        r"([^\W\d_][\w'’]*)[ \u00a0]+([^\W\d_]{3,})[ \u00a0]+$", text[max(0, pos - 60) : pos]
    )
    if m is None:
        return False
    opener = m.group(1).lower()
    ranges = {w.lower() for w in data["range_from"]} | {a.lower() for a, _ in data["range_pairs"]}
    return opener in data["change_from"] and opener not in ranges  # (de "von etwa 10 bis 12")


def _check_word_range(text: str, m: re.Match[str], data: _Data) -> str | None:
    """ "aged nine to 11" is a range; "from nine to 11" is a change (no figure for the word
    side, as a bare word number is none)."""
    return None if _prev_word(text, m.start()) in data["change_from"] else "range"


def _check_from(text: str, m: re.Match[str], data: _Data) -> str | None:
    """es/fr "de 90 a 140 euros" is a range, unless a verb of change stands a few words
    before "de" ("subió de 10 a 17 grados", "passera de 1,70 à 1,80 euro"): then it is
    a change, two figures, as "from 10 to 12" is.
    """
    if _change_verb_before(text, m.start(), data):
        return None
    return "range" if _check_rising(text, m, data) == "range" else None


def _change_verb_before(text: str, pos: int, data: _Data) -> bool:
    """A `change_verbs` word among the five words before pos, in the same clause.

    An entry ending in "*" matches every word that starts with it ("aument*").
    """
    clause = re.split(r"[.;:!?,()«»\"“”]", text[max(0, pos - 80) : pos])[-1]
    for word in re.findall(r"[^\W\d_]+", clause.lower())[-5:]:
        for verb in data["change_verbs"]:
            if word == verb or (verb.endswith("*") and word.startswith(verb[:-1])):
                return True
    return False


def _check_spaced(text: str, m: re.Match[str], data: _Data) -> str | None:
    """Machine-translated "220 240 mm": two round numbers, close together."""
    a, b = int(m.group("a")), int(m.group("b"))
    return "range" if a % 10 == 0 and b % 10 == 0 and a < b < 2 * a else None


def _check_time(text: str, m: re.Match[str], data: _Data) -> str | None:
    hm = re.match(r"(\d{1,2})(?:\s?[.:h]\s?(\d{2}))?", m.group("f"))
    if not hm:
        return None
    hour, minute = int(hm.group(1)), int(hm.group(2) or 0)
    return "time" if hour <= 24 and minute < 60 else None


def _check_day_pair(text: str, m: re.Match[str], data: _Data) -> str | None:
    a, b = int(m.group("a")), int(m.group("b"))
    return "range" if 1 <= a < b <= 31 else None


def _check_clock_pair(text: str, m: re.Match[str], data: _Data) -> str | None:
    a, b = (int(x.split(":")[0]) for x in (m.group("a"), m.group("b")))
    return "range" if a <= 24 and b <= 24 else None


def _check_numeric_date(text: str, m: re.Match[str], data: _Data) -> str | None:
    a, b = int(m.group("a")), int(m.group("b"))
    ok = (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    return "date" if ok else None


def _check_iso(text: str, m: re.Match[str], data: _Data) -> str | None:
    return "date" if 1 <= int(m.group("a")) <= 12 and 1 <= int(m.group("b")) <= 31 else None


def _check_month_day(text: str, m: re.Match[str], data: _Data) -> str | None:
    return "date" if 1 <= int(m.group("d")) <= 31 else None


@functools.cache
def _table(lang: str) -> tuple[_Rule, ...]:
    """The ordered rule table for `lang`: more specific kinds first."""
    d = _data(lang)
    months = _alt(d["months"])
    scale = _alt(d["scale"])
    scale_glued = _alt(d["scale_glued"], glued=True)
    pct = r"(?:%|‰|" + _alt(d["percent"]) + ")"
    cur_b = _alt(d["currency_before"])
    cur_a = _alt(d["currency_after"])
    units = _alt(d["units"] + d["units_inflected"])
    base_units = _alt(d["units"])  # after a hyphen: "1990-årene" is no quantity
    dur = _alt(d["duration_units"])
    sign = rf"(?:(?<![\w.,])[-−+±]|(?<!\w){_alt(d['sign_words'])}{_SP})?"
    word = _alt(d["number_words"])
    words = rf"(?<![\w-]){word}(?:[-‐]{word})?"  # "Ninety-one percent", "zwölf Prozent"
    link = "|".join(d["currency_link"]) or "(?!)"
    num = rf"{_BEFORE}{_NUM}"
    scaled = rf"(?:{_SP}?{scale}|{scale_glued})"
    # after a currency a glued scale may stand apart: "$458 m", "£2 bn"
    spaced_glued = rf"{_SP}{scale_glued}" if d["scale_glued"] else "(?!)"
    day_suf = "(?:" + "|".join(d["day_suffix"]) + ")?" if d["day_suffix"] else ""
    dm_link = "(?:" + "|".join(d["day_month_link"]) + ")?" if d["day_month_link"] else ""
    my_link = "(?:" + "|".join(d["month_year_link"]) + ")?" if d["month_year_link"] else ""
    year = r"\d{4}(?!\d)"
    day = r"(?<![\w.,])(?P<d>[0-3]?\d)"

    # A figure that can sit on either side of a range connector.
    rate = rf"(?:{_SP}{_alt(d['rate_tails'])})?"  # "300 litros por metro cuadrado"
    clock = _alt(d["time_after"])  # words after a clock time: "h", "Uhr", "p.m.", "UTC"
    unit_tail = (
        rf"(?:{_SP}?(?:{pct}|{units}{rate}|{clock}(?:{_SP}[0-5]\d)?)"
        rf"|(?:{link}|{_SP}?){cur_a})"
    )
    side_l = (
        rf"(?:{cur_b}{_SP}?)?{sign}(?P<a>{_NUM})(?:{scaled})?"
        rf"(?:{_SP}?(?:{pct}|{units}|{clock}))?"
    )  # ("entre 9 h et 18 h")
    side_r = (
        rf"(?:{cur_b}{_SP}?)?{sign}(?P<b>{_NUM})(?:{scaled})?{unit_tail}?"
        rf"(?:{_SP}{dm_link}{months}(?:{_SP}{my_link}{year})?)?(?![^\W_]|:\d)"
    )
    zone = rf"(?:{_SP}{_alt(d['time_zones'])})?"
    weak_block = "(?!" + "|".join(d["time_weak_block"]) + ")" if d["time_weak_block"] else ""
    rules: list[tuple[str, str | None, str, Callable[..., str | None] | None]] = []
    digits = "0123456789"
    signs = digits + "-−+±" + _firsts(d["sign_words"])
    money_b = signs + _firsts(d["currency_before"])
    wordy = _firsts(d["number_words"])

    patterns, skips = _merge_skips(d["patterns"])  # language-specific extras from data
    if skips:
        rules.append(("skip", None, skips, None))
    for kind, pattern in patterns:
        rules.append((kind, None, pattern, None))
    rules += _glued_rules(d, digits)
    # list numbering at a line start: "1. L'HEURE EST VENUE", "15. Siège unique"
    rules.append(("skip", digits, r"(?<![^\n])(?P<f>\d{1,3}[.)])(?=[ \t]+\S)", _check_list_number))
    periods = _alt(d["ordinal_periods"])
    zones = _alt(d["time_zones"])
    hhmm = r"(?:[01]\d|2[0-3])[0-5]\d"
    pair_words = [*d["range_joiners"], *(b for _, b in d["range_pairs"])]
    pair = rf"(?:{_SP}(?:{_alt(pair_words)}){_SP}|{_SP}?[-–]{_SP}?)" if pair_words else "(?!)"
    rules += [
        # compact clock times with a zone: "0400 GMT", "from 0800 to 1800GMT" (two times;
        # before the zero-led-code rule, which would otherwise claim "0800")
        ("time", digits, rf"(?<![\w.,:]){hhmm}{_SP}?{zones}(?!\w)", None),
        (
            "time",
            digits,
            rf"(?<![\w.,:])(?P<f>{hhmm})(?={pair}{hhmm}{_SP}?{zones}(?!\w))",
            None,
        ),
        # race times with hours and seconds: "2:07:03", "4:52:10,5" (a duration)
        (
            "quantity",
            digits,
            r"(?<![\w.,:])\d:[0-5]\d:[0-5]\d(?:[.,]\d{1,2})?(?![\d:]|[.,]\d)",
            None,
        ),
        # sizes: "6x4in", "30 x 40 cm"; heights: "5' 10\"", "6ft 2in"; race times "34.55,2"
        (
            "quantity",
            digits,
            rf"{_BEFORE}{_NUM}{_SP}?[x×]{_SP}?{_NUM}(?:{_SP}?[x×]{_SP}?{_NUM})?"
            rf"{_SP}?(?:{units}|in)(?![^\W_])",
            None,
        ),
        (
            "quantity",
            digits,
            rf"(?<![\w.,])\d{{1,2}}{_SP}?(?:ft|feet|foot|['’′]){_SP}?\d{{1,2}}"
            rf"{_SP}?(?:in(?![^\W_])|inches|[\"”″]|'')",
            None,
        ),
        (
            "quantity",
            digits,
            r"(?<![\w.,:])(?:\d{1,2}[.:])?\d{1,2}[.:][0-5]\d,\d{1,2}(?![\w]|[.,:]\d)",
            None,
        ),
    ]
    rules += [
        # not figures: phone numbers ("0800 123 4567", "+47 22 33 44 55"), zero-led codes
        (
            "skip",
            digits + "+",
            r"(?<![\w.,+])(?:\+\d{1,3}[ \u00a0]?)?\d{2,4}(?:[ \u00a0]\d{2,4}){2,}"
            r"(?:-\d{1,5})?(?![\w]|[.,]\d)",  # ("030 18 272-2222": an extension)
            _check_phone,
        ),
        ("skip", "0", r"(?<![\w.,])0\d{2,}(?![\w]|[.,:]\d)", None),
        # phone numbers with a bracketed area code or in North American form: "(020) 7946
        # 0958", "1-800-555-1234", "555-123-4567"
        ("skip", "(", r"\(0\d{1,4}\)[ \u00a0]?\d{3,4}(?:[ \u00a0-]?\d{3,4})+(?![\w]|[.,]\d)", None),
        (
            "skip",
            digits,
            r"(?<![\w.,-])(?:1-)?\d{3}-\d{3}-\d{4}(?![\w-]|[.,]\d)",
            None,
        ),
        # a model code: letters, then hyphenated digit groups ("CN-235-300", "Su-27-1")
        ("skip", None, r"(?<![\w-])[^\W\d_]{1,4}-\d+(?:-\d+)+(?![\w-])", None),
        # an area code and a number: "05551 70050", "030/1234567"
        ("skip", "0", r"(?<![\w.,])0\d{2,5}[ \u00a0/]\d{3,8}(?![\w]|[.,]\d)", None),
        # a service number after its noun: "el teléfono de emergencias 112", "Notruf 110"
        (
            "skip",
            _firsts(d["phone_words"]),
            rf"(?<!\w){_alt(d['phone_words'])}{_SP}(?P<f>\d{{2,4}}(?:{_SP}\d\d){{0,4}})"
            r"(?![\w]|[.,]\d)",
            None,
        ),
        # ranges
        (  # (not a code: "CN-235-300")
            "range",
            money_b,
            rf"(?<![\w.,])(?<![^\W\d_][-‑]){side_l}\.?{_DASH}{side_r}",
            _check_rising,
        ),
        (
            "range",
            "12",
            r"(?<![\w.,/])(?P<a>(?:1[89]|20)\d\d)/(?P<b>\d\d(?:\d\d)?)(?![\w/])",
            _check_season,
        ),
        (
            "range",
            digits,
            rf"(?<![\w.,])(?<!\d[ \u00a0])(?P<a>[1-9]\d\d) (?P<b>[1-9]\d\d){_SP}?{units}",
            _check_spaced,
        ),
    ]
    rules.append(  # two clock times joined by a dash: "10:00-12:00", "9:30–17:00 Uhr"
        (
            "range",
            digits,
            rf"(?<![\w.,:])(?P<a>[0-2]?\d:[0-5]\d){_DASH}(?P<b>[0-2]?\d:[0-5]\d)(?![\d:])"
            rf"(?:{_SP}?{clock})?{zone}(?!\w)",
            _check_clock_pair,
        )
    )
    if d["range_pairs"]:  # one regex for all pairs; the check keeps "between ... and" paired
        openers = [a for a, _ in d["range_pairs"]]
        closers = [b for _, b in d["range_pairs"]]
        art = rf"(?:{_alt(d['range_articles'])}{_SP})?"  # "entre el 20 y el 30 %"
        rules.append(
            (
                "range",
                _firsts(openers),
                rf"(?<!\w)(?P<pa>{_alt(openers)}){_SP}{art}"
                rf"{side_l}{_SP}(?P<pb>{_alt(closers)}){_SP}{art}{side_r}",
                _check_pair,
            )
        )
    if d["range_joiners"]:
        bare_l = rf"(?:{cur_b}{_SP}?)?{sign}(?P<a>{_NUM})(?:{scaled})?"
        rules.append(
            (
                "range",
                money_b,
                rf"(?<![\w.,:]){bare_l}{_SP}{_alt(d['range_joiners'])}"
                rf"{_SP}{side_r}",
                _check_joined,
            )
        )
        # a word number then digits: "aged nine to 11", "five to 10 years"
        rules.append(
            (
                "range",
                wordy,
                rf"(?<![\w-]){word}{_SP}{_alt(d['range_joiners'])}{_SP}"
                rf"(?P<b>{_NUM})(?:{_SP}?(?:{pct}|{base_units}))?(?![\w]|[.,]\d)",
                _check_word_range,
            )
        )
        if d["range_from"]:  # es/fr "de 90 a 140 euros"; a change after a verb of change
            art = rf"(?:{_alt(d['range_articles'])}{_SP})?"  # "de las 10 a las 18 horas"
            rules.append(
                (
                    "range",
                    _firsts(d["range_from"]),
                    rf"(?<!\w){_alt(d['range_from'])}{_SP}{art}{bare_l}"
                    rf"(?:{_SP}?{clock})?{_SP}{_alt(d['range_joiners'])}{_SP}{art}{side_r}",
                    _check_from,
                )
            )  # ("de 10 h à 18 h")
    rules += [
        # dates
        ("date", digits, r"(?<![\w.,-])\d{4}-(?P<a>\d\d)-(?P<b>\d\d)(?![\w-])", _check_iso),
        (
            "date",
            digits,
            r"(?<![\w.,/-])(?P<a>\d{1,2})([./-])(?P<b>\d{1,2})\2(?:\d{4}|\d\d)"
            r"(?![\w/-]|[.,]\d)",
            _check_numeric_date,
        ),
        (
            "date",
            digits,
            rf"{day}{day_suf}{_SP}(?:{dm_link}){months}(?:,?{_SP}{my_link}{year})?",
            _check_month_day,
        ),
        ("date", _firsts(d["months"]), rf"(?<!\w){months}{_SP}{my_link}{year}", None),
        # two days of one month: "am 28./29. Juni", "28.–29. juni", "28/29 June"
        (
            "range",
            digits,
            rf"(?<![\w.,/-])(?P<a>[0-3]?\d){day_suf}(?:/|{_DASH})(?P<b>[0-3]?\d){day_suf}"
            rf"{_SP}{months}(?:,?{_SP}{year})?",
            _check_day_pair,
        ),
        ("date", None, "|".join(d["decades"]) or "(?!)", None),
    ]
    if d["month_day"]:
        rules.append(
            (
                "date",
                _firsts(d["months"]),
                rf"(?<!\w){months}{_SP}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
                rf"(?:,?{_SP}{year})?(?![^\W_])",
                _check_month_day,
            )
        )
    rules += [
        # times
        (
            "time",
            digits,
            rf"(?<![\w.,:])(?P<f>[0-2]?\d:[0-5]\d)(?::[0-5]\d)?(?!\d|:\d)"
            rf"(?:{_SP}?{clock})?{zone}",
            _check_time,
        ),
        (
            "time",
            _firsts(d["time_before"]),
            rf"(?<!\w){_alt(d['time_before'])}{_SP}?(?P<f>[0-2]?\d(?:[.:][0-5]\d)?"
            rf"(?:{_SP}?{clock})?)(?![\w]|[.,]\d)",
            _check_time,
        ),
        (
            "time",
            _firsts(d["time_cue_weak"]),
            rf"(?<!\w){_alt(d['time_cue_weak'])}{_SP}(?P<f>[0-2]?\d(?:[.:h][0-5]\d)?"
            rf"{_SP}?{_alt(d['time_after_weak'])}(?:{_SP}[0-5]\d(?![\w]|[.,]\d))?)(?!\w){weak_block}",
            _check_time,
        ),
        (
            "time",
            digits,
            rf"(?<![\w.,:])(?P<f>[0-2]?\d(?:[.:][0-5]\d)?{_SP}?"
            rf"{clock}(?:{_SP}?[0-5]\d)?{zone})(?!\w)",
            _check_time,
        ),
        # ordinals
        ("ordinal", digits, rf"(?<![\w.,])\d+(?:st|nd|rd|th|e|ème|:a|:e)?\.?{_SP}{periods}", None),
        (
            "ordinal",
            digits,
            r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)(?![^\W_])",
            None,
        ),  # ("the 1,000th number one")
    ]
    if d["ordinal_dot"]:
        rules.append(
            (
                "ordinal",
                digits,
                rf"(?<![\w.,/-])(?P<f>\d{{1,3}}\.)(?={_SP}(?P<nxt>[^\W\d_][\w-]*))",
                _check_ordinal_dot,
            )
        )
    rules += [
        # money, percent, quantity, number
        (
            "money",
            _firsts(d["currency_before"]),
            rf"(?<![\w]){cur_b}{_SP}?{sign}{num}(?:{scaled}|{spaced_glued})?(?![^\W_])",
            None,
        ),
        ("money", digits, rf"{num},[-–](?:{_SP}?{cur_a})?", None),  # "1 299,- kroner"
        (
            "money",
            signs,
            rf"{sign}{num}(?:{_SP}?{scale}(?:{link}|{_SP}?)|{scale_glued}{_SP}?|{_SP}?){cur_a}{rate}",
            None,
        ),  # ("14,2 euros por metro cuadrado": a rate per area is part of it)
        ("money", wordy, rf"{words}{_SP}{scale}(?:{link}|{_SP}?){cur_a}", None),
        # a currency named with its country: "745bn Indian rupees", "20 South Korean won"
        (
            "money",
            signs,
            rf"{sign}{num}(?:{_SP}?{scale}|{scale_glued})?{_SP}(?:[A-Z][a-z]+{_SP}){{1,2}}"
            rf"{_alt(d['currency_named'])}",
            None,
        ),
        # a compound's money part: "die 2-Milliarden-DM-Umsatz-Grenze"
        ("money", digits, rf"{num}-{scale}-{cur_a}(?=-)", None),
        ("percent", signs, rf"{sign}{num}(?:{scaled})?{_SP}?{pct}", None),
        ("percent", wordy, rf"{words}{_SP}{pct}", None),
        # "two million", "tre milliarder"; not "ein Milliarden-Darlehen" (a compound)
        ("number", wordy, rf"{words}{_SP}{scale}(?![-‐])", None),
        (
            "number",
            digits,
            rf"{num}m(?![^\W\d_]|/)" if "m" in d["scale_glued"] else "(?!)",
            _check_glued_m,
        ),
        (  # ("4,7 miljarder år 2022": "år" before a year is the year's cue)
            "quantity",
            signs,
            rf"{sign}{num}(?:{scaled})?{_SP}?{units}{rate}(?!{_SP}(?:1[89]|20)\d\d(?!\d))",
            None,
        ),
        # a compound duration is one quantity: "7 min 12 s", "2 hours and 15 minutes"
        (
            "quantity",
            digits,
            rf"{num}{_SP}?{dur}(?:{_SP}(?:{_alt(d['duration_joiners'])}{_SP})?"
            rf"[0-5]?\d{_SP}?{dur}){{1,2}}(?![^\W_])",
            None,
        ),
        ("quantity", digits, rf"{num}-{base_units}(?![-‐])", _check_word_unit),
        (
            "number",
            digits,
            rf"(?<![\w.,])(?P<a>\d{{1,2}}){_SP}{_alt(d['proportion_words'])}{_SP}"
            rf"(?P<b>\d{{1,3}})(?![\w]|[.,]\d)",
            _check_proportion,
        ),
        (
            "number",
            _firsts(d["number_prefix"]),
            rf"(?<!\w){_alt(d['number_prefix'])}{_SP}?{_NUM}{_AFTER}",
            None,
        ),
        (
            "date",
            "12",
            r"(?<![\w.,/-])(?P<f>1[5-9]\d\d|20\d\d|2100)(?![\w%]|[.,]\d|-\d)",
            _check_year,
        ),
        (  # (not a case number: "C-311/18")
            "number",
            digits,
            rf"(?<![\w.,/])(?<![^\W\d_][-‑]){_NUM}/\d+(?![\w/]|[.,]\d)",
            None,
        ),
        ("number", digits, r"(?<![\w.,:])\d{1,2}:\d(?![\d:]|[.,]\d)", None),  # a score, "2:1"
        ("number", signs, rf"{sign}{num}(?:{scaled})?{_AFTER}", None),
    ]
    return tuple(  # a rule led by an empty word list ("time_before" in en) never matches
        _Rule(kind, re.compile(_lead(first) + p), check)
        for kind, first, p, check in rules
        if first != ""
    )


# Figures written against Han, kana or Hangul ("2024年3月5日", "3万人", "5억 원", "3명"):
# the number touches letters on both sides, which the rules above read as a name or code.
_GLUED_NUM = r"(?<![0-9A-Za-z.,_])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CJK_SIDE = re.compile(f"[{HAN_KANA}{HANGUL}{CJK_PUNCT}]")


_LEAD_TOKEN = re.compile(r"\(\?=(\[(?:\\.|[^\]\\])+\]|\\.|[^\\()\[\]])\)")


def _merge_skips(patterns: list[Any]) -> tuple[list[Any], str]:
    """One regex for the data's `skip` patterns (codes, addresses, phone numbers): each
    scan of the text costs about the same, so twenty patterns scanned once each cost
    twenty scans. A pattern joins when it opens with a first-character lookahead and has
    no named group; the joined regex opens with the union of those lookaheads."""
    joined, rest, firsts = [], [], []
    for kind, pattern in patterns:
        m = _LEAD_TOKEN.match(pattern)
        if kind == "skip" and m and "(?P<" not in pattern:
            tok = m.group(1)
            firsts.append(tok[1:-1] if tok.startswith("[") else tok)
            joined.append(f"(?:{pattern})")
        else:
            rest.append((kind, pattern))
    if not joined:
        return rest, ""
    return rest, "(?=[" + "".join(firsts) + "])(?:" + "|".join(joined) + ")"


def _glued_rules(
    d: _Data, digits: str
) -> list[tuple[str, str | None, str, Callable[..., str | None] | None]]:
    """Rules for numbers glued to CJK counters, units and date characters (data:
    the `glued_*` and `numerals` lists of figures/<lang>.json); none without them."""
    if not (d["glued_counters"] or d["glued_money"] or d["glued_year"]):
        return []

    def alt(key: str) -> str:
        return _alt(d[key], glued=True, open_end=True)

    scale = rf"(?:{alt('glued_scale')})?"
    n = rf"{_GLUED_NUM}(?:{alt('glued_scale')}\d+(?:\.\d+)?)*"  # "3万5000", "1억2000만"
    numerals = "".join(d["numerals"])
    lone = "".join(d["numerals_lone_not"])  # "一" alone is "one", "a", "uni-": not a figure
    guard = rf"(?![{lone}](?![{numerals}]|{alt('glued_scale')}))" if lone and numerals else ""
    word = rf"(?<![{numerals}]){guard}[{numerals}]+" if numerals else "(?!)"
    y, mo, dy = alt("glued_year"), alt("glued_month"), alt("glued_day")
    not_day = rf"(?!{alt('glued_not_day')})" if d["glued_not_day"] else ""
    pct = rf"(?:%|‰|{alt('glued_percent')})"
    first = digits + numerals
    return [
        (
            "date",
            digits,
            rf"(?<![0-9A-Za-z.,_])(?:\d{{4}}{_SP}?{y}{_SP}?)?(?:1[0-2]|0?[1-9]){_SP}?{mo}"
            rf"(?:{_SP}?(?:3[01]|[12]\d|0?[1-9]){_SP}?{dy}{not_day})?"
            rf"|(?<![0-9A-Za-z.,_])\d{{4}}{_SP}?{y}"
            rf"|(?<![0-9A-Za-z.,_])(?:3[01]|[12]\d|0?[1-9]){_SP}?{dy}{not_day}",
            None,
        ),
        ("money", first, rf"(?:{n}|{word}){scale}{_SP}?{alt('glued_money')}", None),
        ("percent", digits, rf"{n}{_SP}?{pct}", None),
        ("quantity", first, rf"(?:{n}|{word}){scale}{_SP}?{alt('glued_units')}", None),
        ("number", first, rf"(?:{n}|{word}){scale}{_SP}?{alt('glued_counters')}", None),
        ("number", digits, rf"{n}{alt('glued_scale')}", None),
        ("number", digits, rf"{n}(?![0-9A-Za-z]|[.,]\d)", _check_cjk_side),
    ]


def _check_cjk_side(text: str, m: re.Match[str], data: _Data) -> str | None:
    """A bare number is a figure in CJK text when Han, kana, Hangul or CJK punctuation
    touches it (elsewhere the generic rules decide)."""
    before = text[m.start() - 1 : m.start()]
    after = text[m.end() : m.end() + 1]
    return "number" if _CJK_SIDE.match(before + " ") or _CJK_SIDE.match(after + " ") else None


def find_figures(text: str, lang: str = "en") -> list[Figure]:
    """Sorted, non-overlapping figure spans; `text[f.start:f.end] == f.text`."""
    if not any(ch.isdigit() for ch in text) and not text:
        return []
    lang = languages.normalise(lang) or ""
    data = _data(lang)
    names = set(data["name_words"])
    ids = {w.lower() for w in data["id_nouns"]}
    calendar = {w.lower() for w in data["calendar_words"]}  # "On Monday 25 Palestinians"
    original = text
    text = to_ascii_digits(text)  # "٢٠٢٤", "２０２４", "२०२४": the same rules, same offsets
    candidates: list[tuple[int, int, int, str]] = []
    for prio, rule in enumerate(_table(lang)):
        has_f = "f" in rule.regex.groupindex
        for m in rule.regex.finditer(text):
            if has_f and m.group("f") is not None:
                start, end = m.span("f")
            else:
                start, end = m.span()
            while end > start and text[end - 1] in " \u00a0\u202f":
                end -= 1
            if end <= start:
                continue
            kind = rule.check(text, m, data) if rule.check else rule.kind
            if kind is not None:
                candidates.append((start, end, prio, kind))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, str]] = []
    occupied = bytearray(len(text) + 1)
    for start, end, _prio, kind in candidates:
        if any(occupied[start:end]):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append((start, end, kind))
    taken.sort()
    refs = _Words(data["ref_nouns"])
    streets = tuple(w.lower() for w in data["street_suffixes"])
    joiners = {w.lower() for w in data["list_joiners"]}
    named = [
        (
            (k in _NAMEABLE or (k == "range" and _MODEL.fullmatch(text, s, e)))
            and _prev_name(text, s, e, names, ids, lang, calendar, streets)
        )
        or (k in _NAMEABLE and _quoted_title(text, s, e))
        or ((k in _NAMEABLE or k == "range") and _ref_before(text, s, e, k, refs))
        for s, e, k in taken
    ]
    # a list that continues a name or reference: "Windows 95, 98, ME, NT, 2000",
    # "los artículos 4, 6, 9 y 191", "Articles 3 and 4", "§§ 4 und 5"
    for n in range(1, len(taken)):
        if named[n - 1] and not named[n] and taken[n][2] in _NAMEABLE:
            named[n] = _continues_list(text, taken[n - 1][1], taken[n][0], taken[n][1], joiners)
    return [
        Figure(s, e, original[s:e], k)
        for (s, e, k), name in zip(taken, named, strict=True)
        if k != "skip" and not name
    ]


class _Words:
    """A word list with the data files' case rule: a lowercase entry matches in any case,
    an entry with a capital only as written ("Rule", "Part": not "rule", "part")."""

    __slots__ = ("exact", "lower")

    def __init__(self, words: list[str]) -> None:
        self.lower = {w for w in words if w == w.lower()}
        self.exact = {w for w in words if w != w.lower()}

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.exact or word.lower() in self.lower)


_REF_FIGURE = re.compile(r"\d{1,4}[a-z]?(?:[-–./]\d{1,4}[a-z]?)*")
_REF_WORD = re.compile(r"(§§?|[^\W\d_][\w-]*\.?)([ \u00a0]*)\Z")


def _ref_before(text: str, start: int, end: int, kind: str, refs: _Words) -> bool:
    """A number after a document reference noun or "§" is a place in a text, not a figure:
    "Article 5", "artículo 132, apartado 2", "page 14", "Abs. 2", "§ 3", "§3", "section
    5.2", "articles 3 to 5" (`ref_nouns`). A figure with a unit or scale ("page 3
    million") stays."""
    if kind != "range" and not _REF_FIGURE.fullmatch(text, start, end):
        return False
    m = _REF_WORD.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word, gap = m.group(1), m.group(2)
    if word.startswith("§"):
        return True
    return bool(gap) and "\n" not in gap and word in refs


def _continues_list(text: str, prev_end: int, start: int, end: int, joiners: set[str]) -> bool:
    """Does the bare number at start:end continue a list whose previous item was a name or
    reference? Items are joined by commas or a list word (`list_joiners`: "and", "y",
    "und" ...); codes in capitals may stand between ("95, 98, ME, NT, 2000"). After a
    comma alone the number must be followed by another separator, so "la línea 3, 25
    personas" keeps its count."""
    if not re.fullmatch(r"\d{1,4}", text[start:end]):
        return False
    gap = text[prev_end:start]
    if "\n" in gap or not gap.endswith((" ", "\u00a0")):
        return False
    words = gap.replace(",", " , ").split()
    if not words or any(
        w != "," and w.lower() not in joiners and not (w.isalpha() and w.isupper() and len(w) <= 4)
        for w in words
    ):
        return False
    if words[0] != "," and words[0].lower() not in joiners:
        return False
    if any(w.lower() in joiners for w in words):
        return True
    after = text[end : end + 16]
    nxt = re.match(r"[ \u00a0]+([^\W\d_]+)", after)
    return after[:1] in (",", ";", ")", ".", "") or (
        nxt is not None and nxt.group(1).lower() in joiners
    )


_TITLE = re.compile(r"[«“\"][^«»“”\"\n]{0,60}?[^\W\d_][\w'’.:-]*[ \u00a0]\Z")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """A number that ends a quoted title after a capitalised word: «Rock Band 2», «FM
    2009», "Queen Elisabeth 2" -- a game's, ship's or film's name, not a figure."""
    if not text[start:end].isdigit() or text[end : end + 1] not in ("»", "”", '"'):
        return False
    m = _TITLE.search(text, max(0, start - 64), start)
    if m is None:
        return False
    words = text[m.start() + 1 : start].split()
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()


def _inside_name(text: str, i: int, end: int, word: str, lang: str, calendar: set[str]) -> bool:
    """One or two digits between capitalised words mid-sentence: "France 3 Occitanie",
    "Channel 4 News". Not in German (every noun is capitalised: "in Bayern 12 Menschen"),
    not at a sentence start ("Some 83 MPs"), not after a short preposition or a month
    ("In Texas 12 Republicans", "On Monday 25 Palestinians")."""
    row = languages.get(lang)
    if (
        (row is not None and row.nouns_capitalised)
        or text[end : end + 1] != " "
        or not text[end + 1 : end + 2].isupper()
    ):
        return False
    before = text[max(0, i - 12) : i]
    head = before.rstrip()
    if not head or head[-1] in '.!?:;"«»“”–—\n':
        return False
    prev = re.findall(r"[^\W\d_]+$", head)
    if prev and len(prev[0]) <= 3:
        return False
    return word.lower() not in calendar


def _prev_name(
    text: str,
    start: int,
    end: int,
    names: set[str],
    ids: set[str],
    lang: str,
    calendar: set[str],
    streets: tuple[str, ...] = (),
) -> bool:
    """Is the figure at start:end the number of a name ("Windows 11", "JAS 39")?

    A bare integer of up to three digits after an identifier noun (`id_nouns`: "la
    ligne 6", "elområde 4", "Gleis 9", "exit 12") names that line, zone or platform;
    with a unit or scale ("zone 5 km") the figure stays.
    """
    if start < 2 or text[start - 1] not in " \u00a0":
        return False
    i = j = start - 1
    if text[i - 1] == ".":  # "rv. 7", "Nr. 5"
        i -= 1
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "-") and j - i < 30:
        i -= 1
    word = text[i:j]
    if not word or not word[0].isalpha():
        return False
    if word in names:
        return True
    figure = text[start:end]
    if (figure.isdigit() and end - start <= 3) or _ACT.fullmatch(figure):
        if word.lower() in ids:
            return True
        # a house number after a street name: "Riddervoldsgate 2", "Hauptstraße 12"
        low = word.lower()
        if (
            figure.isdigit()
            and word[0].isupper()
            and any(low.endswith(x) and len(low) > len(x) + 2 for x in streets)
        ):
            return True
        # one adjective between an act and its number: "règlement européen 261/2004"
        # (not "the bus carried 42 children": a verb there)
        k = i - 1
        while k > 0 and text[k - 1].isalpha() and i - k < 30:
            k -= 1
        if (
            _ACT.fullmatch(figure)
            and (word.islower() or text[k : k + 1].isupper())  # "Ley Orgánica 3/2018"
            and text[k : i - 1].lower() in ids
            and text[i - 1] == " "
        ):
            return True
    # A small number inside a capitalised name: "FSV Mainz 05", "France 3 Occitanie",
    # "Channel 4 News".
    if (
        figure.isdigit()
        and end - start <= 2
        and word[0].isupper()
        and (figure[0] == "0" or _inside_name(text, i, end, word, lang, calendar))
    ):
        return True
    # An acronym before a short bare number names a model or body ("JAS 39", "EU 27");
    # two capitals and up to four digits are a flight ("AF 1366", "SK 4035").
    return (
        word.isupper()
        and 2 <= len(word) <= 5
        and figure.isdigit()
        and (
            end - start <= 3
            or (len(word) == 2 and end - start == 4 and not 1900 <= int(figure) <= 2100)
        )
    )  # ("UK 2024 budget")
