"""Full-text search over the library index (SQLite FTS5), and a scan when there is no FTS5.

`search(index, query)` is the ranking both `reader search` and the app's `/` use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.analysis.language import resolve_language
from reader.analysis.loader import load
from reader.analysis.scripts import count_words, tokens
from reader.analysis.stems import search_stemmer
from reader.errors import ReaderError
from reader.library.files import iter_article_paths
from reader.library.store import LibraryIndex
from reader.library.terms import INFIX_MIN, WORD, Term, checked_query, fold
from reader.model import Entry

TITLE_WEIGHT = 10.0  # bm25 column weight of the title against 1.0 for the text
STEMS_WEIGHT = 0.5  # a match through a stem only ("tunnels" -> "tunnel") counts less
INFIX_LIMIT = 64  # at most this many compound terms per query word
TEXT = "{title body}"  # the columns a word or phrase is looked for in (not `stems`)


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts_query(index: LibraryIndex, query: str) -> str:
    """The FTS5 MATCH expression for a user query (`reader.library.terms.parse_query`).

    Each word matches as a prefix ("regjer" -> "regjeringen"); words of 4+ letters
    also match long indexed terms that contain them, for compounds ("budsjett" ->
    "kommunebudsjettet", "statsbudsjettet"); and a word matches an article whose words
    have the same stem in the article's language ("tunnels" -> "tunnel"; the index's
    `stems` column, stemmed with each library language's stemmer). A phrase matches its
    words in a row; `OR` joins alternatives; `-word` excludes.
    """
    parsed = checked_query(query)
    con = index.connection()
    langs = [r[0] for r in con.execute("SELECT DISTINCT language FROM files ORDER BY 1")]
    stemmers = [s for s in map(search_stemmer, langs) if s is not None]
    groups = [
        "(" + " OR ".join(_term(index, con, t, stemmers) for t in group) + ")"
        for group in parsed.groups
    ]
    expr = " AND ".join(groups)
    for term in parsed.excluded:
        expr += " NOT " + _term(index, con, term, stemmers)
    return expr


def _term(
    index: LibraryIndex, con: sqlite3.Connection, term: Term, stemmers: list[Callable[[str], str]]
) -> str:
    if term.phrase:
        return f"({TEXT} : " + _quote(" ".join(term.folded)) + ")"
    (w,) = term.folded
    (raw,) = term.words
    alts = [f"{TEXT} : " + _quote(w) + "*"]
    if len(w) >= INFIX_MIN and index.trigram:
        # rowid order (no ORDER BY) lets SQLite stop after LIMIT rows; rowids
        # follow the library order, so the choice is the same in every process
        alts += [
            f"{TEXT} : " + _quote(t)
            for (t,) in con.execute(
                "SELECT term FROM terms_tri WHERE terms_tri MATCH ? AND instr(term, ?) > 1 LIMIT ?",
                (_quote(w), w, INFIX_LIMIT),
            )
        ]
    elif len(w) >= INFIX_MIN and index.fts:
        alts += [
            f"{TEXT} : " + _quote(t)
            for (t,) in con.execute(
                "SELECT term FROM terms WHERE instr(term, ?) > 1 ORDER BY id LIMIT ?",
                (w, INFIX_LIMIT),
            )
        ]
    bigrams = [t for t in tokens(raw) if t != raw]  # a Han/kana word: its bigrams
    if bigrams:
        alts.append("stems : (" + " AND ".join(_quote(b) for b in bigrams) + ")")
    # a stem equal to the word adds nothing to the prefix match above ("tunnel" ->
    # "tunnel"); "tunnels" -> "tunnel" does
    stems = sorted({stem(raw) for stem in stemmers} - {"", raw, w}) if not bigrams else []
    alts += ["stems : " + _quote(s) for s in stems]
    return "(" + " OR ".join(alts) + ")"


def search(index: LibraryIndex, query: str, limit: int | None = 200) -> list[tuple[Entry, float]]:
    """Articles matching every word of `query`, best first: [(Entry, score)].

    Ranked by FTS5 bm25 with the title weighted 10x the text (higher score is
    better), ties by path; accents folded ("sao" finds "São"). This is the ranking
    `reader search` prints. Uses the index as it is: refresh it first.
    """
    if not index.fts:
        hits = scan_search(index.root, query)
        return hits[:limit] if limit else hits

    def run(con: sqlite3.Connection) -> list[tuple[Entry, float]]:
        expr = fts_query(index, query)
        sql = (
            f"SELECT files.*, -bm25(fts, {TITLE_WEIGHT}, 1.0, {STEMS_WEIGHT}) AS score FROM fts"
            " JOIN files ON files.id = fts.rowid WHERE fts MATCH ?"
            " ORDER BY score DESC, files.path"
        )
        params: list[Any] = [expr]
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [(index.entry_of(r[:-1]), float(r[-1])) for r in con.execute(sql, params)]

    result: list[tuple[Entry, float]] = index.guarded(run)
    return result


def scan_search(root: Path, query: str) -> list[tuple[Entry, float]]:
    """Articles matching the query (prefix, stem and phrase matches as in `fts_query`,
    without compounds), best first (no index)."""
    parsed = checked_query(query)
    hits: list[tuple[Entry, float]] = []
    for path in iter_article_paths(root):
        try:
            article = load(path)
        except ReaderError:
            continue
        lang = resolve_language(article.text, None, article.declared_language)
        raw = [t.lower() for t in WORD.findall(article.title + "\n" + article.text)]
        doc = _ScanDoc(raw, {fold(t) for t in WORD.findall(article.title)}, lang)
        if any(doc.count(t) for t in parsed.excluded):
            continue
        score = 0.0
        for group in parsed.groups:
            counts = [(doc.count(t), t) for t in group]
            n, term = max(counts, key=lambda c: c[0])
            if not n:
                break
            in_title = any(any(tt.startswith(w) for tt in doc.title) for w in term.folded)
            score += n / (len(raw) ** 0.5 + 1) + (2.0 if in_title else 0.0)
        else:
            entry = Entry.of(path, article, lang, count_words(article.text))
            hits.append((entry, score))
    hits.sort(key=lambda h: (-h[1], str(h[0].path)))
    return hits


class _ScanDoc:
    """One article's words for the scan: folded, and stemmed in its language."""

    def __init__(self, raw: list[str], title: set[str], lang: str) -> None:
        self.folded = [fold(t) for t in raw]  # as the query's terms are (`Term.folded`)
        self.title = title
        stem = search_stemmer(lang) or str.lower
        self.stem = stem
        self.stems = {stem(t) for t in raw}

    def count(self, term: Term) -> int:
        words = term.folded
        if term.phrase:
            k = len(words)
            return sum(
                1 for i in range(len(self.folded) - k + 1) if tuple(self.folded[i : i + k]) == words
            )
        (w,) = words
        n = sum(1 for t in self.folded if t.startswith(w))
        return n or int(self.stem(term.words[0]) in self.stems)
