"""The side pane: the numbered summary, or the facts (figures and sources) of the article.

Both are OptionLists so the keyboard can walk them; moving to an item posts
`SummaryPane.Jump` with its span and the screen scrolls the text there.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import ContentSwitcher, OptionList, Static
from textual.widgets.option_list import Option

from reader.model import Analysis

SUMMARY, FACTS = "summary-list", "facts-list"


def summary_options(analysis: Analysis) -> list[Option]:
    lines = analysis.summary.lines()
    return [
        Option(Content.assemble((f"{i}. ", "bold $text-accent"), line), id=f"s:{s.start}:{s.end}")
        for i, (s, line) in enumerate(zip(analysis.summary.sentences, lines, strict=True), start=1)
    ]


def fact_options(analysis: Analysis) -> list[Option]:
    """Figures and sources in text order: "12 %  percent", "CNN  source · rapporterte"."""
    rows: list[tuple[int, int, Option]] = []
    for f in analysis.figures:
        prompt = Content.assemble(
            (" ".join(f.text.split()), "bold $text-warning"), ("  " + f.kind, "$text-muted")
        )
        rows.append((f.start, 0, Option(prompt, id=f"f:{f.start}:{f.end}")))
    for s in analysis.sources:
        prompt = Content.assemble(
            (" ".join(s.text.split()), "bold $text-success"),
            ("  source · " + " ".join(s.cue.text.split()), "$text-muted"),
        )
        rows.append((s.start, 1, Option(prompt, id=f"f:{s.start}:{s.end}")))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in rows]


def span_of(option_id: str | None) -> tuple[int, int] | None:
    if not option_id:
        return None
    _, start, end = option_id.split(":")
    return int(start), int(end)


class SummaryPane(Vertical):
    """Header line + a switcher between the summary list and the facts list.

    The screen binds `analysis` (and `note`, the sentence shown when there is no
    analysis) with `data_bind`; the pane rebuilds its lists when they change.
    """

    HELP = (
        "The summary, numbered, in article order (`M` method, `+`/`-` length, `c` copy). "
        "`f` switches to the facts: every figure and named source. Moving through either "
        "list scrolls the text to that sentence or fact and marks it."
    )

    analysis: reactive[Analysis | None] = reactive(None, always_update=True, init=False)
    note: reactive[str] = reactive("", init=False)

    @dataclass
    class Jump(Message):
        start: int
        end: int

    def compose(self) -> ComposeResult:
        yield Static(id="side-header", markup=False)
        with ContentSwitcher(initial=SUMMARY, id="side-switcher"):
            yield OptionList(id=SUMMARY, markup=False)
            yield OptionList(id=FACTS, markup=False)

    @property
    def mode(self) -> str:
        return self.query_one(ContentSwitcher).current or SUMMARY

    @property
    def summary_list(self) -> OptionList:
        return self.query_one(f"#{SUMMARY}", OptionList)

    @property
    def facts_list(self) -> OptionList:
        return self.query_one(f"#{FACTS}", OptionList)

    def toggle(self) -> str:
        switcher = self.query_one(ContentSwitcher)
        switcher.current = FACTS if self.mode == SUMMARY else SUMMARY
        self._analysis_header()
        return switcher.current

    def watch_analysis(self, analysis: Analysis | None) -> None:
        if analysis is None:
            self.summary_list.clear_options()
            self.facts_list.clear_options()
        else:
            self.summary_list.set_options(summary_options(analysis))
            self.facts_list.set_options(fact_options(analysis))
        self._analysis_header()

    def watch_note(self) -> None:
        self._analysis_header()

    def _analysis_header(self) -> None:
        header = self.query_one("#side-header", Static)
        analysis = self.analysis
        if analysis is None:
            header.update(Content(self.note))
            return
        tabs = ("Summary", "Facts")
        active = 0 if self.mode == SUMMARY else 1
        parts: list[str | tuple[str, str]] = []
        for i, name in enumerate(tabs):
            parts.append((f" {name} ", "reverse bold" if i == active else "$text-muted"))
        n = len(analysis.summary.sentences)
        if self.mode == SUMMARY:
            detail = f"  {analysis.summary.method} · {_count(n, 'sentence')}"
        else:
            detail = (
                f"  {_count(len(analysis.figures), 'figure')} · "
                f"{_count(len(analysis.sources), 'source')}"
            )
        parts.append((detail, "$text-muted"))
        if n == 0 and self.mode == SUMMARY:
            parts.append(("\n(no summary: no usable sentences)", "italic"))
        header.update(Content.assemble(*parts))

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option_list.has_focus:
            self._jump(event.option.id)

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._jump(event.option.id)

    def _jump(self, option_id: str | None) -> None:
        span = span_of(option_id)
        if span is not None:
            self.post_message(self.Jump(*span))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
