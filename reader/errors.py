"""The two kinds of failure the CLI reports, and their exit codes.

Everything the user can cause is a `ReaderError` (exit 1: the input could not be
used) or a `UsageError` (exit 2: the command line was wrong). Anything else is a bug
and is allowed to surface (with `--debug`).
"""

from __future__ import annotations


class ReaderError(Exception):
    """The input could not be used: unreadable, not text, empty, unreachable URL."""

    exit_code = 1


class UsageError(ReaderError):
    """The command line itself was wrong."""

    exit_code = 2


def one_line(message: str) -> str:
    """Collapse a message onto one line so stderr stays a single `reader: error:` line."""
    return " ".join(str(message).split()) or "unknown error"
