"""One way for tests to run the installed `reader` script with an isolated environment.

Every CLI test goes through here, so they all run the console script the way a user
does (not an import), with HOME and the XDG folders in a temporary place and no
`$READER_LIBRARY` from the developer's shell.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import overload

SCRIPT = Path(sys.executable).parent / "reader"
XDG_VARS = ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME")


def isolated_env(home: Path, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """os.environ (or `base`) with HOME and every XDG folder under `home`."""
    env = {
        k: v
        for k, v in (os.environ if base is None else base).items()
        if k not in ("READER_LIBRARY", "PYTHONIOENCODING")
    }
    env["HOME"] = str(home)
    for var in XDG_VARS:
        env[var] = str(home / var.lower())
    return env


@overload
def run_reader(
    args: list[str],
    env: Mapping[str, str] | None = ...,
    cwd: Path | None = ...,
    *,
    stdin: str | None = ...,
    binary: bool = False,
    timeout: float = ...,
) -> subprocess.CompletedProcess[str]: ...


@overload
def run_reader(
    args: list[str],
    env: Mapping[str, str] | None = ...,
    cwd: Path | None = ...,
    *,
    stdin: bytes | None = ...,
    binary: bool,
    timeout: float = ...,
) -> subprocess.CompletedProcess[bytes]: ...


def run_reader(
    args: list[str],
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    *,
    stdin: str | bytes | None = None,
    binary: bool = False,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str] | subprocess.CompletedProcess[bytes]:
    """Run the installed `reader` script; stdin is empty unless given (never the terminal)."""
    if stdin is None:
        stdin = b"" if binary else ""
    return subprocess.run(
        [str(SCRIPT), *args],
        capture_output=True,
        text=not binary,
        timeout=timeout,
        env=dict(env) if env is not None else None,
        cwd=cwd,
        input=stdin,
    )
