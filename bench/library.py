#!/usr/bin/env python3
"""Benchmark the library layer at 10, 1,000 and 10,000 articles (issue 6).

    python bench/library.py                 # all sizes, index + search (+ UI when available)
    python bench/library.py --sizes 10 1000 # a subset
    python bench/library.py --no-ui         # skip the headless app timing

Each size gets a generated library (mixed languages, 300–3,000 words, some front
matter, subfolders) in a temp folder and its own cache/state dirs (XDG_* point into
the temp folder, so the developer's cache is never touched). Every measurement runs
in a fresh subprocess so "cold" really means an empty cache and peak RSS is per run.

Reported per size: cold index (first batch, everything listed, complete incl.
language), warm index (cached rows), peak RSS, search latency at the largest size,
and (when reader/app/app.py exists) time to first painted list with `run_test`.
Targets (issue 6): first screen at 10k cold <= 1.5x the time at 10; warm start at
10k <= 1.0 s; peak RSS <= 250 MB; search <= 50 ms per query at 10k.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Small real vocabularies so langdetect sees real languages; compounds for no/de/sv/da
# so compound search is exercised.
VOCAB: dict[str, str] = {
    "en": "the government said on Tuesday that the new budget would cut spending on roads "
    "and schools while the minister told reporters that prices rose by three percent last "
    "year according to the central bank officials warned that the harbour tunnel project "
    "was delayed again because contractors could not find enough workers council members "
    "voted to increase taxes for large companies and the opposition leader called it a "
    "mistake people in the city were worried about rents energy bills and public transport "
    "farmers reported a poor harvest after the dry summer",
    "no": "regjeringen sa tirsdag at det nye statsbudsjettet vil kutte utgiftene til veier og "
    "skoler mens ministeren fortalte journalister at prisene steg med tre prosent i fjor "
    "ifølge sentralbanken advarte kommunestyret om at tunnelprosjektet er forsinket igjen "
    "fordi entreprenørene ikke fant nok arbeidere kommunebudsjettet ble vedtatt etter lang "
    "debatt og opposisjonslederen kalte det en feil folk i byen er bekymret for husleie "
    "strømregningen og kollektivtransporten bøndene meldte om dårlig avling etter tørkesommeren "
    "lakseeksporten satte ny rekord ferjestreiken stenger sambandene",
    "da": "regeringen sagde tirsdag at den nye finanslov vil skære i udgifterne til veje og "
    "skoler mens ministeren fortalte journalister at priserne steg med tre procent sidste år "
    "ifølge nationalbanken advarede byrådet om at tunnelprojektet er forsinket igen fordi "
    "entreprenørerne ikke kunne finde nok arbejdere kommunalbestyrelsen vedtog budgettet efter "
    "lang debat og oppositionslederen kaldte det en fejl folk i byen er bekymrede for huslejen "
    "elregningen og den offentlige transport landmændene meldte om en dårlig høst",
    "sv": "regeringen sade på tisdagen att den nya statsbudgeten ska minska utgifterna för vägar "
    "och skolor medan ministern berättade för journalister att priserna steg med tre procent "
    "förra året enligt riksbanken varnade kommunfullmäktige för att tunnelprojektet är försenat "
    "igen eftersom entreprenörerna inte hittade tillräckligt många arbetare oppositionsledaren "
    "kallade det ett misstag människor i staden är oroliga för hyrorna elräkningen och "
    "kollektivtrafiken bönderna rapporterade en dålig skörd efter den torra sommaren",
    "de": "die Bundesregierung teilte am Dienstag mit dass der neue Haushaltsentwurf die "
    "Ausgaben für Straßen und Schulen kürzen werde während der Minister den Journalisten "
    "sagte dass die Preise im vergangenen Jahr um drei Prozent gestiegen seien laut "
    "Bundesbank warnte der Stadtrat dass das Tunnelbauprojekt erneut verzögert sei weil die "
    "Baufirmen nicht genug Arbeitskräfte fanden der Oppositionsführer nannte es einen Fehler "
    "die Menschen in der Stadt sorgen sich um Mieten Stromrechnungen und den Nahverkehr "
    "die Landwirte meldeten eine schlechte Ernte nach dem trockenen Sommer",
    "fr": "le gouvernement a déclaré mardi que le nouveau budget réduirait les dépenses pour les "
    "routes et les écoles tandis que le ministre a dit aux journalistes que les prix avaient "
    "augmenté de trois pour cent l'année dernière selon la banque centrale le conseil "
    "municipal a averti que le projet du tunnel était encore retardé parce que les "
    "entreprises ne trouvaient pas assez d'ouvriers le chef de l'opposition a parlé d'une "
    "erreur les habitants de la ville s'inquiètent des loyers de l'électricité et des "
    "transports publics les agriculteurs ont signalé une mauvaise récolte après l'été sec",
    "es": "el gobierno dijo el martes que el nuevo presupuesto reducirá el gasto en carreteras "
    "y escuelas mientras el ministro dijo a los periodistas que los precios subieron un tres "
    "por ciento el año pasado según el banco central el ayuntamiento advirtió que el proyecto "
    "del túnel volvió a retrasarse porque las empresas no encontraron suficientes "
    "trabajadores el líder de la oposición lo calificó de error los vecinos de la ciudad "
    "están preocupados por los alquileres la factura de la luz y el transporte público los "
    "agricultores informaron de una mala cosecha después del verano seco",
}
LANGS = tuple(sorted(VOCAB))
SOURCES = ("NRK", "Reuters", "AFP", "Le Monde", "El País", "Der Spiegel", "DR", "SVT")


COMPOUND_RATE = 0.05  # share of words that are random 3-part compounds


def _parts(lang: str) -> list[str]:
    return sorted({w.lower() for w in VOCAB[lang].split() if len(w) >= 4})


def article_text(rng: random.Random, lang: str, words: int, *, front_matter: bool) -> str:
    """One article. About 5% of the words are random compounds of three vocabulary
    words ("kommuneskolerbudsjettet"), so a 10,000-article library has a realistic,
    large vocabulary (hundreds of thousands of distinct long terms), not ~100 words.
    """
    vocab = VOCAB[lang].split()
    parts = _parts(lang)
    title_words = rng.choices(vocab, k=rng.randint(4, 8))
    title = " ".join(title_words).capitalize()
    sentences: list[str] = []
    count = 0
    while count < words:
        n = rng.randint(8, 22)
        words_ = rng.choices(vocab, k=n)
        for k in range(n):
            if rng.random() < COMPOUND_RATE:
                words_[k] = "".join(rng.choices(parts, k=3))
        if rng.random() < 0.3:
            words_.insert(rng.randrange(n), str(rng.randint(2, 90_000)))
        sentences.append(" ".join(words_).capitalize() + ".")
        count += len(words_)
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    body = "\n\n".join(paragraphs) + "\n"
    if front_matter:
        day = rng.randint(1, 28)
        month = rng.randint(1, 12)
        head = (
            f"---\ntitle: {title}\ndate: 2025-{month:02d}-{day:02d}\n"
            f"source: {rng.choice(SOURCES)}\nlanguage: {lang}\n---\n"
        )
        return head + body
    return f"{title}\n\n{body}"


def generate(root: Path, count: int, *, seed: int = 6) -> Path:
    """Write `count` articles under root (100 per subfolder); returns root."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        lang = LANGS[i % len(LANGS)]
        folder = root / f"batch-{i // 100:03d}"
        if i % 100 == 0:
            folder.mkdir(exist_ok=True)
        text = article_text(rng, lang, rng.randint(300, 3000), front_matter=i % 3 == 0)
        (folder / f"{lang}-{i:05d}.txt").write_text(text, encoding="utf-8")
    return root


