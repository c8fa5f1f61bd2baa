"""Time the list model's `update` flat and grouped by folder/feed (issue 11, `v`).

    python bench/groups.py [--articles 10000] [--feeds 100]

Every article unread (each `is_read` is asked); the figure is the mean of 5 updates
after the first, i.e. what one list sync costs the app's event loop.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from reader.library.listing import ArticleListModel
from reader.model import Entry


class Unread:
    def is_read(self, path: str, digest: str | None = None) -> bool:
        return False

    def is_bookmarked(self, path: str, digest: str | None = None) -> bool:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--feeds", type=int, default=100)
    args = parser.parse_args()
    entries = [
        Entry(
            Path(f"/lib/feeds/f{i % args.feeds}/a{i}.txt"),
            f"Title {i}",
            "en",
            100,
            source=f"Feed {i % args.feeds}",
            digest="d",
        )
        for i in range(args.articles)
    ]
    for grouped in (False, True):
        model = ArticleListModel(Unread(), grouped=grouped, root="/lib")
        model.upsert(entries)
        model.update([])
        start = time.perf_counter()
        for _ in range(5):
            model.update([])
        ms = (time.perf_counter() - start) / 5 * 1000
        print(
            f"{'grouped' if grouped else 'flat':8} {ms:7.1f} ms per update "
            f"({args.articles} articles, {args.feeds} feeds)"
        )


if __name__ == "__main__":
    main()
