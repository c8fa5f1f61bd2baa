"""The one place that orders the analysis steps: Article -> Analysis."""

from __future__ import annotations

from reader.analysis.boilerplate import find_boilerplate
from reader.analysis.language import resolve_language
from reader.analysis.markdown import NON_PROSE
from reader.analysis.summarise import summarise
from reader.model import Analysis, Article, Options, Span, Summary


def language_of(article: Article, options: Options) -> str:
    return resolve_language(article.text, options.language, article.declared_language)


def headline(article: Article) -> str:
    """The article's real title (front matter or a title line), else "".

    A title made up from the first words of an untitled text is not a headline: the
    summariser must not drop the first sentence for "repeating" it.
    """
    if article.body_start > 0 or article.meta.get("title", "").strip():
        return article.title
    return ""


def _summary(article: Article, lang: str, options: Options, boilerplate: list[Span]) -> Summary:
    # Headings, tables and code of a Markdown article are not prose: never in a summary.
    blocks = [Span(m.start, m.end, m.text) for m in article.structure if m.kind in NON_PROSE]
    return summarise(
        article.text,
        lang,
        method=options.method,
        count=options.sentences,
        exclude=sorted([*boilerplate, *blocks], key=lambda s: (s.start, s.end)),
        body_start=article.body_start,
        title=headline(article),
        words_budget=options.words,
        ratio=options.ratio,
    )


def summarise_article(article: Article, options: Options, language: str | None = None) -> Summary:
    """Only the summary (what `reader summary` needs); boilerplate is still excluded."""
    lang = language or language_of(article, options)
    return _summary(article, lang, options, find_boilerplate(article.text, lang))


def analyse(article: Article, options: Options | None = None) -> Analysis:
    """Everything the app shows and `show --json` prints, computed from one Article."""
    # Figures and sources are imported here: `reader summary` needs neither (start-up time).
    from reader.analysis.figures import find_figures
    from reader.analysis.markdown import without_artifacts
    from reader.analysis.sources import find_sources

    options = options or Options()
    lang = language_of(article, options)
    boilerplate = find_boilerplate(article.text, lang)
    summary = _summary(article, lang, options, boilerplate)
    figures, sources = without_artifacts(
        find_figures(article.text, lang), find_sources(article.text, lang), article.structure
    )
    return Analysis(
        path=article.path,
        title=article.title,
        language=lang,
        text=article.text,
        figures=tuple(figures),
        sources=tuple(sources),
        boilerplate=tuple(boilerplate),
        summary=summary,
        notice=article.notice,
        info=article.info,
        structure=article.structure,
        title_from_text=article.title_from_text,
    )
