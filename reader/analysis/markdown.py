"""Markdown source -> the text a reader sees, plus where its structure is.

A `.md` article is shown rendered: `## Heading` becomes "Heading", `**bold**` becomes
"bold", `[text](url)` becomes "text", tables become aligned rows. Every later step
(figures, sources, summary, search matches) runs on this rendered text, so their
offsets, `show --json` and the screen agree. What the syntax meant is kept as
`Structure` spans into the rendered text (kind, and the URL of a link), so the app
can style headings, emphasis, links, quotes, code and tables.

Two things the syntax told us are used by the analysis (`without_artifacts`): the
"1." of a list we wrote is not a figure of the article, and an emphasised word is
a lead-in or stress ("**Wichtig** sagte er", "according to **Budget** papers"),
not a named source, even next to a cue.

Parsed with markdown-it-py (CommonMark + tables + strikethrough; raw HTML is not
interpreted, it stays literal text). The input has already been normalised by the
loader, so the output holds only characters of the input plus list markers ("• ",
"1. "), cell separators (" │ ") and newlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.model import Figure, Source, Structure

if TYPE_CHECKING:  # markdown_it is imported when a Markdown file is rendered, not before
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_LEADING_BLANK_LINES = re.compile(r"\A(?:[^\S\n]*\n)+")
BULLET = "• "
CELL_SEP = " │ "
_INLINE_KINDS = {"strong": "strong", "em": "em", "s": "strike"}
# Blocks whose text is not prose: never part of a summary.
NON_PROSE = frozenset({"code_block", "table", "h1", "h2", "h3", "h4", "h5", "h6"})


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


@dataclass
class _Inline:
    """Rendered inline content: text and spans with offsets relative to it."""

    text: str = ""
    spans: list[tuple[int, int, str, str | None]] = field(default_factory=list)


def _render_inline(children: list[Token], newline: str) -> _Inline:
    """Text of an inline token's children; `newline` is what a hard break becomes."""
    out: list[str] = []
    size = 0
    spans: list[tuple[int, int, str, str | None]] = []
    stack: list[tuple[str, int, str | None]] = []

    def emit(s: str) -> None:
        nonlocal size
        out.append(s)
        size += len(s)

    for tok in children:
        kind = tok.type
        if kind == "text":
            emit(tok.content)
        elif kind == "softbreak":
            emit(" ")
        elif kind == "hardbreak":
            emit(newline)
        elif kind == "code_inline":
            start = size
            emit(tok.content)
            spans.append((start, size, "code", None))
        elif kind.endswith("_open"):
            name = kind[: -len("_open")]
            url = str(tok.attrs.get("href", "")) if name == "link" else None
            stack.append((name, size, url))
        elif kind.endswith("_close"):
            name = kind[: -len("_close")]
            if stack and stack[-1][0] == name:
                _, start, url = stack.pop()
                if name == "link" and size > start:
                    spans.append((start, size, "link", url or None))
                elif name in _INLINE_KINDS and size > start:
                    spans.append((start, size, _INLINE_KINDS[name], None))
        elif kind == "image":
            alt = "".join(c.content for c in tok.children or [] if c.type == "text")
            if alt.strip():
                start = size
                emit(alt)
                spans.append((start, size, "image", str(tok.attrs.get("src", "")) or None))
        elif tok.content:  # html_inline (html is off, but be safe), unknown plugins
            emit(tok.content)
    return _Inline("".join(out), spans)


