"""The on-disk index: cache hits, invalidation, corruption recovery, search, analyses."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from reader.errors import UsageError
from reader.library import store as index_mod
from reader.library.analyses import AnalysisService
from reader.library.search import fts_query
from reader.library.search import search as search_index
from reader.library.store import LibraryIndex
from reader.library.terms import fold, match_spans
from reader.library.watch import poll
from reader.model import Analysis, Entry, Options

NO = (
    "Kommunestyret vedtok tirsdag kommunebudsjettet for neste år etter en lang debatt. "
    "Ifølge ordføreren må skolene spare tre millioner kroner, og rådmannen advarte om "
    "at det blir krevende å holde driften i gang. Opposisjonen stemte imot forslaget.\n"
)
EN = (
    "The council approved the harbour budget on Tuesday after a long debate. According "
    "to the mayor, schools must save three million pounds, and the treasurer warned that "
    "keeping services running will be hard. The opposition voted against the plan.\n"
)
DE = (
    "Der Stadtrat hat am Dienstag den Haushaltsentwurf für das kommende Jahr beschlossen. "
    "Laut Bürgermeisterin müssen die Schulen drei Millionen Euro sparen, und der Kämmerer "
    "warnte vor schwierigen Zeiten. Die Opposition stimmte gegen den Entwurf.\n"
)
FR = (
    "Le conseil municipal a adopté mardi le budget de l'année prochaine après un long "
    "débat. Selon la maire, les écoles devront économiser trois millions d'euros, et le "
    "trésorier a prévenu que l'été serait difficile. L'opposition a voté contre.\n"
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    write(root / "no-budsjett.txt", "Kommunebudsjettet er vedtatt\n\n" + NO)
    write(root / "en-harbour.txt", "Harbour budget approved\n\n" + EN)
    write(
        root / "europe" / "de-haushalt.md",
        "---\ntitle: Haushalt beschlossen\n"
        "date: 2025-03-04\nsource: Der Bote\nlanguage: de\n---\n" + DE,
    )
    write(root / "europe" / "fr-budget.txt", "Le budget est adopté\n\n" + FR)
    return root


def drain(index: LibraryIndex, **kw: object) -> dict[Path, Entry]:
    """Run a refresh to the end, upserting by path as the app does."""
    seen: dict[Path, Entry] = {}
    for batch in index.refresh(**kw):  # type: ignore[arg-type]
        assert isinstance(batch, list) and (batch or batch.removed)
        for entry in batch:
            seen[entry.path] = entry
        for path in batch.removed:
            del seen[path]
    return seen


def test_cold_refresh_lists_everything_with_languages(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        seen = drain(index)
        assert index.db_path.exists()
        assert str(index.db_path).startswith(os.environ["XDG_CACHE_HOME"])
        entries = index.entries()
    assert [e.path for e in entries] == [
        lib / "en-harbour.txt",
        lib / "europe" / "de-haushalt.md",
        lib / "europe" / "fr-budget.txt",
        lib / "no-budsjett.txt",
    ]
    assert {e.path: e for e in entries} == seen
    by_name = {e.path.name: e for e in entries}
    assert by_name["no-budsjett.txt"].language == "no"
    assert by_name["en-harbour.txt"].language == "en"
    assert by_name["fr-budget.txt"].language == "fr"
    de = by_name["de-haushalt.md"]
    assert (de.title, de.language, de.date, de.source) == (
        "Haushalt beschlossen",
        "de",
        "2025-03-04",
        "Der Bote",
    )
    assert by_name["en-harbour.txt"].title == "Harbour budget approved"
    assert by_name["en-harbour.txt"].words == len(("Harbour budget approved\n\n" + EN).split())
    assert all(len(e.digest) == 64 for e in entries)


def test_first_pass_leaves_language_pending_then_fills_it(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        batches = list(index.refresh(detect=False))
        first = {e.path.name: e for b in batches for e in b}
        assert first["en-harbour.txt"].pending
        assert first["de-haushalt.md"].language == "de"  # from front matter, no detection
        later = {e.path.name: e for b in index.detect_languages() for e in b}
        assert later["en-harbour.txt"].language == "en"
        assert "de-haushalt.md" not in later


def test_warm_refresh_reads_no_file(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
    calls: list[Path] = []
    real = index_mod._read_file
    monkeypatch.setattr(index_mod, "_read_file", lambda p: calls.append(p) or real(p))
    with LibraryIndex(lib) as index:  # a new object, as after a restart
        seen = drain(index)
    assert len(seen) == 4
    assert calls == []


def test_edit_invalidates_only_that_file(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        target = lib / "en-harbour.txt"
        st = target.stat()
        target.write_text("Tunnel costs double\n\n" + EN.replace("budget", "tunnel"), "utf-8")
        os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
        calls: list[Path] = []
        real = index_mod._read_file
        monkeypatch.setattr(index_mod, "_read_file", lambda p: calls.append(p) or real(p))
        seen = drain(index)
        assert set(calls) == {target}
        assert seen[target].title == "Tunnel costs double"
        assert [e.path for e, _ in search_index(index, "tunnel")] == [target]
        assert target not in [e.path for e, _ in search_index(index, "harbour budget")]


def analyse_cached(lib: Path, path: Path, options: Options) -> Analysis:
    """The app's way in: the analysis service (memory, then this index's disk cache)."""
    done = AnalysisService(lib).analyse(str(path), options)
    assert done is not None
    return done.analysis


def test_touch_keeps_row_and_analysis(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        path = lib / "no-budsjett.txt"
        before = index.entry(path)
        analysis = analyse_cached(lib, path, Options(sentences=1))
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        drain(index)
        after = index.entry(path)
        assert after is not None and before is not None
        assert (after.digest, after.language) == (before.digest, before.language)
        assert after.mtime_ns == st.st_mtime_ns + 1_000_000_000
        assert index.get_analysis(path, Options(sentences=1)) == analysis


def test_removed_and_moved_files(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        (lib / "europe" / "fr-budget.txt").unlink()
        os.rename(lib / "no-budsjett.txt", lib / "europe" / "no-moved.txt")
        batches = list(index.refresh())
        assert [e.path.name for e in batches[0]] == [  # the cached list comes first
            "en-harbour.txt",
            "de-haushalt.md",
            "fr-budget.txt",
            "no-budsjett.txt",
        ]
        removed = [p for b in batches for p in b.removed]
        assert removed == [lib / "europe" / "fr-budget.txt", lib / "no-budsjett.txt"]
        seen = drain(index)
        names = sorted(p.name for p in seen)
        assert names == ["de-haushalt.md", "en-harbour.txt", "no-moved.txt"]
        assert sorted(e.path.name for e in index.entries()) == names
        assert seen[lib / "europe" / "no-moved.txt"].language == "no"
        assert search_index(index, "adopté") == []


@pytest.mark.parametrize(
    "garbage", [b"this is not a database" * 100, b"", b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_corrupt_cache_is_rebuilt_silently(lib: Path, garbage: bytes) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        db = index.db_path
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(garbage)
    with LibraryIndex(lib) as index:
        seen = drain(index)
        assert len(seen) == 4
        assert len(index.entries()) == 4
        assert [e.path.name for e, _ in search_index(index, "kommunebudsjettet")] == [
            "no-budsjett.txt"
        ]


def test_corruption_found_mid_session_is_rebuilt(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        search_index(index, "budget")  # this thread's connection stays open
        con = sqlite3.connect(index.db_path)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        data = bytearray(index.db_path.read_bytes())
        page = int.from_bytes(data[16:18], "big")
        data[page:] = b"\xa5" * (len(data) - page)  # every page after the first is garbage
        index.db_path.write_bytes(bytes(data))
        seen = drain(index)
        assert len(seen) == 4
        assert len(search_index(index, "budget")) == 2


def test_old_schema_is_replaced(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        con = sqlite3.connect(index.db_path)
        con.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
        con.commit()
        con.close()
    with LibraryIndex(lib) as index:
        assert index.entries() == []  # rebuilt empty: it is only a cache
        assert len(drain(index)) == 4


def test_deleting_the_cache_loses_nothing(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        first = drain(index)
        db = index.db_path
    db.unlink()
    with LibraryIndex(lib) as index:
        assert drain(index) == first


def test_search_ranking_title_boost_and_accents(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        hits = search_index(index, "budget")
        names = [e.path.name for e, _ in hits]
        # both have "budget" in the text; the English title has it too -> first
        assert names[0] == "en-harbour.txt"
        assert set(names) == {"en-harbour.txt", "fr-budget.txt"}
        assert hits[0][1] > hits[1][1] > 0
        assert [e.path.name for e, _ in search_index(index, "ANNEE")] == ["fr-budget.txt"]
        assert [e.path.name for e, _ in search_index(index, "Bürgermeister")] == ["de-haushalt.md"]
        assert [e.path.name for e, _ in search_index(index, "burgermeisterin")] == [
            "de-haushalt.md"
        ]
        assert search_index(index, "budget zebra") == []  # every word must match


def test_search_finds_words_inside_compounds(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        assert [e.path.name for e, _ in search_index(index, "budsjett")] == ["no-budsjett.txt"]
        assert [e.path.name for e, _ in search_index(index, "entwurf")] == ["de-haushalt.md"]
        assert [e.path.name for e, _ in search_index(index, "kommune")] == ["no-budsjett.txt"]


def test_search_is_deterministic_and_rejects_empty(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        assert search_index(index, "the") == search_index(index, "the")
        with pytest.raises(UsageError):
            search_index(index, "  -- ")
        # FTS syntax is not interpreted (only our OR, -word and "phrase": test_search_query)
        assert search_index(index, '"budget" AND NOT* NEAR(x) col:y') == []


def test_match_spans_for_highlighting() -> None:
    text = "Kommunebudsjettet: São Paulo og BUDSJETT-tall, budsjettene."
    spans = match_spans(text, "budsjett sao")
    assert [s.text for s in spans] == ["Kommunebudsjettet", "São", "BUDSJETT", "budsjettene"]
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert match_spans(text, "") == []
    assert len(fold("Ærø São Straße")) == len("Ærø São Straße")


def test_analysis_cache_keyed_by_content_and_options(lib: Path) -> None:
    path = lib / "en-harbour.txt"
    with LibraryIndex(lib) as index:
        drain(index)
        assert index.get_analysis(path, Options()) is None
        first = analyse_cached(lib, path, Options())
        assert index.get_analysis(path, Options()) == first
        assert index.get_analysis(path, Options(sentences=1)) is None
    with LibraryIndex(lib) as index:  # restart: served from disk, equal to a fresh run
        from reader.analysis.loader import load
        from reader.analysis.pipeline import analyse

        cached = index.get_analysis(path, Options())
        assert cached == analyse(load(path), Options())
        path.write_text(EN, encoding="utf-8")  # edited: the old analysis no longer applies
        drain(index)
        assert index.get_analysis(path, Options()) is None


def test_analysis_cache_ignores_other_code_versions(
    lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = lib / "en-harbour.txt"
    with LibraryIndex(lib) as index:
        drain(index)
        analyse_cached(lib, path, Options())
        monkeypatch.setattr(index_mod, "analysis_version", lambda: "other")
        assert index.get_analysis(path, Options()) is None


def test_threads_and_processes_share_the_cache(lib: Path) -> None:
    index = LibraryIndex(lib)
    other = LibraryIndex(lib)  # like a second process: own connections
    errors: list[BaseException] = []

    def run(ix: LibraryIndex) -> None:
        try:
            drain(ix)
            search_index(ix, "budget")
        except BaseException as exc:  # pragma: no cover - the assertion shows it
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(ix,)) for ix in (index, other, index)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(index.entries()) == len(other.entries()) == 4
    index.close()
    other.close()


def test_watch_and_apply(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        known = index.known()
        assert not poll(lib, known)
        write(lib / "europe" / "en-new.txt", "A new story\n\n" + EN.replace("harbour", "river"))
        (lib / "europe" / "fr-budget.txt").unlink()
        changes = poll(lib, known)
        assert changes.added == ("europe/en-new.txt",)
        assert changes.removed == ("europe/fr-budget.txt",)
        updated, removed = index.apply(changes)
        assert [(e.path.name, e.language) for e in updated] == [("en-new.txt", "en")]
        assert removed == [lib / "europe" / "fr-budget.txt"]
        assert [e.path.name for e, _ in search_index(index, "river")] == ["en-new.txt"]
        assert not poll(lib, changes.current)
        assert index.known() == changes.current


def test_language_detection_in_worker_processes_gives_the_same_result(
    lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LibraryIndex(lib) as index:
        serial = {e.path: e.language for e in drain(index).values()}
    index.db_path.unlink()  # cold again
    monkeypatch.setattr(index_mod, "_POOL_MIN", 1)
    with LibraryIndex(lib) as index:
        parallel = {e.path: e.language for e in drain(index, processes=2).values()}
    assert parallel == serial
    assert sorted(serial.values()) == ["de", "en", "fr", "no"]


def test_poll_reports_changed_files_and_ignores_non_articles(lib: Path) -> None:
    from reader.library.watch import snapshot

    known = snapshot(lib)
    target = lib / "europe" / "de-haushalt.md"
    st = target.stat()
    target.write_text(target.read_text("utf-8") + "Nachtrag.\n", "utf-8")
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    (lib / "notes.pdf").write_bytes(b"%PDF")
    (lib / ".hidden.txt").write_text("x", "utf-8")
    changes = poll(lib, known)
    assert (changes.added, changes.changed, changes.removed) == ((), ("europe/de-haushalt.md",), ())
    with LibraryIndex(lib) as index:
        drain(index)
        de = index.entry(target)
        assert de is not None and de.language == "de"
        assert [e.path.name for e, _ in search_index(index, "Nachtrag")] == ["de-haushalt.md"]


def test_compound_terms_of_new_files_are_searchable(lib: Path) -> None:
    with LibraryIndex(lib) as index:
        drain(index)
        assert search_index(index, "flomvern") == []
        write(
            lib / "no-flom.txt",
            "Flom i dalen\n\nKommunen øker flomvernbudsjettet etter "
            "at elva gikk over sine bredder for tredje gang på fem år.\n",
        )
        changes = poll(lib, index.known())
        index.apply(changes)
        assert [e.path.name for e, _ in search_index(index, "vernbudsjett")] == ["no-flom.txt"]
        assert sorted(e.path.name for e, _ in search_index(index, "budsjett")) == [
            "no-budsjett.txt",
            "no-flom.txt",
        ]
        expr = fts_query(index, "budsjett")
        assert '"flomvernbudsjettet"' in expr and '"kommunebudsjettet"' in expr


def test_compound_search_without_trigram_scans_terms(
    lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_mod, "trigram_available", lambda: False)
    with LibraryIndex(lib) as index:
        drain(index)
        assert [e.path.name for e, _ in search_index(index, "budsjett")] == ["no-budsjett.txt"]


def test_connections_opening_a_new_cache_at_once_all_succeed(tmp_path: Path) -> None:
    """Switching a fresh file to WAL skips SQLite's busy handler; we must wait it out."""
    root = tmp_path / "lib"
    root.mkdir()
    failures: list[BaseException] = []
    for trial in range(20):
        db = tmp_path / f"cache-{trial}.sqlite"
        start = threading.Barrier(4, timeout=30)

        def run(db: Path = db, start: threading.Barrier = start) -> None:
            index = LibraryIndex(root, db_path=db)
            start.wait()
            try:
                index.entries()
            except BaseException as exc:  # pragma: no cover - the assertion shows it
                failures.append(exc)
            finally:
                index.close()

        threads = [threading.Thread(target=run) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert failures == []
