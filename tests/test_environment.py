"""Hostile environments (issue 16): two instances, killed and stopped processes,
special files, full and unusable folders, slow and lying servers.

Each test reproduces one finding of the issue as a user would meet it (real
processes where the finding was about processes) and checks the behaviour that
replaced it. Offline: servers listen on 127.0.0.1 only.
"""

from __future__ import annotations

import errno
import http.server
import json
import os
import resource
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from reader.errors import ReaderError
from reader.library import faults
from reader.library.fetch import fetch, fetch_bytes
from reader.library.files import add_text
from reader.library.locations import default_db_path, default_state_path
from reader.library.state import ReaderState
from reader.library.store import LibraryIndex
from reader.safe_io import TEXT_CAP, read_regular

ERROR = "reader: error: "
TEXT = (
    "Harbour tunnel delayed\n\nThe council said on Tuesday that the harbour tunnel will open "
    "two years late, according to the transport minister. Costs rose by 12 percent.\n"
)


@pytest.fixture(autouse=True)
def _clean_faults() -> Iterator[None]:
    faults.reset()
    yield
    faults.reset()


@pytest.fixture
def env() -> dict[str, str]:
    """The test's own HOME/XDG (set by conftest) for child processes."""
    out = {k: v for k, v in os.environ.items() if k != "READER_LIBRARY"}
    out.pop("PYTHONIOENCODING", None)
    return out


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "tunnel.txt").write_text(TEXT, encoding="utf-8")
    return root


def reader(
    args: list[str],
    env: dict[str, str],
    *,
    stdin: object = subprocess.DEVNULL,
    timeout: float = 60,
    preexec: object = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        stdin=stdin,  # type: ignore[arg-type]
        preexec_fn=preexec,  # type: ignore[arg-type]
    )


