# ruff: noqa: E501  (article paragraphs are one line each, as in real files)
"""Helpers for the app tests: an inline library and waiting for workers.

Five files, listed in this order: two ordinary articles (en, no), a long one for
scrolling, one whose title and text look like markup / contain an ESC byte, and a
binary file that must show as an error row without breaking anything.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from reader.app.app import ReaderApp

EN = """Harbour tunnel runs $1.4 billion over budget

The road tunnel under the harbour will cost at least $4.9 billion, up from $3.5 billion approved in 2019, according to the Office of the Auditor-General.

The 6.2 km tunnel was meant to open in 2025. It is now expected to open in March 2027, said Daniel Okafor, chief executive of the Harbour Link Authority.

The audit blames the overrun of roughly 40% on hard rock, a 14-month dispute with the contractor and steel prices that rose by 27 percent.

Transport minister Helen Marchetti told reporters the state would finish the project. An independent review will report by 30 September 2024.

About 1,150 workers are on site on an average day, according to the authority, and 35% of them are employed by local firms.

Share
Read more
"""

NO = """Ferjestreik stenger 17 samband

Streiken rammer rundt 3000 reisende hver dag, ifølge Statens vegvesen.

Forhandlingene brøt sammen natt til 26. februar, sa forhandlingsleder Kari Nordmann til NRK. Partene står langt fra hverandre.

Kommunen anslår at streiken koster næringslivet 11.000 kroner i timen. Ordføreren ber partene om å gå tilbake til bordet.

Fylket har satt inn ekstra busser på tre av strekningene. Flere skoler holder stengt fredag.
"""


def long_article() -> str:
    towns = [
        "Aberford",
        "Bramley",
        "Colby",
        "Denholm",
        "Eastry",
        "Farnley",
        "Glaston",
        "Hawkridge",
        "Ingleby",
        "Jarrow",
    ]
    paras = ["Regional rail survey counts every station\n"]
    for i in range(60):
        town = towns[i % len(towns)]
        paras.append(
            f"Station {i + 1} in {town} handled {1200 + 37 * i} passengers on an average "
            f"weekday in {2000 + i % 24}, said the operator's spokesperson Lee Amundsen. "
            f"The platform at {town} is {80 + i} metres long and needs repairs costing "
            f"${i + 2} million. Local councillors in {town} want the work finished soon."
        )
    return "\n\n".join(paras) + "\n"


MARKUP = (
    "[bold]Breaking[/bold] news about [red]markup[/red]\n\n"
    "This text has [bold]brackets[/bold] and an escape byte \x1b[31m here, "
    "reported by Reuters on Monday. It mentions 42 items and 3 % growth.\n\n"
    "A second paragraph says the council approved [link=x]the plan[/link] "
    "with 12 votes to 5, said mayor Ada Berg.\n"
)


def write_library(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "a-en-tunnel.txt").write_text(EN, encoding="utf-8")
    (root / "b-no-ferje.txt").write_text(NO, encoding="utf-8")
    (root / "c-long.txt").write_text(long_article(), encoding="utf-8")
    (root / "d-markup.txt").write_text(MARKUP, encoding="utf-8")
    (root / "e-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return root


async def settle(app: ReaderApp, pilot: Pilot[None], rounds: int = 6) -> None:
    """Wait for workers and the messages they post, several times (workers chain).

    An exclusive worker cancelled by its successor (two polls in a row) makes
    `wait_for_complete` raise WorkerCancelled; that is the app working as designed,
    so the round waits again for the rest instead of failing the test.
    """
    for _ in range(rounds):
        for _attempt in range(50):  # bounded: a worker cancelled for good is left behind
            try:
                await app.workers.wait_for_complete()
                break
            except WorkerCancelled:
                await pilot.pause()
        await pilot.pause()


async def ready(app: ReaderApp, pilot: Pilot[None]) -> None:
    """Wait until the library is listed and the first article is analysed."""
    await settle(app, pilot)
    screen = app.main
    assert screen.scan_done
    assert screen.analysis is not None
