"""The CLI as users and scripts see it: real processes, exit codes, one-line errors, JSON.

Every test runs `python -m reader` (or the installed `reader` script) in a fresh
process with HOME/XDG in tmp, READER_LIBRARY unset and a working directory without
`./articles`, so neither the repo's articles nor the developer's files are touched.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import SCRIPT, isolated_env, run_reader
from tests.spans import assert_spans_valid

ERROR = "reader: error: "

EN = (
    "Budget vote in Harbourtown\n\n"
    "The council approved a budget of 4.2 million pounds on Tuesday, according to the "
    "finance director Anne Holt. Critics said the plan cuts 12 % of the bus routes in the "
    'city. "We had no choice," Holt told the Coastal Herald. The vote ended 31 to 9 after '
    "a debate of six hours. The opposition leader Tom Berg said the cuts would hit the "
    "elderly hardest. A new vote on the routes is planned for 3 March.\n"
)
NO = (
    "Ferjestreik stenger 17 samband\n\n"
    "Over 40 000 reisende ble torsdag rammet da streiken blant ferjemannskaper trappes opp, "
    "rapporterte NRK. Streiken startet 3. juni med 120 medlemmer, men omfatter nå 412 "
    "ansatte i tre rederier. Forbundet krever et lønnstillegg på 5,8 prosent, ifølge "
    "forbundsleder Kari Nilsen. Arbeidsgiversiden har tilbudt 4,4 prosent.\n"
)
DE = (
    "---\ntitle: Hochwasser an der Mulde\nlanguage: de\n---\n"
    "Das Hochwasser an der Mulde hat am Dienstag einen Pegel von 7,8 Metern erreicht, teilte "
    "das Landesamt mit. Rund 2500 Menschen mussten ihre Wohnungen verlassen. Der Bürgermeister "
    "sagte, der Schaden liege bei mindestens 40 Millionen Euro.\n"
)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return isolated_env(tmp_path / "home")


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    (root / "nordic").mkdir(parents=True)
    (root / "en-budget.txt").write_text(EN, encoding="utf-8")
    (root / "nordic" / "nb-ferje.txt").write_text(NO, encoding="utf-8")
    (root / "de-hochwasser.md").write_text(DE, encoding="utf-8")
    return root


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """An empty working directory (no ./articles), with an article and hostile files."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    (cwd / "article.txt").write_text(EN, encoding="utf-8")
    (cwd / "empty.txt").write_bytes(b"")
    (cwd / "blank.txt").write_text(" \n\t\n\u3000\u200b\n", encoding="utf-8")
    (cwd / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (cwd / "folder.txt").mkdir()
    return cwd


def ok(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "Traceback" not in proc.stdout
    return proc.stdout


def fails(proc: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stderr.startswith(ERROR), proc.stderr
    assert proc.stderr.count("\n") == 1 and proc.stderr.endswith("\n"), proc.stderr
    assert "Traceback" not in proc.stderr
    assert "internal error" not in proc.stderr
    assert proc.stdout == ""
    for word in words:
        assert word in proc.stderr, proc.stderr
    return proc.stderr


# ---------------------------------------------------------------- the script itself


def test_installed_script_exists_and_runs(env: dict[str, str], work: Path) -> None:
    assert SCRIPT.is_file() and os.access(SCRIPT, os.X_OK), SCRIPT
    out = ok(run_reader(["--version"], env, work))
    assert out.startswith("reader ") and out.count("\n") == 1


def test_script_show_json(env: dict[str, str], work: Path) -> None:
    data = json.loads(ok(run_reader(["show", "article.txt", "--json"], env, work)))
    assert_spans_valid(data)


def test_version_and_help(env: dict[str, str], work: Path) -> None:
    assert ok(run_reader(["--version"], env, work)).startswith("reader ")
    help_text = ok(run_reader(["--help"], env, work))
    for command in ("show", "summary", "list", "search", "add"):
        assert command in help_text


@pytest.mark.parametrize("command", ["show", "summary", "list", "search", "add"])
def test_command_help(env: dict[str, str], work: Path, command: str) -> None:
    assert ok(run_reader([command, "--help"], env, work)).startswith(f"usage: reader {command}")


@pytest.mark.parametrize(
    "args",
    [
        ["bogus"],
        ["--bogus"],
        ["show"],
        ["summary"],
        ["search"],
        ["add"],
        ["show", "article.txt", "--bogus"],
        ["list", "extra"],
    ],
    ids=[
        "unknown-command",
        "unknown-option",
        "show-no-file",
        "summary-no-file",
        "search-no-query",
        "add-no-source",
        "unknown-show-option",
        "list-extra-arg",
    ],
)
def test_wrong_usage_exits_2(env: dict[str, str], work: Path, args: list[str]) -> None:
    fails(run_reader(args, env, work), 2)


# ---------------------------------------------------------------- show


def test_show_json(env: dict[str, str], work: Path) -> None:
    data = json.loads(ok(run_reader(["show", "article.txt", "--json"], env, work)))
    assert set(data) >= {
        "path",
        "title",
        "language",
        "text",
        "figures",
        "sources",
        "boilerplate",
        "summary",
    }
    assert data["title"] == "Budget vote in Harbourtown"
    assert data["language"] == "en"
    assert data["text"] == EN
    assert data["summary"]["sentences"]
    assert_spans_valid(data)


def test_show_plain(env: dict[str, str], work: Path) -> None:
    out = ok(run_reader(["show", "article.txt"], env, work))
    # the title is the text's first line: printed once, as part of the text
    assert out.splitlines()[0].startswith("language: en")
    assert out.splitlines()[2] == "Budget vote in Harbourtown"
    assert "Summary (" in out


def test_show_front_matter_language(env: dict[str, str], work: Path, lib: Path) -> None:
    data = json.loads(ok(run_reader(["show", str(lib / "de-hochwasser.md"), "--json"], env, work)))
    assert data["language"] == "de" and data["title"] == "Hochwasser an der Mulde"
    assert not data["text"].startswith("---")
    assert_spans_valid(data)


def test_show_stdin(env: dict[str, str], work: Path) -> None:
    data = json.loads(ok(run_reader(["show", "-", "--json"], env, work, stdin=NO)))
    assert data["language"] == "no" and data["path"] is None
    assert_spans_valid(data)


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("missing.txt", ["missing.txt", "no such file"]),
        ("folder.txt", ["directory"]),
        ("empty.txt", ["empty"]),
        ("blank.txt", ["empty"]),
        ("binary.txt", ["not a text file"]),
    ],
)
@pytest.mark.parametrize("command", [["show", "--json"], ["show"], ["summary"]])
def test_unusable_input_exits_1(
    env: dict[str, str], work: Path, command: list[str], target: str, words: list[str]
) -> None:
    fails(run_reader([command[0], target, *command[1:]], env, work), 1, *words)


def test_empty_stdin_exits_1(env: dict[str, str], work: Path) -> None:
    fails(run_reader(["summary", "-"], env, work, stdin=""), 1, "standard input is empty")
    fails(run_reader(["show", "-", "--json"], env, work, stdin="  \n"), 1, "empty")


def test_show_json_with_hostile_text(env: dict[str, str], work: Path) -> None:
    hostile = (
        "Red \x1b[31malert\x1b[0m\n\nCopy \x1b]52;c;cm0gLXJmIH4=\x07 this [bold red]now"
        "[/] or [@click=app.quit]quit[/]. Then \u202eevil\u202c text, said Anne Holt.\n"
    )
    (work / "hostile.txt").write_text(hostile, encoding="utf-8")
    data = json.loads(ok(run_reader(["show", "hostile.txt", "--json"], env, work)))
    assert not {"\x1b", "\x07", "\u202e"} & set(data["text"])
    assert "[@click=app.quit]" in data["text"]  # markup is text, shown literally
    assert data["title"] == "Red ␛[31malert␛[0m"
    assert_spans_valid(data)
    plain = ok(run_reader(["show", "hostile.txt"], env, work))
    assert "\x1b" not in plain and "\x07" not in plain


def test_non_utf8_file_name_gives_valid_json(env: dict[str, str], work: Path) -> None:
    name = os.fsdecode(b"caf\xe9 \xff.txt")
    (work / name).write_text(EN, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "show", name, "--json"],
        capture_output=True,
        timeout=60,
        env=env,
        cwd=work,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout.decode("utf-8"))  # strict UTF-8: no raw bytes leaked
    assert os.fsencode(data["path"]) == b"caf\xe9 \xff.txt"
    missing = subprocess.run(
        [sys.executable, "-m", "reader", "show", name + "x"],
        capture_output=True,
        timeout=60,
        env=env,
        cwd=work,
    )
    assert missing.returncode == 1
    assert missing.stderr.decode("utf-8").startswith(ERROR)


