"""Fingerprints that tie cached rows to the code and data that made them.

A cached analysis is only as good as the code behind it, so its key hashes every
file of the `reader.analysis` package (modules and data), `reader/model.py`, and the
versions of the libraries whose output it holds. Nothing is listed by hand: a new
module or data file is covered the moment it exists.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path

import reader.analysis
import reader.model

ANALYSIS_DIR = Path(reader.analysis.__file__).resolve().parent
MODEL_FILE = Path(reader.model.__file__).resolve()
# Libraries whose behaviour is part of what an analysis holds.
ANALYSIS_LIBRARIES = ("sumy", "numpy", "langdetect")
# The modules a list row (title, words, language) depends on; see entry_version.
# language.py takes its aliases ("nb" -> "no") from the language table.
ENTRY_MODULES = (
    "loader.py",
    "language.py",
    "langprofiles.py",
    "languages.py",
    "data/languages.json",
    "markdown.py",
    "dates.py",
    "data/dates/months.json",
)
_SKIP_DIRS = {"__pycache__"}


def package_files(folder: Path) -> list[Path]:
    """Every file of a package folder that can change behaviour, in a fixed order."""
    files = (
        p
        for p in folder.rglob("*")
        if p.is_file()
        and not _SKIP_DIRS.intersection(p.relative_to(folder).parts)
        and p.suffix not in {".pyc", ".pyo"}
    )
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def digest_files(base: Path, files: Iterable[Path], extra: Iterable[str] = ()) -> str:
    """sha256 over names and bytes of files (relative to base) and extra strings."""
    h = hashlib.sha256()
    for file in files:
        h.update(file.relative_to(base).as_posix().encode("utf-8", "surrogateescape"))
        h.update(b"\0")
        try:
            h.update(file.read_bytes())
        except OSError as exc:  # unreadable: still part of the key, never a crash
            h.update(f"unreadable {exc.errno}".encode())
        h.update(b"\0")
    for item in extra:
        h.update(item.encode())
        h.update(b"\0")
    return h.hexdigest()[:24]


def library_versions(names: Iterable[str] = ANALYSIS_LIBRARIES) -> list[str]:
    """`name==version` for each installed library ("name==?" when it is not installed)."""
    out = []
    for name in names:
        try:
            out.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}==?")
    return out


def analysis_fingerprint(folder: Path = ANALYSIS_DIR, model: Path = MODEL_FILE) -> str:
    """The key of the analysis code: every file of `folder`, the model, library versions."""
    files = package_files(folder)
    extra = [f"model {hashlib.sha256(model.read_bytes()).hexdigest()}", *library_versions()]
    return digest_files(folder, files, extra)


def entry_fingerprint(folder: Path = ANALYSIS_DIR, entry_format: int = 0) -> str:
    """The key of a list row: the loader and language modules, their data, langdetect.

    Narrower than the analysis key on purpose: editing the summariser must not throw
    away 10,000 cached list rows, which hold only title, words and language.
    """
    files = [folder / name for name in ENTRY_MODULES if (folder / name).is_file()]
    extra = [f"entry format {entry_format}", *library_versions(("langdetect",))]
    return digest_files(folder, files, extra)


@cache
def analysis_version() -> str:
    """The analysis key of this installed copy (computed once per process)."""
    return analysis_fingerprint()
