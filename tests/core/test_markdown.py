"""Markdown articles are shown (and analysed) rendered: no syntax, structure kept as spans."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.loader import load, parse
from reader.analysis.markdown import render
from reader.analysis.pipeline import analyse
from tests.spans import assert_spans_valid

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "markdown" / "en-ferry-levy.md"
SYNTAX = re.compile(r"\*\*|\]\(|^#|^\s*[-*] |\|\s*-{3}|`|^>", re.MULTILINE)


def kinds(structure: tuple[object, ...], kind: str) -> list[str]:
    return [m.text for m in structure if m.kind == kind]  # type: ignore[attr-defined]


def test_fixture_renders_without_syntax_and_keeps_structure() -> None:
    article = load(FIXTURE)
    text = article.text
    assert not SYNTAX.search(text), SYNTAX.search(text)
    assert "|" not in text
    assert text.startswith("Island ferry levy to rise by a third\n\nThe island council voted")
    s = article.structure
    assert kinds(s, "h1") == ["Island ferry levy to rise by a third"]
    assert kinds(s, "h2") == ["What changes"]
    assert kinds(s, "strong") == ["Tuesday", "33 %", "$4", "Ada Brook", "Exclusive"]
    assert kinds(s, "em") == ["six years"]
    links = [(m.text, m.url) for m in s if m.kind == "link"]
    assert links == [
        ("the Island Council", "https://harbour.example.org/budget"),
        ("full decision", "https://harbour.example.org/decision"),
    ]
    assert kinds(s, "list_item") == [
        "• Day tickets cost $4 from 1 April.",
        "• Season passes rise by 12 %.",
        "• Children under 12 travel free.",
    ]
    assert kinds(s, "table_header") == ["Ticket │  Now │ From April"]
    assert kinds(s, "table") == [
        "Ticket │  Now │ From April\nDay    │   $3 │         $4\nSeason │ $250 │       $280"
    ]
    assert kinds(s, "quote") == ["The ferry is our road to the mainland, said resident Tom Hale."]
    for m in s:
        assert text[m.start : m.end] == m.text


def test_fixture_analysis_highlights_the_right_words() -> None:
    analysis = analyse(load(FIXTURE))
    data = analysis.to_json()
    assert_spans_valid(data)
    assert "**" not in data["text"] and "](" not in data["text"]
    figures = [f.text for f in analysis.figures]
    assert figures == [
        "$3",
        "$4",
        "33 %",
        "$4",
        "1 April",
        "12 %",
        "12",
        "2026",
        "$1.1 million",
        "$3",
        "$4",
        "$250",
        "$280",
    ]
    sources = [s.text for s in analysis.sources]
    # "Exclusive" is a bold word next to "reported": emphasis, not a named source
    assert sources == [
        "Island Council",
        "councillor Ada Brook",
        "Tidewater Lines",
        "resident Tom Hale",
    ]
    # headings and table rows never enter the summary
    for sentence in analysis.summary.sentences:
        assert "What changes" not in sentence.text and "│" not in sentence.text


def test_metadata_in_json() -> None:
    data = analyse(load(FIXTURE)).to_json()
    assert data["source"] == "Harbour Weekly"
    assert data["date"] == "2025-03-02"  # "March 2, 2025"
    assert data["author"] == "Mina Castell"
    assert data["url"] == "https://harbour.example.org/ferry-levy"
    for key in ("path", "title", "language", "text", "figures", "sources", "boilerplate"):
        assert key in data  # additive: nothing removed


def test_list_markers_are_not_figures() -> None:
    article = parse(b"Steps\n\n1. Book a ticket.\n2. Board the ferry.\n", "a.md")
    analysis = analyse(article)
    assert article.text == "Steps\n\n1. Book a ticket.\n2. Board the ferry.\n"
    assert [f.text for f in analysis.figures] == []
    plain = analyse(parse(b"Steps\n\n1. Book a ticket.\n2. Board the ferry.\n", "a.txt"))
    assert plain.text == article.text  # same text; as .txt the marker rule does not apply


def test_bold_word_next_to_a_cue_is_not_a_source_in_any_language() -> None:
    cases = [
        ("de.md", "**Wichtig** sagte er am Montag in Berlin.\n"),
        ("no.md", "Prisene stiger, sa **Viktig** i går.\n"),
        ("en.md", "Fares will rise, **Update** said.\n"),
    ]
    for name, source in cases:
        analysis = analyse(parse(source.encode(), name))
        assert analysis.sources == (), (name, analysis.sources)
    # a bold part of a longer name next to a cue is still a source
    named = analyse(parse(b'"We wait," said councillor **Ada Brook** on Monday.\n', "x.md"))
    assert [s.text for s in named.sources] == ["councillor Ada Brook"]


def test_txt_is_not_rendered() -> None:
    raw = b"# Not a heading\n\nSome **bold** and [a link](https://x.org).\n"
    assert parse(raw, "a.txt").text == raw.decode()
    assert parse(raw, "a.txt").structure == ()
    assert parse(raw, None).text == raw.decode()  # stdin: as written
    assert parse(raw, "a.md").text == "Not a heading\n\nSome bold and a link.\n"


def test_title_from_a_markdown_heading() -> None:
    article = parse(b"## The real title\n\nBody text here, long enough.\n", "a.md")
    assert article.title == "The real title"
    assert article.title_from_text
    assert article.text[article.body_start :].lstrip().startswith("Body text")


def test_code_and_nested_lists_and_breaks() -> None:
    text, structure = render(
        "Intro line  \nafter a hard break\n\n- a\n  - b\n    - c\n\n```\nx = 1\n  y = 2\n```\n"
    )
    assert text == "Intro line\nafter a hard break\n\n• a\n  • b\n    • c\n\nx = 1\n  y = 2\n"
    assert kinds(structure, "code_block") == ["x = 1\n  y = 2"]
    for m in structure:
        assert text[m.start : m.end] == m.text


def test_raw_html_stays_literal_text() -> None:
    text, _ = render("A <b>bold</b> claim &amp; more.\n")
    assert text == "A <b>bold</b> claim & more.\n"


MD_PIECES = st.sampled_from(
    [
        "# ",
        "## ",
        "**",
        "*",
        "_",
        "`",
        "```\n",
        "[",
        "](",
        "http://x.org",
        ")",
        "![",
        "- ",
        "1. ",
        "> ",
        "| a | b |\n|---|--:|\n",
        "|",
        "\n",
        "\n\n",
        "  \n",
        "    ",
        "word",
        "Oslo",
        " 12 %",
        " said",
        "&amp;",
        "\\",
        "<b>",
        "~~",
        "é",
        "\t",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(MD_PIECES, max_size=40).map("".join))
def test_render_spans_always_index_the_text(source: str) -> None:
    text, structure = render(source)
    assert text == "" or (text.endswith("\n") and not text.endswith("\n\n"))
    assert not text.startswith("\n")
    for m in structure:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
