"""Input you can trust (issue 13, part 1): HTML wherever it comes in, titles, page
furniture, encodings, argument checks and duplicates. Offline; CLI through run_reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.analysis.html import (
    choose,
    clean_title,
    drop_furniture,
    extract_article,
    looks_like_html,
)
from reader.analysis.loader import load, parse
from reader.library.fetch import article_body
from tests.cli import run_reader
from tests.test_add import PARAGRAPHS

BODY = PARAGRAPHS  # the same four paragraphs as the `reader add` tests


def page(title_tag: str, h1: str, body: list[str], *, og: str = "", site: str = "") -> bytes:
    metas = f'<meta property="og:title" content="{og}">' if og else ""
    metas += f'<meta property="og:site_name" content="{site}">' if site else ""
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title_tag}</title>{metas}"
        f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article><h1>{h1}</h1>{paras}</article></main></body></html>"
    ).encode()


# --- HTML detection ---------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><body><p>x</p></body></html>",
        b"\n\n  <html lang='en'><head><title>x</title></head></html>",
        b"<?xml version='1.0'?>\n<!-- saved page -->\n<html><body></body></html>",
        b"<div class='a'><p>One</p><p>Two</p><a href='/'>x</a></div>",
        "\ufeff<!doctype HTML><title>x</title>".encode(),
    ],
)
def test_html_is_recognised_by_content(data: bytes) -> None:
    assert looks_like_html(data)


@pytest.mark.parametrize(
    "data",
    [
        b"Title\n\nA story about the <p> tag and why <html> matters.\n",
        b"# Heading\n\nSome *markdown* with <br> once.\n",
        b"---\ntitle: x\n---\n\nText.\n",
        b"",
    ],
)
def test_text_mentioning_tags_is_not_html(data: bytes) -> None:
    assert not looks_like_html(data)


def test_show_and_summary_of_an_html_page_read_the_article_not_the_tags(tmp_path: Path) -> None:
    html = page(
        "Harbour tunnel cost doubles | Westmoor Courier", "Harbour tunnel cost doubles", BODY
    )
    for name in ("page.html", "page.txt"):  # by content, whatever the name
        src = tmp_path / name
        src.write_bytes(html)
        shown = run_reader(["show", str(src), "--json"])
        assert shown.returncode == 0, shown.stderr
        data = json.loads(shown.stdout)
        assert data["title"] == "Harbour tunnel cost doubles"
        assert "<" not in data["text"] and "DOCTYPE" not in data["text"]
        assert data["text"].startswith(BODY[0][:40])  # headline not repeated
        assert len(data["figures"]) < 20
        summary = run_reader(["summary", str(src)])
        assert summary.returncode == 0 and "<" not in summary.stdout
        assert "Harbour tunnel cost doubles" not in summary.stdout
    piped = run_reader(["show", "-", "--json"], stdin=html.decode())
    assert json.loads(piped.stdout)["text"] == data["text"]


# --- titles, headline, furniture, tables, fallback -------------------------------


@pytest.mark.parametrize(
    ("title", "candidates", "site", "host", "want"),
    [
        ("Apple buys a startup – TechCrunch", [], "TechCrunch", "", "Apple buys a startup"),
        ("Windows 12 is here | ZDNet", [], "", "www.zdnet.com", "Windows 12 is here"),
        ("BBC News - Floods hit the north", [], "BBC News", "", "Floods hit the north"),
        ("Floods: what next - Daily Planet", ["Floods: what next"], "", "", "Floods: what next"),
        ("Left - right: a debate", [], "", "example.org", "Left - right: a debate"),
        (
            '"We will not give up," says minister | ZDNet',
            [],
            "ZDNet",
            "",
            '"We will not give up," says minister',
        ),
        ("“A long winter”", [], "", "", "“A long winter”"),
    ],
)
def test_site_names_are_cut_from_titles_and_quotes_kept(
    title: str, candidates: list[str], site: str, host: str, want: str
) -> None:
    assert clean_title(title, candidates, site, host) == want


def test_page_title_agrees_with_h1_and_keeps_quotes(tmp_path: Path) -> None:
    title = '"Nobody saw it coming," says engineer'
    got = extract_article(page(f"{title} – Westmoor Courier", title, BODY))
    assert got.title == title
    assert not got.text.startswith("Nobody") and not got.text.startswith('"Nobody')
    stored = tmp_path / "a.txt"
    stored.write_text(article_body(got.fields()), encoding="utf-8")
    assert load(stored).title == title  # the quote marks survive front matter


def test_no_date_is_guessed_from_a_year_in_the_text() -> None:
    got = extract_article(page("Tunnel", "Tunnel", BODY))  # BODY mentions 2019 and 2027
    assert got.date == ""
    dated = page("Tunnel", "Tunnel", BODY).replace(
        b"</head>",
        b'<meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>',
    )
    assert extract_article(dated).date == "2025-03-04"


def test_quoted_front_matter_title_keeps_its_inner_quote_marks() -> None:
    article = parse(b'---\ntitle: "Hi" says X\n---\n\nSome text here.\n')
    assert article.title == '"Hi" says X'
    assert parse(b'---\ntitle: "Plain"\n---\n\nText.\n').title == "Plain"


FURNITURE = [
    "Sign up for our daily newsletter to get the best stories in your inbox.",
    "CLICK HERE TO GET THE WESTMOOR COURIER APP",
    "Read our comment policy before you post.",
    "Advertisement",
]


def test_page_furniture_is_dropped_but_article_sentences_stay() -> None:
    mention = (
        "The council said its newsletter to residents, sent on Friday, had explained the "
        "delay, and that a mobile app would show the new bus routes."
    )
    body = [BODY[0], FURNITURE[0], BODY[1], FURNITURE[1], mention, BODY[2], FURNITURE[2]]
    body += [FURNITURE[3], BODY[3], "Related stories", "Bridge repairs start in May"]
    body += ["Mayor opens new library"]
    got = extract_article(page("Tunnel", "Tunnel", body))
    for junk in [*FURNITURE, "Related stories", "Bridge repairs", "Mayor opens"]:
        assert junk not in got.text, junk
    for para in [*BODY, mention]:
        assert para in got.text


def test_drop_furniture_keeps_a_related_heading_followed_by_prose() -> None:
    paras = ["More coverage", "The council will meet again on Tuesday to discuss the costs."]
    assert drop_furniture(paras) == paras[1:]


def test_a_table_that_is_the_article_is_kept() -> None:
    rows = "".join(
        f"<tr><td>{town}</td><td>{n}</td></tr>"
        for town, n in [("Westmoor", "41,200"), ("Eastby", "18,950"), ("Northam", "7,310")]
    )
    html = page("Census", "Census", BODY[:2]).replace(
        b"</article>",
        f"<table><tr><th>Town</th><th>People</th></tr>{rows}</table></article>".encode(),
    )
    got = extract_article(html)
    assert "Eastby" in got.text and "18,950" in got.text


def test_fallback_is_chosen_by_measurable_signals() -> None:
    last = "The authority will publish the revised budget for the tunnel in June."
    body = "\n\n".join([*BODY, last])
    cut = "\n\n".join(BODY)  # trafilatura lost the last paragraph (split by an ad)
    assert choose(cut, body) == (body, "readability")  # holds it, a little longer: recall
    half = "\n\n".join(BODY[:2])
    assert choose(body, half) == (body, "trafilatura")  # recall lost half: keep
    furniture = "\n\n".join(["Menu item, another menu item, a third menu item here."] * 12)
    padded = body + "\n\n" + furniture  # holds it, but much longer: the extra is junk
    assert choose(body, padded) == (body, "trafilatura")
    other = "\n\n".join(["Completely different words about football and weather."] * 12)
    assert choose(body, other)[1] == "trafilatura"  # not the same article
    assert choose("Too short.", body) == (body, "readability")  # nothing from the first


# --- encodings ----------------------------------------------------------------------

FRENCH = (
    "La mairie annonce un budget record\n\n"
    "Le maire de Lyon a déclaré lundi que le budget de la ville atteindra 1,2 milliard "
    "d’euros en 2025, soit une hausse de 8 % par rapport à l’année précédente. "
    "« C’est un effort sans précédent », a-t-il expliqué devant le conseil municipal. "
    "Les dépenses pour les écoles augmenteront de 45 millions d’euros. "
    "L’opposition a critiqué une hausse des impôts locaux de 3 %. "
    "Le vote final aura lieu le 12 décembre, après trois semaines de débats.\n"
)
NORWEGIAN = (
    "Blåbærsesongen er i gang\n\n"
    "Bøndene i Trøndelag venter en god sesong i år. Prisen på blåbær er 89 kroner kiloen, "
    "sa Kåre Ødegård til avisen. Han anslår at det blir plukket 120 tonn før høsten. "
    "Været har vært gunstig, og mange frivillige har meldt seg på dugnad.\n"
)


@pytest.mark.parametrize(("text", "encoding"), [(FRENCH, "cp1252"), (NORWEGIAN, "latin-1")])
def test_legacy_encodings_are_detected_with_a_visible_notice(
    tmp_path: Path, text: str, encoding: str
) -> None:
    if encoding == "latin-1":
        text = text.replace("’", "'")
    src = tmp_path / "old.txt"
    src.write_bytes(text.encode(encoding))
    shown = run_reader(["show", str(src), "--json"])
    assert shown.returncode == 0
    data = json.loads(shown.stdout)
    assert "\ufffd" not in data["text"]
    assert data["text"] == text
    assert "not UTF-8" in data["notice"]
    assert shown.stderr.startswith("reader: warning: ") and shown.stderr.count("\n") == 1
    lib = tmp_path / "lib"
    lib.mkdir()
    added = run_reader(["add", str(src), "--library", str(lib)])
    assert added.returncode == 0 and "not UTF-8" in added.stderr
    assert Path(added.stdout.strip()).read_text(encoding="utf-8") == text  # stored as UTF-8


def test_cp1252_file_gives_title_language_summary_and_figures(tmp_path: Path) -> None:
    src = tmp_path / "budget.txt"
    src.write_bytes(FRENCH.encode("cp1252"))
    data = json.loads(run_reader(["show", str(src), "--json"]).stdout)
    assert data["title"] == "La mairie annonce un budget record"
    assert data["language"] == "fr"
    assert len(data["summary"]["sentences"]) >= 2
    figures = {f["text"] for f in data["figures"]}
    assert {"8 %", "3 %"} <= figures or {"8", "3"} & figures, figures
    assert any("1,2" in f for f in figures) and any("45" in f for f in figures), figures


# --- arguments ------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["xx", "english", "e1", "q"])
def test_unknown_language_codes_are_refused(tmp_path: Path, code: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Title\n\nSome text that is long enough to read.\n", encoding="utf-8")
    done = run_reader(["summary", str(src), "--language", code])
    assert done.returncode == 2
    assert done.stderr.startswith("reader: error: ") and done.stderr.count("\n") == 1
    assert "ISO 639-1" in done.stderr and done.stdout == ""


@pytest.mark.parametrize("code", ["en", "nb", "nn", "NO", "en-GB", "pt_BR", "ja", "sw"])
def test_iso_codes_and_aliases_are_accepted(tmp_path: Path, code: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Title\n\nSome text that is long enough to read.\n", encoding="utf-8")
    done = run_reader(["show", str(src), "--json", "--language", code])
    assert done.returncode == 0, done.stderr


def test_library_pointing_at_a_file_says_so(tmp_path: Path) -> None:
    file = tmp_path / "some.txt"
    file.write_text("x\n", encoding="utf-8")
    for args in (["list", "--library", str(file)], ["add", str(file), "--library", str(file)]):
        done = run_reader(args)
        assert done.returncode == 2
        assert done.stderr.strip().endswith("is a file, not a folder")
        assert done.stderr.count("\n") == 1


# --- duplicates ------------------------------------------------------------------------


def test_adding_the_same_text_twice_says_already_in_library(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    src = tmp_path / "a.txt"
    src.write_text(NORWEGIAN, encoding="utf-8")
    first = run_reader(["add", str(src), "--library", str(lib)])
    path = first.stdout.strip()
    again = run_reader(["add", "-", "--library", str(lib)], stdin=NORWEGIAN.replace("\n", "\r\n"))
    assert again.returncode == 0 and again.stdout.strip() == f"already in library: {path}"
    assert len(list(lib.iterdir())) == 1
    other = run_reader(["add", "-", "--library", str(lib)], stdin=NORWEGIAN + "Ny linje.\n")
    assert other.returncode == 0 and not other.stdout.startswith("already")
    forced = run_reader(["add", str(src), "--force", "--library", str(lib)])
    assert forced.returncode == 0 and forced.stdout.strip().endswith("-3.txt")
    assert len(list(lib.iterdir())) == 3


def test_a_chinese_article_page_has_article_text() -> None:
    """Its words are counted as `reader list` counts them (a Han character is one), not
    by spaces: five paragraphs of Chinese are an article, not "no article text"."""
    para = "临江市统计局10月18日发布数据，全市地区生产总值同比增长5.2%，其中工业增加值增长6.1%。"
    html = (
        "<html><head><title>统计局发布数据</title></head><body><article><h1>统计局发布数据</h1>"
        + "".join(f"<p>{para}</p>" for _ in range(5))
        + "</article></body></html>"
    )
    got = extract_article(html.encode())
    assert got.text.count(para) == 5
