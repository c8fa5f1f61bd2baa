"""Every key binding of the app, in one table.

Screens and widgets take their BINDINGS from here, and the help screen is rendered
from the same objects, so help cannot drift from what the keys do. Every binding has
an `id`, so users can remap it with `App.set_keymap({"reader.copy-summary": "y"})`.
"""

from __future__ import annotations

from textual.binding import Binding

APP_BINDINGS: list[Binding] = [
    Binding("q", "quit", "Quit", tooltip="Quit reader", id="reader.quit"),
    Binding(
        "question_mark,f1",
        "help",
        "Help",
        tooltip="Show every key binding",
        id="reader.help",
        key_display="?",
    ),
    Binding(
        "ctrl+p",
        "command_palette",
        "Commands",
        show=False,
        tooltip="Command palette: open article, method, length, copy",
        id="reader.palette",
    ),
]

MAIN_BINDINGS: list[Binding] = [
    Binding(
        "slash",
        "search",
        "Search",
        tooltip="Search the library (filters the list)",
        id="reader.search",
        key_display="/",
    ),
    Binding(
        "r",
        "refresh_feeds",
        "Refresh",
        tooltip="Fetch every subscribed feed and store its new items",
        id="reader.refresh-feeds",
    ),
    Binding(
        "A",
        "mark_all_read",
        "All read",
        tooltip="Mark every article in the current view read",
        id="reader.mark-all-read",
    ),
    Binding(
        "c",
        "copy_summary",
        "Copy",
        tooltip="Copy the summary to the clipboard",
        id="reader.copy-summary",
    ),
    Binding(
        "tab",
        "next_pane",
        "Next pane",
        show=False,
        tooltip="Move to the next pane (list, text, summary; one at a time when narrow)",
        id="reader.next-pane",
    ),
    Binding(
        "shift+tab",
        "previous_pane",
        "Previous pane",
        show=False,
        tooltip="Move to the previous pane",
        id="reader.previous-pane",
    ),
    Binding(
        "o",
        "open_url",
        "Open URL",
        tooltip="Open the article's URL in the browser ($BROWSER)",
        id="reader.open-url",
    ),
    Binding(
        "L",
        "toggle_list",
        "List",
        show=False,
        tooltip="Hide or show the article list",
        id="reader.toggle-list",
    ),
    Binding(
        "P",
        "toggle_side",
        "Side pane",
        show=False,
        tooltip="Hide or show the summary/facts pane",
        id="reader.toggle-side",
    ),
    Binding(
        "z",
        "toggle_zoom",
        "Zoom",
        tooltip="Maximise the article text (again: back to the panes)",
        id="reader.zoom",
    ),
    Binding(
        "space",
        "page_down",
        "Page down",
        show=False,
        tooltip="Scroll the article one page down",
        id="reader.page-down",
    ),
    Binding(
        "b",
        "page_up",
        "Page up",
        show=False,
        tooltip="Scroll the article one page up",
        id="reader.page-up",
    ),
    Binding("g", "top", "Top", show=False, tooltip="Go to the top of the article", id="reader.top"),
    Binding(
        "G",
        "bottom",
        "Bottom",
        show=False,
        tooltip="Go to the bottom of the article",
        id="reader.bottom",
    ),
    Binding(
        "n",
        "next_highlight",
        "Next fact",
        tooltip="Jump to the next figure or source",
        id="reader.next-highlight",
    ),
    Binding(
        "N",
        "previous_highlight",
        "Previous fact",
        show=False,
        tooltip="Jump to the previous figure or source",
        id="reader.previous-highlight",
    ),
    Binding(
        "f",
        "toggle_facts",
        "Facts",
        tooltip="Switch the side pane: summary / facts",
        id="reader.toggle-facts",
    ),
    Binding(
        "h",
        "toggle_highlights",
        "Highlights",
        tooltip="Show or hide figure and source highlighting",
        id="reader.toggle-highlights",
    ),
    Binding(
        "s",
        "toggle_marks",
        "Marks",
        show=False,
        tooltip="Mark summary sentences in the text (on/off)",
        id="reader.toggle-marks",
    ),
    Binding(
        "m",
        "toggle_bookmark",
        "Bookmark",
        tooltip="Bookmark the article (on/off)",
        id="reader.toggle-bookmark",
    ),
    Binding(
        "F",
        "toggle_bookmark_filter",
        "Bookmarked",
        show=False,
        tooltip="Show only bookmarked articles (on/off)",
        id="reader.bookmark-filter",
    ),
    Binding(
        "S",
        "cycle_sort",
        "Sort",
        tooltip="Sort the list by path, date (newest first), title, source",
        id="reader.cycle-sort",
    ),
    Binding(
        "v",
        "toggle_groups",
        "Groups",
        tooltip="Group the list by folder and feed, with unread counts (on/off)",
        id="reader.toggle-groups",
    ),
    Binding(
        "M",
        "next_method",
        "Method",
        show=False,
        tooltip="Use the next summary method",
        id="reader.next-method",
    ),
    Binding(
        "plus,equals_sign",
        "longer",
        "Longer",
        show=False,
        tooltip="One more summary sentence",
        id="reader.longer",
        key_display="+",
    ),
    Binding(
        "minus",
        "shorter",
        "Shorter",
        show=False,
        tooltip="One summary sentence fewer",
        id="reader.shorter",
        key_display="-",
    ),
    Binding(
        "escape",
        "close_search",
        "Close search",
        show=False,
        tooltip="Clear the search and show the whole library",
        id="reader.close-search",
    ),
]

LIST_BINDINGS: list[Binding] = [
    Binding(
        "j,down",
        "cursor_down",
        "Next article",
        show=False,
        tooltip="Next article (it opens as you move)",
        id="reader.next-article",
    ),
    Binding(
        "k,up",
        "cursor_up",
        "Previous article",
        show=False,
        tooltip="Previous article",
        id="reader.previous-article",
    ),
    Binding(
        "enter",
        "select",
        "Open",
        show=False,
        tooltip="Open the article and move to its text",
        id="reader.open",
    ),
]

HELP_BINDINGS: list[Binding] = [
    Binding(
        "escape,q,question_mark,f1",
        "close",
        "Close",
        tooltip="Close the help",
        id="reader.help-close",
        key_display="esc",
    ),
]

SECTIONS: list[tuple[str, list[Binding]]] = [
    ("Everywhere", APP_BINDINGS),
    ("Reading", MAIN_BINDINGS),
    ("Article list (focused)", LIST_BINDINGS),
]
"""What the help screen shows, in order."""


def key_label(binding: Binding) -> str:
    """Human key names for help: "j / down", "?" instead of "question_mark"."""
    names = {
        "question_mark": "?",
        "slash": "/",
        "plus": "+",
        "equals_sign": "=",
        "minus": "-",
        "space": "space",
        "down": "↓",
        "up": "↑",
    }
    keys = [k.strip() for k in binding.key.split(",") if k.strip()]
    return " / ".join(names.get(k, k) for k in keys)
