"""`reader add`: text files, stdin, HTML files and URLs (a local server, never the internet)."""

from __future__ import annotations

import http.server
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from reader.analysis.loader import load
from reader.cli import main
from reader.errors import ReaderError
from reader.library.fetch import add_html, add_url
from reader.library.files import Duplicate
from tests.cli import run_reader

PARAGRAPHS = [
    "The harbour authority in Westmoor confirmed on Monday that the new tunnel will cost "
    "1.4 billion dollars, almost twice the figure approved by the council in 2019.",
    "According to the authority's chief engineer, Maria Lindqvist, the extra cost comes from "
    "unstable clay under the old quay, which forced the contractor to redesign the shafts.",
    "Council leader Tom Okafor said the city would ask the national government for help, "
    "but warned that bus fares could rise by 8 percent next year if no money arrives.",
    "Construction is now expected to finish in the autumn of 2027, two years later than "
    "planned, and the tunnel will carry about 40,000 vehicles a day when it opens.",
]
NAV = "Home News Sport Weather Subscribe Login"
AD = "BUY CHEAP WATCHES NOW limited offer click here"
FOOTER = "Copyright 2025 Westmoor Courier. All rights reserved. Privacy policy Cookie settings"

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour tunnel cost doubles | Westmoor Courier</title>
<meta property="og:title" content="Harbour tunnel cost doubles">
<meta property="og:site_name" content="Westmoor Courier">
<meta name="date" content="2025-03-04">
</head><body>
<header><nav><ul>{"".join(f"<li><a href='/{w}'>{w}</a></li>" for w in NAV.split())}</ul>
</nav></header>
<aside class="advert"><p>{AD}</p></aside>
<main><article>
<h1>Harbour tunnel cost doubles</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article></main>
<div class="share">Share on Facebook Share on X</div>
<footer><p>{FOOTER}</p></footer>
</body></html>
""".encode()

EMPTY_HTML = (
    b"<!DOCTYPE html><html><head><title>Nothing</title></head><body>"
    b"<nav><a href='/'>Home</a></nav><div></div></body></html>"
)


FTP_URL = "ftp://127.0.0.1/article.html"


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {
        "/article": (200, "text/html; charset=utf-8", ARTICLE_HTML),
        "/empty": (200, "text/html", EMPTY_HTML),
        "/pdf": (200, "application/pdf", b"%PDF-1.4 not html"),
    }

    def do_GET(self) -> None:
        if self.path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", FTP_URL)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status, ctype, body = self.routes.get(self.path, (404, "text/html", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def check_clean_article(path: Path, url: str | None) -> None:
    raw = path.read_text(encoding="utf-8")
    assert raw.startswith("---\ntitle: Harbour tunnel cost doubles\n")
    article = load(path)
    assert article.title == "Harbour tunnel cost doubles"
    assert article.meta["source"] == "Westmoor Courier"
    assert article.meta["date"] == "2025-03-04"
    if url:
        assert article.meta["url"] == url
    for p in PARAGRAPHS:
        assert p in article.text
    for junk in ("Subscribe", "WATCHES", "Copyright", "Share on"):
        assert junk not in article.text
    assert "\n\n" in article.text  # paragraphs kept apart


def test_add_url_from_local_server(server: str, tmp_path: Path) -> None:
    url = server + "/article"
    path = add_url(url, tmp_path / "lib")
    assert path.parent == tmp_path / "lib"
    assert path.name == "harbour-tunnel-cost-doubles.txt"
    check_clean_article(path, url)
    with pytest.raises(Duplicate) as dup:  # the same URL again: not stored twice
        add_url(url, tmp_path / "lib")
    assert dup.value.path == path
    again = add_url(url, tmp_path / "lib", force=True)  # never overwrites: a second name
    assert again.name == "harbour-tunnel-cost-doubles-2.txt"
    assert path.read_bytes() == again.read_bytes()


def test_add_html_file(tmp_path: Path) -> None:
    path = add_html(ARTICLE_HTML, tmp_path, "page.html")
    check_clean_article(path, None)


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ("/missing", "HTTP error 404"),
        ("/pdf", "not an HTML page (content type application/pdf)"),
        ("/empty", "no article text found"),
    ],
)
def test_add_url_errors(server: str, tmp_path: Path, route: str, message: str) -> None:
    with pytest.raises(ReaderError, match=message.replace("(", r"\(").replace(")", r"\)")):
        add_url(server + route, tmp_path)
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_add_url_connection_refused(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="unreachable"):
        add_url(f"http://127.0.0.1:{closed_port()}/x", tmp_path, timeout=5)


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return run_reader(list(args), stdin=stdin, binary=True)


def test_cli_add_url_and_errors(server: str, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    ok = run_cli("add", server + "/article", "--library", str(lib))
    assert ok.returncode == 0, ok.stderr
    path = Path(ok.stdout.decode().strip())
    check_clean_article(path, server + "/article")
    for target in (
        server + "/missing",
        server + "/empty",
        server + "/pdf",
        f"http://127.0.0.1:{closed_port()}/",
    ):
        bad = run_cli("add", target, "--library", str(lib))
        assert bad.returncode == 1
        err = bad.stderr.decode()
        assert err.startswith("reader: error: ") and err.count("\n") == 1, err
    assert sorted(p.name for p in lib.iterdir()) == [path.name]


def test_cli_add_url_redirected_to_ftp_is_refused(server: str, tmp_path: Path) -> None:
    """Like feed refresh, `reader add URL` follows redirects to http(s) only (urllib
    alone would go on to ftp://)."""
    lib = tmp_path / "lib"
    lib.mkdir()
    bad = run_cli("add", server + "/to-ftp", "--library", str(lib))
    assert bad.returncode == 1
    err = bad.stderr.decode()
    assert err == f"reader: error: {server}/to-ftp redirects to {FTP_URL}, which is not http(s)\n"
    assert list(lib.iterdir()) == []


def test_cli_add_text_file_stdin_and_html_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    src = tmp_path / "note.txt"
    src.write_text("Ferjestreik stenger sambandene\n\nStreiken rammer 17 samband.\n", "utf-8")
    assert main(["add", str(src), "--library", str(lib)]) == 0
    first = Path(capsys.readouterr().out.strip())
    assert first == lib / "ferjestreik-stenger-sambandene.txt"
    assert first.read_text("utf-8") == src.read_text("utf-8")
    assert main(["add", str(src), "--library", str(lib)]) == 0
    assert capsys.readouterr().out.strip() == f"already in library: {first}"
    assert main(["add", str(src), "--force", "--library", str(lib)]) == 0
    assert Path(capsys.readouterr().out.strip()).name == "ferjestreik-stenger-sambandene-2.txt"

    piped = run_cli(
        "add", "-", "--library", str(lib), stdin="Über Straßen\n\nText hier.\n".encode()
    )
    assert piped.returncode == 0, piped.stderr
    assert Path(piped.stdout.decode().strip()).name == "uber-strassen.txt"

    html = tmp_path / "page.html"
    html.write_bytes(ARTICLE_HTML)
    assert main(["add", str(html), "--library", str(lib)]) == 0
    check_clean_article(Path(capsys.readouterr().out.strip()), None)

    empty = run_cli("add", "-", "--library", str(lib), stdin=b"  \n")
    assert empty.returncode == 1 and empty.stderr.decode().startswith("reader: error: ")
    missing = run_cli("add", str(tmp_path / "nope.txt"), "--library", str(lib))
    assert missing.returncode == 1
    assert not [p for p in lib.iterdir() if p.name.startswith(".")]  # no temp files left


def stored_body(path: Path) -> str:
    """A stored article's text after its front matter."""
    return load(path).text


def test_file_stdin_and_url_store_the_same_text(server: str, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE_HTML)
    bare = tmp_path / "page.dat"  # HTML recognised by its content, not its name
    bare.write_bytes(ARTICLE_HTML)
    paths = []
    for i, (source, stdin) in enumerate(
        [(str(page), None), (str(bare), None), ("-", ARTICLE_HTML), (server + "/article", None)]
    ):
        lib = tmp_path / f"lib{i}"
        lib.mkdir()
        done = run_cli("add", source, "--library", str(lib), stdin=stdin)
        assert done.returncode == 0, done.stderr
        paths.append(Path(done.stdout.decode().strip()))
    bodies = [stored_body(p) for p in paths]
    assert bodies[0] == bodies[1] == bodies[2] == bodies[3]
    assert "<" not in bodies[0] and PARAGRAPHS[0] in bodies[0]
    assert {load(p).title for p in paths} == {"Harbour tunnel cost doubles"}


def test_cli_add_same_url_twice_says_already_in_library(server: str, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    first = run_cli("add", server + "/article", "--library", str(lib))
    path = first.stdout.decode().strip()
    again = run_cli("add", server + "/article", "--library", str(lib))
    assert again.returncode == 0, again.stderr
    assert again.stdout.decode().strip() == f"already in library: {path}"
    # the same page from a file (no URL) has the same text: also already there
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE_HTML)
    same = run_cli("add", str(page), "--library", str(lib))
    assert same.stdout.decode().strip() == f"already in library: {path}"
    assert len(list(lib.iterdir())) == 1
    forced = run_cli("add", server + "/article", "--force", "--library", str(lib))
    assert forced.returncode == 0
    assert Path(forced.stdout.decode().strip()).name == "harbour-tunnel-cost-doubles-2.txt"
