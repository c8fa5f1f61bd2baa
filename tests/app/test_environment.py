"""The app in a hostile environment (issue 16): two apps on one state, FIFOs where
files should be, an unusable cache, and SIGTERM/SIGHUP in a real terminal (tmux)."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.message import Message
from textual.notifications import Notify

from reader.app.app import ReaderApp
from reader.library import faults
from reader.library.locations import default_db_path, default_state_path
from reader.library.state import ReaderState
from tests.app.helpers import ready, settle

MakeApp = Callable[..., ReaderApp]


@pytest.fixture(autouse=True)
def _clean_faults() -> None:
    faults.reset()


async def test_two_apps_on_one_state_keep_both_bookmarks(
    make_app: MakeApp, app_library: Path
) -> None:
    """Both apps load the state before either saves (the order that lost data)."""
    first, second = make_app(), make_app()
    async with first.run_test(size=(160, 45)) as pilot:
        await ready(first, pilot)
        await pilot.press("m")  # bookmark the first article
        await settle(first, pilot)
        await pilot.press("q")
    async with second.run_test(size=(160, 45)) as pilot:
        await ready(second, pilot)
        await pilot.press("j", "m")  # bookmark the second one
        await settle(second, pilot)
        await pilot.press("q")
    assert ReaderState().bookmarks() == [
        str(app_library / "a-en-tunnel.txt"),
        str(app_library / "b-no-ferje.txt"),
    ]


async def test_state_file_as_fifo_does_not_block_the_app(make_app: MakeApp) -> None:
    state = default_state_path()
    state.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(state)
    notes: list[Message] = []
    app = make_app()
    async with app.run_test(size=(160, 45), message_hook=notes.append) as pilot:
        await asyncio.wait_for(ready(app, pilot), 60)
        messages = [m.notification.message for m in notes if isinstance(m, Notify)]
        assert any("a FIFO" in m for m in messages), messages
        await pilot.press("q")
    assert app.return_code == 0


async def test_article_replaced_by_a_fifo_is_an_error_not_a_hang(
    make_app: MakeApp, app_library: Path
) -> None:
    app = make_app()
    notes: list[Message] = []
    async with app.run_test(size=(160, 45), message_hook=notes.append) as pilot:
        await ready(app, pilot)
        target = app_library / "b-no-ferje.txt"
        target.unlink()
        os.mkfifo(target)
        app.main.open_article(str(target))
        await asyncio.wait_for(settle(app, pilot), 30)
        messages = [m.notification.message for m in notes if isinstance(m, Notify)]
        assert any("not a regular file (a FIFO)" in m for m in messages), messages
        await pilot.press("q")


async def test_unusable_cache_is_one_notification(make_app: MakeApp, app_library: Path) -> None:
    default_db_path(app_library).mkdir(parents=True)  # its path is taken by a folder
    notes: list[Message] = []
    app = make_app()
    async with app.run_test(size=(160, 45), message_hook=notes.append) as pilot:
        await ready(app, pilot)
        app.report_faults()
        await pilot.pause()
        assert app.main.article_list.option_count == 5  # the list is whole
        messages = [m.notification.message for m in notes if isinstance(m, Notify)]
        cache = [m for m in messages if "cache folder" in m]
        assert len(cache) == 1, messages


# --------------------------------------------------------------------- a real terminal

TMUX = shutil.which("tmux")


def _tmux(*args: str) -> str:
    assert TMUX is not None
    return subprocess.run(
        [TMUX, *args], capture_output=True, text=True, timeout=30, check=True
    ).stdout.strip()


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_signal_restores_the_terminal(app_library: Path, tmp_path: Path, signame: str) -> None:
    """The app in a tmux pane gets SIGTERM/SIGHUP: alternate screen off, mouse
    tracking off, cursor shown, exit status written by the shell."""
    session = f"reader-test-{os.getpid()}-{signame}"
    status = tmp_path / "status"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TMUX")}
    command = (
        f"{sys.executable} -m reader --library {app_library}; echo $? > {status}; exec sleep 600"
    )
    subprocess.run(
        [TMUX, "-L", session, "new-session", "-d", "-s", session, "-x", "120", "-y", "40",
         command],
        env=env,
        check=True,
        timeout=30,
    )  # fmt: skip
    try:
        fmt = "#{alternate_on} #{mouse_any_flag} #{cursor_flag}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if _tmux("-L", session, "display", "-p", "-t", session, fmt).startswith("1 1"):
                break
            time.sleep(0.2)
        assert _tmux("-L", session, "display", "-p", "-t", session, fmt) == "1 1 0", (
            "the app did not start"
        )
        shell = int(_tmux("-L", session, "display", "-p", "-t", session, "#{pane_pid}"))
        children = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(shell)], capture_output=True, text=True
        ).stdout.split()
        assert len(children) == 1
        os.kill(int(children[0]), getattr(signal, signame))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not status.exists():
            time.sleep(0.1)
        assert status.exists(), "the app did not exit"
        assert status.read_text().strip() == "0"  # not killed by the signal: it quit
        deadline = time.monotonic() + 10  # tmux reads the pane's last output a bit later
        while time.monotonic() < deadline:
            modes = _tmux("-L", session, "display", "-p", "-t", session, fmt)
            if modes == "0 0 1":
                break
            time.sleep(0.1)
        assert modes == "0 0 1"  # alternate screen off, mouse tracking off, cursor shown
    finally:
        subprocess.run([TMUX, "-L", session, "kill-server"], capture_output=True, timeout=30)
