"""Sentence spans with offsets, and the tokenizer object sumy expects.

Why our own splitter: sumy's default tokenizer needs NLTK punkt data (a download
that fails offline) and drops offsets, and the naive "period + space + capital"
rule cuts Norwegian and German text at ordinal dates ("26. februar", "3. März"),
at abbreviations ("f.eks.", "z.B.", "Dr.") and at initials. The summary, the
app's sentence marks and `show --json` all need exact offsets into the article.

How it works, in two levels:

1. Blocks. Paragraphs (blank lines) are always boundaries. Inside a paragraph a
   line break is a boundary for list items and for short lines without final
   punctuation (headings, datelines, captions); wrapped prose lines are joined.
2. Sentences. Inside a block a sentence may end at ``. ! ? …`` (plus closing
   quotes/brackets) followed by whitespace and a word that does not start with a
   lower-case letter. A period is not an end after an abbreviation of the
   language, an initial ("J. Smith"), or an ordinal ("3. März", "21. århundre").

The language data (abbreviations, month names, words that precede ordinals)
lives in ``reader/analysis/data/sentences/<lang>.txt``, not in this code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.analysis import languages
from reader.analysis.scripts import tokens
from reader.model import Span

# Terminal punctuation, then closing quotes/brackets, then the whitespace gap; or a
# CJK full stop, ! or ? (。！？｡), which needs no space after it. ؟ (Arabic), । ॥
# (Devanagari danda) and ; U+037E (Greek question mark) end sentences in any language.
_CLOSERS = "\"'”»’“)\\]」』）】》〉〕"
_CJK_END = "。！？｡"
_END = re.compile(
    rf"(?:\.{{2,}}|[.!?…؟।॥\u037e]+)[{_CLOSERS}]*(?=\s)"
    rf"|(?P<cjk>[!?{_CJK_END}]*[{_CJK_END}][!?{_CJK_END}]*)[{_CLOSERS}]*"
)
# Brackets and quotes a CJK sentence end inside does not end the sentence: 「…。」と言った
_CJK_OPEN = "「『（(【《〈〔“"
_CJK_CLOSE = "」』）)】》〉〕”"
_OPENERS = "\"'“«‘„‚([{¿¡–—-*•"
# Every match of _END starts with one of these (its first alternative with . or one of
# [.!?…؟।॥\u037e], its second with ! ? or a CJK end): where `_ends` looks for a match.
_END_START = re.compile(rf"[.!?…؟।॥\u037e{_CJK_END}]")
_BULLET = re.compile(r"^\s*(?:[-*•–—·▪►]\s|\d{1,2}[.)]\s)")
_TOKEN_STOP = frozenset("\"'“«‘„([")  # with whitespace: what ends the token before a period
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")
_DIGITS = re.compile(r"^\d{1,3}\.$")
_LINE_END_OPEN = re.compile(r"[,;:–—-]$")
_TERMINAL_LINE = re.compile(r"[.!?…؟।॥。！？｡][\"'”»’)\]」』）】》〉]*$")
_LOOKBACK = 200  # characters: longer than any abbreviation or word we need to see
_PREV_WORD = re.compile(r"([^\W\d_]+)\s+$")
_NEXT_WORD = re.compile(r"[^\W\d_]+")
SHORT_LINE = 60  # a line shorter than this without final punctuation stands alone
_UNIVERSAL = frozenset({"dr.", "prof.", "st.", "ca.", "nr.", "vs."})


@dataclass(frozen=True, slots=True)
class Rules:
    """Splitting data for one language, read from reader/data/sentences/<lang>.txt."""

    abbreviations: frozenset[str]  # never end a sentence
    final: frozenset[str]  # may end one, but only before a capitalised word
    months: frozenset[str]
    ordinal_before: frozenset[str]


def _parse(text: str) -> dict[str, set[str]]:
    sections: dict[str, set[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif current is not None:
            current.update(w.lower() for w in line.split())
    return sections


@cache
def rules_for(lang: str) -> Rules:
    """The splitting rules for an ISO code; a language without a data file gets the
    table's fallback language's (English: no ordinal dots)."""
    code = languages.normalise(lang) or ""
    data = languages.data_file("sentences", code, "txt") or languages.data_file(
        "sentences", languages.fallback(), "txt"
    )
    if data is None:
        raise FileNotFoundError(f"data/sentences/{languages.fallback()}.txt")
    sections = _parse(data.read_text(encoding="utf-8"))
    return Rules(
        abbreviations=frozenset(sections.get("abbreviations", set())) | _UNIVERSAL,
        final=frozenset(sections.get("final", set())),
        months=frozenset(sections.get("months", set())),
        ordinal_before=frozenset(sections.get("ordinal-before", set())),
    )


def split_sentences(
    text: str, lang: str = "en", start: int = 0, end: int | None = None
) -> list[Span]:
    """Sentence spans of text[start:end], stripped of surrounding whitespace, in order."""
    end = len(text) if end is None else end
    rules = rules_for(lang)
    spans: list[Span] = []
    for a, b in _blocks(text, start, end):
        pos = a
        for cut, nxt in _ends(text, a, b, rules):
            _add(text, pos, cut, spans)
            pos = nxt
        _add(text, pos, b, spans)
    return spans


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of paragraphs and stand-alone lines: boundaries no sentence crosses."""
    blocks: list[tuple[int, int]] = []
    block_start = start
    prev: str | None = None  # previous non-blank line of the current block
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = text[pos:line_end]
        if not line.strip():
            if prev is not None:
                blocks.append((block_start, pos))
            prev = None
            block_start = line_end
        else:
            if prev is not None and _line_break(prev, line):
                blocks.append((block_start, pos))
                block_start = pos
            if prev is None:
                block_start = pos
            prev = line
        pos = line_end + 1
    if prev is not None:
        blocks.append((block_start, end))
    return blocks