# --------------------------------------------------------------------------- children
# Each measurement runs in its own process (cold = fresh XDG cache dir; RSS per run).

QUERIES = (
    "regjeringen",
    "budsjett",
    "Bundesregierung Haushalt",
    "ministre budget",
    "presupuesto",
    "riksbanken enligt",
    "tunnel",
    "kommunebudsjettet",
)


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def child_index(root: Path, processes: int = 0) -> dict[str, float]:
    """Time a full refresh: first batch, every file listed once, languages complete.

    processes=0 is what the app does (one worker thread); the CLI passes the CPU count.
    """
    t0 = time.perf_counter()
    from reader.library.store import LibraryIndex

    t_import = time.perf_counter() - t0
    from reader.library import store as index_mod

    reads = [0]
    real_read = index_mod._read_file

    def counting_read(path: Path) -> tuple[bytes | None, str | None]:
        reads[0] += 1
        return real_read(path)

    index_mod._read_file = counting_read  # how many files were opened (0 when warm)
    total = sum(1 for _ in stat_walk(root))
    seen: set[Path] = set()
    first = listed = None
    with LibraryIndex(root) as index:
        t1 = time.perf_counter()
        for batch in index.refresh(processes=processes):
            now = time.perf_counter() - t1
            if first is None:
                first = now
            seen.update(e.path for e in batch)
            if listed is None and len(seen) >= total:
                listed = now
        complete = time.perf_counter() - t1
        count = len(index.entries())
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "import_s": t_import,
        "first_batch_s": first or 0.0,
        "listed_s": listed or 0.0,
        "complete_s": complete,
        "entries": count,
        "files_read": reads[0],
        "rss_mb": _rss_mb(),
        "child_rss_mb": children,
    }


