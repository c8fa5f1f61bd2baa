"""Build the extraction evaluation set in bench/data/extraction/ from mozilla/readability.

Source: https://github.com/mozilla/readability, test/test-pages/ (Apache-2.0). Each
page has `source.html` (the page as saved) and `expected.html` (the article body a
careful extraction keeps) and `expected-metadata.json` (title, byline, site name).

Which pages (fixed rule, chosen before any scoring): real pages only, i.e. a
`source.html` of at least 10 KB (the smaller ones are synthetic unit tests of single
rules), and at most 400 KB (to keep the repository small). Stored per page:
`source.html.gz`, `expected.txt` (the ground truth as paragraphs, through the same
HTML-to-text step for every extractor) and `meta.json` (title, byline, site).

Split (fixed rule, before looking): a page is held out when
int(sha1(name), 16) % 3 == 0; see `bench/extraction.py`.

    git clone https://github.com/mozilla/readability /tmp/readability  # or any checkout
    git clone https://github.com/adbar/trafilatura /tmp/trafilatura
    .venv/bin/python bench/extraction_data.py /tmp/readability /tmp/trafilatura
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "extraction"
MIN_BYTES = 10_000
MAX_BYTES = 400_000


def git_show(repo: Path, path: str) -> bytes:
    args = ["git", "--git-dir", str(repo), "show", f"HEAD:{path}"]
    return subprocess.run(args, check=True, capture_output=True).stdout


def main(repo_arg: str) -> None:
    sys.path.insert(0, str(HERE.parent))
    from reader.analysis.html import html_to_text

    repo = Path(repo_arg)
    if (repo / ".git").is_dir():
        repo = repo / ".git"
    listing = subprocess.run(
        ["git", "--git-dir", str(repo), "ls-tree", "-r", "-l", "HEAD", "test/test-pages"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    kept = 0
    for line in listing.splitlines():
        info, path = line.split("\t")
        size = int(info.split()[3])
        if not path.endswith("/source.html") or not MIN_BYTES <= size <= MAX_BYTES:
            continue
        name = path.split("/")[-2]
        folder = path.rsplit("/", 1)[0]
        source = git_show(repo, path)
        expected = git_show(repo, f"{folder}/expected.html").decode("utf-8")
        meta = json.loads(git_show(repo, f"{folder}/expected-metadata.json"))
        dest = OUT / name
        dest.mkdir(parents=True, exist_ok=True)
        (dest / "source.html.gz").write_bytes(gzip.compress(source, mtime=0))
        (dest / "expected.txt").write_text(html_to_text(expected) + "\n", encoding="utf-8")
        keep = {k: meta.get(k) for k in ("title", "byline", "siteName")}
        (dest / "meta.json").write_text(json.dumps(keep, ensure_ascii=False, indent=1) + "\n")
        kept += 1
    print(f"{kept} pages in {OUT}")


SNIPPET_OUT = HERE / "data" / "extraction-snippets"
SNIPPET_PAGES = 60


def snippets(repo_arg: str) -> None:
    """trafilatura's evaluation pages (https://github.com/adbar/trafilatura, tests/eval
    and tests/cache with tests/evaldata.json, Apache-2.0): per page, text snippets that
    must be in the article ("with") and must not ("without").

    Which pages (fixed rule, before any scoring): those whose HTML file is at most
    300 KB, ordered by sha1 of their URL, the first SNIPPET_PAGES.
    """
    import hashlib

    repo = Path(repo_arg)
    if (repo / ".git").is_dir():
        repo = repo / ".git"
    data = json.loads(git_show(repo, "tests/evaldata.json"))
    listing = subprocess.run(
        ["git", "--git-dir", str(repo), "ls-tree", "-r", "-l", "HEAD", "tests/eval", "tests/cache"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    sizes = {}
    for line in listing.splitlines():
        info, path = line.split("\t")
        sizes[path.rsplit("/", 1)[1]] = (int(info.split()[3]), path)
    order = sorted(data, key=lambda url: hashlib.sha1(url.encode()).hexdigest())
    kept = 0
    for url in order:
        entry = data[url]
        size, path = sizes.get(entry["file"], (None, None))
        if size is None or size > 300_000 or not entry.get("with"):
            continue
        name = hashlib.sha1(url.encode()).hexdigest()[:12]
        dest = SNIPPET_OUT / name
        dest.mkdir(parents=True, exist_ok=True)
        (dest / "source.html.gz").write_bytes(gzip.compress(git_show(repo, path), mtime=0))
        keep = {"url": url, "file": entry["file"], "with": entry["with"]}
        keep["without"] = entry.get("without", [])
        (dest / "snippets.json").write_text(json.dumps(keep, ensure_ascii=False, indent=1) + "\n")
        kept += 1
        if kept == SNIPPET_PAGES:
            break
    print(f"{kept} pages in {SNIPPET_OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/mozilla+readability/repo")
    snippets(sys.argv[2] if len(sys.argv) > 2 else "/work/.mirror/adbar+trafilatura/repo")
