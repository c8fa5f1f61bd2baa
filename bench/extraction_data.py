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
    .venv/bin/python bench/extraction_data.py /tmp/readability
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


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/mozilla+readability/repo")
