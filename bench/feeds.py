#!/usr/bin/env python3
"""`reader refresh` against newsboat on the same loopback feeds (issue 11).

    python bench/feeds.py                    # 100 feeds x 20 items, full content
    python bench/feeds.py --feeds 20 --items 10

Serves N RSS 2.0 feeds of M items each (full content in `content:encoded`, about
300 words an item, so no item page is fetched) from a ThreadingHTTPServer on
127.0.0.1 with ETag and Last-Modified (304 to a matching conditional request).
Then, with HOME and XDG_* in a temp folder (the developer's files are never
touched):

1. `reader feed import urls`, then `reader --library L refresh` from empty
   (must store N*M files), then again with nothing new (must store 0);
2. the same two runs of `newsboat -x reload` with its own urls/cache/config files.

Prints wall time and peak RSS (the child's ru_maxrss, from wait4) for each run.
Targets: first refresh no slower than newsboat's; nothing new <= 1 s; peak RSS
<= 200 MB. newsboat is a Debian package: `apt-get install -y newsboat`; without
it the newsboat column says so and is skipped.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from concurrency import env_for  # a throwaway HOME with every XDG folder inside it

READER = Path(sys.executable).parent / "reader"
WORDS = [
    "harbour",
    "council",
    "ferry",
    "market",
    "budget",
    "winter",
    "station",
    "railway",
    "bridge",
    "river",
    "school",
    "hospital",
    "weather",
    "forecast",
    "election",
    "minister",
    "report",
    "survey",
    "police",
    "festival",
    "museum",
    "library",
    "road",
    "tunnel",
    "island",
    "village",
    "county",
    "fishing",
    "boat",
    "airport",
    "energy",
    "price",
    "wind",
    "snow",
    "summer",
    "project",
    "plan",
    "vote",
    "court",
    "company",
    "workers",
    "union",
    "strike",
    "office",
    "mayor",
    "residents",
    "visitors",
    "tourists",
    "students",
    "teachers",
    "doctors",
    "nurses",
    "farmers",
    "traders",
]
VERBS = [
    "said",
    "reported",
    "announced",
    "expected",
    "approved",
    "rejected",
    "opened",
    "closed",
    "planned",
]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    words.insert(rng.randint(1, len(words) - 1), rng.choice(VERBS))
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words) - 1), f"{rng.randint(2, 9000):,}")
    return " ".join(words).capitalize() + "."


def make_feed(n: int, items: int) -> bytes:
    rng = random.Random(n)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Bench feed {n}</title><link>http://127.0.0.1/{n}/</link>"
        f"<description>Feed number {n}</description>"
    ]
    for i in range(items):
        paragraphs = "".join(
            "<p>" + " ".join(sentence(rng) for _ in range(5)) + "</p>" for _ in range(4)
        )
        title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
        day = 1 + (i % 28)
        parts.append(
            f"<item><title>{title} {n}-{i}</title>"
            f"<link>http://127.0.0.1/{n}/items/{i}</link><guid>bench-{n}-{i}</guid>"
            f"<pubDate>{formatdate(1_780_000_000 + day * 86400 + i, usegmt=True)}</pubDate>"
            f"<description>{sentence(rng)}</description>"
            f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded></item>"
        )
    parts.append("</channel></rss>\n")
    return "".join(parts).encode()


def serve(feeds: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    modified = formatdate(1_780_000_000, usegmt=True)
    etags = {p: '"' + hashlib.sha1(b).hexdigest()[:16] + '"' for p, b in feeds.items()}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = feeds.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = etags[self.path]
            if (
                self.headers.get("If-None-Match") == etag
                or self.headers.get("If-Modified-Since") == modified
            ):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """Like `run`, with the child's own peak RSS from wait4 (Linux: ru_maxrss in KB)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        proc = subprocess.Popen(
            cmd, env=env, stdout=out_file, stderr=err_file, stdin=subprocess.DEVNULL
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    if proc.returncode != 0 and err:
        sys.stderr.write(err.decode(errors="replace")[-2000:])
    return seconds, usage.ru_maxrss / 1024, proc.returncode, out.decode(errors="replace")


def count_files(root: Path) -> int:
    return sum(1 for _ in root.rglob("*.txt"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args()

    feeds = {f"/feed/{n}.xml": make_feed(n, args.items) for n in range(args.feeds)}
    total_bytes = sum(len(b) for b in feeds.values())
    server, base = serve(feeds)
    urls = "".join(f"{base}{path}\n" for path in feeds)
    tmp = Path(tempfile.mkdtemp(prefix="bench-feeds-"))
    print(
        f"{args.feeds} feeds x {args.items} items, {total_bytes / 1e6:.1f} MB of RSS "
        f"on {base}; temp folder {tmp}"
    )
    results: dict[str, list[tuple[float, float, int, str]]] = {}
    try:
        home = tmp / "reader-home"
        library = tmp / "library"
        library.mkdir(parents=True)
        env = env_for(home)
        (tmp / "urls").write_text(urls)
        subprocess.run([str(READER), "feed", "import", str(tmp / "urls")], env=env, check=True)
        cmd = [str(READER), "--library", str(library), "refresh"]
        first = run_measured(cmd, env)
        stored_first = count_files(library)
        again = run_measured(cmd, env)
        stored_again = count_files(library) - stored_first
        results["reader"] = [first, again]
        print(f"reader: stored {stored_first} files, then {stored_again}")
        if first[2] != 0 or stored_first != args.feeds * args.items or stored_again:
            print("reader: UNEXPECTED RESULT (exit codes, file counts above)")

        newsboat = shutil.which("newsboat")
        if newsboat:
            nb = tmp / "newsboat"
            nb.mkdir()
            (nb / "urls").write_text(urls)
            (nb / "config").write_text("")
            nb_env = env_for(tmp / "newsboat-home")
            cmd = [
                newsboat,
                "-u", str(nb / "urls"),
                "-c", str(nb / "cache.db"),
                "-C", str(nb / "config"),
                "-x", "reload",
            ]  # fmt: skip
            results["newsboat"] = [run_measured(cmd, nb_env), run_measured(cmd, nb_env)]
    finally:
        server.shutdown()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    print()
    print(f"{'':24}{'reader':>18}{'newsboat':>18}")
    for i, label in enumerate(("first refresh", "refresh, nothing new")):
        cells = []
        for tool in ("reader", "newsboat"):
            if tool in results:
                secs, rss, code, _ = results[tool][i]
                bad = "" if code == 0 else f" (exit {code})"
                cells.append(f"{secs:7.2f} s {rss:5.0f} MB{bad}")
            else:
                cells.append("not installed")
        print(f"{label:24}{cells[0]:>18}{cells[1]:>18}")
    if "newsboat" not in results:
        print("newsboat column skipped: install it with `apt-get install -y newsboat`")
    r_first, r_again = results["reader"]
    peak = max(r_first[1], r_again[1])
    print()
    if "newsboat" in results:
        nb_first = results["newsboat"][0][0]
        verdict = "met" if r_first[0] <= nb_first else "NOT met"
        print(f"target first refresh <= newsboat ({nb_first:.2f} s): {r_first[0]:.2f} s, {verdict}")
    print(
        f"target nothing new <= 1 s: {r_again[0]:.2f} s, {'met' if r_again[0] <= 1 else 'NOT met'}"
    )
    print(f"target peak RSS <= 200 MB: {peak:.0f} MB, {'met' if peak <= 200 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
