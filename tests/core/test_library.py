"""The library folder: resolution, walking, listing, search entry points, atomic add."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from reader.errors import ReaderError, UsageError
from reader.library import store as index_mod
from reader.library.catalog import list_entries, scan, search
from reader.library.files import (
    add_text,
    iter_article_paths,
    order_key,
    slugify,
    stat_articles,
    write_new,
)
from reader.library.locations import resolve_library
from reader.library.search import scan_search


def make(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


EN = (
    "Harbour tunnel costs double\n\nThe harbour authority said on Monday that the tunnel "
    "will cost 1.4 billion dollars, twice the approved budget, according to its engineer.\n"
)
NO = (
    "Ferjestreik stenger sambandene\n\nStreiken stenger 17 samband på Vestlandet, ifølge "
    "NRK. Fylkeskommunen sier at forhandlingene fortsetter onsdag.\n"
)


def test_resolve_library_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    data_default = resolve_library(None)
    assert str(data_default).startswith(os.environ["XDG_DATA_HOME"])
    assert data_default.name == "articles"
    (tmp_path / "articles").mkdir()
    assert resolve_library(None) == Path("articles")
    env = tmp_path / "env"
    env.mkdir()
    monkeypatch.setenv("READER_LIBRARY", str(env))
    assert resolve_library(None) == env
    assert resolve_library(str(tmp_path)) == tmp_path
    with pytest.raises(UsageError):
        resolve_library(str(tmp_path / "missing"))
    monkeypatch.setenv("READER_LIBRARY", str(tmp_path / "missing"))
    with pytest.raises(UsageError):
        resolve_library(None)


def test_walk_order_skips_hidden_and_other_files(tmp_path: Path) -> None:
    root = make(
        tmp_path / "lib",
        {
            "b.txt": EN,
            "b/a.md": NO,
            "a.txt": EN,
            ".hidden.txt": EN,
            ".git/x.txt": EN,
            "notes.pdf": "x",
            "c/d/e.TXT": NO,
        },
    )
    rels = [p.relative_to(root).as_posix() for p in iter_article_paths(root)]
    assert rels == ["a.txt", "b/a.md", "b.txt", "c/d/e.TXT"]
    stats = stat_articles(root)
    assert list(stats) == rels
    assert sorted(rels, key=order_key) == rels
    assert stats["a.txt"] == ((root / "a.txt").stat().st_size, (root / "a.txt").stat().st_mtime_ns)


def test_symlink_loop_is_not_followed_forever(tmp_path: Path) -> None:
    root = make(tmp_path / "lib", {"x/a.txt": EN})
    os.symlink(root, root / "x" / "loop")
    assert [p.name for p in iter_article_paths(root)] == ["a.txt"]


def test_relative_root_gives_relative_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make(tmp_path / "articles", {"en.txt": EN, "nordic/no.txt": NO})
    monkeypatch.chdir(tmp_path)
    assert list(stat_articles(Path("articles"))) == ["en.txt", "nordic/no.txt"]
    entries = list_entries(Path("articles"))
    assert [str(e.path) for e in entries] == ["articles/en.txt", "articles/nordic/no.txt"]


def test_list_entries_matches_a_plain_scan(tmp_path: Path) -> None:
    root = make(
        tmp_path / "lib",
        {"en.txt": EN, "nordic/no.txt": NO, "empty.txt": "  \n", "bin.txt": "\x00\x01\x02" * 100},
    )
    listed = list_entries(root)
    scanned = list(scan(root))
    assert [(e.path, e.title, e.language, e.words, bool(e.error)) for e in listed] == [
        (e.path, e.title, e.language, e.words, bool(e.error)) for e in scanned
    ]
    assert [e.language for e in listed if not e.error] == ["en", "no"]
    assert sum(bool(e.error) for e in listed) == 2


def test_second_list_reads_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make(tmp_path / "lib", {"en.txt": EN, "nordic/no.txt": NO})
    first = list_entries(root)
    calls: list[Path] = []
    monkeypatch.setattr(index_mod, "_read_file", lambda p: calls.append(p) or (None, "x"))
    assert list_entries(root) == first
    assert calls == []


def test_search_uses_index_and_agrees_with_scan_on_matches(tmp_path: Path) -> None:
    root = make(tmp_path / "lib", {"en.txt": EN, "nordic/no.txt": NO})
    assert [e.path.name for e, _ in search(root, "tunnel")] == ["en.txt"]
    assert [e.path.name for e, _ in search(root, "vestlandet nrk")] == ["no.txt"]
    for q in ("tunnel", "ferje", "the", "stenger"):
        assert {e.path for e, _ in search(root, q)} == {e.path for e, _ in scan_search(root, q)}
    with pytest.raises(UsageError):
        search(root, "!!")


def test_search_without_fts5_falls_back_to_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make(tmp_path / "lib", {"en.txt": EN, "nordic/no.txt": NO})
    monkeypatch.setattr(index_mod, "fts5_available", lambda: False)
    assert [e.path.name for e, _ in search(root, "samband")] == ["no.txt"]
    assert len(list_entries(root)) == 2


def test_slugify() -> None:
    assert slugify("Grève des contrôleurs : 1 800 vols") == "greve-des-controleurs-1-800-vols"
    assert slugify("¿¡!!") == "article"
    assert len(slugify("word " * 50)) <= 60


def test_write_new_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("original", encoding="utf-8")
    p2 = write_new(tmp_path, "story", "second\n")
    p3 = write_new(tmp_path, "story", "third\n")
    assert (p2.name, p3.name) == ("story-2.txt", "story-3.txt")
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "original"
    assert p3.read_text(encoding="utf-8") == "third\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story-2.txt", "story-3.txt", "story.txt"]


def test_write_new_is_collision_free_across_threads(tmp_path: Path) -> None:
    paths: list[Path] = []
    lock = threading.Lock()

    def add(i: int) -> None:
        p = write_new(tmp_path, "same", f"body {i}\n")
        with lock:
            paths.append(p)

    threads = [threading.Thread(target=add, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(paths)) == 12
    bodies = sorted(p.read_text(encoding="utf-8") for p in paths)
    assert bodies == sorted(f"body {i}\n" for i in range(12))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_add_text_keeps_front_matter_and_refuses_empty(tmp_path: Path) -> None:
    data = "---\ntitle: Straße gesperrt\nlanguage: de\n---\nDie Straße ist gesperrt.\n".encode()
    p = add_text(data, tmp_path / "new")
    assert p == tmp_path / "new" / "strasse-gesperrt.txt"
    assert p.read_bytes() == data
    with pytest.raises(ReaderError):
        add_text(b"   \n", tmp_path / "new")
    assert [x.name for x in (tmp_path / "new").iterdir()] == ["strasse-gesperrt.txt"]


def test_cli_list_and_search_print_the_index_ranking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from reader.cli import main
    from reader.library.search import search as search_index
    from reader.library.store import LibraryIndex

    root = make(
        tmp_path / "lib",
        {
            "en.txt": EN,
            "nordic/no.txt": NO,
            "en2.txt": "Tunnel tunnel tunnel\n\nThe tunnel again.\n",
        },
    )
    assert main(["list", "--library", str(root), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["path"] for r in rows] == [
        str(root / "en.txt"),
        str(root / "en2.txt"),
        str(root / "nordic" / "no.txt"),
    ]
    # path, title, language, words; then (additive) where the article comes from
    assert set(rows[0]) == {"path", "title", "language", "words", "source", "date", "url", "author"}
    assert main(["list", "--library", str(root)]) == 0
    assert capsys.readouterr().out.splitlines()[2] == (
        f"{root / 'nordic' / 'no.txt'}\tFerjestreik stenger sambandene\tno\t{len(NO.split())}\t\t"
    )
    assert main(["search", "tunnel", "--library", str(root), "--json"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    with LibraryIndex(root) as index:
        expected = [(str(e.path), round(s, 4)) for e, s in search_index(index, "tunnel", None)]
    assert [(h["path"], h["score"]) for h in hits] == expected
    assert [h["path"] for h in hits] == [str(root / "en2.txt"), str(root / "en.txt")]
    assert main(["search", "zzzz", "--library", str(root)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["search", "--library", str(root), "--", "--"]) == 2  # no words, only "--"
    assert capsys.readouterr().err.startswith("reader: error: ")


def test_fixture_library_lists_like_a_scan(library: Path) -> None:
    """The shared fixture library (binary, empty, markup, subfolder) through the index."""
    listed = list_entries(library)
    scanned = list(scan(library))
    assert [(e.path, e.title, e.language, e.words) for e in listed] == [
        (e.path, e.title, e.language, e.words) for e in scanned
    ]
    errors = {e.path.name: e.error for e in listed if e.error}
    assert set(errors) == {"binary.txt", "empty.txt"}
    assert "not a text file" in (errors["binary.txt"] or "")
    by_name = {e.path.name: e for e in listed}
    assert by_name["no-front-matter.txt"].language == "no"  # `language: nb` in front matter
    assert by_name["sv-subfolder.txt"].path == library / "sub" / "sv-subfolder.txt"
