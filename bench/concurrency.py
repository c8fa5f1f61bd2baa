#!/usr/bin/env python3
"""Concurrent cold `reader list` (issue 16): N processes on one fresh library at once.

    python bench/concurrency.py                  # 1,000 files, 20 processes
    python bench/concurrency.py --files 300 --processes 5

Generates a library with `bench/library.generate` (mixed languages, so every file
needs language detection) in a temp folder, with XDG_* pointing into it (the
developer's cache is never touched). Then, each time with an empty cache:

1. one `reader list` alone (the cold time of one);
2. N `reader list` started together; all must exit 0 with the same output as (1).

Prints both times and their ratio. Target: all succeed, ratio < 3.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from library import generate

READER = Path(sys.executable).parent / "reader"


def env_for(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "READER_LIBRARY"}
    env["HOME"] = str(home)
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        env[var] = str(home / var.lower())
    return env


def cold(home: Path) -> None:
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)


def run_many(
    root: Path, home: Path, n: int
) -> tuple[float, list[subprocess.CompletedProcess[str]]]:
    env = env_for(home)
    started = time.monotonic()
    procs = [
        subprocess.Popen(
            [str(READER), "list", "--library", str(root)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(n)
    ]
    done = []
    for p in procs:
        out, err = p.communicate(timeout=900)
        done.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return time.monotonic() - started, done


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--processes", type=int, default=20)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reader-bench-conc-") as tmp:
        root = generate(Path(tmp) / "lib", args.files)
        home = Path(tmp) / "home"
        cold(home)
        one, (solo,) = run_many(root, home, 1)
        assert solo.returncode == 0, solo.stderr
        lines = solo.stdout.count("\n")
        print(f"files: {args.files}  listed: {lines}  one cold list: {one:.2f} s")
        cold(home)
        together, runs = run_many(root, home, args.processes)
        failed = [r for r in runs if r.returncode != 0]
        different = [r for r in runs if r.returncode == 0 and r.stdout != solo.stdout]
        waited = sum(1 for r in runs if "waiting for it" in r.stderr)
        warned = sum(
            1
            for r in runs
            for line in r.stderr.splitlines()
            if "warning" in line and "waiting for it" not in line
        )
        print(
            f"{args.processes} cold lists together: {together:.2f} s  "
            f"ratio: {together / one:.2f}  failed: {len(failed)}  "
            f"output differs: {len(different)}  said they waited: {waited}  "
            f"other warnings: {warned}"
        )
        for r in failed[:3]:
            print("  stderr:", r.stderr.strip()[:300])
        return 0 if not failed and not different and together / one < 3 else 1


if __name__ == "__main__":
    sys.exit(main())