def test_escape_sequence_in_file_name_does_not_reach_stderr(
    env: dict[str, str], work: Path
) -> None:
    err = fails(
        run_reader(["show", "x\x1b[2J\x1b]52;c;eA==\x07\n.txt"], env, work), 1, "no such file"
    )
    assert "\x1b" not in err and "\x07" not in err


def test_latin1_file_is_decoded_by_detection_with_notice(env: dict[str, str], work: Path) -> None:
    (work / "latin1.txt").write_bytes("Tittel\n\nBlåbær er godt, sa Kari.\n".encode("latin-1"))
    done = run_reader(["show", "latin1.txt", "--json"], env, work)
    assert done.returncode == 0
    assert done.stderr == "reader: warning: latin1.txt: not UTF-8: decoded as cp1252 (detected)\n"
    data = json.loads(done.stdout)
    assert data["text"] == "Tittel\n\nBlåbær er godt, sa Kari.\n"
    assert data["notice"] == "not UTF-8: decoded as cp1252 (detected)"


# ---------------------------------------------------------------- summary


def summary_of_show(env: dict[str, str], work: Path, *args: str) -> list[str]:
    data = json.loads(ok(run_reader(["show", "article.txt", "--json", *args], env, work)))
    return [" ".join(s["text"].split()) for s in data["summary"]["sentences"]]


