"""`reader show FILE` on a terminal: the article wrapped, with the app's highlights.

The CLI imports this module only when stdout is a terminal (piped output stays plain
text, and `show --json` never loads Rich). The article is data: it goes into a Rich
`Text` and is styled by span offsets, never parsed as markup. Rich honours
`NO_COLOR` (styles stay, colours go) and `TERM=dumb` by itself. No OSC 8 hyperlinks:
Rich gives each a random id, and the same article must print the same bytes.
"""

from __future__ import annotations

from rich.console import Console
from rich.style import Style
from rich.text import Text

from reader.analysis.scripts import count_words
from reader.model import Analysis

STRUCTURE_STYLES: dict[str, Style] = {
    "h1": Style(bold=True, underline=True),
    "h2": Style(bold=True),
    "h3": Style(bold=True, italic=True),
    "h4": Style(bold=True),
    "h5": Style(bold=True),
    "h6": Style(bold=True),
    "strong": Style(bold=True),
    "em": Style(italic=True),
    "strike": Style(strike=True),
    "code": Style(color="cyan"),
    "code_block": Style(color="cyan"),
    "link": Style(underline=True, color="blue"),
    "image": Style(italic=True, color="blue"),
    "quote": Style(italic=True),
    "table_header": Style(bold=True),
    "list_marker": Style(color="magenta", bold=True),
}
FIGURE = Style(color="yellow", bold=True)
SOURCE = Style(color="green", bold=True)
CUE = Style(color="green", italic=True)
BOILERPLATE = Style(dim=True, italic=True)
MUTED = Style(dim=True)


def meta_line(analysis: Analysis) -> str:
    """ "Example Gazette · 2025-03-02 · Kari Nordmann": what is known, in that order."""
    info = analysis.info
    return " · ".join(v for v in (info.source, info.date, info.author) if v)


def article_text(analysis: Analysis) -> Text:
    """The article as styled Text: structure first, then boilerplate, sources, figures."""
    text = Text(analysis.text.rstrip("\n"), end="")
    for mark in analysis.structure:
        style = STRUCTURE_STYLES.get(mark.kind)
        if style is not None:
            text.stylize(style, mark.start, mark.end)
    for span in analysis.boilerplate:
        text.stylize(BOILERPLATE, span.start, span.end)
    for src in analysis.sources:
        text.stylize(CUE, src.cue.start, src.cue.end)
        text.stylize(SOURCE, src.start, src.end)
    for fig in analysis.figures:
        text.stylize(FIGURE, fig.start, fig.end)
    return text


def show_renderables(analysis: Analysis) -> list[Text]:
    """What `reader show` prints on a terminal, top to bottom."""
    out: list[Text] = []
    if not analysis.title_from_text:
        out.append(Text(analysis.title, style="bold"))
    meta = meta_line(analysis)
    if meta:
        out.append(Text(meta, style=MUTED))
    if analysis.info.url:
        out.append(Text(analysis.info.url, style=MUTED))
    out.append(
        Text(f"language: {analysis.language}  words: {count_words(analysis.text)}", style=MUTED)
    )
    if analysis.notice:
        out.append(Text(f"⚠ {analysis.notice}", style="yellow"))
    out.append(Text(""))
    out.append(article_text(analysis))
    out.append(Text(""))
    out.append(Text(f"Summary ({analysis.summary.method}):", style="bold"))
    for i, line in enumerate(analysis.summary.lines(), start=1):
        out.append(Text.assemble((f"  {i}. ", "bold"), line))
    return out


def render_show(analysis: Analysis, *, width: int | None = None) -> str:
    """The terminal output of `reader show` as a string with escape codes (wrapped)."""
    console = Console(force_terminal=True, width=width, highlight=False, emoji=False)
    with console.capture() as capture:
        for item in show_renderables(analysis):
            console.print(item, markup=False, highlight=False, emoji=False)
    return capture.get()
