"""Issue 7 evidence: `reader show --json` and `reader summary` over 1,100+ hostile files.

The bulk runs in-process through `reader.cli.main(argv)` (one interpreter, so it fits
in `make test`); a sample of ~30 runs as real processes of the installed script. Every
run must exit 0 or 1, print one `reader: error:` line on 1, valid JSON with exact
offsets on 0, no traceback, no raw control characters — and no file in the corpus may
change.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.cli import isolated_env, run_reader
from tests.fuzz.check import Run, problems, run_inprocess, tree_digest
from tests.fuzz.generate import GENERATORS, build_corpus, build_huge

pytestmark = pytest.mark.slow
# The ~30 classes also run as real processes (one file each).
SAMPLE_KINDS = (
    "empty",
    "whitespace",
    "binary",
    "invalid_utf8",
    "latin1",
    "utf16",
    "newlines",
    "nul",
    "ansi",
    "ansi_only",
    "markup",
    "markup_title",
    "bidi",
    "trojan",
    "script",
    "combining",
    "emoji",
    "odd_chars",
    "one_sentence",
    "no_punctuation",
    "unknown_language",
    "front_matter_ok",
    "front_matter_broken",
    "long_word",
    "mutated",
    "repeated",
    "symlink_loop",
    "dangling_symlink",
    "directory",
    "deep_nesting",
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[Path, str]]:
    root = tmp_path_factory.mktemp("hostile") / "library"
    return root, build_corpus(root)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return isolated_env(tmp_path)


def _label(path: Path, root: Path) -> str:
    return ascii(str(path.relative_to(root)))


def test_the_corpus_is_large_and_varied(corpus: tuple[Path, dict[Path, str]]) -> None:
    _root, made = corpus
    kinds = Counter(made.values())
    assert len(made) >= 1000
    assert set(GENERATORS) <= set(kinds)
    assert {"symlink_loop", "dangling_symlink", "directory", "deep_nesting"} <= set(kinds)
    names = [os.fsencode(p.name) for p in made]
    assert any(b"\n" in n for n in names) and any(b" " in n for n in names)
    assert any(b"\xff" in n for n in names) and any("🦜".encode() in n for n in names)


def test_show_and_summary_over_every_hostile_file(corpus: tuple[Path, dict[Path, str]]) -> None:
    root, made = corpus
    before = tree_digest(root)
    failures: list[str] = []
    outcomes: Counter[tuple[str, int]] = Counter()
    slowest: list[tuple[float, str]] = []
    for path, kind in sorted(made.items()):
        started = time.perf_counter()
        show = run_inprocess(["show", str(path), "--json"])
        summary = run_inprocess(["summary", str(path)])
        slowest.append((time.perf_counter() - started, _label(path, root)))
        outcomes[(kind, show.rc)] += 1
        for run, is_json in ((show, True), (summary, False)):
            failures += [
                f"{kind} {_label(path, root)} {run.argv[0]}: {p}"
                for p in problems(run, json_expected=is_json)
            ]
        if show.rc != summary.rc:
            failures.append(f"{kind} {_label(path, root)}: show {show.rc} but summary {summary.rc}")
        elif show.rc == 0 and not problems(show, json_expected=True):
            data = json.loads(show.stdout)
            lines = [" ".join(s["text"].split()) for s in data["summary"]["sentences"]]
            if summary.stdout.splitlines() != lines:
                failures.append(f"{kind} {_label(path, root)}: summary differs from show --json")
    assert tree_digest(root) == before, "a file in the library changed"
    slowest.sort(reverse=True)
    print("\nslowest files (show + summary):", [(round(t, 2), n) for t, n in slowest[:5]])
    print("outcomes (kind, exit code):", sorted(outcomes.items()))
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:40])
    # The classes that must be refused are refused, the ones that must be shown are shown.
    for kind in (
        "empty",
        "whitespace",
        "binary",
        "ansi_only",
        "symlink_loop",
        "dangling_symlink",
        "directory",
    ):
        expected = 0 if kind == "ansi_only" else 1
        assert {rc for (k, rc) in outcomes if k == kind} == {expected}, kind
    for kind in (
        "invalid_utf8",
        "latin1",
        "utf16",
        "newlines",
        "ansi",
        "markup",
        "bidi",
        "trojan",
        "script",
        "combining",
        "emoji",
        "one_sentence",
        "no_punctuation",
        "unknown_language",
        "front_matter_ok",
        "deep_nesting",
        "symlink",
    ):
        assert {rc for (k, rc) in outcomes if k == kind} == {0}, kind


def _subprocess(args: list[str], env: dict[str, str], cwd: Path) -> Run:
    proc = run_reader(args, env, cwd, binary=True, timeout=120)
    # Strict UTF-8: raw non-UTF-8 bytes on stdout/stderr would be a bug too.
    return Run(args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


def test_real_processes_on_a_sample(
    corpus: tuple[Path, dict[Path, str]], env: dict[str, str], tmp_path: Path
) -> None:
    root, made = corpus
    before = tree_digest(root)
    by_kind: dict[str, Path] = {}
    for path, kind in sorted(made.items(), key=lambda item: os.fsencode(item[0])):
        by_kind.setdefault(kind, path)
    sample = [(kind, by_kind[kind]) for kind in SAMPLE_KINDS]
    failures: list[str] = []
    for kind, path in sample:
        runs = [(_subprocess(["show", str(path), "--json"], env, tmp_path), True)]
        if kind in (
            "ansi",
            "markup",
            "bidi",
            "script",
            "nul",
            "invalid_utf8",
            "utf16",
            "empty",
            "binary",
        ):
            runs.append((_subprocess(["summary", str(path)], env, tmp_path), False))
        for run, is_json in runs:
            failures += [
                f"{kind} {_label(path, root)} {run.argv[0]}: {p}"
                for p in problems(run, json_expected=is_json)
            ]
    assert tree_digest(root) == before
    assert not failures, "\n".join(failures)


def test_list_and_search_over_the_hostile_library(
    corpus: tuple[Path, dict[Path, str]], env: dict[str, str], tmp_path: Path
) -> None:
    root, _made = corpus
    before = tree_digest(root)
    listing = _subprocess(["list", "--json", "--library", str(root)], env, tmp_path)
    assert listing.rc == 0, listing.stderr
    assert listing.stderr == ""
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    assert len(rows) >= 1000  # every regular article file is listed, good or bad
    for query in ("budget", "Holt", "مليون", "[bold", "🦜"):
        found = _subprocess(["search", query, "--json", "--library", str(root)], env, tmp_path)
        assert found.rc in (0, 2), found.stderr  # 2: a query with no words
        assert "Traceback" not in found.stderr and "internal error" not in found.stderr
        if found.rc == 0:
            for line in found.stdout.splitlines():
                json.loads(line)
    plain = _subprocess(["list", "--library", str(root)], env, tmp_path)
    assert plain.rc == 0 and "Traceback" not in plain.stderr
    assert tree_digest(root) == before


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_huge(tmp_path_factory.mktemp("huge"))


@pytest.mark.parametrize("which", ["twenty_mb", "one_mb_line"])
def test_huge_files_are_capped_with_a_notice_and_do_not_hang(
    huge: dict[str, Path], env: dict[str, str], tmp_path: Path, which: str
) -> None:
    """A 20 MB article and a 1 MB single line: capped by the loader, finished in time."""
    path = huge[which]
    started = time.perf_counter()
    run = _subprocess(["show", str(path), "--json"], env, tmp_path)
    elapsed = time.perf_counter() - started
    print(f"\n{which}: {path.stat().st_size} bytes, show --json {elapsed:.1f} s")
    assert problems(run, json_expected=True) == []
    data = json.loads(run.stdout)
    assert data["notice"].startswith("too large: showing the first 1024 KB")
    assert len(data["text"].encode()) <= 1024 * 1024
    assert elapsed < 90, f"show --json took {elapsed:.0f} s"
