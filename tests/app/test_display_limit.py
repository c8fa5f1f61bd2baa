"""Very long articles: the pane shows a bounded first part instead of freezing the UI."""

from __future__ import annotations

from reader.app.widgets.article_view import DISPLAY_LIMIT, display_end


def test_short_text_is_shown_whole() -> None:
    text = "Title\n\nA short article.\n"
    assert display_end(text) == len(text)


def test_long_text_is_cut_at_a_line_break_below_the_limit() -> None:
    text = "A line of an article that goes on.\n" * (DISPLAY_LIMIT // 20)
    end = display_end(text)
    assert DISPLAY_LIMIT * 3 // 4 <= end <= DISPLAY_LIMIT
    assert text[end] == "\n"


def test_a_single_huge_line_is_cut_at_the_limit() -> None:
    text = "x" * (DISPLAY_LIMIT * 2)
    assert display_end(text) == DISPLAY_LIMIT
