"""Feeds in the app (issue 11): `r` refreshes in a worker, new items join the list; `A`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.content import Content
from textual.notifications import Notify

from reader.app.app import ReaderApp
from reader.app.widgets.article_list import group_prompt
from reader.library.feeds import subscriptions
from reader.library.feeds.subscriptions import Feed
from reader.library.listing import GroupHeader
from tests.app.helpers import ready, settle
from tests.feedserver import feed_server

MakeApp = Callable[..., ReaderApp]

NEW_ITEM = (
    "<item><title>Harbour crane gets a new coat of paint</title>"
    "<link>http://harbour.example/crane</link><guid>harbour-0003</guid>"
    "<content:encoded><![CDATA[<p>" + "The old crane is being painted red. " * 40 + "</p>]]>"
    "</content:encoded></item>"
)


def rows(app: ReaderApp) -> list[str]:
    lst = app.main.article_list
    return [str(lst.get_option_at_index(i).id) for i in range(lst.option_count)]


async def test_r_stores_new_items_and_they_show_in_the_list(
    make_app: MakeApp, app_library: Path
) -> None:
    with feed_server() as site:
        url = site.serve("/rss.xml", "rss-content.xml", etag='"1"')
        subs = subscriptions.load()
        subs.add(Feed("harbour", url))
        subs.add(Feed("missing", site.base + "/gone.xml"))
        subs.save()
        folder = app_library / "feeds" / "harbour"
        messages: list[object] = []
        app = make_app()
        async with app.run_test(size=(140, 40), message_hook=messages.append) as pilot:
            await ready(app, pilot)
            before = rows(app)
            assert not any("/feeds/" in r for r in before)
            await pilot.press("r")
            await settle(app, pilot)
            added = [r for r in rows(app) if r not in before]
            assert sorted(added) == sorted(str(p) for p in folder.glob("*.txt"))
            assert len(added) == 2
            assert app.main.notice == "Refreshed 2 feeds · 2 new, 1 failed."
            errors = [
                m.notification
                for m in messages
                if isinstance(m, Notify) and m.notification.severity == "error"
            ]
            assert len(errors) == 1 and "gone.xml: HTTP error 404" in errors[0].message
            harbour = subscriptions.load().find("harbour")  # the feed's own title is kept
            assert harbour is not None and harbour.title == "Harbour Gazette"

            # one new item on the server -> exactly one new row
            edited = site.fixture("rss-content.xml").replace(
                b"<item>", NEW_ITEM.encode() + b"<item>", 1
            )
            site.serve("/rss.xml", edited, etag='"2"')
            await pilot.press("r")
            await settle(app, pilot)
            newest = [r for r in rows(app) if r not in before and r not in added]
            assert newest == [str(folder / "harbour-crane-gets-a-new-coat-of-paint.txt")]
            assert app.main.notice.startswith("Refreshed 2 feeds · 1 new")


async def test_progress_line_while_refreshing(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        screen = app.main
        from reader.app.messages import FeedsProgress

        screen.post_message(FeedsProgress(3, 12, 27))
        await pilot.pause()
        assert screen.status_content().plain.startswith("Refreshing 3/12 feeds · 27 new")


async def test_A_marks_every_article_in_the_view_read(make_app: MakeApp, app_library: Path) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        screen = app.main
        paths = [p for p in rows(app) if not screen.entries[p].error]
        assert sum(screen.listing.is_read(p) for p in paths) <= 1  # only the open one
        await pilot.press("A")
        await settle(app, pilot)
        assert all(screen.listing.is_read(p) for p in paths)
        assert screen.notice.startswith("Marked ")


async def test_A_in_a_search_marks_only_the_rows_shown(
    make_app: MakeApp, app_library: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        screen = app.main
        await pilot.press("slash", *"the")
        await settle(app, pilot)
        shown = rows(app)
        hidden = [p for p in screen.entries if p not in shown and not screen.entries[p].error]
        assert len(shown) >= 2 and hidden
        assert any(not screen.listing.is_read(p) for p in shown)
        screen.article_list.focus()
        await pilot.press("A")
        await settle(app, pilot)
        assert all(screen.listing.is_read(p) for p in shown)
        assert not any(screen.listing.is_read(p) for p in hidden)


async def test_feed_view_with_unread_counts(make_app: MakeApp, app_library: Path) -> None:
    with feed_server() as site:
        url = site.serve("/rss.xml", "rss-content.xml")
        subs = subscriptions.load()
        subs.add(Feed("harbour", url))
        subs.save()
        app = make_app()
        async with app.run_test(size=(140, 40)) as pilot:
            await ready(app, pilot)
            screen = app.main
            await pilot.press("r")
            await settle(app, pilot)
            assert screen.feed_groups() == [("harbour", 2, 2)]
            commands = [c.title for c in app.get_system_commands(screen)]
            assert "Feed: harbour (2 unread of 2)" in commands
            screen.show_feed("harbour")
            await settle(app, pilot)
            folder = app_library / "feeds" / "harbour"
            assert sorted(rows(app)) == sorted(str(p) for p in folder.glob("*.txt"))
            assert "feed harbour" in screen.status_content().plain
            screen.article_list.focus()
            await pilot.press("A")
            await settle(app, pilot)
            assert screen.feed_groups() == [("harbour", 0, 2)]
            assert not screen.listing.is_read(str(app_library / "b-no-ferje.txt"))
            await pilot.press("escape")
            await settle(app, pilot)
            assert screen.feed_view is None and len(rows(app)) == 7


def feed_item(title: str, source: str) -> str:
    return (
        f"---\ntitle: {title}\nsource: {source}\nfeed: harbour\n---\n"
        + f"{title}. The harbour board met on Tuesday and agreed the plan. " * 8
    )


async def test_v_groups_the_list_by_folder_and_feed(make_app: MakeApp, app_library: Path) -> None:
    folder = app_library / "feeds" / "harbour"
    folder.mkdir(parents=True)
    (folder / "h1.txt").write_text(feed_item("Crane painted", "Harbour News"), encoding="utf-8")
    (folder / "h2.txt").write_text(feed_item("Ferry late", "Harbour News"), encoding="utf-8")
    (app_library / "notes").mkdir()
    (app_library / "notes" / "n1.txt").write_text(feed_item("A note", ""), encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        screen = app.main
        lst = screen.article_list
        flat = rows(app)
        assert len(flat) == 8 and not any(screen.listing.header(r) for r in flat)
        await pilot.press("v")
        await settle(app, pilot)
        grouped = rows(app)
        headers = [r for r in grouped if screen.listing.header(r)]
        assert len(headers) == 3 and len(grouped) == 11
        texts = [str(lst.get_option_at_index(grouped.index(h)).prompt) for h in headers]
        # by label: the feed's title, then the library's top folder, then notes/
        assert texts[0] == "▾ Harbour News  2 unread / 2"
        assert texts[1].startswith("▾ Library  ") and texts[1].endswith(" / 4")  # no binary
        assert texts[2] == "▾ notes  1 unread / 1"
        assert grouped[grouped.index(headers[0]) + 1 :][:2] == sorted(
            str(p) for p in folder.glob("*.txt")
        )
        assert "grouped by folder/feed" in screen.status_content().plain
        assert screen.state.get_pref("grouped") is True
        # j/k go from article to article: the cursor never rests on a header, and
        # each article it reaches is read, so its group's count goes down
        lst.focus()
        lst.highlighted = 1  # the first feed article (row 0 is its header)
        await settle(app, pilot)
        articles = [r for r in grouped if r not in headers]
        seen = []
        for _ in range(len(articles) - 1):
            await pilot.press("j")
            await settle(app, pilot, rounds=2)
            seen.append(lst.highlighted_path)
        assert seen == articles[1:]  # every article in turn, the headers passed over
        await pilot.press("k")
        await settle(app, pilot, rounds=2)
        assert lst.highlighted == len(grouped) - 3  # over the "notes" header
        header = lst.get_option_at_index(0)
        assert str(header.prompt) == "▾ Harbour News  0 unread / 2"
        assert str(lst.get_option_at_index(grouped.index(headers[2])).prompt).endswith(
            "0 unread / 1"
        )
        # enter on a header (a click, say) opens nothing
        opened = screen.current_path
        lst.highlighted = 0
        await pilot.press("enter")
        await settle(app, pilot, rounds=2)
        assert screen.current_path == opened
        # off again: the flat list, same articles
        await pilot.press("v")
        await settle(app, pilot)
        assert sorted(rows(app)) == sorted(flat)
        assert "grouped" not in screen.status_content().plain


async def test_grouped_headers_follow_A(make_app: MakeApp, app_library: Path) -> None:
    app = make_app()
    app.state.set_pref("grouped", True)  # persisted like the sort order
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        screen = app.main
        lst = screen.article_list
        assert screen.listing.grouped and screen.listing.header(rows(app)[0])
        assert lst.highlighted == 1  # the first article, not its header
        await pilot.press("A")
        await settle(app, pilot)
        assert str(lst.get_option_at_index(0).prompt).endswith(
            "0 unread / 4"
        )  # not the binary file


def test_group_header_text_is_data_not_markup() -> None:
    header = GroupHeader("feeds/x", "[bold red]Evil[/]\n\x1b[2Jfeed", 3, 7, feed=True)
    prompt = group_prompt(header)
    assert isinstance(prompt, Content)
    assert prompt.plain == "▾ [bold red]Evil[/] ␛[2Jfeed  3 unread / 7"
