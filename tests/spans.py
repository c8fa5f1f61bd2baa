"""Span checks shared by core, CLI and fuzz tests."""

from __future__ import annotations

from itertools import pairwise
from typing import Any


def assert_spans_valid(data: dict[str, Any]) -> None:
    """Every span in a `show --json` object indexes its text exactly; figures don't overlap."""
    text = data["text"]
    groups = [data["figures"], data["sources"], data["boilerplate"], data["summary"]["sentences"]]
    groups.append([s["cue"] for s in data["sources"]])
    groups.append(data.get("structure", []))  # Markdown structure (headings, links, …)
    for group in groups:
        for span in group:
            assert 0 <= span["start"] < span["end"] <= len(text), span
            assert text[span["start"] : span["end"]] == span["text"], span
    for kind in ("figures", "sources"):
        spans = sorted(data[kind], key=lambda s: s["start"])
        for a, b in pairwise(spans):
            assert a["end"] <= b["start"], (kind, a, b)