def test_summary_file_matches_show_json(env: dict[str, str], work: Path) -> None:
    lines = ok(run_reader(["summary", "article.txt"], env, work)).splitlines()
    assert lines and lines == summary_of_show(env, work)


def test_summary_stdin_equals_summary_file(env: dict[str, str], work: Path) -> None:
    from_file = ok(run_reader(["summary", "article.txt"], env, work))
    assert ok(run_reader(["summary", "-"], env, work, stdin=EN)) == from_file


@pytest.mark.parametrize("n", ["1", "2", "4"])
def test_summary_sentences(env: dict[str, str], work: Path, n: str) -> None:
    assert len(
        ok(run_reader(["summary", "article.txt", "--sentences", n], env, work)).splitlines()
    ) == int(n)


@pytest.mark.parametrize(
    "method", ["textrank", "lexrank", "lsa", "luhn", "sumbasic", "kl", "reduction"]
)
def test_summary_methods(env: dict[str, str], work: Path, method: str) -> None:
    data = json.loads(
        ok(run_reader(["show", "article.txt", "--json", "--method", method], env, work))
    )
    assert data["summary"]["method"] == method
    assert_spans_valid(data)
    lines = ok(run_reader(["summary", "article.txt", "--method", method], env, work)).splitlines()
    assert lines == [" ".join(s["text"].split()) for s in data["summary"]["sentences"]]


def test_summary_language_override(env: dict[str, str], work: Path) -> None:
    data = json.loads(
        ok(run_reader(["show", "article.txt", "--json", "--language", "de"], env, work))
    )
    assert data["language"] == "de"
    assert ok(run_reader(["summary", "article.txt", "-l", "nb"], env, work)).strip()