def child_index_parallel(root: Path) -> dict[str, float]:
    return child_index(root, processes=os.cpu_count() or 1)


def stat_walk(root: Path) -> list[str]:
    from reader.library.files import stat_articles

    return list(stat_articles(root))


def child_search(root: Path) -> dict[str, object]:
    """Per-query latency on a warm index (limit 200, as the app asks)."""
    from reader.library.search import search as search_index
    from reader.library.store import LibraryIndex

    with LibraryIndex(root) as index:
        for _ in index.refresh():
            pass
        out: dict[str, object] = {}
        t = time.perf_counter()
        search_index(index, QUERIES[0], 200)
        out["first_query_ms"] = (time.perf_counter() - t) * 1000
        per: dict[str, dict[str, float]] = {}
        for q in QUERIES:
            times = []
            hits = 0
            for _ in range(5):
                t = time.perf_counter()
                hits = len(search_index(index, q, 200))
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            per[q] = {"median_ms": times[2], "max_ms": times[-1], "hits": hits}
            t = time.perf_counter()
            search_index(index, q, None)
            per[q]["unlimited_ms"] = (time.perf_counter() - t) * 1000
        out["queries"] = per
        out["rss_mb"] = _rss_mb()
    return out


def ui_available() -> bool:
    return (ROOT / "reader" / "app" / "app.py").exists()


def child_ui(root: Path) -> dict[str, float]:
    """UI TIMING: seconds from creating the app to the first painted list (headless run_test).

    "Painted" = the first screen update Textual renders (App._display, which the
    compositor calls with the rendered frame, also when headless) while the list
    widget (#articles, an OptionList) holds at least one row and is not loading.
    `idle_s` is when the app first went idle afterwards (pilot.pause()), which also
    waits for the first article's analysis.
    """
    import asyncio

    t0 = time.perf_counter()
    from reader.app.app import ReaderApp

    t_import = time.perf_counter() - t0

    async def run() -> dict[str, float]:
        t1 = time.perf_counter()
        app = ReaderApp(library=root)
        painted: list[float] = []
        real_display = app._display

        def display(screen: Any, renderable: Any) -> None:
            real_display(screen, renderable)
            if painted or renderable is None:
                return
            lists = app.screen.query("#articles")
            if lists:
                widget = lists.first()
                if getattr(widget, "option_count", 0) > 0 and not widget.loading:
                    painted.append(time.perf_counter() - t1)

        app._display = display  # type: ignore[method-assign]
        async with app.run_test(size=(160, 45)) as pilot:
            deadline = t1 + 300
            while not painted and time.perf_counter() < deadline:
                await asyncio.sleep(0.002)
            await pilot.pause()
            idle = time.perf_counter() - t1
            rows = getattr(app.screen.query_one("#articles"), "option_count", 0)
        return {
            "import_s": t_import,
            "first_paint_s": painted[0] if painted else -1.0,
            "idle_s": idle,
            "rows": rows,
            "rss_mb": _rss_mb(),
        }

    return asyncio.run(run())


CHILDREN = {
    "index": child_index,
    "index-par": child_index_parallel,
    "search": child_search,
    "ui": child_ui,
}


