"""`?`: every key binding, rendered from `reader.app.keys` so help cannot go stale."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.app.keys import HELP_BINDINGS, SECTIONS, key_label


def help_content(sections: list[tuple[str, list[Binding]]] = SECTIONS) -> Content:
    """One block per section: key, description, tooltip. Built as Content, not markup."""
    parts: list[str | tuple[str, str]] = []
    width = max(len(key_label(b)) for _, bindings in sections for b in bindings) + 2
    # two spaces past the longest description, so "Previous article" never runs into
    # its tooltip
    described = [len(b.description) for _, bindings in sections for b in bindings]
    label = max(described, default=0) + 2
    for title, bindings in sections:
        if parts:
            parts.append("\n")
        parts.append((title + "\n", "bold $text-accent"))
        for b in bindings:
            if not b.description:
                continue
            parts.append((f"  {key_label(b):<{width}}", "bold $text-warning"))
            parts.append((f"{b.description:<{label}}", "bold"))
            parts.append((f"{b.tooltip or ''}\n", "$text-muted"))
    parts.append(
        (
            "\nThe command palette (ctrl+p) also opens articles by title and changes "
            "the summary method and length, and sorts or filters the list.",
            "italic",
        )
    )
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """A modal listing every binding; esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = list(HELP_BINDINGS)

    def __init__(self, also: list[Binding] | None = None) -> None:
        super().__init__()
        self.also = also or []

    def compose(self) -> ComposeResult:
        sections = list(SECTIONS)
        if self.also:
            sections.append(("Also active in the focused pane (Textual built-ins)", self.also))
        with VerticalScroll(id="help-box"):
            yield Static(Content("reader — keys"), id="help-title")
            yield Static(help_content(sections), id="help-body")

    def action_close(self) -> None:
        self.dismiss(None)


def builtin_bindings(active: Iterable[Binding]) -> list[Binding]:
    """Live bindings with a description that our table doesn't cover (by key)."""
    ours = {k.strip() for _, bindings in SECTIONS for b in bindings for k in b.key.split(",")}
    seen: set[str] = set()
    extra: list[Binding] = []
    for binding in active:
        if (
            binding.description
            and not binding.system
            and binding.key not in ours
            and binding.key not in seen
        ):
            seen.add(binding.key)
            extra.append(binding)
    return extra