@pytest.mark.parametrize(
    "args",
    [
        ["--sentences", "0"],
        ["--sentences", "-3"],
        ["--sentences", "two"],
        ["--sentences"],
        ["--method", "magic"],
        ["-m", ""],
    ],
    ids=["zero", "negative", "word", "missing", "unknown-method", "empty-method"],
)
@pytest.mark.parametrize("command", ["show", "summary"])
def test_bad_analysis_options_exit_2(
    env: dict[str, str], work: Path, command: str, args: list[str]
) -> None:
    fails(run_reader([command, "article.txt", *args], env, work), 2)


# ---------------------------------------------------------------- list and search


def test_list(env: dict[str, str], work: Path, lib: Path) -> None:
    lines = ok(run_reader(["list", "--library", str(lib)], env, work)).splitlines()
    assert len(lines) == 3
    for line in lines:
        path, title, language, words, date, source = line.split("\t")
        assert Path(path).name in {"en-budget.txt", "nb-ferje.txt", "de-hochwasser.md"}
        assert title and language and int(words) > 10
        assert date == source == ""  # none of these has them in front matter


def test_list_json(env: dict[str, str], work: Path, lib: Path) -> None:
    rows = [
        json.loads(x)
        for x in ok(run_reader(["list", "--json", "--library", str(lib)], env, work)).splitlines()
    ]
    by_name = {Path(r["path"]).name: r for r in rows}
    assert set(by_name) == {"en-budget.txt", "nb-ferje.txt", "de-hochwasser.md"}
    assert by_name["nb-ferje.txt"]["language"] == "no"
    assert by_name["de-hochwasser.md"]["title"] == "Hochwasser an der Mulde"
    assert all(isinstance(r["words"], int) and r["words"] > 10 for r in rows)


def test_list_from_environment(env: dict[str, str], work: Path, lib: Path) -> None:
    lines = ok(run_reader(["list"], env | {"READER_LIBRARY": str(lib)}, work)).splitlines()
    assert len(lines) == 3


def test_list_with_hostile_files_keeps_going(env: dict[str, str], work: Path, lib: Path) -> None:
    (lib / "empty.txt").write_bytes(b"")
    (lib / "binary.txt").write_bytes(b"\x7fELF" + bytes(300))
    (lib / "loop.txt").symlink_to("loop.txt")
    rows = [
        json.loads(x)
        for x in ok(run_reader(["list", "--json", "--library", str(lib)], env, work)).splitlines()
    ]
    assert {"en-budget.txt", "nb-ferje.txt", "de-hochwasser.md"} <= {
        Path(r["path"]).name for r in rows
    }


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["search", "budget"]])
def test_missing_library_folder_exits_2(
    env: dict[str, str], work: Path, tmp_path: Path, command: list[str]
) -> None:
    fails(run_reader([*command, "--library", str(tmp_path / "nowhere")], env, work), 2)
    fails(run_reader(command, env | {"READER_LIBRARY": str(tmp_path / "nowhere")}, work), 2)


def test_search(env: dict[str, str], work: Path, lib: Path) -> None:
    lines = ok(run_reader(["search", "budget", "--library", str(lib)], env, work)).splitlines()
    assert lines and Path(lines[0].split("\t")[0]).name == "en-budget.txt"
    assert all("nb-ferje" not in line for line in lines)


def test_search_json(env: dict[str, str], work: Path, lib: Path) -> None:
    out = ok(run_reader(["search", "prosent", "--json", "--library", str(lib)], env, work))
    rows = [json.loads(x) for x in out.splitlines()]
    assert [Path(r["path"]).name for r in rows] == ["nb-ferje.txt"]


def test_search_without_hits_is_success_with_no_output(
    env: dict[str, str], work: Path, lib: Path
) -> None:
    assert ok(run_reader(["search", "zyxwvut", "--library", str(lib)], env, work)) == ""


def test_search_query_without_words_exits_2(env: dict[str, str], work: Path, lib: Path) -> None:
    fails(run_reader(["search", "!!!", "--library", str(lib)], env, work), 2)


# ---------------------------------------------------------------- add


