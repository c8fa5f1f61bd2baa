"""Write docs/screenshot.svg: the main screen at 160x45 on the repo's articles/ library.

Usage: python bench/screenshot.py [LIBRARY] [OUTPUT]
Runs the app headless, waits for the scan and the first summary, presses `n` once so
a current highlight is visible, then saves Textual's SVG screenshot.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from reader.app.app import ReaderApp

ROOT = Path(__file__).resolve().parent.parent


async def shoot(library: Path, output: Path) -> None:
    app = ReaderApp(library=library)
    async with app.run_test(size=(160, 45)) as pilot:
        app.theme = "textual-dark"
        for _ in range(8):
            await app.workers.wait_for_complete()
            await pilot.pause()
        if app.main.analysis is None:
            raise SystemExit("no article was analysed; is the library empty?")
        await pilot.press("n")
        await pilot.pause()
        output.parent.mkdir(parents=True, exist_ok=True)
        app.save_screenshot(filename=output.name, path=str(output.parent))
    print(output)


def main() -> None:
    library = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "articles"
    output = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshot.svg"
    asyncio.run(shoot(library, output))


if __name__ == "__main__":
    main()
