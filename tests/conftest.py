"""Keep the developer's machine out of the tests: no real library, config, cache or clipboard."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli import isolated_env

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    home = tmp_path_factory.mktemp("home")
    from reader.library import faults

    faults.reset()  # faults are per process: one test's must not reach the next
    monkeypatch.delenv("READER_LIBRARY", raising=False)
    for var, value in isolated_env(home, {}).items():
        monkeypatch.setenv(var, value)
    try:
        import pyperclip
    except ImportError:  # pragma: no cover
        return
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    monkeypatch.setattr(pyperclip, "paste", lambda: copied[-1] if copied else "")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A private copy of the fixture library, so no test can change another's input."""
    target = tmp_path / "library"
    shutil.copytree(FIXTURES / "library", target)
    return target
