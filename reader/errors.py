"""The two kinds of failure the CLI reports, and their exit codes.

Everything the user can cause is a `ReaderError` (exit 1: the input could not be
used) or a `UsageError` (exit 2: the command line was wrong). Anything else is a bug
and is allowed to surface (with `--debug`).

Error messages often quote a file name, and file names are hostile input too: they
may hold newlines, escape sequences or bytes that are not UTF-8. `one_line` and
`printable` make sure such a name can neither split the one-line error nor act on
the terminal.
"""

from __future__ import annotations

import re

# What acts on a terminal besides C0 controls: DEL, C1 controls (U+009B is an 8-bit
# CSI) and the bidi embeddings, overrides and isolates. A regex class body, shared with
# the CLI's JSON output.
TERMINAL_CONTROLS = "\x7f-\x9f\u202a-\u202e\u2066-\u2069"
# ... and here also C0 controls, and lone surrogates (non-UTF-8 bytes in a file name,
# via surrogateescape), which cannot be encoded to UTF-8 at all.
_UNPRINTABLE = re.compile(f"[\x00-\x1f\ud800-\udfff{TERMINAL_CONTROLS}]")


class ReaderError(Exception):
    """The input could not be used: unreadable, not text, empty, unreachable URL."""

    exit_code = 1


class UsageError(ReaderError):
    """The command line itself was wrong."""

    exit_code = 2


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # control pictures: ␛ for ESC, ␤-like ␊ for \n
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with controls, bidi overrides and undecodable bytes made visible.

    Used for names in messages: `"a\\x1b[2Jb.txt"` -> `"a␛[2Jb.txt"`, a non-UTF-8
    byte 0xff -> `"\\xff"`. The result always encodes as UTF-8 and is one line.
    """
    return _UNPRINTABLE.sub(_escape, text)


def one_line(message: str) -> str:
    """Collapse a message onto one line so stderr stays a single `reader: error:` line."""
    return printable(" ".join(str(message).split())) or "unknown error"
