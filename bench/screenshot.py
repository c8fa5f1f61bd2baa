"""Write docs/screenshot.svg: the main screen at 160x45 on the repo's articles/ library.

Usage: python bench/screenshot.py [LIBRARY] [OUTPUT]
Runs the app headless (with a fresh state file, so your bookmarks and sort order stay
out of it), waits for the scan, opens the Markdown sample article (rendered, with its
metadata in the header) when the library has it, presses `n` once so a current
highlight is visible, then saves Textual's SVG screenshot.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from reader.app.app import ReaderApp
from reader.library.state import ReaderState

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "en-seawall-vote-saltmarsh-bay.md"  # Markdown with front matter


async def settle(app: ReaderApp, pilot: object) -> None:
    for _ in range(8):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]


async def shoot(library: Path, output: Path) -> None:
    state = ReaderState(Path(tempfile.mkdtemp()) / "state.json", autosave=False)
    app = ReaderApp(library=library, state=state)
    async with app.run_test(size=(160, 45)) as pilot:
        app.theme = "textual-dark"
        await settle(app, pilot)
        wanted = [p for p in app.main.entries if p.endswith(ARTICLE)]
        if wanted:
            app.main.open_article(wanted[0])
            await settle(app, pilot)
            app.main.article_list.focus()
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
