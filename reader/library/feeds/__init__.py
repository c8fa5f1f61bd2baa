"""Feed subscriptions: RSS, Atom and JSON Feed items become ordinary article files.

- `subscriptions`: the list of feeds, one OPML 2.0 file in the config folder that a
  person can edit (`feeds.opml`); import (OPML or a newsboat `urls` file) and export.
- `feedstate`: per-feed HTTP state (ETag, Last-Modified, last error, last refresh) and
  the seen-set that de-duplicates items, one JSON file per feed in the state folder.
- `net`: polite HTTP for feeds (conditional GET, gzip with a cap, bounded redirects,
  deadlines and size caps from `library.http`).
- `parse`: bytes -> `ParsedFeed` (feedparser for RSS/Atom, JSON Feed by hand).
- `htmltext`: feed HTML (CDATA, entities, markup) -> clean paragraphs of text.
- `refresh`: fetch, parse, de-duplicate, fetch full text when short, write files.

Nothing here imports feedparser or trafilatura at import time: `reader refresh`
with nothing new must stay fast.
"""