def test_add_file(env: dict[str, str], work: Path, lib: Path) -> None:
    before = sorted(p.name for p in lib.rglob("*"))
    # the library has this text already (en-budget.txt): nothing new without --force
    dup = ok(run_reader(["add", "article.txt", "--library", str(lib)], env, work)).strip()
    assert dup == f"already in library: {lib / 'en-budget.txt'}"
    assert sorted(p.name for p in lib.rglob("*")) == before
    out = ok(run_reader(["add", "article.txt", "--force", "--library", str(lib)], env, work))
    path = Path(out.strip())
    assert path.is_file() and path.resolve().parent == lib.resolve()
    assert "Anne Holt" in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in lib.rglob("*")) == sorted([*before, path.name])


def test_add_stdin(env: dict[str, str], work: Path, lib: Path) -> None:
    args = ["add", "-", "--force", "--library", str(lib)]  # NO is in the library already
    out = ok(run_reader(args, env, work, stdin=NO)).strip()
    assert "Kari Nilsen" in Path(out).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("missing.txt", ["no such file"]),
        ("empty.txt", ["empty"]),
        ("binary.txt", ["not a text file"]),
        ("folder.txt", ["directory"]),
    ],
)
def test_add_unusable_input_exits_1(
    env: dict[str, str], work: Path, lib: Path, source: str, words: list[str]
) -> None:
    before = sorted(str(p) for p in lib.rglob("*"))
    fails(run_reader(["add", source, "--library", str(lib)], env, work), 1, *words)
    assert sorted(str(p) for p in lib.rglob("*")) == before


def test_add_empty_stdin_exits_1(env: dict[str, str], work: Path, lib: Path) -> None:
    fails(run_reader(["add", "-", "--library", str(lib)], env, work, stdin=""), 1, "empty")


# ---------------------------------------------------------------- permissions


def test_unreadable_file_exits_1(env: dict[str, str], work: Path) -> None:
    secret = work / "secret.txt"
    secret.write_text(EN, encoding="utf-8")
    secret.chmod(0)
    try:
        try:
            secret.open("rb").close()
        except PermissionError:
            pass
        else:
            pytest.skip(
                "running as root: chmod 000 does not deny reading, and the interpreter "
                "lives where an unprivileged user cannot run it (the loader's "
                "PermissionError path is tested in tests/core/test_loader.py)"
            )
        fails(run_reader(["show", "secret.txt", "--json"], env, work), 1, "permission denied")
    finally:
        secret.chmod(0o644)


def test_hostile_file_names_in_plain_list_and_search(
    env: dict[str, str], work: Path, lib: Path
) -> None:
    """One line per article, and no escape sequence from a name reaches the terminal."""
    (lib / "new\nline.txt").write_text(EN, encoding="utf-8")
    (lib / "osc\x1b]52;c;eA==\x07.txt").write_text(EN, encoding="utf-8")
    (lib / "empty \x1b[2J.txt").write_bytes(b"")
    for args in (["list"], ["search", "budget"]):
        out = ok(run_reader([*args, "--library", str(lib)], env, work))
        assert "\x1b" not in out and "\x07" not in out
        lines = out.splitlines()
        assert len(lines) == (6 if args == ["list"] else 3), lines
        assert any("new␊line.txt" in line for line in lines)


def test_json_escapes_c1_and_bidi_controls_in_file_names(
    env: dict[str, str], work: Path, lib: Path
) -> None:
    """json.dumps writes C1 controls (U+009B is an 8-bit CSI), DEL and bidi overrides
    raw; in `--json` output they are \\u escapes, and the JSON still round-trips."""
    name = "csi\u009b2J del\x7f rlo\u202eevil.txt"
    (lib / name).write_text(EN, encoding="utf-8")
    for args in (["list", "--json"], ["search", "budget", "--json"]):
        out = ok(run_reader([*args, "--library", str(lib)], env, work))
        assert not {"\u009b", "\x7f", "\u202e"} & set(out), args
        paths = [json.loads(line)["path"] for line in out.splitlines()]
        assert any(p.endswith(name) for p in paths), paths
    out = ok(run_reader(["show", str(lib / name), "--json"], env, work))
    assert "\u202e" not in out and json.loads(out)["path"].endswith(name)


