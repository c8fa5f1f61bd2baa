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
from reader.loader import decode, load, parse

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


def _walk(root: Path) -> Iterator[os.DirEntry[str]]:
    """Article files under root as DirEntries, in library order (names sorted per folder).

    Hidden files and folders are skipped; symlink loops and unreadable folders too.
    """
    seen: set[tuple[int, int]] = set()

    def walk(folder: str) -> Iterator[os.DirEntry[str]]:
        try:
            st = os.stat(folder)
        except OSError:
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:
            return
        seen.add(key)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    yield from walk(entry.path)
                elif entry.is_file() and entry.name.lower().endswith(ARTICLE_SUFFIXES):
                    yield entry
            except OSError:
                continue

    if root.is_dir():
        yield from walk(str(root))


def iter_article_paths(root: Path) -> Iterator[Path]:
    """Article files under root in a stable order; symlink loops and unreadable dirs skipped."""
    for entry in _walk(root):
        yield Path(entry.path)


def iter_stats(root: Path) -> Iterator[tuple[str, tuple[int, int]]]:
    """(relative posix path, (size, mtime_ns)) for every article, lazily, in library order."""
    prefix = len(str(root).rstrip(os.sep)) + 1 if str(root) not in ("", ".") else 0
    for entry in _walk(root):
        try:
            st = entry.stat()
        except OSError:
            continue
        rel = entry.path[prefix:] if prefix else entry.path.removeprefix("./")
        yield rel_key(rel.replace(os.sep, "/")), (st.st_size, st.st_mtime_ns)


_RAW_NAME = "\ufffe"  # marks a relative path whose name is not valid UTF-8 (hex bytes follow)


def rel_key(rel: str) -> str:
    """A relative path as a string that SQLite and JSON can store, reversibly.

    Names that are not valid UTF-8 reach Python as lone surrogates, which SQLite
    refuses; those are stored as a marker plus the hex of their bytes.
    """
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return _RAW_NAME + os.fsencode(rel).hex()
    return rel


def path_of(root: Path, rel: str) -> Path:
    """The inverse of `rel_key`: the file a relative key names under root."""
    if rel.startswith(_RAW_NAME):
        return root / os.fsdecode(bytes.fromhex(rel[len(_RAW_NAME) :]))
    return root / rel


def stat_articles(root: Path) -> dict[str, tuple[int, int]]:
    """{relative posix path: (size, mtime_ns)} for every article, in library order.

    Only `os.scandir` + one stat per file: cheap enough to run every few seconds on a
    library of 10,000 articles (the index and the watcher both start from this).
    """
    return dict(iter_stats(root))


def order_key(rel: str) -> tuple[str, ...]:
    """Sort key for relative posix paths that reproduces the walk order (folder by folder)."""
    return tuple(rel.split("/"))


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the library list.

    `language` is "" while it is still pending (the index lists files before it runs
    language detection on them; a later batch carries the same path with it filled in).
    `date`, `source` and `url` come from front matter ("" when absent); `digest` is the
    sha256 of the file's bytes ("" when unknown), `mtime_ns` the file's modification time.
    """

    path: Path
    title: str
    language: str
    words: int
    error: str | None = None
    date: str = ""
    source: str = ""
    url: str = ""
    digest: str = ""
    mtime_ns: int = 0

    @property
    def pending(self) -> bool:
        """True while the language of this entry has not been detected yet."""
        return not self.language

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
    meta = article.meta
    return Entry(path, article.title, lang, len(article.text.split()),
                 date=meta_value(meta, "date"), source=meta_value(meta, "source"),
                 url=meta_value(meta, "url"))


def meta_value(meta: dict[str, str], key: str) -> str:
    """One front-matter value on one line ("" when absent)."""
    return " ".join(meta.get(key, "").split())


def scan(root: Path) -> Iterator[Entry]:
    for path in iter_article_paths(root):
        yield read_entry(path)


def fold(text: str) -> str:
    """Lowercase and strip accents so "Sao Paulo" finds "São Paulo"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_TOKEN = re.compile(r"\w+")


def _detect_processes() -> int:
    """Worker processes for language detection on a cold index (CLI only).

    Measured on a shared 2-core box, 2 spawned workers were slower than none (1,000
    files: 16.2/17.2 s vs 13.1/14.3 s): each worker starts Python, imports the reader
    and loads langdetect's profiles (0.38 s then; 0.06 s since `reader.langprofiles`),
    and the two cores were shared with the parent. Only machines with 4+ cores use them;
    that threshold was not re-measured after the faster profile loading.
    """
    cpus = os.cpu_count() or 1
    return min(cpus, 4) if cpus >= 4 else 0


def list_entries(root: Path) -> list[Entry]:
    """Every article of the library in library order, through the on-disk index.

    The first run reads every file; later runs only stat them (see reader.index).
    """
    from reader.index import LibraryIndex

    with LibraryIndex(root) as index:
        for _ in index.refresh(processes=_detect_processes()):
            pass
        return index.entries()


def search(root: Path, query: str, limit: int | None = None) -> list[tuple[Entry, float]]:
    """Articles matching every query word, best first: the ranking `reader search` and `/` use.

    Goes through the on-disk index (SQLite FTS5, see reader.index); falls back to a
    plain scan when this Python's sqlite3 has no FTS5.
    """
    from reader.index import LibraryIndex, query_words

    if not query_words(query):
        raise UsageError("the search query has no words")
    with LibraryIndex(root) as index:
        for _ in index.refresh(processes=_detect_processes()):
            pass
        return index.search(query, limit)


def scan_search(root: Path, query: str) -> list[tuple[Entry, float]]:
    """Articles whose text holds every query word (prefix match), best first (no index)."""
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
            in_title = any(t.startswith(w) for t in title_tokens)
            score += n / (len(tokens) ** 0.5 + 1) + (2.0 if in_title else 0.0)
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
    article = parse(data, name=name)  # refuses empty or binary input, finds the title
    root.mkdir(parents=True, exist_ok=True)
    # Store the whole text as given (only newlines normalised): the display cap and the
    # control-character stand-ins are the loader's business, not the stored file's.
    text, _notice = decode(data, name=name)
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    if not body.endswith("\n"):
        body += "\n"
    return write_new(root, slugify(article.title), body)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_new(root: Path, stem: str, body: str) -> Path:
    """Write body to root/stem.txt (or stem-2.txt, …) atomically without replacing anything."""
    fd, tmp = tempfile.mkstemp(prefix=".reader-", suffix=".tmp", dir=root)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; an article is an ordinary file
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
