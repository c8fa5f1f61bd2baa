"""The library folder: where it is, which files are articles, listing, search and add.

(First version: a plain scan. The library work adds the on-disk index, FTS search,
state and watching.)
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from reader.errors import ReaderError, UsageError
from reader.language import resolve_language
from reader.loader import load, parse

ARTICLE_SUFFIXES = (".txt", ".md")
ENV_LIBRARY = "READER_LIBRARY"


def resolve_library(arg: str | os.PathLike[str] | None = None) -> Path:
    """--library DIR, then $READER_LIBRARY, then ./articles, then the platform data folder."""
    if arg:
        path = Path(arg).expanduser()
        if not path.is_dir():
            raise UsageError(f"library folder {path} does not exist")
        return path
    env = os.environ.get(ENV_LIBRARY)
    if env:
        path = Path(env).expanduser()
        if not path.is_dir():
            raise UsageError(f"${ENV_LIBRARY} points to {path}, which is not a folder")
        return path
    local = Path("articles")
    if local.is_dir():
        return local
    return Path(user_data_dir("reader", appauthor=False)) / "articles"


def iter_article_paths(root: Path) -> Iterator[Path]:
    """Article files under root in a stable order; symlink loops and unreadable dirs skipped."""
    seen: set[tuple[int, int]] = set()

    def walk(folder: Path) -> Iterator[Path]:
        try:
            st = folder.stat()
        except OSError:
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:
            return
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    yield from walk(Path(entry.path))
                elif entry.is_file() and entry.name.lower().endswith(ARTICLE_SUFFIXES):
                    yield Path(entry.path)
            except OSError:
                continue

    if root.is_dir():
        yield from walk(root)


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the library list."""

    path: Path
    title: str
    language: str
    words: int
    error: str | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"path": str(self.path), "title": self.title,
                                   "language": self.language, "words": self.words}
        if self.error:
            data["error"] = self.error
        return data


def read_entry(path: Path) -> Entry:
    """The list row for one file; an unusable file gets an Entry with `error` set."""
    try:
        article = load(path)
    except ReaderError as exc:
        return Entry(path, path.name, "und", 0, error=str(exc))
    lang = resolve_language(article.text, None, article.declared_language)
    return Entry(path, article.title, lang, len(article.text.split()))


def scan(root: Path) -> Iterator[Entry]:
    for path in iter_article_paths(root):
        yield read_entry(path)


def fold(text: str) -> str:
    """Lowercase and strip accents so "Sao Paulo" finds "São Paulo"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_TOKEN = re.compile(r"\w+")


def search(root: Path, query: str) -> list[tuple[Entry, float]]:
    """Articles whose text holds every query word (prefix match), best first."""
    words = [fold(w) for w in _TOKEN.findall(query)]
    if not words:
        raise UsageError("the search query has no words")
    hits: list[tuple[Entry, float]] = []
    for path in iter_article_paths(root):
        try:
            article = load(path)
        except ReaderError:
            continue
        tokens = [fold(t) for t in _TOKEN.findall(article.title + "\n" + article.text)]
        title_tokens = {fold(t) for t in _TOKEN.findall(article.title)}
        score = 0.0
        for w in words:
            n = sum(1 for t in tokens if t.startswith(w))
            if not n:
                break
            score += n / (len(tokens) ** 0.5 + 1) + (2.0 if any(t.startswith(w) for t in title_tokens) else 0.0)
        else:
            lang = resolve_language(article.text, None, article.declared_language)
            hits.append((Entry(path, article.title, lang, len(article.text.split())), score))
    hits.sort(key=lambda h: (-h[1], str(h[0].path)))
    return hits


def slugify(title: str, limit: int = 60) -> str:
    text = fold(title)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:limit].rstrip("-") or "article"


def add_text(data: bytes, root: Path, *, name: str = "input") -> Path:
    """Store a new article from raw text bytes; atomic (temp file + rename), never overwrites."""
    article = parse(data, name=name)
    root.mkdir(parents=True, exist_ok=True)
    body = data.decode("utf-8", errors="replace") if article.meta else article.text
    if not article.meta and not body.endswith("\n"):
        body += "\n"
    return write_new(root, slugify(article.title), body)


def write_new(root: Path, stem: str, body: str) -> Path:
    """Write body to root/stem.txt (or stem-2.txt, …) atomically without replacing anything."""
    fd, tmp = tempfile.mkstemp(prefix=".reader-", suffix=".tmp", dir=root)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        for n in range(1, 10_000):
            target = root / (f"{stem}.txt" if n == 1 else f"{stem}-{n}.txt")
            try:
                os.link(tmp, target)  # fails if target exists: never overwrite
            except FileExistsError:
                continue
            except OSError:
                if target.exists():
                    continue
                os.replace(tmp, target)
                return target
            os.unlink(tmp)
            return target
        raise ReaderError(f"could not find a free file name for {stem} in {root}")
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