def test_double_dash_allows_a_file_name_starting_with_a_dash(
    env: dict[str, str], work: Path
) -> None:
    (work / "-dash.txt").write_text(EN, encoding="utf-8")
    assert ok(run_reader(["summary", "--", "-dash.txt"], env, work)) == ok(
        run_reader(["summary", "article.txt"], env, work)
    )


# ---------------------------------------------------------------- reading (issue 12)

MD = (
    "---\ntitle: Island ferry levy to rise\nsource: Harbour Weekly\ndate: 2. März 2025\n"
    "author: Mina Castell\nurl: https://harbour.example.org/levy\n---\n\n"
    "# Island ferry levy to rise\n\nThe council voted on **Tuesday** to raise the levy by "
    "**33 %**, according to [the Island Council](https://harbour.example.org/budget).\n\n"
    "| Ticket | Price |\n|---|---:|\n| Day | $4 |\n"
)


def test_show_json_has_metadata_and_rendered_markdown(env: dict[str, str], work: Path) -> None:
    (work / "levy.md").write_text(MD, encoding="utf-8")
    data = json.loads(ok(run_reader(["show", "levy.md", "--json"], env, work)))
    assert_spans_valid(data)
    assert (data["source"], data["date"], data["author"], data["url"]) == (
        "Harbour Weekly",
        "2025-03-02",
        "Mina Castell",
        "https://harbour.example.org/levy",
    )
    assert "**" not in data["text"] and "](" not in data["text"] and "|" not in data["text"]
    assert "according to the Island Council." in data["text"]
    assert [f["text"] for f in data["figures"]] == ["33 %", "$4"]
    assert [s["text"] for s in data["sources"]] == ["Island Council"]
    plain = json.loads(ok(run_reader(["show", "article.txt", "--json"], env, work)))
    assert (plain["source"], plain["date"], plain["url"], plain["author"]) == (None,) * 4
    assert plain["text"] == EN  # .txt unchanged


def test_list_shows_date_and_source(env: dict[str, str], work: Path, lib: Path) -> None:
    (lib / "levy.md").write_text(MD, encoding="utf-8")
    lines = ok(run_reader(["list", "--library", str(lib)], env, work)).splitlines()
    row = next(line.split("\t") for line in lines if "levy.md" in line)
    assert row[1:][:1] == ["Island ferry levy to rise"]
    assert row[4:] == ["2025-03-02", "Harbour Weekly"]
    rows = [
        json.loads(x)
        for x in ok(run_reader(["list", "--json", "--library", str(lib)], env, work)).splitlines()
    ]
    levy = next(r for r in rows if r["path"].endswith("levy.md"))
    assert (levy["date"], levy["source"], levy["author"]) == (
        "2025-03-02",
        "Harbour Weekly",
        "Mina Castell",
    )


def test_show_plain_prints_the_title_once(env: dict[str, str], work: Path) -> None:
    out = ok(run_reader(["show", "article.txt"], env, work))
    assert out.count("Budget vote in Harbourtown") == 1
    (work / "levy.md").write_text(MD, encoding="utf-8")
    out = ok(run_reader(["show", "levy.md"], env, work))
    lines = out.splitlines()
    # the front-matter title is also the text's heading: printed once, with the text
    assert out.count("Island ferry levy to rise") == 1
    assert lines[0] == "Harbour Weekly · 2025-03-02 · Mina Castell"
    assert lines[1] == "https://harbour.example.org/levy"
    (work / "other.md").write_text(MD.replace("title: Island", "title: The island"), "utf-8")
    lines = ok(run_reader(["show", "other.md"], env, work)).splitlines()
    assert lines[0] == "The island ferry levy to rise"  # a title the text does not have
    assert "\x1b" not in out  # piped: plain text


