"""Every file reader reads goes through here: regular files only, never more than a cap.

Why a module of its own, at the bottom beside `model` and `errors`: the loader (in
`reader.analysis`, which may not import `reader.library`) and the library layer
(index, state, `add`) must read files the same way, so the primitive has to live
below both. It imports nothing from reader but `errors`.

What "the same way" means:

- **Typed before read.** The file is opened with `O_NONBLOCK` (opening a FIFO
  without a writer returns at once instead of waiting forever) and `O_NOCTTY`, then
  `fstat` on the open descriptor decides: only a regular file is read. A FIFO,
  `/dev/zero`, a terminal or a socket is refused with a sentence. Checking the
  descriptor, not the name, means a file swapped for a FIFO between a directory
  listing and the read is caught too.
- **Bounded.** At most `limit` bytes are read (callers pass their cap + 1 to learn
  that a file is longer than the cap). Nothing reads a whole file of unknown size:
  a 3 GB sparse `.txt` costs one MiB of memory, like a small one.
- **Errors are sentences.** Every `OSError` becomes one `ReaderError` line naming the
  file: `no such file`, `permission denied`, `is a directory, not an article`,
  `is not a regular file (a FIFO)`, `cannot read (…)`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from reader.errors import ReaderError, printable

TEXT_CAP = 1024 * 1024  # an article: what is read, hashed, indexed and analysed
HTML_CAP = 10 * 1024 * 1024  # a web page to reduce to its text (`add URL`, `add page.html`)
_CHUNK = 256 * 1024

_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def kind_of(mode: int) -> str:
    """A file type in words, for messages ("a FIFO", "a character device", …)."""
    for test, words in _KINDS:
        if test(mode):
            return words
    return "not a regular file"


def oserror_sentence(label: str, exc: OSError) -> str:
    """One line for an OSError on the file `label` (already printable)."""
    code = exc.errno
    if code == errno.ENOENT:
        return f"{label}: no such file"
    if code in (errno.EACCES, errno.EPERM):
        return f"{label}: permission denied"
    if code == errno.EISDIR:
        return f"{label} is a directory, not an article"
    return f"{label}: cannot read ({exc.strerror or exc})"


def open_regular(path: str | os.PathLike[str], *, label: str | None = None) -> int:
    """A read-only descriptor of `path` if it is a regular file, else a ReaderError.

    Never blocks on a FIFO (O_NONBLOCK) and never makes a terminal our controlling
    terminal (O_NOCTTY). The caller closes the descriptor.
    """
    name = label if label is not None else printable(os.fspath(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ReaderError(oserror_sentence(name, exc)) from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as exc:
        os.close(fd)
        raise ReaderError(oserror_sentence(name, exc)) from None
    if stat.S_ISDIR(mode):
        os.close(fd)
        raise ReaderError(f"{name} is a directory, not an article")
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise ReaderError(f"{name} is not a regular file ({kind_of(mode)})")
    return fd


def read_fd(fd: int, limit: int) -> bytes:
    """At most `limit` bytes from a descriptor, in chunks (no buffer of `limit` up front)."""
    parts: list[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, _CHUNK))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def read_regular(path: str | os.PathLike[str], limit: int, *, label: str | None = None) -> bytes:
    """At most `limit` bytes of the regular file `path`; a one-line ReaderError otherwise.

    Pass your cap + 1 as `limit`: a result longer than the cap means the file is.
    """
    name = label if label is not None else printable(os.fspath(path))
    fd = open_regular(path, label=name)
    try:
        return read_fd(fd, limit)
    except OSError as exc:
        raise ReaderError(oserror_sentence(name, exc)) from None
    finally:
        os.close(fd)


def read_stream(stream: BinaryIO, limit: int, *, label: str = "standard input") -> bytes:
    """At most `limit` bytes of a stream (stdin): `yes | reader add -` ends at the cap."""
    parts: list[bytes] = []
    left = limit
    try:
        while left > 0:
            chunk = stream.read(min(left, _CHUNK))
            if not chunk:
                break
            parts.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise ReaderError(oserror_sentence(label, exc)) from None
    return b"".join(parts)


def too_large(label: str, cap: int) -> ReaderError:
    """The one error for input past its cap, worded the same for files, stdin and URLs."""
    return ReaderError(f"{label} is too large (over {size_words(cap)})")


def size_words(n: int) -> str:
    """1048576 -> '1 MB', 10485760 -> '10 MB', 4096 -> '4 KB' (binary units, short words)."""
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB"
    if n >= 1024 and n % 1024 == 0:
        return f"{n // 1024} KB"
    return f"{n} bytes"


def is_inside(path: Path, root: Path) -> bool:
    """Whether `path` (resolved) lies in `root` (resolved): symlinks may not leave it."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True