class _Renderer:
    """Walks markdown-it's block tokens and writes the text with blank lines between blocks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[int, int, str, str | None]] = []
        self.sep = ""  # what goes before the next block: "", "\n" (tight list) or "\n\n"
        self.lists: list[list[int]] = []  # per open list: [next number or -1 for bullets]
        self.pending_marker = ""  # the marker of a list item whose first line is not out yet
        self.indent = ""  # continuation indent inside list items
        self.indents: list[str] = []  # the indent before each open list item
        self.items: list[list[int]] = []  # [start offset] of open list items (-1: no text yet)
        self.quotes: list[list[int]] = []  # [start offset] of open block quotes
        self.waiting: list[list[int]] = []  # opened items/quotes whose first block is not out
        self.markers: list[str] = []  # the marker of the item being opened

    def emit(self, s: str) -> None:
        self.parts.append(s)
        self.size += len(s)

    def start_block(self) -> int:
        """Write the separator and line prefix; return where the block's text starts."""
        if self.size:
            self.emit(self.sep or "\n\n")
        self.sep = ""
        for opened in self.waiting:  # list items and quotes start where their first block does
            opened[0] = self.size
        self.waiting = []
        if self.pending_marker:
            self.emit(self.pending_marker)
            if self.markers:
                marker = self.markers.pop()
                self.spans.append((self.size - len(marker), self.size - 1, "list_marker", None))
            self.pending_marker = ""
        else:
            self.emit(self.indent)
        return self.size

    def end_block(self, tight: bool = False) -> None:
        self.sep = "\n" if tight else "\n\n"

    def inline(self, token: Token, kind: str | None = None) -> None:
        rendered = _render_inline(token.children or [], "\n" + self.indent)
        if not rendered.text.strip() and kind is None:
            return
        start = self.start_block()
        self.emit(rendered.text)
        for a, b, k, url in rendered.spans:
            self.spans.append((start + a, start + b, k, url))
        if kind is not None and rendered.text:
            self.spans.append((start, self.size, kind, None))

    def code(self, token: Token) -> None:
        lines = token.content.rstrip("\n").split("\n")
        if not any(line.strip() for line in lines):
            return
        start = self.start_block()
        self.emit(("\n" + self.indent).join(line.rstrip() for line in lines))
        self.spans.append((start, self.size, "code_block", None))
        self.end_block()

    def table(self, tokens: list[Token], i: int) -> int:
        """Render the table starting at tokens[i]; return the index after table_close."""
        rows: list[list[_Inline]] = []
        aligns: list[str] = []
        header_rows = 0
        in_head = False
        while i < len(tokens) and tokens[i].type != "table_close":
            tok = tokens[i]
            if tok.type == "thead_open":
                in_head = True
            elif tok.type == "thead_close":
                in_head = False
            elif tok.type == "tr_open":
                rows.append([])
                if in_head:
                    header_rows += 1
            elif tok.type in ("th_open", "td_open"):
                col = len(rows[-1]) if rows else 0
                if col >= len(aligns):
                    aligns.append(str(tok.attrs.get("style", "")))
            elif tok.type == "inline" and rows:
                rows[-1].append(_render_inline(tok.children or [], " "))
            i += 1
        cols = max((len(r) for r in rows), default=0)
        if not cols:
            return i + 1
        widths = [max((len(r[c].text) for r in rows if c < len(r)), default=0) for c in range(cols)]
        start = self.start_block()
        for n, row in enumerate(rows):
            if n:
                self.emit("\n" + self.indent)
            row_start = self.size
            for c in range(cols):
                cell = row[c] if c < len(row) else _Inline()
                if c:
                    self.emit(CELL_SEP)
                pad = widths[c] - len(cell.text)
                right = c < len(aligns) and "right" in aligns[c]
                last = c == cols - 1
                if right:
                    self.emit(" " * pad)
                cell_start = self.size
                self.emit(cell.text)
                for a, b, k, url in cell.spans:
                    self.spans.append((cell_start + a, cell_start + b, k, url))
                if not right and not last:
                    self.emit(" " * pad)
            if n < header_rows and self.size > row_start:
                self.spans.append((row_start, self.size, "table_header", None))
        self.spans.append((start, self.size, "table", None))
        self.end_block()
        return i + 1

    def render(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            kind = tok.type
            if kind == "heading_open":
                self.inline(tokens[i + 1], tok.tag)
                self.end_block()
                i += 3
                continue
            if kind == "paragraph_open":
                self.inline(tokens[i + 1])
                self.end_block(tight=tok.hidden)
                i += 3
                continue
            if kind in ("fence", "code_block"):
                self.code(tok)
            elif kind == "table_open":
                i = self.table(tokens, i + 1)
                continue
            elif kind in ("bullet_list_open", "ordered_list_open"):
                start = tok.attrs.get("start", 1) if kind == "ordered_list_open" else -1
                self.lists.append([int(start) if start is not None else 1])
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
                self.end_block(tight=bool(self.lists))
            elif kind == "list_item_open":
                if self.pending_marker:  # "- - x": the outer item's marker gets its own line
                    self.start_block()
                    self.end_block(tight=True)
                counter = self.lists[-1] if self.lists else [-1]
                marker = BULLET if counter[0] < 0 else f"{counter[0]}. "
                if counter[0] >= 0:
                    counter[0] += 1
                self.pending_marker = self.indent + marker
                self.markers.append(marker)
                self.indents.append(self.indent)
                self.indent += " " * len(marker)
                self.items.append([-1])
                self.waiting.append(self.items[-1])
            elif kind == "list_item_close":
                if self.pending_marker:  # an empty item: write its marker anyway
                    self.start_block()
                    self.end_block(tight=True)
                start = self.items.pop()[0]
                if 0 <= start < self.size:
                    self.spans.append((start, self.size, "list_item", None))
                self.indent = self.indents.pop()
            elif kind == "blockquote_open":
                self.quotes.append([-1])
                self.waiting.append(self.quotes[-1])
            elif kind == "blockquote_close":
                start = self.quotes.pop()[0]
                if 0 <= start < self.size:
                    self.spans.append((start, self.size, "quote", None))
                self.end_block()
            elif kind == "hr":
                self.end_block()
            elif kind == "inline":  # an inline outside a paragraph (plugins): as a paragraph
                self.inline(tok)
                self.end_block()
            elif kind == "html_block" and tok.content.strip():  # html is off; be safe
                self.start_block()
                self.emit(tok.content.rstrip())
                self.end_block()
            i += 1


def render(source: str) -> tuple[str, tuple[Structure, ...]]:
    """(text, structure): the rendered text (ends with one "\\n") and its spans, sorted."""
    renderer = _Renderer()
    renderer.render(_parser().parse(source))
    text = "".join(renderer.parts).rstrip()
    lead = _LEADING_BLANK_LINES.match(text)
    shift = lead.end() if lead else 0
    text = text[shift:]
    if text:
        text += "\n"
    end = len(text.rstrip("\n"))
    spans = sorted(
        {(max(0, a - shift), min(b - shift, end), k, url) for a, b, k, url in renderer.spans},
        key=lambda s: (s[0], -s[1], s[2], s[3] or ""),
    )
    return text, tuple(Structure(a, b, text[a:b], kind, url) for a, b, kind, url in spans if b > a)


_EMPHASIS = frozenset({"strong", "em"})


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def without_artifacts(
    figures: list[Figure], sources: list[Source], structure: tuple[Structure, ...]
) -> tuple[list[Figure], list[Source]]:
    """Drop figures on list markers we wrote and sources that are an emphasised word."""
    if not structure:
        return figures, sources
    markers = [(m.start, m.end) for m in structure if m.kind == "list_marker"]
    emphasis = [(m.start, m.end) for m in structure if m.kind in _EMPHASIS]
    kept_figures = [f for f in figures if not _overlaps(f.start, f.end, markers)]
    kept_sources = [s for s in sources if not _inside(s.start, s.end, emphasis)]
    return kept_figures, kept_sources
