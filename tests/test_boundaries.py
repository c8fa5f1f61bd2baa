"""The core must stay usable from scripts without Textual: check it in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CORE = [
    "reader.model",
    "reader.errors",
    "reader.analysis.loader",
    "reader.analysis.language",
    "reader.analysis.sentences",
    "reader.analysis.figures",
    "reader.analysis.sources",
    "reader.analysis.boilerplate",
    "reader.analysis.summarise",
    "reader.analysis.pipeline",
    "reader.library",
    "reader.cli",
]


def _ui_modules_after(code: str) -> list[str]:
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(m for m in sys.modules "
    probe += "if m.split('.')[0] in ('textual', 'rich'))))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


def test_core_modules_do_not_import_textual_or_rich() -> None:
    code = "\n".join(f"import {m}" for m in CORE)
    assert _ui_modules_after(code) == []


def test_show_json_runs_without_textual(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Title\n\nThe council said 3,000 homes were built, said Reuters.\n", encoding="utf-8"
    )
    code = (
        "import sys, io, contextlib\nfrom reader.cli import main\n"
        f"buf = io.StringIO()\nwith contextlib.redirect_stdout(buf):\n"
        f"    rc = main(['show', {str(article)!r}, '--json'])\nassert rc == 0, rc\n"
    )
    assert _ui_modules_after(code) == []


def test_core_sources_have_no_ui_imports() -> None:
    """A cheap static check as well, so a lazy import inside a function is caught too."""
    root = Path(__file__).resolve().parent.parent / "reader"
    offenders = []
    for path in sorted(root.rglob("*.py")):
        if "app" in path.relative_to(root).parts:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith(("import textual", "from textual", "import rich", "from rich")):
                offenders.append(f"{path.name}:{n}: {stripped}")
    assert offenders == []
