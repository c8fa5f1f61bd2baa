"""Files in the library folder: which are articles, their keys, and atomic writes of new ones."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path

from reader.analysis.loader import decode, normalise, parse, split_front_matter
from reader.errors import ReaderError, printable
from reader.safe_io import TEXT_CAP, is_inside, read_regular, too_large

ARTICLE_SUFFIXES = (".txt", ".md")


def _walk(root: Path) -> Iterator[os.DirEntry[str]]:
    """Article files under root as DirEntries, in library order (names sorted per folder).

    Hidden files and folders are skipped; symlink loops and unreadable folders too.
    A symlink (to a file or a folder) is followed only when its target lies inside
    the library: a link to `/`, `/proc` or a home folder must not make `list` read
    the whole file system.
    """
    seen: set[tuple[int, int]] = set()
    try:
        real_root = root.resolve()
    except (OSError, RuntimeError):
        return

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
                if entry.is_symlink() and not is_inside(Path(entry.path), real_root):
                    continue
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


def fold(text: str) -> str:
    """Lowercase and strip accents for file names ("São Paulo" -> "sao paulo", "ß" -> "ss").

    Not the search fold: words are compared folded by `reader.library.terms.fold`
    (as the index's FTS5 tokenizer folds them, one character for one).
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(title: str, limit: int = 60) -> str:
    text = fold(title)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:limit].rstrip("-") or "article"


_QUOTES = "\"'"


def front_matter_value(value: str) -> str:
    """A value the loader reads back unchanged: one line, and since it strips one pair of
    matching quotes, a value that starts and ends with a quote mark is wrapped in the
    other kind."""
    value = " ".join(value.split())
    if len(value) >= 2 and value[0] in _QUOTES and value[-1] == value[0]:
        other = "'" if value[0] == '"' else '"'
        return f"{other}{value}{other}"
    return value


def front_matter(fields: Mapping[str, str]) -> str:
    """`---` / `key: value` lines (in the order given; keys without a value left out) /
    `---`, the head of a stored article (`reader add`, feed items)."""
    lines = ["---"]
    for key, value in fields.items():
        value = front_matter_value(value)
        if value:
            lines.append(f"{key}: {value}")
    lines.append("---")
    return "\n".join(lines)


