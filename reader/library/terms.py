"""Words as the index sees them: folded like SQLite FTS5's unicode61 tokenizer.

Shared by the index (which stores long terms for compound search) and search
(which folds queries and finds the words to highlight), so both agree on what a
word is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reader.analysis.scripts import HAN_KANA, MARKS
from reader.errors import UsageError
from reader.model import Span

WORD = re.compile(rf"(?:[^\W_]|[{MARKS}])+")  # FTS5 unicode61 keeps marks in its tokens
INFIX_MIN = 4  # query words this long also match inside longer terms (compounds)
INFIX_TERM_MIN = 7  # only terms this long are candidates for compound matching

_FOLD: dict[int, str] = {}


def fold_char(ch: str) -> str:
    """One character folded like FTS5 unicode61 (lower case, Latin accents removed).

    Always exactly one character, so offsets in a folded text are offsets in the original.
    """
    folded = _FOLD.get(ord(ch))
    if folded is None:
        low = ch.lower()
        low = low if len(low) == 1 else ch
        base = unicodedata.normalize("NFD", low)[0]
        folded = base if base.isascii() and base.isalpha() else low
        _FOLD[ord(ch)] = folded
    return folded


def fold(text: str) -> str:
    """`text` folded character by character (same length, same offsets)."""
    return "".join(fold_char(c) for c in text)


@dataclass(frozen=True, slots=True)
class Term:
    """One thing a query asks for: a word, or a quoted phrase (words in a row)."""

    words: tuple[str, ...]  # lower-case, as typed (stemming needs the accents)
    phrase: bool = False

    @property
    def folded(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in self.words)


@dataclass(frozen=True, slots=True)
class Query:
    """`tunnel OR fire budget -rail "harbour link"`: every group must match (a group is
    one term, or terms joined by OR), and no excluded term may."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]

    def positive_words(self) -> list[str]:
        """Folded words of the terms that must or may match, in order, no duplicates."""
        out: list[str] = []
        for group in self.groups:
            for term in group:
                for w in term.folded:
                    if w not in out:
                        out.append(w)
        return out


_QUERY_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
OR = "OR"  # as typed: "or" in lower case is an ordinary word (Norwegian, Danish, French)


def parse_query(query: str) -> Query:
    """Words, `"a phrase"`, `-word` / `-"a phrase"` (excluded) and `a OR b`.

    Words next to each other must all match. A token with punctuation inside
    ("e-mail", "covid-19") is its words, each required, as before.
    """
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join = False
    for token in _QUERY_TOKEN.findall(query):
        if token == OR:
            join = bool(groups)
            continue
        negated = token.startswith("-") and len(token) > 1
        body = token[1:] if negated else token
        quoted = body.startswith('"')
        words = tuple(WORD.findall(body.lower()))
        if not words:
            continue
        terms = [Term(words, phrase=len(words) > 1)] if quoted else [Term((w,)) for w in words]
        if negated:
            excluded.extend(terms)
        elif join:
            groups[-1].extend(terms[:1])
            groups.extend([t] for t in terms[1:])
        else:
            groups.extend([t] for t in terms)
        join = False
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def checked_query(query: str) -> Query:
    """`parse_query`, refusing a query with nothing to look for (exit 2, one sentence)."""
    parsed = parse_query(query)
    if not parsed.groups:
        if parsed.excluded:
            raise UsageError("the search query has only excluded words; add a word to find")
        raise UsageError("the search query has no words")
    return parsed


def query_words(query: str) -> list[str]:
    """The folded words a search query looks for (not excluded ones), in order, without
    duplicates: what is highlighted in a hit."""
    return parse_query(query).positive_words()


def match_spans(text: str, query: str) -> list[Span]:
    """Where the words of `query` occur in `text`, for highlighting search hits.

    The same matching as `reader.library.search.search`: a text word matches when it starts
    with a query word, or (query words of 4+ letters) contains it, as in compounds.
    Whole words are returned, sorted, as `Span`s with offsets into `text`.
    """
    words = query_words(query)
    if not words:
        return []
    folded = fold(text)
    spans: list[Span] = []
    # A Han/kana word is found inside a run of them (no spaces between words there):
    # just its own characters are marked (search matches it through its bigrams).
    unspaced = [w for w in words if _HAN_KANA.search(w)]
    for m in WORD.finditer(folded):
        token = m.group()
        inside = [
            (i, i + len(w))
            for w in unspaced
            for i in _occurrences(token, w)
            if _HAN_KANA.search(token)
        ]
        if inside:
            for a, b in _merged(inside):
                spans.append(Span.of(text, m.start() + a, m.start() + b))
            continue
        for w in words:
            if token.startswith(w) or (len(w) >= INFIX_MIN and w in token):
                spans.append(Span.of(text, m.start(), m.end()))
                break
    return spans


_HAN_KANA = re.compile(f"[{HAN_KANA}]")


def _occurrences(token: str, word: str) -> list[int]:
    out: list[int] = []
    i = token.find(word)
    while i >= 0:
        out.append(i)
        i = token.find(word, i + 1)
    return out


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_DIGIT = re.compile(r"\d")


def long_terms(*texts: str) -> set[str]:
    """Distinct folded words of 7+ letters (no digits): candidates for compound search.

    Folded like FTS5 unicode61 (see `fold`), so they are the index's own terms.
    """
    out: set[str] = set()
    for text in texts:
        for token in WORD.findall(text.lower()):
            if len(token) >= INFIX_TERM_MIN and not _DIGIT.search(token):
                out.add(token if token.isascii() else fold(token))
    return out
