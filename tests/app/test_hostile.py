"""Issue 7 in the TUI: a library of hostile files, every article walked, every key pressed.

The app must stay alive, show everything literally, and never write to the library:
every file's sha256 and the set of names in the folder are the same afterwards.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

import reader.library.analyses as analyses_module
from reader.app.app import ReaderApp
from reader.app.keys import SECTIONS
from reader.app.widgets.article_view import display_end
from reader.model import Analysis, Article, Options
from tests.app.helpers import EN, settle
from tests.app.test_snapshots import fixed_analyse

BIG_TEXT = 20_000  # longer texts get the stand-in pipeline (the real one: tests/fuzz, core)

_BODY = "The council met on Tuesday and approved 12 new bus routes, said Anne Holt.\n\n"


def hostile_files() -> dict[bytes, bytes]:
    """~40 files: {file name (bytes, may be non-UTF-8): content}."""
    files: dict[bytes, bytes] = {
        b"empty.txt": b"",
        b"whitespace.txt": b" \n\t\n   \n",
        b"binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        b"nul.txt": b"Title\n\nText with \x00 NUL \x00 bytes. " * 5,
        b"invalid-utf8.txt": b"Caf\xe9 au lait\n\nBroken \xff\xfe bytes \xc3( here. " * 3,
        b"utf16.txt": "Overskrift\n\nTekst på norsk, sa Kari.\n".encode("utf-16"),
        b"utf8-bom.txt": b"\xef\xbb\xbfBOM title\n\n" + _BODY.encode(),
        b"crlf.txt": b"Windows title\r\n\r\nLine one.\r\nLine two.\rLone CR.\r\n",
        b"ansi.txt": b"\x1b[31mRed title\x1b[0m\n\n\x1b[2J\x1b[H Clear screen \x1b[?1049h "
        + _BODY.encode(),
        b"osc52.txt": b"Clipboard attack\n\n\x1b]52;c;aGVsbG8=\x07 and \x1b]0;pwned\x07 "
        b"and \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\\n",
        b"c1.txt": "C1 controls\n\n\x9b31m CSI \x9d52;c;eA==\x9c OSC\n".encode(),
        b"markup.txt": b"[bold red]Markup title[/bold red]\n\n[@click=app.quit]quit[/] "
        b"[link=https://evil.example]x[/link] [b] [i ] \\[escaped] :smile:\n",
        b"click.md": b"---\ntitle: [@click=app.quit]Click me[/]\n---\n[@click=app.bell]ring[/]\n",
        b"bidi.txt": "Bidi \u202etxt.exe\u202c trick\n\nAccess \u2067level\u2069 "
        "\u202aLRE\u202c \u200fRLM.\n".encode(),
        b"rtl-arabic.txt": "وافق المجلس\n\nوافق المجلس يوم الثلاثاء على ميزانية قدرها 4.2 مليون "
        "جنيه، وفقا للمديرة المالية.\n".encode(),
        b"rtl-hebrew.txt": (
            "המועצה אישרה\n\nהמועצה אישרה ביום שלישי תקציב של 4.2 מיליון שקל.\n"
        ).encode(),
        b"cjk.txt": "市议会批准预算\n\n市议会周二批准了四百二十万英镑的预算。批评者说，该计划削减了"
        "百分之十二的公交线路。\n".encode(),
        b"emoji.txt": "Family 👩‍👩‍👧‍👦 news 🏳️‍🌈\n\n👍🏽 ❤️ 🧑🏿‍🚀 🇳🇴 1️⃣ text with "
        "zero\u200dwidth joiners.\n".encode(),
        b"combining.txt": (
            "Ze\u0301\u0301\u0301bra" + "a\u0300\u0301\u0302\u0303" * 50 + "\n\nText.\n"
        ).encode(),
        b"one-sentence.txt": b"Just one sentence without a title line.",
        b"no-punctuation.txt": b"no punctuation at all just words going on and on " * 20,
        b"broken-front-matter.md": b"---\ntitle: Unterminated\nsource: nowhere\n\nBody.\n",
        b"huge-front-matter.md": b"---\n" + b"key: value\n" * 2000 + b"---\nBody text.\n",
        b"long-line.txt": b"word " * 40_000,
        b"big.txt": (_BODY * 28_000).encode(),  # ~2 MB
        b"tabs.txt": b"Tabs\ttitle\n\n\tindented\ttext\t\t said Bob.\n",
        b"unknown-lang.txt": b"Udalak asteartean\n\nUdalak asteartean 4,2 milioi euroko "
        b"aurrekontua onartu zuen.\n",
        b"ok-en.txt": EN.encode(),
        b"name with spaces.txt": _BODY.encode(),
        b"name\nwith\nnewlines.txt": _BODY.encode(),
        "emoji 📰 name.txt".encode(): _BODY.encode(),
        b"non-utf8-\xff\xfe-name.txt": _BODY.encode(),
        b"latin1-\xe9t\xe9.txt": _BODY.encode(),
        b"escape-\x1b[31m-name.txt": _BODY.encode(),
        b"[bold]markup-name[-bold].txt": _BODY.encode(),
        b"-dash-first.txt": _BODY.encode(),
    }
    return files


def write_hostile(root: Path) -> Path:
    root.mkdir(parents=True)
    sub = root / "sub" / "deeper"
    sub.mkdir(parents=True)
    for name, data in hostile_files().items():
        with open(os.path.join(os.fsencode(root), name), "wb") as fh:
            fh.write(data)
    (sub / "nested.txt").write_bytes(_BODY.encode())
    os.symlink(root, root / "sub" / "loop")  # a symlink loop back to the root
    return root


def fingerprint(root: Path) -> dict[bytes, str]:
    """sha256 of every file under root (by raw name), plus every folder and link name."""
    out: dict[bytes, str] = {}
    for folder, dirs, files in os.walk(os.fsencode(root)):
        for name in dirs:
            out[os.path.join(folder, name)] = "dir"
        for name in files:
            path = os.path.join(folder, name)
            if os.path.islink(path):
                out[path] = "link"
                continue
            with open(path, "rb") as fh:
                out[path] = hashlib.sha256(fh.read()).hexdigest()
    return out


@pytest.fixture(autouse=True)
def _cheap_big_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    memo = analyses_module.analyse  # the memoised real pipeline (tests/app/conftest.py)

    def pipeline(article: Article, options: Options | None = None) -> Analysis:
        if len(article.text) > BIG_TEXT:
            return fixed_analyse(article, options)
        return memo(article, options or Options())

    monkeypatch.setattr(analyses_module, "analyse", pipeline)


def every_key() -> list[str]:
    """The first key of every binding in keys.py except quit (pressed last)."""
    keys: list[str] = []
    for _, bindings in SECTIONS:
        for binding in bindings:
            key = binding.key.split(",")[0].strip()
            if binding.action != "quit" and key not in keys:
                keys.append(key)
    return keys


async def test_hostile_library_walk_and_every_key(tmp_path: Path) -> None:
    lib = write_hostile(tmp_path / "hostile")
    before = fingerprint(lib)
    assert len(before) >= 40
    app = ReaderApp(library=lib)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        screen = app.main
        lst = screen.article_list
        count = lst.option_count
        assert count == len(hostile_files()) + 1  # + sub/deeper/nested.txt; the loop once
        seen: set[str] = set()
        for _ in range(count):
            path = lst.highlighted_path
            assert path is not None
            seen.add(path)
            assert screen.current_path == path
            view = screen.article_view.rendered.plain
            if screen.analysis is not None and screen.shown_path == path:
                text = screen.analysis.text
                end = display_end(text)
                assert view[:end] == text[:end]  # literally, nothing interpreted
                assert end == len(text) or "too long to show whole" in view[end:]
            else:
                assert view.startswith("✗"), (path, view[:80])
            assert "\x1b" not in view and "\x9b" not in view and "\x07" not in view
            await pilot.press("j")
            await settle(app, pilot, rounds=2)
        assert len(seen) == count
        for key in every_key():
            await pilot.press(key)
            await settle(app, pilot, rounds=2)
            while len(app.screen_stack) > 1:  # help, palette: close again
                await pilot.press("escape")
                await settle(app, pilot, rounds=1)
            if screen.search_open:
                await pilot.press("escape")
                await settle(app, pilot, rounds=1)
            assert app.is_running and app.return_code is None, key
        # the same keys with the text pane focused, on an article with a markup title
        await pilot.press("tab")
        for key in ("space", "b", "g", "G", "n", "N", "c", "h", "s", "f", "plus", "minus"):
            await pilot.press(key)
        await settle(app, pilot)
        assert app.is_running and app.return_code is None
        shown = lst.option_count
        screen.poll_now()  # nothing changed on disk: nothing moves
        await settle(app, pilot)
        assert lst.option_count == shown
        if screen.listing.bookmarks_only:  # `F` was pressed once: all rows again
            await pilot.press("F")
            await settle(app, pilot)
        if screen.listing.grouped:  # `v` was pressed once: the flat list again
            await pilot.press("v")
            await settle(app, pilot)
        assert lst.option_count == count, (screen.listing.bookmarks_only, screen.listing.filter)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert fingerprint(lib) == before  # no file changed, none added or removed
