"""`reader search` and `reader list` through the installed script: stems, OR, -word,
phrases, and an empty library saying where it looked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import isolated_env, run_reader

TUNNEL = (
    "Harbour tunnel delayed again\n\nThe road tunnel under the harbour will open a year "
    "late, the authority said on Monday. Its engineers found hard rock near the entrance.\n"
)
FIRE = (
    "Warehouse fire under control\n\nFirefighters put out a fire in a warehouse by the "
    "harbour on Sunday night. Nobody was hurt, the fire service said on Monday.\n"
)


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "tunnel.txt").write_text(TUNNEL, encoding="utf-8")
    (root / "fire.txt").write_text(FIRE, encoding="utf-8")
    return root


def _search(lib: Path, tmp_path: Path, query: str) -> list[str]:
    proc = run_reader(
        ["search", query, "--json", "--library", str(lib)], isolated_env(tmp_path / "h"), tmp_path
    )
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    return sorted(Path(json.loads(x)["path"]).name for x in proc.stdout.splitlines())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tunnels", ["tunnel.txt"]),
        ("tunnel OR fires", ["fire.txt", "tunnel.txt"]),
        ("harbour -fire", ["tunnel.txt"]),
        ('"road tunnel"', ["tunnel.txt"]),
        ('"tunnel road"', []),
    ],
)
def test_search_operators(lib: Path, tmp_path: Path, query: str, expected: list[str]) -> None:
    assert _search(lib, tmp_path, query) == expected


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["search", "budget"]])
def test_empty_library_says_where_it_looked(tmp_path: Path, command: list[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = run_reader([*command, "--library", str(empty)], isolated_env(tmp_path / "h"), tmp_path)
    assert proc.returncode == 0
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and str(empty) in proc.stderr, proc.stderr


def test_default_library_that_does_not_exist_yet_is_named(tmp_path: Path) -> None:
    env = isolated_env(tmp_path / "h")
    proc = run_reader(["list"], env, tmp_path)  # no ./articles, no $READER_LIBRARY
    assert proc.returncode == 0 and proc.stdout == ""
    assert str(Path(env["XDG_DATA_HOME"])) in proc.stderr and proc.stderr.count("\n") == 1


def test_only_excluded_words_exits_2(lib: Path, tmp_path: Path) -> None:
    proc = run_reader(
        ["search", "--library", str(lib), "--", "-fire"], isolated_env(tmp_path / "h"), tmp_path
    )
    assert proc.returncode == 2 and proc.stderr.startswith("reader: error:")
    assert "only excluded" in proc.stderr and proc.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["harbour", "-fire"], ["tunnel.txt"]),  # an excluded word needs no quoting and no --
        (["--json", "road", "tunnel"], ["tunnel.txt"]),  # unquoted words are one query
        (["tunnel", "OR", "fires"], ["fire.txt", "tunnel.txt"]),
    ],
)
def test_unquoted_words_and_excluded_words(
    lib: Path, tmp_path: Path, args: list[str], expected: list[str]
) -> None:
    proc = run_reader(
        ["search", "--library", str(lib), *args, "--json"], isolated_env(tmp_path / "h"), tmp_path
    )
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert sorted(Path(json.loads(x)["path"]).name for x in proc.stdout.splitlines()) == expected


def test_excluded_word_alone_is_a_query_not_an_option(lib: Path, tmp_path: Path) -> None:
    proc = run_reader(
        ["search", "-fire", "--library", str(lib)], isolated_env(tmp_path / "h"), tmp_path
    )
    assert proc.returncode == 2 and "only excluded" in proc.stderr, proc.stderr
