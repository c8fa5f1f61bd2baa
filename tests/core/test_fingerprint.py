"""The analysis cache key cannot go stale: every analysis file and library version is in it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.library import fingerprint
from reader.library.fingerprint import ANALYSIS_DIR, analysis_fingerprint, package_files


@pytest.fixture
def analysis_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "analysis"
    shutil.copytree(ANALYSIS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_touching_any_analysis_file_changes_the_key(analysis_copy: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.py"
    model.write_bytes(fingerprint.MODEL_FILE.read_bytes())
    base = analysis_fingerprint(analysis_copy, model)
    files = package_files(analysis_copy)
    names = {f.relative_to(analysis_copy).as_posix() for f in files}
    # the modules a hand-kept list once left out, and the data, are among them
    assert {"rank.py", "langprofiles.py", "pipeline.py", "__init__.py"} <= names
    assert any(n.startswith("data/") for n in names)
    unchanged = []
    for file in files:
        original = file.read_bytes()
        file.write_bytes(original + b"\n")
        if analysis_fingerprint(analysis_copy, model) == base:
            unchanged.append(file.relative_to(analysis_copy).as_posix())
        file.write_bytes(original)
    assert unchanged == []
    assert analysis_fingerprint(analysis_copy, model) == base  # restored: same key again


def test_new_files_the_model_and_library_versions_change_the_key(
    analysis_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "model.py"
    model.write_bytes(fingerprint.MODEL_FILE.read_bytes())
    base = analysis_fingerprint(analysis_copy, model)
    (analysis_copy / "data" / "cues" / "xx.json").write_text("{}", encoding="utf-8")
    with_new = analysis_fingerprint(analysis_copy, model)
    assert with_new != base
    model.write_bytes(model.read_bytes() + b"\n")
    with_model = analysis_fingerprint(analysis_copy, model)
    assert with_model != with_new
    monkeypatch.setattr(fingerprint.metadata, "version", lambda name: "0.0-test")
    assert analysis_fingerprint(analysis_copy, model) != with_model


def test_compiled_files_do_not_change_the_key(analysis_copy: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.py"
    model.write_bytes(fingerprint.MODEL_FILE.read_bytes())
    base = analysis_fingerprint(analysis_copy, model)
    cache = analysis_copy / "__pycache__"
    cache.mkdir()
    (cache / "rank.cpython-311.pyc").write_bytes(b"\0compiled")
    assert analysis_fingerprint(analysis_copy, model) == base


def test_the_installed_key_is_stable_within_and_across_calls() -> None:
    assert analysis_fingerprint() == analysis_fingerprint()
    assert fingerprint.analysis_version() == analysis_fingerprint()
