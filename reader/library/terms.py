"""Words as the index sees them: folded like SQLite FTS5's unicode61 tokenizer.

Shared by the index (which stores long terms for compound search) and search
(which folds queries and finds the words to highlight), so both agree on what a
word is.
"""

from __future__ import annotations

import re
import unicodedata

from reader.model import Span

WORD = re.compile(r"[^\W_]+")
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


def query_words(query: str) -> list[str]:
    """The folded words of a search query, in order, without duplicates."""
    words: list[str] = []
    for word in WORD.findall(fold(query)):
        if word not in words:
            words.append(word)
    return words


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
    for m in WORD.finditer(folded):
        token = m.group()
        for w in words:
            if token.startswith(w) or (len(w) >= INFIX_MIN and w in token):
                spans.append(Span.of(text, m.start(), m.end()))
                break
    return spans


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
