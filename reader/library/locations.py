"""Every folder reader uses outside the library, decided in one place.

The library folder comes from the command line, the environment or the working
directory; caches and state live in the platform folders (platformdirs, so the XDG
variables are respected). Nothing else in reader names a platform folder.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_data_dir, user_state_dir

from reader.errors import UsageError

APP_NAME = "reader"
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
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "articles"


def cache_dir() -> Path:
    """The platform cache folder: indexes (deletable at any time)."""
    return Path(user_cache_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    """The platform state folder: read marks, bookmarks, positions, preferences."""
    return Path(user_state_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The platform config folder: the feed subscriptions (a file people may edit)."""
    return Path(user_config_dir(APP_NAME, appauthor=False))


def feeds_state_dir() -> Path:
    """Per-feed HTTP state and seen-sets (one JSON file per feed)."""
    return state_dir() / "feeds"


def default_db_path(root: Path) -> Path:
    """Where the index of library `root` lives (one file per library folder)."""
    key = hashlib.sha1(str(root.resolve()).encode("utf-8", "surrogateescape")).hexdigest()
    return cache_dir() / f"index-{key[:16]}.sqlite3"


def default_state_path() -> Path:
    """The state file shared by every library."""
    return state_dir() / "state.json"
