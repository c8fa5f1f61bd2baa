"""Reading real articles comfortably (issue 12): help labels, Markdown, metadata, sizes."""

from __future__ import annotations

from reader.app.keys import SECTIONS
from reader.app.screens.help import help_content


def test_help_descriptions_never_run_into_their_tooltips() -> None:
    plain = help_content().plain
    assert "Previous articlePrevious article" not in plain
    for _, bindings in SECTIONS:
        for b in bindings:
            if b.description and b.tooltip:
                line = next(x for x in plain.splitlines() if f"{b.description}  " in x)
                assert b.tooltip in line, (b.description, line)
