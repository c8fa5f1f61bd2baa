#!/usr/bin/env python3
"""Peak memory and time of `reader list` on a library holding a 1 GB sparse .txt (issue 16).

    python bench/big_file.py            # 1 GiB
    python bench/big_file.py --gib 3    # 3 GiB

The big file starts with ~1 MB of real sentences and is then extended to its full
size with `truncate` (sparse: no disk space used, but every byte reads as NUL, as
in the issue's finding). A second, ordinary article sits beside it. `reader list`
runs cold (empty cache) and warm in a fresh process each; peak RSS is the child's
`ru_maxrss`. Target: peak RSS < 300 MB (it was 3.2 GB for a 3 GB file before).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

READER = Path(sys.executable).parent / "reader"
PROBE = (
    "import resource, subprocess, sys, time\n"
    "t = time.monotonic()\n"
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
    " time.monotonic() - t, p.stdout.count('\\n'))\n"
)


def measure(root: Path, env: dict[str, str]) -> tuple[int, float, float, int]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(READER), "list", "--library", str(root)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.split()
    return int(out[0]), int(out[1]) / 1024, float(out[2]), int(out[3])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gib", type=float, default=1.0)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reader-bench-big-") as tmp:
        root = Path(tmp) / "lib"
        root.mkdir()
        big = root / "big.txt"
        with big.open("wb") as fh:
            fh.write(("Big file\n\n" + "The council met again today. " * 36_000).encode())
            fh.truncate(int(args.gib * 1024**3))
        (root / "small.txt").write_text(
            "Small\n\nThe harbour tunnel will open two years late, the council said.\n",
            encoding="utf-8",
        )
        home = Path(tmp) / "home"
        env = {k: v for k, v in os.environ.items() if k != "READER_LIBRARY"}
        env["HOME"] = str(home)
        for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
            env[var] = str(home / var.lower())
        print(f"big.txt: {big.stat().st_size:,} bytes ({big.stat().st_blocks * 512:,} on disk)")
        for label in ("cold", "warm"):
            rc, rss, seconds, rows = measure(root, env)
            print(
                f"reader list ({label}): exit {rc}, {rows} rows, {seconds:.2f} s, "
                f"peak RSS {rss:.0f} MB"
            )
            if rc != 0 or rss >= 300:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
