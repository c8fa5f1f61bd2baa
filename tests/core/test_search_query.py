"""Search that finds: stems in the article's language, OR, -word and "a phrase", through
the index (FTS5) and the scan that stands in when there is no FTS5."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.errors import UsageError
from reader.library.search import scan_search
from reader.library.search import search as search_index
from reader.library.store import LibraryIndex
from reader.library.terms import match_spans, parse_query, query_words
from tests.core.test_index import DE, EN, FR, NO, drain, write

TUNNEL = (
    "Harbour tunnel delayed again\n\n"
    "The road tunnel under the harbour will open a year late, the authority said on "
    "Monday. Its engineers found hard rock near the northern entrance.\n"
)
ZH = "临江市统计局发布数据\n\n临江市统计局10月18日发布数据，全市地区生产总值同比增长5.2%。\n"


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    write(root / "no-budsjett.txt", "Kommunebudsjettet er vedtatt\n\n" + NO)
    write(root / "en-harbour.txt", "Harbour budget approved\n\n" + EN)
    write(root / "en-tunnel.txt", TUNNEL)
    write(root / "de-haushalt.md", "---\ntitle: Haushalt beschlossen\nlanguage: de\n---\n" + DE)
    write(root / "fr-budget.txt", "Le budget est adopté\n\n" + FR)
    write(root / "zh-tongji.txt", ZH)
    return root


def names(hits: list[tuple[object, float]]) -> list[str]:
    return sorted(h[0].path.name for h in hits)  # type: ignore[attr-defined]


def both(root: Path, query: str) -> tuple[list[str], list[str]]:
    """(index hits, scan hits), as sorted file names."""
    with LibraryIndex(root) as index:
        drain(index)
        indexed = names(search_index(index, query))
    return indexed, names(scan_search(root, query))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tunnels", ["en-tunnel.txt"]),  # the stem, not a prefix: "tunnels" -> "tunnel"
        ("approves", ["en-harbour.txt"]),  # "approved" has the same stem
        ("engineer", ["en-tunnel.txt"]),  # a prefix, as before
        ("tunnel OR haushalt", ["de-haushalt.md", "en-tunnel.txt"]),
        ("zebra OR budget", ["en-harbour.txt", "fr-budget.txt"]),
        ("budget -harbour", ["fr-budget.txt"]),
        ('harbour -"road tunnel"', ["en-harbour.txt"]),
        ('"long debate"', ["en-harbour.txt"]),
        ('"debate long"', []),  # a phrase is its words in a row
        ("统计局", ["zh-tongji.txt"]),  # a Chinese word inside a sentence
    ],
)
def test_queries_find_what_they_say(lib: Path, query: str, expected: list[str]) -> None:
    indexed, scanned = both(lib, query)
    assert indexed == expected
    if query != "统计局":  # the scan reads words, not bigrams: no word inside a Han run
        assert scanned == expected


def test_stems_are_in_the_articles_language(lib: Path) -> None:
    """Norwegian "kronene" and "kroner" share the stem "kron" (Norwegian Snowball)."""
    assert both(lib, "kronene")[0] == ["no-budsjett.txt"]


def test_parse_query() -> None:
    q = parse_query('tunnel OR fire budget -rail "harbour link" or')
    assert [[t.words for t in g] for g in q.groups] == [
        [("tunnel",), ("fire",)],
        [("budget",)],
        [("harbour", "link")],
        [("or",)],  # lower-case "or" is a word (Norwegian, Danish, French)
    ]
    assert [t.words for t in q.excluded] == [("rail",)]
    assert query_words('a -b "c d"') == ["a", "c", "d"]


def test_only_excluded_words_is_a_usage_error(lib: Path) -> None:
    with LibraryIndex(lib) as index, pytest.raises(UsageError, match="only excluded"):
        search_index(index, "-budget")


def test_a_cjk_search_word_is_highlighted_inside_its_run() -> None:
    text = "临江市统计局发布数据，统计局说。Tunnel"
    spans = match_spans(text, "统计局 tunnel")
    assert [(s.text, s.start) for s in spans] == [("统计局", 3), ("统计局", 11), ("Tunnel", 16)]


@pytest.mark.parametrize("query", ["край", "Straße", "हिन्दी"])
def test_the_scan_reads_words_as_the_index_does(tmp_path: Path, query: str) -> None:
    """A prefix match ("край" in "Крайнем", "straße" in "Straßenbahn") needs the article's
    words folded as the query is (`terms.fold`, like FTS5 unicode61: "й" and "ß" stay);
    folded another way ("крайнем" -> "краинем", "straßenbahn" -> "strassenbahn") the
    scan missed what the index finds. Likewise a word with combining marks ("हिन्दी",
    virama and vowel signs) is one word (`terms.WORD`), not split at each mark by `\\w+`."""
    root = tmp_path / "lib"
    write(
        root / "ru.txt",
        "Новости с севера\n\nНа Крайнем Севере построили новый мост через реку, сообщили власти.\n",
    )
    write(root / "de.txt", "Neue Bahn\n\nDie Straßenbahn am Hafen wird im Sommer gebaut.\n")
    write(root / "hi.txt", "भारत की खबर\n\nसरकार ने हिन्दी दिवस पर नई योजना की घोषणा की।\n")
    indexed, scanned = both(root, query)
    assert indexed
    assert scanned == indexed
