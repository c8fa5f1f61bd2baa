"""Feeds end to end: a loopback server with our own fixtures, the real `reader` script.

The "done when" list of issue 11: items stored with the right front matter and
text (RSS 2.0 content:encoded, Atom summaries with full text fetched from the same
server, JSON Feed, ISO-8859-1, relative links); a second refresh stores nothing and
sends conditional requests (answered 304); one new item gives exactly one file;
a failing feed (malformed, 404) does not stop the others; OPML export -> import
round-trips; a newsboat `urls` file imports.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.analysis.loader import split_front_matter
from tests.cli import run_reader
from tests.feedserver import FeedServer, feed_server

LAST_MODIFIED = "Wed, 02 Dec 2026 09:00:00 GMT"


@pytest.fixture
def site() -> Iterator[FeedServer]:
    with feed_server() as server:
        server.serve("/rss.xml", "rss-content.xml", etag='"rss-1"')
        server.serve(
            "/atom.xml",
            "atom-summaries.xml",
            content_type="application/atom+xml",
            last_modified=LAST_MODIFIED,
        )
        server.serve("/articles/glacier.html", "glacier.html", content_type="text/html")
        server.serve("/articles/birds.html", "birds.html", content_type="text/html")
        server.serve("/feed.json", "feed.json", content_type="application/feed+json", etag='"j"')
        server.serve("/latin1.xml", "rss-latin1.xml", content_type="text/xml", etag='"l1"')
        server.serve("/relative/feed.xml", "rss-relative.xml")  # no validators at all
        server.serve("/malformed.xml", "malformed.xml")
        yield server


def reader(*args: str) -> tuple[int, str, str]:
    done = run_reader(list(args))
    return done.returncode, done.stdout, done.stderr


def subscribe(site: FeedServer, *pairs: tuple[str, str]) -> None:
    for name, path in pairs:
        code, out, err = reader("feed", "add", site.base + path, "--name", name, "--no-check")
        assert (code, err) == (0, ""), err
        assert out.strip() == name


GOOD = (
    ("harbour", "/rss.xml"),
    ("valley", "/atom.xml"),
    ("townhall", "/feed.json"),
    ("fjell", "/latin1.xml"),
    ("relative", "/relative/feed.xml"),
)


def stored(library: Path, feed: str | None = None) -> dict[str, tuple[dict[str, str], str]]:
    """{title: (front matter, text)} of every stored item (of one feed)."""
    folder = library / "feeds" / feed if feed else library / "feeds"
    found = {}
    for path in sorted(folder.rglob("*.txt")):
        meta, text = split_front_matter(path.read_text(encoding="utf-8"))
        found[meta["title"]] = (meta, text)
    return found


def files(library: Path) -> set[Path]:
    return set((library / "feeds").rglob("*")) if (library / "feeds").exists() else set()


def test_refresh_stores_items_with_front_matter_and_text(site: FeedServer, tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    subscribe(site, *GOOD)
    code, out, err = reader("--library", str(library), "refresh")
    assert code == 0, err
    assert out.splitlines() == [
        "harbour: 2 new",
        "valley: 2 new",
        "townhall: 2 new",
        "fjell: 1 new",
        "relative: 2 new",
        "total: 9 new from 5 feeds",
    ]

    harbour = stored(library, "harbour")
    meta, text = harbour["Ferry timetable changes & new routes"]
    assert meta == {
        "title": "Ferry timetable changes & new routes",
        "source": "Harbour Gazette",
        "url": "http://harbour.example/ferry-timetable",
        "date": "2026-12-01T08:30:00+00:00",
        "author": "Mari Lund",
        "feed": "harbour",
    }
    assert text.startswith("The ferry company announced on Monday")
    assert "\u201cWe have listened" in text  # &ldquo; decoded
    assert "restaurants,\u201d said the operations manager" in text
    for junk in ("<p>", "CDATA", "trackVisitor", "&ldquo;", "&amp;"):
        assert junk not in text
    assert len(text.split("\n\n")) == 3  # one paragraph per <p>, the script dropped
    meta, text = harbour["Fish market reopens after renovation"]
    assert text.startswith("A new roof and old stalls\n\nThe covered fish market")

    valley = stored(library, "valley")
    meta, text = valley["Glacier measurements show a slower retreat"]
    assert meta["source"] == "Valley Science Notes"
    assert meta["author"] == "Ingrid Sæther"
    assert meta["url"] == site.base + "/articles/glacier.html"
    assert meta["date"] == "2026-12-02T09:00:00+00:00"
    assert "Since measurements began in 1962" in text  # from the page, not the summary
    assert "automatic weather station" in text
    assert "Cookie settings" not in text and "Contact" not in text
    assert site.requests_for("/articles/glacier.html")
    assert "14,562 birds of 87 species" in valley["Bird count breaks a record"][1]

    townhall = stored(library, "townhall")
    meta, text = townhall["Library opening hours extended"]
    assert meta["url"] == site.base + "/bulletin/17"
    assert meta["author"] == "Ola Dahl"
    assert meta["date"] == "2026-11-28T10:00:00+01:00"
    assert meta["source"] == "Town Hall Bulletin"
    assert text == (
        "From January the public library will stay open until 21.00 on weekdays.\n\n"
        "The council approved the change on Tuesday & hired two new librarians.\n"
    )
    meta, text = townhall["Snow clearing starts early"]
    assert meta["author"] == "The Town Hall"  # the feed's author when the item has none
    assert text.startswith("Snow ploughs will be out from 04.00")

    meta, text = stored(library, "fjell")["Ny bro over elva åpner før jul"]
    assert meta["source"] == "Fjellbygda Avis"
    assert "ved Sølvberget åpner for trafikk 18. desember" in text

    relative = stored(library, "relative")
    assert relative["Relative item one"][0]["url"] == site.base + "/news/relative-one"
    assert relative["Relative item one"][1] == "See more & other pages on this site.\n"
    assert relative["Relative item two"][0]["url"] == site.base + "/relative/news/relative-two"

    # the articles are ordinary library articles: `show --json` reads them
    path = next((library / "feeds" / "townhall").glob("library-*.txt"))
    code, out, err = reader("show", str(path), "--json")
    shown = json.loads(out)
    assert (shown["title"], shown["author"]) == ("Library opening hours extended", "Ola Dahl")


def test_second_refresh_stores_nothing_and_is_conditional(site: FeedServer, tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    subscribe(site, *GOOD)
    assert reader("--library", str(library), "refresh")[0] == 0
    before = {p: p.stat().st_mtime_ns for p in files(library)}
    site.log.clear()

    code, out, err = reader("--library", str(library), "refresh")
    assert code == 0, err
    assert out.splitlines()[-1] == "total: 0 new from 5 feeds"
    assert {p: p.stat().st_mtime_ns for p in files(library)} == before  # nothing touched
    assert site.requests_for("/rss.xml")[0].headers["if-none-match"] == '"rss-1"'
    assert site.requests_for("/feed.json")[0].headers["if-none-match"] == '"j"'
    assert site.requests_for("/atom.xml")[0].headers["if-modified-since"] == LAST_MODIFIED
    # 304s: no item page is fetched again; the feed without validators was re-read
    # in full and de-duplicated (no conditional header could be sent)
    assert not site.requests_for("/articles/glacier.html")
    assert "if-none-match" not in site.requests_for("/relative/feed.xml")[0].headers


def test_new_reordered_and_changed_items(site: FeedServer, tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    subscribe(site, ("harbour", "/rss.xml"))
    assert reader("--library", str(library), "refresh")[1].startswith("harbour: 2 new")
    original = site.fixture("rss-content.xml").decode()
    head, first_rest = original.split("<item>", 1)
    first, rest = first_rest.split("</item>", 1)
    second, tail = rest.split("<item>", 1)[1].split("</item>", 1)

    # the same items in another order (new ETag: the server says it changed)
    reordered = f"{head}<item>{second}</item>\n<item>{first}</item>{tail}"
    site.serve("/rss.xml", reordered.encode(), etag='"rss-2"')
    code, out, _ = reader("--library", str(library), "refresh")
    assert (code, out.splitlines()[0]) == (0, "harbour: 0 new")

    # an item that changed its text (same guid) is not stored again
    edited = original.replace("two weeks earlier", "three weeks earlier")
    site.serve("/rss.xml", edited.encode(), etag='"rss-3"')
    assert reader("--library", str(library), "refresh")[1].startswith("harbour: 0 new")

    # one new item -> exactly one new file
    before = files(library)
    new_item = (
        "<item><title>Harbour crane gets a new coat of paint</title>"
        "<link>http://harbour.example/crane</link><guid>harbour-0003</guid>"
        "<content:encoded><![CDATA[<p>" + "The old crane is being painted red. " * 40 + "</p>]]>"
        "</content:encoded></item>"
    )
    site.serve("/rss.xml", edited.replace("<item>", new_item + "<item>", 1).encode(), etag='"4"')
    code, out, _ = reader("--library", str(library), "refresh")
    assert (code, out.splitlines()[0]) == (0, "harbour: 1 new")
    added = files(library) - before
    assert len(added) == 1
    assert split_front_matter(added.pop().read_text())[0]["title"] == (
        "Harbour crane gets a new coat of paint"
    )


def test_a_failing_feed_does_not_stop_the_others(site: FeedServer, tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    subscribe(site, ("broken", "/malformed.xml"), ("missing", "/gone.xml"), ("harbour", "/rss.xml"))
    code, out, err = reader("--library", str(library), "refresh")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"broken: error: {site.base}/malformed.xml is not a valid feed")
    assert lines[1] == f"missing: error: {site.base}/gone.xml: HTTP error 404 Not Found"
    assert lines[2:] == ["harbour: 2 new", "total: 2 new from 3 feeds, 2 failed"]
    assert sorted(p.name for p in (library / "feeds").iterdir()) == ["harbour"]  # nothing partial
    # the error is remembered for `feed list`
    listed = [json.loads(line) for line in reader("feed", "list", "--json")[1].splitlines()]
    assert [f["name"] for f in listed] == ["broken", "missing", "harbour"]
    assert "404" in listed[1]["last_error"]
    assert listed[2]["last_error"] is None and listed[2]["articles"] == 2
    # only named feeds are refreshed
    code, out, _ = reader("--library", str(library), "refresh", "harbour")
    assert (code, out.splitlines()) == (0, ["harbour: 0 new", "total: 0 new from 1 feeds"])
    code, _, err = reader("--library", str(library), "refresh", "nosuchfeed")
    assert code == 2 and err.startswith("reader: error: no feed named nosuchfeed")


def test_feed_add_checks_the_feed(site: FeedServer) -> None:
    code, out, err = reader("feed", "add", site.base + "/gone.xml")
    assert (code, out) == (1, "")
    assert err == f"reader: error: {site.base}/gone.xml: HTTP error 404 Not Found\n"
    code, _, err = reader("feed", "add", site.base + "/malformed.xml")
    assert code == 1 and "is not a valid feed" in err
    code, _, err = reader("feed", "add", site.base + "/articles/glacier.html")
    assert code == 1 and "is a web page, not a feed" in err
    assert reader("feed", "list") == (0, "", "")  # nothing saved
    # a web page that names its feed: the feed is what gets subscribed
    page = b'<html><head><link rel="alternate" type="application/atom+xml" href="atom.xml">'
    site.serve("/home.html", page + b"</head><body>Hi</body></html>", content_type="text/html")
    assert reader("feed", "add", site.base + "/home.html") == (0, "Valley Science Notes\n", "")
    listed = json.loads(reader("feed", "list", "--json")[1])
    assert listed["url"] == site.base + "/atom.xml"
    assert reader("feed", "remove", site.base + "/atom.xml")[0] == 0
    assert reader("feed", "add", site.base + "/rss.xml") == (0, "Harbour Gazette\n", "")
    code, _, err = reader("feed", "add", site.base + "/rss.xml")
    assert code == 1 and "already subscribed" in err
    assert reader("feed", "remove", "harbour gazette") == (0, "Harbour Gazette\n", "")
    assert reader("feed", "list") == (0, "", "")


def test_opml_export_import_round_trip(site: FeedServer, tmp_path: Path) -> None:
    subscribe(site, ("Harbour & Co", "/rss.xml"), ("Valley <science>", "/atom.xml"))
    assert reader("feed", "add", site.base + "/feed.json", "--full-text")[0] == 0
    code, exported, _ = reader("feed", "export")
    assert code == 0 and exported.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml')
    opml = tmp_path / "subs.opml"
    opml.write_text(exported, encoding="utf-8")
    listed = reader("feed", "list", "--json")[1]

    for sub in ("remove", "remove", "remove"):
        name = json.loads(reader("feed", "list", "--json")[1].splitlines()[0])["name"]
        assert reader("feed", sub, name)[0] == 0
    assert reader("feed", "import", str(opml)) == (0, "imported 3 feeds\n", "")
    assert reader("feed", "export")[1] == exported
    assert reader("feed", "list", "--json")[1] == listed
    assert reader("feed", "import", str(opml)) == (
        0,
        "imported 0 feeds (3 already subscribed)\n",
        "",
    )


def test_opml_import_reads_folders_from_other_readers(tmp_path: Path) -> None:
    opml = tmp_path / "other.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="1.0"><head/><body>'
        '<outline text="Tech"><outline text="LWN" type="rss" xmlUrl="https://lwn.net/headlines/rss"/>'
        '</outline><outline title="No text" xmlUrl="https://example.org/feed"/></body></opml>'
    )
    assert reader("feed", "import", str(opml))[0] == 0
    listed = [json.loads(line) for line in reader("feed", "list", "--json")[1].splitlines()]
    assert [(f["name"], f["url"], f["tags"]) for f in listed] == [
        ("LWN", "https://lwn.net/headlines/rss", ["Tech"]),
        ("No text", "https://example.org/feed", []),
    ]


def test_newsboat_urls_file_imports(tmp_path: Path) -> None:
    urls = tmp_path / "urls"
    urls.write_text(
        "# my feeds\n"
        "https://lwn.net/headlines/rss linux news\n"
        '\n  http://example.org/atom.xml "~Example Blog" "long tag"\n'
        '"query:Unread:unread = \\"yes\\""\n'
        "https://lwn.net/headlines/rss duplicate\n"
    )
    assert reader("feed", "import", str(urls)) == (0, "imported 2 feeds\n", "")
    listed = [json.loads(line) for line in reader("feed", "list", "--json")[1].splitlines()]
    assert [(f["name"], f["url"], f["tags"]) for f in listed] == [
        ("https://lwn.net/headlines/rss", "https://lwn.net/headlines/rss", ["linux", "news"]),
        ("Example Blog", "http://example.org/atom.xml", ["long tag"]),
    ]
    bad = tmp_path / "bad"
    bad.write_text("just some words\n")
    code, _, err = reader("feed", "import", str(bad))
    assert code == 1 and "neither OPML nor a newsboat urls file" in err


# Bad feeds, in process: one sentence each, nothing written.


def refresh_one(site: FeedServer, path: str, tmp_path: Path, **options: float) -> tuple[str, int]:
    from reader.library.feeds.refresh import Options, refresh_feed
    from reader.library.feeds.subscriptions import Feed

    library = tmp_path / "lib"
    result = refresh_feed(
        Feed("bad", site.base + path),
        library,
        options=Options(state_folder=tmp_path / "state", **options),
    )
    return result.error, len(list(library.rglob("*.txt")))


def test_bad_feeds_are_one_sentence_and_write_nothing(site: FeedServer, tmp_path: Path) -> None:
    site.serve("/loop.xml", b"", status=302, location="/loop2.xml")
    site.serve("/loop2.xml", b"", status=302, location="/loop.xml")
    site.serve("/page.html", "glacier.html", content_type="text/html")
    site.serve("/slow.xml", "rss-content.xml", delay=2.0)
    site.serve("/json.json", b'{"hello": "world"}', content_type="application/json")
    site.serve("/gz.xml", "rss-content.xml", gzip=True)

    error, n = refresh_one(site, "/loop.xml", tmp_path)
    assert "redirects too often" in error and n == 0
    site.serve("/ftp.xml", b"", status=301, location="ftp://127.0.0.1/feed.xml")
    error, n = refresh_one(site, "/ftp.xml", tmp_path)
    assert error.endswith("redirects to ftp://127.0.0.1/feed.xml, which is not http(s)")
    error, n = refresh_one(site, "/page.html", tmp_path)
    assert error == f"{site.base}/page.html is a web page, not a feed" and n == 0
    error, n = refresh_one(site, "/slow.xml", tmp_path, timeout=0.5, deadline=1.0)
    assert "within" in error and n == 0
    error, n = refresh_one(site, "/json.json", tmp_path)
    assert "is JSON but not a JSON Feed" in error and n == 0
    error, n = refresh_one(site, "/malformed.xml", tmp_path)
    assert error.startswith(f"{site.base}/malformed.xml is not a valid feed (XML error on line")
    assert n == 0
    error, n = refresh_one(site, "/gz.xml", tmp_path)
    assert (error, n) == ("", 2)  # gzip is fine
    # a wrong charset in the header (ISO-8859-1 bytes said to be UTF-8) is survived
    site.serve("/wrong.xml", "rss-latin1.xml", content_type="application/rss+xml; charset=utf-8")
    error, n = refresh_one(site, "/wrong.xml", tmp_path)
    assert (error, n) == ("", 3)
    stored_titles = [p.read_text() for p in (tmp_path / "lib").rglob("ny-bro*.txt")]
    assert len(stored_titles) == 1 and "title: Ny bro over elva åpner før jul" in stored_titles[0]


def test_gzip_bomb_and_huge_body_are_refused(site: FeedServer) -> None:
    from reader.errors import ReaderError
    from reader.library.feeds.net import fetch_feed

    # 3 MB of spaces sent as ~3 KB of gzip: inflated only up to the cap, then refused
    site.serve("/bomb.xml", b" " * (3 * 1024 * 1024), gzip=True)
    assert len(gzip.compress(b" " * (3 * 1024 * 1024))) < 10_000
    with pytest.raises(ReaderError, match="too large once decompressed"):
        fetch_feed(site.base + "/bomb.xml", max_bytes=1024 * 1024)
    site.serve("/huge.xml", b" " * (2 * 1024 * 1024))
    with pytest.raises(ReaderError, match="is too large"):
        fetch_feed(site.base + "/huge.xml", max_bytes=1024 * 1024)


def test_feed_html_to_text() -> None:
    from reader.library.feeds.htmltext import html_to_text

    assert html_to_text("<p>One &amp; two</p><ul><li>a</li><li>b<br>c</li></ul>") == (
        "One & two\n\na\n\nb\n\nc"
    )
    assert html_to_text("<style>p{}</style><div>Caf&eacute; <i>x</i>&#8212;y</div>") == "Café x—y"
    assert html_to_text("plain\n\n  text  here ") == "plain\n\ntext here"


def test_feed_usage_and_library_option_places(site: FeedServer, tmp_path: Path) -> None:
    for args in (["feed"], ["feed", "bogus"], ["feed", "add"], ["feed", "remove", "nope"]):
        code, out, err = reader(*args)
        assert code == 2 and out == "" and err.startswith("reader: error: "), args
        assert len(err.splitlines()) == 1
    for command in (["feed"], ["feed", "add"], ["refresh"]):
        assert reader(*command, "--help")[1].startswith(f"usage: reader {' '.join(command)}")
    assert reader("refresh") == (
        0,
        "",
        "reader: warning: no feeds to refresh; subscribe with `reader feed add URL`\n",
    )
    library = tmp_path / "lib"
    library.mkdir()
    assert reader("--library", str(library), "feed", "add", site.base + "/feed.json")[0] == 0
    code, out, _ = reader("refresh", "--library", str(library))  # after the command too
    assert (code, out.splitlines()[0]) == (0, "Town Hall Bulletin: 2 new")
    assert len(list((library / "feeds" / "town-hall-bulletin").glob("*.txt"))) == 2
    code, _, err = reader("refresh", "--library", str(tmp_path / "nowhere"))
    assert code == 2 and "does not exist" in err


def test_dedup_keys_in_process() -> None:
    """id, then link, then content hash; a link every item shares is no key."""
    from reader.library.feeds.parse import Item, ParsedFeed
    from reader.library.feeds.refresh import _new_items, _shared_links

    def item(id: str, link: str, text: str) -> Item:
        return Item(id, link, "T", "", "", text, False)

    old = [item("1", "http://h/1", "a"), item("", "http://h/2", "b"), item("", "", "c")]
    seen = {key for i in old for key in i.keys()}  # noqa: SIM118 (Item.keys is ours)
    again = ParsedFeed("f", "", [*reversed(old)])
    assert _new_items(again, seen) == []  # the same items in another order
    changed = ParsedFeed("f", "", [item("1", "http://h/1", "edited"), item("", "http://h/2", "x")])
    assert _new_items(changed, seen) == []  # same id; same link
    # the same title and text under a new id and link: republished, not new
    assert _new_items(ParsedFeed("f", "", [item("9", "http://h/9", "c")]), seen) == []
    fresh = item("9", "http://h/9", "new text")
    assert _new_items(ParsedFeed("f", "", [fresh]), seen) == [fresh]
    # every item links to the home page: told apart by id, not by that link
    home = ParsedFeed("f", "", [item("a", "http://h/", "1"), item("b", "http://h/", "2")])
    shared = _shared_links(home)
    assert shared == {"http://h/"}
    assert len(_new_items(home, set(), shared)) == 2
    assert _new_items(home, set()) == [item("a", "http://h/", "1")]  # what sharing would do


def test_a_feed_being_refreshed_elsewhere_is_skipped(site: FeedServer, tmp_path: Path) -> None:
    from reader.library.feeds.feedstate import refresh_lock

    url = site.base + "/rss.xml"
    with refresh_lock(url, tmp_path / "state") as mine:
        assert mine
        error, n = refresh_one(site, "/rss.xml", tmp_path)
    assert (error, n) == ("is being refreshed by another reader right now", 0)
    assert not site.requests_for("/rss.xml")
    assert refresh_one(site, "/rss.xml", tmp_path) == ("", 2)  # the lock is gone


def test_refresh_with_nothing_new_imports_nothing_heavy(site: FeedServer, tmp_path: Path) -> None:
    import subprocess
    import sys

    library = tmp_path / "lib"
    library.mkdir()
    subscribe(site, ("harbour", "/rss.xml"))
    assert reader("--library", str(library), "refresh")[0] == 0
    code = (
        "import sys; from reader.cli import main; rc = main(['--library', sys.argv[1], "
        "'refresh']); heavy = ('textual', 'rich', 'sumy', 'trafilatura', 'feedparser', "
        "'numpy', 'langdetect'); print(rc, sorted(m for m in heavy if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(library)], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr


def test_a_quoted_item_title_is_stored_so_it_reads_back_whole(tmp_path: Path) -> None:
    """The loader strips one pair of matching quotes from a front-matter value, so an
    item titled `"Never again"` is written as `'"Never again"'`, as `reader add` does."""
    from reader.analysis.loader import load
    from reader.library.feeds.parse import Item, ParsedFeed
    from reader.library.feeds.refresh import _body
    from reader.library.feeds.subscriptions import Feed

    item = Item("id-1", "https://example.com/a", '"Never again"', "", "", "Text " * 20, False)
    feed = Feed(name="Example", url="https://example.com/feed.xml")
    body = _body(item, feed, ParsedFeed("'Example' news", "https://example.com/"), item.text)
    path = tmp_path / "a.txt"
    path.write_text(body, encoding="utf-8")
    article = load(path)
    assert article.title == '"Never again"'
    assert article.meta["source"] == "'Example' news"
    assert article.meta["feed"] == "Example"


def test_a_full_chinese_item_is_not_taken_for_a_teaser(site: FeedServer, tmp_path: Path) -> None:
    """Item length is counted in words as `reader list` counts them (a Han character is
    one): 250 characters of Chinese without a space are a full text, not one word, so
    the item's page is not fetched."""
    from reader.library.feeds.refresh import Options, refresh_feed
    from reader.library.feeds.subscriptions import Feed

    text = "临江市统计局10月18日发布数据，全市地区生产总值同比增长5.2%。" * 10
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>临江</title>'
        f"<link>{site.base}/</link><item><title>统计局发布数据</title>"
        f"<link>{site.base}/articles/zh.html</link><guid>zh-1</guid>"
        f"<description>{text}</description></item></channel></rss>"
    ).encode()
    site.serve("/zh.xml", rss)
    site.serve("/articles/zh.html", "glacier.html", content_type="text/html")
    result = refresh_feed(
        Feed("zh", site.base + "/zh.xml"),
        tmp_path / "lib",
        options=Options(state_folder=tmp_path / "state"),
    )
    assert result.error == "" and len(result.new) == 1
    assert not site.requests_for("/articles/zh.html")
    assert text in result.new[0].read_text(encoding="utf-8")


def test_subscriptions_write_clears_what_a_killed_write_left(tmp_path: Path) -> None:
    import os

    from reader.library.files import write_atomic

    target = tmp_path / "feeds.opml"
    stale = tmp_path / ".feeds.opml.k1ll3d.tmp"
    fresh = tmp_path / ".feeds.opml.busy.tmp"  # another process's write in progress
    for tmp in (stale, fresh):
        tmp.write_bytes(b"<opml")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    write_atomic(target, b"<opml/>")
    assert target.read_bytes() == b"<opml/>"
    assert not stale.exists() and fresh.exists()