def one_error(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert proc.stderr.startswith(ERROR) and proc.stderr.count("\n") == 1, proc.stderr
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr
    for word in words:
        assert word in proc.stderr, proc.stderr


# ----------------------------------------------------------------- state: merge


def test_two_processes_on_one_state_keep_both_bookmarks(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """Both load the state first, then each bookmarks one article and saves."""
    go = tmp_path / "go"
    script = (
        "import sys, time, pathlib\n"
        "from reader.library.state import ReaderState\n"
        "st = ReaderState(autosave=False)\n"
        "pathlib.Path(sys.argv[2]).touch()\n"
        "while not pathlib.Path(sys.argv[3]).exists(): time.sleep(0.01)\n"
        "st.set_bookmark(sys.argv[1]); st.set_read(sys.argv[1]); st.save()\n"
    )
    procs = []
    for name in ("a", "b"):
        ready = tmp_path / f"ready-{name}"
        procs.append(
            (
                ready,
                subprocess.Popen(
                    [sys.executable, "-c", script, f"/lib/{name}.txt", str(ready), str(go)],
                    env=env,
                ),
            )
        )
    deadline = time.monotonic() + 30
    while not all(r.exists() for r, _ in procs) and time.monotonic() < deadline:
        time.sleep(0.01)
    go.touch()  # both have loaded the (empty) state: now both save
    assert [p.wait(timeout=30) for _, p in procs] == [0, 0]
    state = ReaderState()
    assert state.bookmarks() == ["/lib/a.txt", "/lib/b.txt"]
    assert state.is_read("/lib/a.txt") and state.is_read("/lib/b.txt")


def test_last_writer_wins_per_field_not_per_file(tmp_path: Path) -> None:
    one, two = ReaderState(autosave=False), ReaderState(autosave=False)
    one.set_bookmark("/lib/x.txt")
    one.set_sort_order("date")
    one.save()
    two.set_position("/lib/x.txt", 40)  # two never saw the bookmark: must not erase it
    two.set_pref("bookmarks_only", True)
    two.save()
    again = ReaderState()
    assert again.is_bookmarked("/lib/x.txt") and again.position("/lib/x.txt") == 40
    assert again.sort_order == "date" and again.get_pref("bookmarks_only") is True
    assert two.is_bookmarked("/lib/x.txt")  # a save adopts the other reader's changes
    one.set_bookmark("/lib/x.txt", False)  # the latest change of a field wins
    one.save()
    assert not ReaderState().is_bookmarked("/lib/x.txt")
    assert ReaderState().position("/lib/x.txt") == 40


def test_state_file_as_fifo_does_not_hang(tmp_path: Path) -> None:
    path = default_state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    started = time.monotonic()
    state = ReaderState()
    assert time.monotonic() - started < 2
    assert state.bookmarks() == []
    assert "not a regular file (a FIFO)" in (state.notice or "")
    state.set_bookmark("/lib/a.txt")  # the save replaces the FIFO with a real file
    assert path.is_file() and ReaderState().bookmarks() == ["/lib/a.txt"]


def test_each_corrupt_state_is_kept_under_its_own_name() -> None:
    path = default_state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"{first")
    ReaderState()
    path.write_bytes(b"{second")
    ReaderState()
    kept = sorted(p.read_bytes() for p in path.parent.glob("state.json.corrupt-*"))
    assert kept == [b"{first", b"{second"]
    assert any("damaged" in f for f in faults.drain())


# ----------------------------------------------------------------- special files, caps


def test_fifo_and_devices_are_refused_at_once(lib: Path, env: dict[str, str]) -> None:
    fifo = lib / "pipe.txt"
    os.mkfifo(fifo)
    for args in (["show", str(fifo)], ["summary", str(fifo)]):
        one_error(reader(args, env, timeout=30), "a FIFO")
    one_error(reader(["add", str(fifo), "--library", str(lib)], env, timeout=30), "a FIFO")
    one_error(reader(["show", "/dev/zero"], env, timeout=30), "a character device")
    one_error(reader(["add", "/dev/zero", "--library", str(lib)], env, timeout=30), "device")
    listed = reader(["list", "--library", str(lib)], env, timeout=30)
    assert listed.returncode == 0 and "tunnel.txt" in listed.stdout
    assert "pipe.txt" not in listed.stdout  # only regular files are articles


def test_endless_stdin_is_cut_at_the_cap(lib: Path, env: dict[str, str]) -> None:
    with open("/dev/zero", "rb") as zero:
        one_error(reader(["summary", "-"], env, stdin=zero, timeout=30), "not a text file")
    yes = subprocess.Popen(["yes", "all work and no play"], stdout=subprocess.PIPE)
    try:
        started = time.monotonic()
        proc = reader(["add", "-", "--library", str(lib)], env, stdin=yes.stdout, timeout=30)
        assert time.monotonic() - started < 20
    finally:
        yes.kill()
        yes.wait()
    one_error(proc, "standard input is too large (over 1 MB)")
    assert sorted(p.name for p in lib.iterdir()) == ["tunnel.txt"]


def test_add_refuses_text_past_the_cap(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="too large"):
        add_text(b"word " * (TEXT_CAP // 5 + 10), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_file_swapped_for_a_fifo_while_indexing(lib: Path) -> None:
    """The walk saw a regular file; by the time it is read it is a FIFO."""
    with LibraryIndex(lib) as index:
        list(index.refresh())
    target = lib / "tunnel.txt"
    target.unlink()
    os.mkfifo(target)
    started = time.monotonic()
    data, err = read_regular_or_error(target)
    assert data is None and "a FIFO" in (err or "")
    with LibraryIndex(lib) as index:  # and the index drops it instead of hanging
        list(index.refresh())
        assert index.entries() == []
    assert time.monotonic() - started < 5


def read_regular_or_error(path: Path) -> tuple[bytes | None, str | None]:
    try:
        return read_regular(path, 100), None
    except ReaderError as exc:
        return None, str(exc)


def test_huge_sparse_file_is_indexed_from_its_first_mebibyte(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """`list` on a library with a 1 GB sparse .txt: bounded memory and time."""
    lib = tmp_path / "lib"
    lib.mkdir()
    big = lib / "big.txt"
    with big.open("wb") as fh:
        fh.write(("Big file\n\n" + "The council met again today. " * 40_000).encode())
        fh.truncate(1024**3)
    (lib / "small.txt").write_text(TEXT, encoding="utf-8")
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.monotonic()\n"
        "p = subprocess.run([sys.executable, '-m', 'reader', 'list', '--library', sys.argv[1]],"
        " capture_output=True, text=True)\n"
        "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
        " round(time.monotonic() - t, 2))\n"
        "print(p.stdout, end='')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(lib)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    rc, rss_kb, _seconds = out.stdout.split("\n", 1)[0].split()
    assert rc == "0", out.stdout
    assert int(rss_kb) < 300 * 1024  # issue 16: < 300 MB (it was 3.2 GB)
    assert "big.txt\tBig file" in out.stdout


def test_symlink_to_root_is_not_followed(lib: Path, env: dict[str, str]) -> None:
    (lib / "everything").symlink_to("/")
    (lib / "proc").symlink_to("/proc")
    inside = lib / "sub"
    inside.mkdir()
    (inside / "b.txt").write_text(TEXT, encoding="utf-8")
    (lib / "alias").symlink_to(inside)  # stays inside the library: followed (once)
    proc = reader(["list", "--library", str(lib)], env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    names = sorted(line.split("\t")[0] for line in proc.stdout.splitlines())
    assert names == [str(lib / "alias/b.txt"), str(lib / "tunnel.txt")]


# ----------------------------------------------------------------- processes sharing an index


def _generate(root: Path, count: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        from library import generate  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    generate(root, count)


@pytest.mark.slow
def test_stopped_indexer_does_not_block_search(tmp_path: Path, env: dict[str, str]) -> None:
    """A `reader list` SIGSTOPped while cold-indexing; `search` still answers."""
    lib = tmp_path / "lib"
    _generate(lib, 300)
    db = default_db_path(lib)
    indexer = subprocess.Popen(
        [sys.executable, "-m", "reader", "list", "--library", str(lib)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        indexed = 0
        while time.monotonic() < deadline and indexer.poll() is None:
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as con:
                    indexed = con.execute("SELECT count(*) FROM files").fetchone()[0]
            except sqlite3.Error:
                indexed = 0
            if indexed:
                break
            time.sleep(0.02)
        os.kill(indexer.pid, signal.SIGSTOP)
        assert indexer.poll() is None, "the indexer finished before it could be stopped"
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            rel, title = con.execute("SELECT path, title FROM files ORDER BY id").fetchone()
        started = time.monotonic()
        proc = reader(["search", title.split()[0], "--library", str(lib)], env, timeout=60)
        took = time.monotonic() - started
        assert proc.returncode == 0, proc.stderr
        assert "internal error" not in proc.stderr and "locked" not in proc.stderr
        assert "has not progressed" in proc.stderr  # says it uses a partial index
        assert str(lib / rel) in proc.stdout  # answered from what was indexed
        assert took < 30
    finally:
        os.kill(indexer.pid, signal.SIGCONT)
        indexer.wait(timeout=120)
    assert indexer.returncode == 0


@pytest.mark.slow
def test_concurrent_cold_lists_all_succeed_with_one_answer(
    tmp_path: Path, env: dict[str, str]
) -> None:
    lib = tmp_path / "lib"
    _generate(lib, 120)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "reader", "list", "--library", str(lib)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(4)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [e for _, e in outs]
    assert len({o for o, _ in outs}) == 1 and outs[0][0].count("\n") == 120
    assert not any("internal error" in e for _, e in outs)


# ----------------------------------------------------------------- full and unusable folders


def _limit_file_size(limit: int) -> object:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_add_into_a_full_library_is_one_line_and_leaves_nothing(
    lib: Path, env: dict[str, str], tmp_path: Path
) -> None:
    article = tmp_path / "long.txt"
    article.write_text("Long one\n\n" + "The council met again. " * 2000, encoding="utf-8")
    proc = reader(["add", str(article), "--library", str(lib)], env, preexec=_limit_file_size(4096))
    one_error(proc, "is full (file size limit reached)")
    assert sorted(p.name for p in lib.iterdir()) == ["tunnel.txt"]  # no temp file left


def test_add_into_a_read_only_library(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root (chmod cannot deny), so the OS answer is simulated."""
    import tempfile

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ReaderError, match="read-only file system"):
        add_text(TEXT.encode(), lib, force=True)  # TEXT is in lib already


def test_list_with_a_full_cache_disk_still_lists(lib: Path, env: dict[str, str]) -> None:
    proc = reader(["list", "--library", str(lib)], env, preexec=_limit_file_size(8192))
    assert proc.returncode == 0, proc.stderr
    assert "tunnel.txt\tHarbour tunnel delayed" in proc.stdout
    assert proc.stderr.startswith("reader: warning: the cache folder")
    assert "in memory" in proc.stderr and proc.stderr.count("\n") == 1


@pytest.mark.parametrize("taken_by", ["file", "folder"])
def test_unusable_cache_falls_back_once_to_one_reused_temp_index(
    lib: Path, env: dict[str, str], tmp_path: Path, taken_by: str
) -> None:
    db = default_db_path(lib)
    if taken_by == "file":
        db.parent.parent.mkdir(parents=True, exist_ok=True)
        db.parent.write_text("not a folder")  # ~/.cache/reader is a file
    else:
        db.mkdir(parents=True)  # the index's own path is a folder
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    fallback = tmp_path / "tmp" / f"reader-{os.getuid()}" / db.name
    inodes = []
    for _ in range(2):
        proc = reader(["list", "--library", str(lib)], env)
        assert proc.returncode == 0, proc.stderr
        assert "tunnel.txt" in proc.stdout
        assert proc.stderr.startswith("reader: warning: the cache folder")
        assert "temporary index" in proc.stderr and proc.stderr.count("\n") == 1
        inodes.append(fallback.stat().st_ino)
    assert inodes[0] == inodes[1]  # the second run reused the first one's index
    assert [p.name for p in (tmp_path / "tmp").iterdir()] == [f"reader-{os.getuid()}"]


def test_killed_add_leaves_no_temp_file_after_the_next(lib: Path) -> None:
    leftover = lib / ".reader-killed.tmp"
    leftover.write_text("half an article")
    os.utime(leftover, (1, 1))  # long ago: its writer is gone
    add_text(TEXT.encode(), lib, force=True)  # TEXT is in lib already
    assert not leftover.exists()


# ----------------------------------------------------------------- slow and lying servers


class _Server(http.server.BaseHTTPRequestHandler):
    PAGE: ClassVar[bytes] = (
        "<html><head><title>Tunnel</title></head><body><article>"
        + "<p>The council said the harbour tunnel will open two years late.</p>" * 30
        + "</article></body></html>"
    ).encode()

    def do_GET(self) -> None:
        if self.path == "/trickle-headers":
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n":
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.PAGE)))
        self.end_headers()
        if self.path == "/truncated":
            self.wfile.write(self.PAGE[: len(self.PAGE) // 2])
            self.wfile.flush()
            self.close_connection = True
            with_socket = self.connection
            with_socket.shutdown(socket.SHUT_RDWR)
            return
        if self.path == "/trickle":
            for byte in self.PAGE:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
            return
        self.wfile.write(self.PAGE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_truncated_body_is_an_error_not_an_article(
    server: str, lib: Path, env: dict[str, str]
) -> None:
    proc = reader(["add", server + "/truncated", "--library", str(lib)], env)
    one_error(proc, "was cut off: the connection closed after")
    assert sorted(p.name for p in lib.iterdir()) == ["tunnel.txt"]
    assert fetch(server + "/page")[0] == _Server.PAGE


def test_trickling_body_meets_the_deadline(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(ReaderError, match="did not answer completely within 2 s"):
        fetch(server + "/trickle", deadline=2, min_speed=0)
    assert time.monotonic() - started < 4


def test_trickling_headers_meet_the_deadline(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(ReaderError, match="within 2 s"):
        fetch_bytes(server + "/trickle-headers", deadline=2)
    assert time.monotonic() - started < 4


def test_trickling_server_is_too_slow_for_add(server: str, lib: Path, env: dict[str, str]) -> None:
    """The CLI's defaults: under 1 KB/s after 5 s is given up (it ran for minutes)."""
    started = time.monotonic()
    proc = reader(["add", server + "/trickle", "--library", str(lib)], env)
    one_error(proc, "is too slow")
    assert time.monotonic() - started < 20
    assert sorted(p.name for p in lib.iterdir()) == ["tunnel.txt"]


def test_json_of_faults_is_not_needed_for_scripts(lib: Path, env: dict[str, str]) -> None:
    """Warnings go to stderr only: `list --json` stays one JSON object a line."""
    db = default_db_path(lib)
    db.mkdir(parents=True)
    proc = reader(["list", "--json", "--library", str(lib)], env)
    assert proc.returncode == 0
    assert [json.loads(line)["title"] for line in proc.stdout.splitlines()] == [
        "Harbour tunnel delayed"
    ]
    assert proc.stderr.startswith("reader: warning: ")
