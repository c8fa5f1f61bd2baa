#!/usr/bin/env python3
"""CPU seconds of a cold index of a generated library (bench/library.py's generator).

    python bench/index_cpu.py [--count 300] [SOURCE_ROOT]

CPU time (not wall time) so that two versions can be compared on a busy shared machine:
run it once with this checkout and once with another one on PYTHONPATH, e.g.
`PYTHONPATH=/tmp/main python bench/index_cpu.py /tmp/main`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    root = Path(args.root).resolve()
    sys.path.insert(0, str(root / "bench"))
    import library as generator  # bench/library.py of that checkout

    tmp = Path(tempfile.mkdtemp(prefix="reader-index-cpu-"))
    for var in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        os.environ[var] = str(tmp / var)
    lib = generator.generate(tmp / "lib", args.count)

    import reader
    from reader.library.store import LibraryIndex

    if not str(Path(reader.__file__).resolve()).startswith(str(root)):
        sys.exit(f"reader is imported from {reader.__file__}, not {root}: set PYTHONPATH")
    t0 = time.process_time()
    with LibraryIndex(lib) as index:
        for _ in index.refresh():
            pass
    print(f"{root}: cold index of {args.count} articles: {time.process_time() - t0:.2f} CPU s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
