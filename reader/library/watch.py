"""Cheap polling of the library folder: which articles were added, changed or removed.

Polling instead of inotify/FSEvents: no dependency, works the same on every platform
and on network folders, and one `os.scandir` walk with one stat per file costs a few
tens of milliseconds at 10,000 articles, so every 2 s from a worker thread is fine.

    known = index.known()                 # or snapshot(root)
    changes = poll(root, known)
    if changes:
        updated, removed = index.apply(changes)
        known = changes.current
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader.library.files import order_key, stat_articles

Stat = tuple[int, int]  # (size, mtime_ns)


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed since the last poll. Paths are relative posix strings, sorted.

    `current` is the new snapshot {relative path: (size, mtime_ns)}: pass it as
    `known` to the next poll.
    """

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    current: Mapping[str, Stat] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def snapshot(root: Path) -> dict[str, Stat]:
    """{relative posix path: (size, mtime_ns)} of every article under root."""
    return stat_articles(root)


def poll(root: Path, known: Mapping[str, Stat]) -> Changes:
    """Compare the folder with `known` ({relative path: (size, mtime_ns)}).

    A file counts as changed when its size or mtime_ns differs; content equality is
    the index's business (it hashes what it re-reads).
    """
    current = stat_articles(root)
    added = [p for p in current if p not in known]
    changed = [p for p, st in current.items() if p in known and tuple(known[p]) != st]
    removed = [p for p in known if p not in current]
    return Changes(
        added=tuple(sorted(added, key=order_key)),
        changed=tuple(sorted(changed, key=order_key)),
        removed=tuple(sorted(removed, key=order_key)),
        current=current,
    )
