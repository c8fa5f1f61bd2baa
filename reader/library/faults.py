"""Environment faults this process worked around, as sentences for the user.

Why a process-wide list: the faults (an unusable cache folder, a full cache disk,
another process indexing and stalled) are found deep inside library calls made by
any command or any app worker, and the reader keeps working around them (a
temporary index, what is indexed so far). The user must still be told, once: the
CLI prints each as one `reader: warning: …` line, the app turns each into one
notification. Routing every one of them up through return values of every call
would tie each caller (and the app's screen) to each fault; this list decouples
them. It holds strings only, deduplicated, and is safe from any thread.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_pending: list[str] = []
_seen: set[str] = set()


def report(sentence: str) -> None:
    """Record a fault worked around (said once per process, however often it recurs)."""
    with _lock:
        if sentence in _seen:
            return
        _seen.add(sentence)
        _pending.append(sentence)


def drain() -> list[str]:
    """The faults reported since the last drain, oldest first."""
    with _lock:
        out = list(_pending)
        _pending.clear()
    return out


def reset() -> None:
    """Forget everything (tests: each starts with a clean slate)."""
    with _lock:
        _pending.clear()
        _seen.clear()