def run_pty(
    args: list[str], env: dict[str, str], cwd: Path, *, cols: int = 60, stdin_tty: bool = True
) -> tuple[int, bytes]:
    """Run reader with stdout (and stdin) on a pseudo-terminal of `cols` columns."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, cols, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", *args],
        stdin=slave if stdin_tty else subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.PIPE,
        env={k: v for k, v in env.items() if k not in ("COLUMNS", "LINES")} | {"TERM": "xterm"},
        cwd=cwd,
    )
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    code = proc.wait(timeout=60)
    os.close(master)
    return code, b"".join(chunks)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_show_on_a_terminal_is_wrapped_and_coloured(env: dict[str, str], work: Path) -> None:
    (work / "levy.md").write_text(MD, encoding="utf-8")
    code, out = run_pty(["show", "levy.md"], env, work, cols=50)
    text = out.decode()
    assert code == 0, text
    assert "\x1b[" in text
    # figures yellow, the source green, on exactly those words
    assert "\x1b[1;33m33 %\x1b[0m" in text
    assert re.search(r"\x1b\[1;[0-9;]*32mIsland Council\x1b\[0m", text)  # also a link
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text).replace("\r", "")
    assert plain.count("Island ferry levy to rise") == 1  # the heading is the title
    assert max(len(line) for line in plain.splitlines()) <= 50
    assert "**" not in plain
    code, out = run_pty(["show", "levy.md"], env | {"NO_COLOR": "1"}, work, cols=50)
    assert code == 0
    assert "\x1b[1;33m" not in out.decode() and "\x1b[1;32m" not in out.decode()


def test_app_without_a_terminal_exits_2_at_once(
    env: dict[str, str], work: Path, tmp_path: Path
) -> None:
    import resource
    import time

    out = tmp_path / "out"
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    with out.open("wb") as fh:
        proc = subprocess.run(
            [str(SCRIPT)],
            stdin=subprocess.DEVNULL,
            stdout=fh,
            stderr=subprocess.PIPE,
            env=env,
            cwd=work,
            timeout=30,
        )
    elapsed = time.monotonic() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    assert proc.returncode == 2
    assert proc.stderr.decode() == (
        "reader: error: the app needs a terminal; try `reader list` or `reader show`\n"
    )
    assert out.read_bytes() == b""
    # "At once": no library scan, no analysis. CPU time says so on a loaded machine too
    # (wall time at load 8 on 2 cores is ~4x the work); the wall bound catches a wait.
    assert cpu < 2.0, f"{cpu:.2f} s of CPU"
    assert elapsed < 20, f"{elapsed:.1f} s"
    # stdout a terminal but stdin not: the same
    code, _ = run_pty([], env, work, stdin_tty=False)
    assert code == 2


def test_the_default_summary_runs_numpy_with_one_blas_thread_unless_told(tmp_path: Path) -> None:
    """BLAS threads spin after each product (CPU taken from the other core): `reader
    summary` asks for one before numpy loads for the default method (integer products:
    exact with any number), a value the user set wins, and a stock method keeps the
    machine's (LSA's SVD gives other float bits with another number of threads)."""
    article = tmp_path / "a.txt"
    article.write_text("The council said the harbour budget would rise next year. " * 40)
    code = (
        "import os, sys\n"
        "from reader.cli import main\n"
        "assert main(['summary', sys.argv[1], '--language', 'en', *sys.argv[2:]]) == 0\n"
        "import numpy\n"
        "print(os.environ.get('OPENBLAS_NUM_THREADS'), os.environ.get('OMP_NUM_THREADS'))\n"
    )
    env = isolated_env(tmp_path / "home")
    for name in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS"):
        env.pop(name, None)
    cases = [(None, [], "1 1"), (None, ["--method", "lsa"], "None None"), ("2", [], "2 1")]
    for given, extra, expected in cases:
        if given is not None:
            env["OPENBLAS_NUM_THREADS"] = given
        run = subprocess.run(
            [sys.executable, "-c", code, str(article), *extra],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        assert run.stdout.splitlines()[-1] == expected