def _line_break(prev: str, line: str) -> bool:
    """Whether the break between two non-blank lines of one paragraph ends a sentence."""
    if _BULLET.match(line) or _BULLET.match(prev):
        return True
    p = prev.rstrip()
    if p.endswith(":"):
        return True
    if _TERMINAL_LINE.search(p) or _LINE_END_OPEN.search(p):
        return False  # the sentence rules decide (the newline counts as a space)
    first = line.lstrip()[:1]
    if first.islower():
        return False  # a wrapped line
    return len(p.strip()) < SHORT_LINE


def _ends(text: str, a: int, b: int, rules: Rules) -> list[tuple[int, int]]:
    """(end of sentence, start of the next) pairs inside text[a:b].

    The matches of `_END` found as `finditer` would (each search resumes at the last
    match's end), but tried only where `_END_START` finds a character every match starts
    with: the scan for that one character class is several times faster than trying
    `_END`'s alternatives at every position of the paragraph.
    """
    out: list[tuple[int, int]] = []
    pos = a
    while True:
        start = _END_START.search(text, pos, b)
        if start is None:
            break
        m = _END.match(text, start.start(), b)
        if m is None:
            pos = start.start() + 1
            continue
        pos = nxt = m.end()
        while nxt < b and text[nxt].isspace():
            nxt += 1
        if nxt >= b:
            break
        if _is_end(text, a, m, nxt, b, rules):
            out.append((m.end(), nxt))
    return out


def _is_end(text: str, a: int, m: re.Match[str], nxt: int, b: int, rules: Rules) -> bool:
    if m.group("cjk") is not None:
        return not _inside_brackets(text, max(a, m.start() - _LOOKBACK), m.start())
    k = nxt
    while k < b and text[k] in _OPENERS:
        k += 1
    c = text[k] if k < b else ""
    if c.islower():
        return False
    punct = m.group()
    if not punct.startswith(".") or punct.startswith(".."):
        return True  # ! ? … and "..." end a sentence before a non-lower-case word
    # Searches look back a bounded window: from `a` they would rescan the paragraph for
    # every full stop, which is quadratic on a 1 MB single-line "paragraph".
    token_end = m.start() + 1
    token_start = _token_start(text, max(a, token_end - _LOOKBACK), token_end)
    if token_start == token_end:
        return True
    bare = text[token_start:token_end]
    token = bare.lower()
    if token in rules.abbreviations:
        return False
    if token in rules.final:
        return c.isupper()
    if _INITIALS.match(bare) and len(bare) == 2 and bare[0].isupper():
        return False  # an initial: "J. Smith", "Kim J. Un"
    if _DIGITS.match(bare) and c.isalpha():
        word = _NEXT_WORD.match(text, k)
        if word and word.group().lower() in rules.months:
            return False  # "3. März", "26. Februar"
        before = _PREV_WORD.search(text, max(a, token_start - _LOOKBACK), token_start)
        if before and before.group(1).lower() in rules.ordinal_before:
            return False  # "im 21. Jahrhundert", "den 3. Mai"
    return True


def _token_start(text: str, low: int, end: int) -> int:
    """Where the token ending at `end` starts: the longest run of characters other than
    whitespace and _TOKEN_STOP before `end`, not before `low` (what the regex search
    ``[^\\s"'“«‘„(\\[]+$`` over text[low:end] found; a backward scan reads only the token)."""
    start = end
    while start > low:
        ch = text[start - 1]
        if ch in _TOKEN_STOP or ch.isspace():
            break
        start -= 1
    return start


def _inside_brackets(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] leaves a CJK bracket or quote open (a bounded look back)."""
    depth = 0
    for ch in text[a:b]:
        if ch in _CJK_OPEN:
            depth += 1
        elif ch in _CJK_CLOSE and depth > 0:
            depth -= 1
    return depth > 0


def _add(text: str, a: int, b: int, out: list[Span]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        out.append(Span.of(text, a, b))


def words(sentence: str) -> list[str]:
    """The words of a sentence as sumy sees them: runs of letters (with ' and - inside),
    and overlapping character bigrams inside Han/kana runs (`reader.analysis.scripts`)."""
    return tokens(sentence)


@cache
def _stemmer_codes() -> dict[str, str]:
    """sumy language name -> the first table code that uses it ("danish" -> "da")."""
    out: dict[str, str] = {}
    for lang in languages.languages().values():
        if lang.stemmer is not None:
            out.setdefault(lang.stemmer, lang.code)
    return out


class SumyTokenizer:
    """The object sumy needs: `.language`, `.to_sentences()`, `.to_words()`; no NLTK data.

    `language` may be an ISO code ("no") or a sumy name ("norwegian"); `.language`
    is always the sumy name, as sumy's own Tokenizer reports it.
    """

    def __init__(self, language: str) -> None:
        iso = _stemmer_codes().get(language, language)
        self.iso = iso
        row = languages.get(iso)
        self.language = row.stemmer if row is not None and row.stemmer else language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph, self.iso))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokens(sentence))
