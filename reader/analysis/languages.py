"""Every per-language decision, read from one table: ``data/languages.json``.

Why a table: adding a language should be data only (the table entry plus word lists
named ``<code>.<ext>`` in the data folders), never an edit to a comparison like
``lang == "de"`` spread over several modules. The table is read once per process
through ``importlib.resources``, so a copy of the package (with its ``data/``) is a
self-contained set of languages: see docs/languages.md and
tests/core/test_languages_as_data.py.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import Any

STOP_WORD_SOURCES = ("reader", "sumy")  # our data/stopwords/<code>.txt, or sumy's list
_FIELDS = frozenset(
    {
        "name",
        "aliases",
        "stemmer",
        "stop_words",
        "summary_method",
        "nouns_capitalised",
        "ordinal_dot",
    }
)


@dataclass(frozen=True, slots=True)
class Language:
    """One row of the table (field meanings: docs/languages.md)."""

    code: str  # ISO 639-1, as reported in `show --json` and the list
    name: str  # English name, for people
    aliases: tuple[str, ...]  # other codes given on the command line or in front matter
    stemmer: str | None  # sumy/Snowball language name ("danish"); None: no stemming
    stop_words: str | None  # "reader", "sumy" or None (no stop words)
    summary_method: str | None  # measured best method; None: summarise's fallback
    nouns_capitalised: bool  # every noun has a capital (de): capitals are no name signal
    ordinal_dot: bool  # "3. mars" is an ordinal (no, da, de)


def data_root() -> Traversable:
    """The analysis data folder of this copy of the package."""
    return resources.files("reader.analysis").joinpath("data")


def data_lines(path: str) -> list[str]:
    """The lines of ``data/<path>``, stripped, without blank lines and `#` comments (the
    pattern lists of the boilerplate and HTML furniture rules)."""
    text = data_root().joinpath(path).read_text(encoding="utf-8")
    return [line for line in (raw.strip() for raw in text.splitlines()) if line and line[0] != "#"]


def _language(code: str, raw: Any) -> Language:
    if not isinstance(raw, dict) or set(raw) != _FIELDS:
        raise ValueError(f"languages.json: {code!r} needs exactly the fields {sorted(_FIELDS)}")
    if raw["stop_words"] is not None and raw["stop_words"] not in STOP_WORD_SOURCES:
        raise ValueError(f"languages.json: {code!r}: stop_words must be one of {STOP_WORD_SOURCES}")
    return Language(
        code=code,
        name=str(raw["name"]),
        aliases=tuple(str(a).lower() for a in raw["aliases"]),
        stemmer=None if raw["stemmer"] is None else str(raw["stemmer"]),
        stop_words=raw["stop_words"],
        summary_method=None if raw["summary_method"] is None else str(raw["summary_method"]),
        nouns_capitalised=bool(raw["nouns_capitalised"]),
        ordinal_dot=bool(raw["ordinal_dot"]),
    )


@cache
def _table() -> tuple[str, Mapping[str, Language], Mapping[str, str]]:
    raw = json.loads(data_root().joinpath("languages.json").read_text(encoding="utf-8"))
    table = {code: _language(code, row) for code, row in raw["languages"].items()}
    aliases: dict[str, str] = {}
    for lang in table.values():
        for alias in lang.aliases:
            if alias in table or aliases.setdefault(alias, lang.code) != lang.code:
                raise ValueError(f"languages.json: alias {alias!r} is not unique")
    fallback = str(raw["fallback"])
    if fallback not in table:
        raise ValueError(f"languages.json: fallback {fallback!r} is not in the table")
    return fallback, MappingProxyType(table), MappingProxyType(aliases)


def languages() -> Mapping[str, Language]:
    """Every language of the table, code -> Language, in table order."""
    return _table()[1]


def fallback() -> str:
    """The language whose rules a language without its own data file borrows."""
    return _table()[0]


def normalise(code: str | None) -> str | None:
    """ "nb", "NO", "en-GB", "nob" -> the table's code ("no", "en"); unknown codes pass
    through lower-cased and without region, so the caller decides what they mean."""
    if not code:
        return None
    code = code.strip().lower().replace("_", "-").split("-")[0]
    if not code:
        return None
    return _table()[2].get(code, code)


def get(code: str | None) -> Language | None:
    """The table's row for a code or alias, or None for a language it does not know."""
    key = normalise(code)
    return None if key is None else languages().get(key)


def data_file(folder: str, code: str, ext: str) -> Traversable | None:
    """``data/<folder>/<code>.<ext>`` when it exists: the language's word lists."""
    path = data_root().joinpath(folder, f"{code}.{ext}")
    return path if path.is_file() else None


def codes_with(folder: str, ext: str) -> tuple[str, ...]:
    """The table's codes (in table order) that have a ``data/<folder>/<code>.<ext>`` file."""
    return tuple(code for code in languages() if data_file(folder, code, ext) is not None)


@cache
def iso639_1() -> frozenset[str]:
    """The ISO 639-1 codes (``data/iso639-1.txt``)."""
    text = data_root().joinpath("iso639-1.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(" ".join(lines).split())


def is_known_code(value: str) -> bool:
    """Whether a user-given language is an ISO 639-1 code (a region suffix allowed:
    "en-GB") or an alias of the table ("nb", "nn" -> "no")."""
    raw = value.strip().lower().replace("_", "-")
    base = raw.split("-")[0]
    if not base.isascii() or not base.isalpha():
        return False
    code = normalise(value)
    return code is not None and (code in languages() or code in iso639_1())