class Duplicate(Exception):
    """The URL or text being added is already in the library, at `path`."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"already in library: {path}")
        self.path = path


def _same_text(text: str) -> str:
    """The text as compared for duplicates: front matter off, whitespace collapsed."""
    return " ".join(split_front_matter(normalise(text))[1].split())


def check_duplicate(root: Path, body: str | None, *, url: str | None = None) -> None:
    """Raise `Duplicate` when an article of `root` has this front-matter `url` or,
    ignoring front matter and whitespace, this text. Unreadable files are skipped.

    Reads every article (about 0.23 s for 1,000 files of 3.5 KB, 1.1 s for 5,000,
    warm cache). Not the SQLite index: it keeps the sha256 of each file's bytes, not
    of the text without front matter and whitespace compared here, `reader add` does
    not open it, and a missing or stale index would first read the changed files.
    """
    if not root.is_dir():
        return
    want = _same_text(body) if body is not None else None
    url = url.strip() if url else None
    for path in iter_article_paths(root):
        try:
            data = read_regular(path, TEXT_CAP + 1)
            text, _notice = decode(data, name=str(path))
        except (ReaderError, OSError):
            continue
        meta, rest = split_front_matter(normalise(text))
        if url and meta.get("url", "").strip() == url:
            raise Duplicate(path)
        if want is not None and " ".join(rest.split()) == want:
            raise Duplicate(path)


def add_text(data: bytes, root: Path, *, name: str = "input", force: bool = False) -> Path:
    """Store a new article from raw text bytes; atomic (temp file + rename), never overwrites.

    Past `TEXT_CAP` (what the reader reads of any article) the input is refused as
    too large rather than stored whole and shown cut. Text that is not UTF-8 is
    stored as UTF-8 (decoded by detection). Unless `force`, text already in the
    library raises `Duplicate`.
    """
    if len(data) > TEXT_CAP:
        raise too_large(printable(name), TEXT_CAP)
    article = parse(data, name=name)  # refuses empty or binary input, finds the title
    # Store the whole text as given (only newlines normalised): the control-character
    # stand-ins are the loader's business, not the stored file's.
    text, _notice = decode(data, name=name)
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    if body.startswith("\ufeff"):
        body = body[1:]
    if not body.endswith("\n"):
        body += "\n"
    if not force:
        check_duplicate(root, body)
    return write_new(root, slugify(article.title), body)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


TEMP_PREFIX = ".reader-"
TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 60.0  # a write takes well under a second; older temp files are leftovers


def sweep_temp_files(folder: Path, prefix: str, suffix: str = TEMP_SUFFIX) -> list[Path]:
    """Remove our own temp files (prefix*suffix) of writes that were killed; returns them.

    Only files older than a minute: a write in progress in another process is left alone.
    """
    removed: list[Path] = []
    try:
        leftovers = sorted(folder.glob(f"{prefix}*{suffix}"))
    except OSError:
        return removed
    now = time.time()
    for tmp in leftovers:
        with contextlib.suppress(OSError):
            st = tmp.lstat()
            if now - st.st_mtime > STALE_TEMP_SECONDS and not tmp.is_symlink():
                tmp.unlink()
                removed.append(tmp)
    return removed


def write_error(folder: Path, exc: OSError, what: str = "the library") -> ReaderError:
    """A failed write as one sentence: read-only, full, permission denied, …"""
    where = f"{what} {printable(str(folder))}"
    code = exc.errno
    if code == errno.EROFS:
        return ReaderError(f"cannot write to {where}: it is on a read-only file system")
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        reason = "file size limit reached" if code == errno.EFBIG else "no space left"
        return ReaderError(f"cannot write to {where}: it is full ({reason})")
    if code in (errno.EACCES, errno.EPERM):
        return ReaderError(f"cannot write to {where}: permission denied")
    if code in (errno.ENOTDIR, errno.EEXIST):
        return ReaderError(f"cannot write to {where}: it is not a folder")
    return ReaderError(f"cannot write to {where} ({exc.strerror or exc})")


def replace_file(path: Path, blob: bytes, *, prefix: str, durable: bool = True) -> None:
    """Write `blob` over `path` atomically: a temp file `prefix…` in the same folder,
    fsync (unless not `durable`), `os.replace`. A reader sees the old or the new file.
    Raises OSError (the temp file removed); `sweep_temp_files(folder, prefix)` clears
    what a killed write left."""
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic(path: Path, blob: bytes, *, durable: bool = True) -> None:
    """`replace_file` into a folder made if missing (temp files a killed write of `path`
    left are removed first, as `write_new` and the state file do); a failure is one
    ReaderError sentence.

    `durable=False` skips the fsync (still atomic): for a write that only moves a
    timestamp, where losing it in a power cut costs nothing.
    """
    folder = path.parent
    prefix = f".{path.name}."
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sweep_temp_files(folder, prefix)  # what a killed write of this file left
        replace_file(path, blob, prefix=prefix, durable=durable)
    except OSError as exc:
        raise write_error(folder, exc, "the folder") from None


def write_new(root: Path, stem: str, body: str) -> Path:
    """Write body to root/stem.txt (or stem-2.txt, …) atomically without replacing anything.

    A failure (read-only, full, no permission) is one ReaderError sentence and leaves
    no temp file; temp files of earlier writes that were killed are removed first.
    """
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(root, exc) from None
    sweep_temp_files(root, TEMP_PREFIX)
    try:
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=root)
    except OSError as exc:
        raise write_error(root, exc) from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; an article is an ordinary file
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
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
    except OSError as exc:
        raise write_error(root, exc) from None
    finally:
        if os.path.exists(tmp):
            with contextlib.suppress(OSError):
                os.unlink(tmp)
