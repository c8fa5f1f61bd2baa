"""Full-text search over the library index (SQLite FTS5), and a scan when there is no FTS5.

`search(index, query)` is the ranking both `reader search` and the app's `/` use.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from reader.analysis.language import resolve_language
from reader.analysis.loader import load
from reader.analysis.scripts import count_words
from reader.errors import ReaderError, UsageError
from reader.library import files
from reader.library.files import iter_article_paths
from reader.library.store import LibraryIndex
from reader.library.terms import INFIX_MIN, query_words
from reader.model import Entry

TITLE_WEIGHT = 10.0  # bm25 column weight of the title against 1.0 for the text
INFIX_LIMIT = 64  # at most this many compound terms per query word
_TOKEN = re.compile(r"\w+")  # the scan's words (no index: no FTS5 tokenizer to agree with)


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts_query(index: LibraryIndex, query: str) -> str:
    """The FTS5 MATCH expression for a user query (every word must match).

    Each word matches as a prefix ("regjer" -> "regjeringen"); words of 4+ letters
    also match long indexed terms that contain them, for compounds ("budsjett" ->
    "kommunebudsjettet", "statsbudsjettet").
    """
    words = query_words(query)
    if not words:
        raise UsageError("the search query has no words")
    con = index.connection()
    parts: list[str] = []
    for w in words:
        alts = [_quote(w) + "*"]
        if len(w) >= INFIX_MIN and index.trigram:
            # rowid order (no ORDER BY) lets SQLite stop after LIMIT rows; rowids
            # follow the library order, so the choice is the same in every process
            alts += [
                _quote(t)
                for (t,) in con.execute(
                    "SELECT term FROM terms_tri WHERE terms_tri MATCH ? AND instr(term, ?) > 1"
                    " LIMIT ?",
                    (_quote(w), w, INFIX_LIMIT),
                )
            ]
        elif len(w) >= INFIX_MIN and index.fts:
            alts += [
                _quote(t)
                for (t,) in con.execute(
                    "SELECT term FROM terms WHERE instr(term, ?) > 1 ORDER BY id LIMIT ?",
                    (w, INFIX_LIMIT),
                )
            ]
        parts.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(parts)


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
            f"SELECT files.*, -bm25(fts, {TITLE_WEIGHT}, 1.0) AS score FROM fts"
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
    """Articles whose text holds every query word (prefix match), best first (no index)."""
    words = [files.fold(w) for w in _TOKEN.findall(query)]
    if not words:
        raise UsageError("the search query has no words")
    hits: list[tuple[Entry, float]] = []
    for path in iter_article_paths(root):
        try:
            article = load(path)
        except ReaderError:
            continue
        tokens = [files.fold(t) for t in _TOKEN.findall(article.title + "\n" + article.text)]
        title_tokens = {files.fold(t) for t in _TOKEN.findall(article.title)}
        score = 0.0
        for w in words:
            n = sum(1 for t in tokens if t.startswith(w))
            if not n:
                break
            in_title = any(t.startswith(w) for t in title_tokens)
            score += n / (len(tokens) ** 0.5 + 1) + (2.0 if in_title else 0.0)
        else:
            lang = resolve_language(article.text, None, article.declared_language)
            info = article.info
            entry = Entry(
                path,
                article.title,
                lang,
                count_words(article.text),
                date=info.date or "",
                source=info.source or "",
                url=info.url or "",
                author=info.author or "",
            )
            hits.append((entry, score))
    hits.sort(key=lambda h: (-h[1], str(h[0].path)))
    return hits
