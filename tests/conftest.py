"""Keep the developer's machine out of the tests: no real library, config, cache or clipboard."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    home = tmp_path_factory.mktemp("home")
    from reader.library import faults

    faults.reset()  # faults are per process: one test's must not reach the next
    monkeypatch.delenv("READER_LIBRARY", raising=False)
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
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
