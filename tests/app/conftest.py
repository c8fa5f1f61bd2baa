"""Fixtures for the app tests (an inline library in tmp_path, an app factory)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import reader.app.screens.main as main_module
import reader.library.analyses as analyses_module
from reader.analysis.pipeline import analyse
from reader.app.app import ReaderApp
from reader.model import Analysis, Article, Options
from tests.app.helpers import write_library

_MEMO: dict[tuple[object, ...], Analysis] = {}


@pytest.fixture(autouse=True)
def _memoised_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real pipeline, memoised across tests: it is pure, and the same few inline
    articles are analysed in almost every test (keeps tests/app well under 90 s)."""

    def memo(article: Article, options: Options | None = None) -> Analysis:
        key = (
            article.path,
            article.title,
            article.text,
            article.body_start,
            tuple(sorted(article.meta.items())),
            options,
        )
        if key not in _MEMO:
            _MEMO[key] = analyse(article, options)
        return _MEMO[key]

    monkeypatch.setattr(analyses_module, "analyse", memo)
    # the state is written a moment after a change (to coalesce bursts); tests wait for
    # every worker after each key, so the delay would only add up
    monkeypatch.setattr(main_module, "STATE_SAVE_DELAY", 0.0)


@pytest.fixture
def app_library(tmp_path: Path) -> Path:
    return write_library(tmp_path / "lib")


@pytest.fixture
def make_app(app_library: Path) -> Callable[..., ReaderApp]:
    def make(library: Path | None = None) -> ReaderApp:
        return ReaderApp(library=library or app_library)

    return make
