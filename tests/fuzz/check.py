"""Checks shared by the fuzz tests: run a CLI command and judge its output by the contract."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.spans import assert_spans_valid

ERROR_PREFIX = "reader: error: "
WARNING_PREFIX = "reader: warning: "
# What must never reach a terminal from article text: C0 controls other than \n and
# \t, DEL, C1 controls, and bidi embeddings/overrides/isolates.
FORBIDDEN = frozenset(
    [chr(c) for c in range(0x20) if c not in (0x09, 0x0A)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")
)


@dataclass
class Run:
    argv: list[str]
    rc: int
    stdout: str
    stderr: str


def run_inprocess(argv: Sequence[str]) -> Run:
    """`reader.cli.main(argv)` with stdout/stderr captured (no new process)."""
    from reader.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = main(list(argv))
        except SystemExit as exc:  # argparse --help/--version
            rc = int(exc.code or 0)
    return Run(list(argv), rc, out.getvalue(), err.getvalue())


def problems(run: Run, *, json_expected: bool) -> list[str]:
    """Everything wrong with one run (empty list: it kept the contract)."""
    found: list[str] = []
    if run.rc not in (0, 1):
        found.append(f"exit code {run.rc}")
    if "Traceback" in run.stderr or "Traceback" in run.stdout:
        found.append("traceback")
    if "internal error" in run.stderr:
        found.append(f"internal error: {run.stderr.strip()[:300]}")
    if run.rc == 1:
        if not run.stderr.startswith(ERROR_PREFIX) or run.stderr.count("\n") != 1:
            found.append(f"error is not one 'reader: error:' line: {run.stderr!r:.300}")
        if run.stdout:
            found.append("stdout written on error")
    if run.rc == 0 and run.stderr:
        # allowed: the article's notice (decoded by detection, bad bytes replaced, cut
        # at the cap) as ONE printable `reader: warning:` line
        one_warning = run.stderr.startswith(WARNING_PREFIX) and run.stderr.count("\n") == 1
        if not one_warning or any(c in FORBIDDEN - {"\n"} for c in run.stderr):
            found.append(f"stderr on success: {run.stderr!r:.200}")
    if run.rc == 0 and json_expected:
        try:
            data = json.loads(run.stdout)
        except ValueError as exc:
            return [*found, f"invalid JSON: {exc}"]
        try:
            assert_spans_valid(data)
        except AssertionError as exc:
            found.append(f"bad span: {exc!s:.300}")
        bad = sorted({f"U+{ord(c):04X}" for c in data["text"] + data["title"] if c in FORBIDDEN})
        if bad:
            found.append(f"raw control characters in text/title: {bad}")
        if not data["text"].endswith("\n") or not data["text"].strip():
            found.append("text empty or not ending in a newline")
    if run.rc == 0 and not json_expected:
        bad = sorted({f"U+{ord(c):04X}" for c in run.stdout if c in FORBIDDEN - {"\n"}})
        if bad:
            found.append(f"raw control characters on stdout: {bad}")
    return found


def tree_digest(root: Path) -> dict[str, str]:
    """Path -> sha256 (or link target / 'dir') of every entry under root, links not followed."""
    out: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(os.fsencode(root)):
        for name in dirnames + filenames:
            full = os.path.join(dirpath, name)
            key = os.fsdecode(full)
            if os.path.islink(full):
                out[key] = "link:" + os.fsdecode(os.readlink(full))
            elif os.path.isdir(full):
                out[key] = "dir"
            else:
                with open(full, "rb") as fh:
                    out[key] = hashlib.sha256(fh.read()).hexdigest()
                st = os.stat(full)
                out[key] += f":{st.st_size}:{st.st_mtime_ns}:{oct(st.st_mode)}"
    return out