def run_child(kind: str, root: Path, home: Path) -> dict[str, object]:
    env = dict(os.environ)
    for var in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        env[var] = str(home / var.lower())
    env.pop("READER_LIBRARY", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --------------------------------------------------------------------------- report


def fmt(value: object, unit: str = "s") -> str:
    if isinstance(value, int) and not unit:
        return f"{value:,}"
    if isinstance(value, int | float):
        return f"{value * 1000:.0f} ms" if unit == "s" and value < 1 else f"{value:.2f} {unit}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 1000, 10000])
    parser.add_argument("--no-ui", action="store_true", help="skip the headless app timing")
    parser.add_argument(
        "--no-parallel",
        action="store_true",
        help="skip the cold index with worker processes (what the CLI does)",
    )
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    parser.add_argument("--json", metavar="FILE", help="also write all figures as JSON")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "ROOT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, root = args.child
        print(json.dumps(CHILDREN[kind](Path(root))))
        return 0

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="reader-bench-"))
    ui = ui_available() and not args.no_ui
    results: dict[int, dict[str, object]] = {}
    for size in args.sizes:
        lib = base / f"lib-{size}"
        t = time.perf_counter()
        if not lib.exists():
            generate(lib, size)
        gen = time.perf_counter() - t
        res: dict[str, object] = {"generate_s": gen}
        home = base / f"home-{size}"
        res["index_cold"] = run_child("index", lib, home)
        res["index_warm"] = run_child("index", lib, home)
        if ui:
            uihome = base / f"uihome-{size}"
            res["ui_cold"] = run_child("ui", lib, uihome)
            res["ui_warm"] = run_child("ui", lib, uihome)
        if size == max(args.sizes):
            res["search"] = run_child("search", lib, home)
            if not args.no_parallel:
                res["index_cold_par"] = run_child("index-par", lib, base / f"parhome-{size}")
        results[size] = res
        print(f"[{size} articles generated in {gen:.1f} s]", file=sys.stderr)
    report(results, ui)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def report(results: dict[int, dict[str, object]], ui: bool) -> None:
    def get(size: int, part: str, key: str) -> object:
        value = results[size].get(part, {})
        return value.get(key, value.get("error", "n/a")) if isinstance(value, dict) else "n/a"

    sizes = sorted(results)
    rows = [
        ("index cold: first batch", "index_cold", "first_batch_s"),
        ("index cold: all listed", "index_cold", "listed_s"),
        ("index cold: complete (langs)", "index_cold", "complete_s"),
        ("index cold: peak RSS", "index_cold", "rss_mb"),
        ("index cold: files read", "index_cold", "files_read"),
        ("index warm: first batch", "index_warm", "first_batch_s"),
        ("index warm: complete", "index_warm", "complete_s"),
        ("index warm: peak RSS", "index_warm", "rss_mb"),
        ("index warm: files read", "index_warm", "files_read"),
    ]
    if ui:
        rows += [
            ("UI cold: first painted list", "ui_cold", "first_paint_s"),
            ("UI cold: idle after paint", "ui_cold", "idle_s"),
            ("UI cold: peak RSS", "ui_cold", "rss_mb"),
            ("UI warm: first painted list", "ui_warm", "first_paint_s"),
            ("UI warm: idle after paint", "ui_warm", "idle_s"),
            ("UI warm: peak RSS", "ui_warm", "rss_mb"),
        ]
    print(f"{'':32}" + "".join(f"{s:>14,}" for s in sizes))
    for label, part, key in rows:
        unit = {"rss_mb": "MB", "files_read": ""}.get(key, "s")
        print(f"{label:32}" + "".join(f"{fmt(get(s, part, key), unit):>14}" for s in sizes))
    lo, hi = sizes[0], sizes[-1]

    def ratio(part: str, key: str) -> str:
        a, b = get(lo, part, key), get(hi, part, key)
        if isinstance(a, int | float) and isinstance(b, int | float) and a > 0:
            return f"{b / a:.2f}x"
        return "n/a"

    print()
    print(f"ratios {hi:,} / {lo:,}:")
    print(f"  index cold first batch  {ratio('index_cold', 'first_batch_s')}")
    print(f"  index warm complete     {ratio('index_warm', 'complete_s')}")
    if ui:
        print(f"  UI cold first paint     {ratio('ui_cold', 'first_paint_s')}   (target <= 1.5x)")
        print(f"  UI warm first paint     {ratio('ui_warm', 'first_paint_s')}")
    par = results[hi].get("index_cold_par", {})
    if isinstance(par, dict) and "complete_s" in par:
        print()
        print(
            f"cold index at {hi:,} with {os.cpu_count()} worker processes (the CLI's way):"
            f" all listed {fmt(par['listed_s'])}, complete {fmt(par['complete_s'])},"
            f" peak RSS {par['rss_mb']:.1f} MB (+ {par['child_rss_mb']:.1f} MB per worker)"
        )
    search = results[hi].get("search", {})
    if isinstance(search, dict) and "queries" in search:
        print()
        print(f"search at {hi:,} (limit 200; median / max of 5; unlimited = CLI):")
        print(f"  first query on a fresh connection: {search['first_query_ms']:.1f} ms")
        for q, r in search["queries"].items():
            print(
                f"  {q!r:30} {r['median_ms']:6.1f} / {r['max_ms']:6.1f} ms"
                f"   unlimited {r['unlimited_ms']:6.1f} ms   hits {r['hits']}"
            )
    print()
    print(
        "targets: UI cold first paint 10k <= 1.5x 10; warm start 10k <= 1.0 s; "
        "peak RSS <= 250 MB; search <= 50 ms/query at 10k"
    )


if __name__ == "__main__":
    sys.exit(main())
