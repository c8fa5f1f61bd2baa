"""Extractive summaries with sumy over our own sentence spans.

(First version; the summary work adds per-language stop words, vectorised
TextRank/LexRank and measured defaults.)
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.language import SUMY_NAMES
from reader.model import Span, Summary, SummarySentence
from reader.sentences import SumyTokenizer, split_sentences

METHODS = ("textrank", "lexrank", "lsa", "luhn", "sumbasic", "kl", "reduction")
DEFAULT_METHOD = "textrank"


def default_method(lang: str) -> str:
    return DEFAULT_METHOD


def default_length(candidates: int) -> int:
    """~3 sentences for short articles, ~10 % (capped at 10) for long ones."""
    return max(1, min(candidates, max(3, min(10, candidates // 10))))


def _summarizer(method: str, lang: str):  # type: ignore[no-untyped-def]
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {"textrank": TextRankSummarizer, "lexrank": LexRankSummarizer,
               "lsa": LsaSummarizer, "luhn": LuhnSummarizer, "sumbasic": SumBasicSummarizer,
               "kl": KLSummarizer, "reduction": ReductionSummarizer}
    name = SUMY_NAMES.get(lang, "english")
    try:
        stemmer = Stemmer(name)
    except LookupError:
        stemmer = Stemmer("english")
    return classes[method](stemmer), name


def summarise(text: str, lang: str, *, method: str | None = None, count: int | None = None,
              exclude: Sequence[Span] = (), body_start: int = 0) -> Summary:
    """Pick `count` sentences of text[body_start:] outside `exclude`, in article order."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    method = method or default_method(lang)
    spans = [s for s in split_sentences(text, lang, body_start)
             if not any(e.start < s.end and s.start < e.end for e in exclude)]
    if not spans:
        return Summary(method=method)
    count = count or default_length(len(spans))
    summarizer, name = _summarizer(method, lang)
    tok = SumyTokenizer(name)
    sents = [Sentence(s.text, tok) for s in spans]
    doc = ObjectDocumentModel([Paragraph(sents)])
    chosen = summarizer(doc, count)
    by_text: dict[str, list[int]] = {}
    for i, s in enumerate(spans):
        by_text.setdefault(s.text, []).append(i)
    picked: list[int] = []
    for sent in chosen:
        idx = by_text[str(sent)].pop(0)
        picked.append(idx)
    ranked = {idx: r for r, idx in enumerate(picked, start=1)}
    return Summary(method=method, sentences=tuple(
        SummarySentence(spans[i].start, spans[i].end, spans[i].text, ranked[i])
        for i in sorted(picked)))
