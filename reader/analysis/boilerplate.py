"""Boilerplate lines (share buttons, navigation, search counters, labelled metadata,
contact prompts, captions with photo credits, link lists) and non-candidate sentences
(captions, bylines, update stamps).

Boilerplate stays in the text (dimmed in the app) but never enters a summary. The
unit is the WHOLE line; a line is boilerplate when

- it is one of the phrases in ``data/boilerplate/lines.txt`` (share buttons, skip
  links, navigation, search counters, page-type labels, "continues below" markers,
  tip-line prompts), after leading bullets, wrapping brackets and a trailing "..." are
  removed;
- it is labelled metadata: a label of ``labels.txt`` alone, or with ":" and a value,
  or with a date ("Publisert 12.03.2025", "Senast uppdaterad: 2022-01-10"); a label
  alone makes the next short line its value;
- it carries contact details (an e-mail address, also written "[dot]"/"(at)", or a
  labelled or international phone number);
- it ends in a photo credit (``credits.txt``: "… Foto: NTB", "(Getty Images)"), or it
  is the short alternative text just before such a caption;
- it is a short promotional or imperative line (``promo.txt``: subscribe, download,
  follow, abonner, prenumerera, …) that does not end as a sentence;
- it is a short navigation row ("Home | News | Sport") or has no letter or digit;
- it follows a section label of ``sections.txt`` ("Quellen", "Länkar", "Related",
  "Se også", "Sumario") and is link-like (short, no sentence end, or a bullet);
- it occurs twice or more in the same text (site furniture repeated on a pasted page),
  or, with the optional library-level signal, it is one of the ``repeated`` lines found
  in many texts of a library (`repeated_lines`).

Language-independent shapes (issue 14, third batch; docs/highlights.md): a short line with a
numeric date and a clock time, or words glued to a date ("frågor17-04-2015"); a line that is
only a document id; three or more "xx - Name" menu lines; a box of two or more "Label :"
lines; a short label repeated with other digits ("Pressemelding 05.06.2023"); bare lines
(a few words, no digit, no sentence end, hardly any lowercase run) between furniture or in
the page head next to it, in runs of three, or after the last running text; empty entries
of a contents list (``contents.txt``).

Shapes and closed word classes that do not depend on a publisher's wording (issue 14,
fourth round, docs/highlights.md "Third round"): page notices (``notices.txt``: cookies in
the first person, browser, JavaScript, translation, "here you find"); link prompts (an
imperative of ``imperatives.txt`` … a word of ``here.txt``; "you" … "here"; an imperative
with "our", ``pronouns.txt``); unlabelled phone numbers, web addresses, streets next to a
contact, name and role lines of a contact box; licence notices (``licences.txt``);
untranslated captions (a line clearly in another language than the text after it,
``function_words.txt``); "Name – description" captions; tag lists; an "about us" paragraph
under the furniture head; a bare banner repeated under the title (the title moves); a
headline doubled under a site name stays text.

On top of the rules, a small line classifier (issue 14, boilerplate round 4; docs/highlights.md
"Fourth round: a line classifier"): a logistic regression over publisher-free features of a
line and its neighbours (``data/boilerplate/classifier.json``, written by
``bench/boilerplate_classifier.py`` with leave-one-publisher-out cross-validation). It only
adds lines the rules leave unmarked, never the title, running prose or content shapes
(`_is_prose`, `candidate_features`).

Sixth round (docs/highlights.md "Sixth round: what did not transfer"): breadcrumb trails and
picture-text openers (``pictures.txt``), also as the first line; a masthead over the headline
(the title moves to the headline); long separator lines; a block of other news under the
article (``more_news.txt``) to the page end; an "about <Publisher>" section; a blurb between
furniture in a release's tail (after the classifier); a caption naming people above a bare
credit; a table of contents with page numbers; long labelled lists. Content by shape: a label
box after the text without a metadata sign, one value for every item, event labels
(``event_labels.txt``) between paragraphs, weekday datelines (``weekdays.txt``), stage notes,
salutations and place datelines.

Seventh round (docs/highlights.md "Seventh round: an audit of unannotated real pages"): read-on
labels with a headline and read-on headers over a list of headlines (``lines.txt``,
``sections.txt``); written dates with a clock time (``clock_words.txt``); picture-source words
and wire agencies (``credits.txt``); page widgets; teasers above a "read more" link
(``read_more.txt``); embedded posts' signatures; "+++" separators. Content by shape: rows of a
flattened table with figures, the cells of a ranked table.

The first non-blank line (the title) is never boilerplate by shape or repetition, only
by an explicit phrase or label (or as a breadcrumb, a picture text or a masthead). All word
lists are data, shared by every language.
Captions and bylines that are not whole boilerplate lines are real text of the article
(shown normally) but make poor summary sentences; `is_non_candidate` tells the
summariser to skip them (patterns in ``captions.txt``).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from reader.analysis.dates import month_names
from reader.analysis.languages import data_lines, data_root
from reader.model import Span

MAX_LINE = 160  # phrase lines are short; longer lines are article text
MAX_CAPTION = 400  # a caption or contact paragraph may be longer
MAX_SHORT_WORDS = 12  # promotional lines and link-like lines are short
MAX_LIBRARY_LINE = 2000  # an "about us" paragraph repeated across a library may be long
MAX_PHRASE_WORDS = 24  # no phrase of lines.txt is longer (speed: longer lines skip it)
MAX_SECTION_LINES = 15  # a link list after a section label ends within this many lines

_SHAPES = frozenset(
    {"promo", "prompt", "nav", "contact", "credit", "licence"}
)  # not applied to the title line
_BULLET = re.compile(r"^(?:[-–—•·*▪►>|]+\s*)+")
_WRAPPED = re.compile(r"^[(\[](.*)[)\]]$")
# a wiki edit link glued to the start or end of a line: "Quellen[Bearbeiten]",
# "[modifier | modifier le wikicode]- ((fr)) …" (letters, spaces and "|" only; not "[1]")
_EDIT_WORDS = r"\[(?=[^\]]*[^\W\d_])[^\W\d]+(?:[ |]+[^\W\d]+)*\]"
_EDIT_LINK = re.compile(rf"^{_EDIT_WORDS}(?=\S)|(?<=\S){_EDIT_WORDS}$")
_TRAILING_DOTS = re.compile(r"\s*(?:\.\.\.|…)\s*$")
_SENTENCE_END = re.compile(r"[.?](?:[\"'”»)\]]*)$")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]{2,}")
_RULE = re.compile(r"[-–—•·*]{1,2}")  # a stray dash or bullet ("---" is Markdown: text)
_SPACED_RULE = re.compile(r"(?:[-–—•·*~=_#]\s+){2,}[-–—•·*~=_#]")  # "* * *", "• • •"
_LONG_RULE = re.compile(r"([-–—_=*~#.])\1{9,}")  # a separator line of ten or more
_SHORT_RULE = re.compile(r"([+~=•·])\1{1,8}")  # "+++" ("---", "***", "___" are Markdown: text)
# the signature of an embedded post: "— Minuto30.com (@minuto30com) May 5, 2022"
_EMBED_SIGNATURE = re.compile(r"(?:[—–-]\s*)?[^()]{1,60}\(@\w{1,30}\)\s*[^()]{0,30}\b(?:19|20)\d\d")
_EMBED_LINK = re.compile(r"\bpic\.twitter\.com/\w+$")  # the last line of an embedded post
# a breadcrumb trail: crumbs joined by arrows (">", "→", "›", or "»" spaced on both sides)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|→|›)\s*|\s»\s")
MIN_CRUMBS = 3
MAX_CRUMB_WORDS = 6  # every crumb but the last (the page's own title) is short
_EMAIL = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+|\w\s*(?:\[dot\]|\(dot\)|\[punkt\])\s*\w|\w\s*(?:\[at\]|\(at\)|\[ät\])\s*\w",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?:\b(?:tel|tlf|tél|fax|mob)\s*[.:]|\b(?:telefon|telefonisch|telephone|phone|téléphone|teléfono"
    r"|mobil|mobile)\b\s*:?)\s*(?:\w+\s+){0,2}\+?\(?\d[\d\s()./-]{5,}\d"
    r"|\+\d{1,3}\s*\(?\d[\d\s()/-]{6,}\d",
    re.IGNORECASE,
)
_NAV_SEPARATOR = re.compile(r"\s{3,}|\t|\s[|•·»›>→]\s")
# --- structural signals (language-independent shapes; issue 14, third batch) ---
_NUM_DATE = r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d"
_CLOCK = r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b"  # "16:52"; "9.30" may be a decimal
# a numeric date and a clock time on one short line: a time stamp
_STAMP = re.compile(rf"(?:{_NUM_DATE}).{{0,12}}{_CLOCK}|{_CLOCK}.{{0,12}}(?:{_NUM_DATE})")
# words glued to a date or a year glued to a capitalised word: adjacent page elements
# (a category and its time stamp, "… 2017Avis juridique") run together by the extractor
_GLUED = re.compile(
    rf"[^\W\d_]{{3}}(?:{_NUM_DATE})|[^\W\d_]{{3}}\d{{1,2}}\. ?[^\W\d_]{{3,}}\.? (?:19|20)\d\d"
    r"|\b(?:19|20)\d\d(?=[A-ZÀ-ÖØ-ÞÆ][a-zà-öø-ÿ])"
)
# a menu item "xx - Name" (a language code, a separator, a name)
_CODE_ITEM = re.compile(r"^[a-z]{2,3}\s+[-–:|]\s+\S.{0,40}$")
# an identifier token: letters and digits with "/", "(" or a long digit run ("B9-0220/2020",
# "COM(2020)", "52020DC0027")
_ID_TOKEN = re.compile(
    r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9]*(?:[-‑/()][A-Za-z0-9]*)*(?:[/(][^\s]*|\d{4,}[^\s]*)$"
)
# a running number over a year, with an optional upper-case prefix ("PM 21 / 2017", "407/17")
_NUMBER_ID = re.compile(
    r"(?:[A-ZÆØÅÄÖÜ]{1,6}\.?\s*)?(?:[Nn][rº°o]\.?\s*)?\d{1,4}\s*/\s*(?:19|20)?\d\d"
)
_LABEL_SHAPE = re.compile(r"^[^\W\d_][^:«»\"“”„]{0,40}?\s?:(?:\s+\S[^«»\"“”„]{0,60})?$")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-öø-ÿß][^\W\d_]*")
MIN_MENU = 3  # consecutive "xx - Name" lines that make a menu
MAX_BARE_WORDS = 5  # a bare line: a few words, no digit, no sentence end
MIN_BARE_RUN = 3  # bare lines in a row (blank lines between allowed) that make a menu or tab bar
# a telephone number without a label: three or four groups of two or three digits with at
# least one group of two after the first ("33 92 22 35", "915 58 419", "+47 22 24 90 90"); a
# number with thousands separators has groups of three after the first ("1 234 567")
_PHONE_SHAPE = re.compile(
    r"(?<![\d.,])(?:\+\d{1,3}\s?)?\d{2,3}(?:\s\d{2,3})*\s\d{2}(?:\s\d{2,3})*(?![\d]|[.,]\d)"
)
# a link arrow at the end of a short line ("Mer »", "Read more ›"); a space before it (a
# closing quotation mark "NATO»" has none)
_LINK_ARROW = re.compile(r"\s(?:[»›→]|>>|->)$")
# furniture lines that sit between a heading and its paragraph (its date or type label)
_HEADING_METADATA = frozenset({"stamp", "repeated-shape", "label", "value"})
# a sentence end inside a line ("… medlemsland. Folk i …"): a caption is one or two
# sentences and its credit; a line with three sentence ends or more before the credit is
# running text with a caption glued on by the extractor (mostly text: the line stays text)
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”»)]*\s+(?=[-–«\"“„]?\s?[A-ZÆØÅÄÖÜÉÀ])")
MIN_GLUED_SENTENCES = 3
MAX_FOREIGN_WORDS = 40  # a caption in another language is at most this long
MIN_FOREIGN_HITS = 3  # function words a foreign caption needs ("von der" in a name: two)
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
# a street and a house number ("Gullhaug Torg 4A", "Rue de la Loi 200"): capitalised first
# word, up to four words, one to three digits and an optional letter at the end
_STREET = re.compile(r"[A-ZÆØÅÄÖÜÉ][^\W\d_]+(?:[ -][^\W\d_]+\.?){0,3} \d{1,3}[A-Za-z]?")
_NAME_DASH = re.compile(r"(\S+(?: \S+){0,2}) [–—] (\S.*)")  # "Petr Nečas – Ministerpräsident …"
MAX_CONTACT_BOX = 2  # name and role lines between a contact label and a phone line
MIN_HEAD_LINES = 2  # furniture lines above an "about us" paragraph
MAX_YOU_HERE_WORDS = 16  # "Du kan også opprette abonnement på nyheter fra X her."
MAX_NOTICE = 800  # a cookie banner may be long
# a web address alone ("www.socialstyrelsen.se", "https://example.org/press")
# (a bare domain needs a lower-case top-level domain: "EP.NEWS", a masthead, is no address)
_URL_LINE = re.compile(r"(?i:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?")
MIN_FLAT_MENU_WORDS = 12  # a site menu flattened into one line: many capitalised items
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞÆ][^\W\d_]*")
MAX_PROMPT_WORDS = 8  # "Se sendingen her", "Les presseinvitasjonen her": a short prompt
_ADDRESS = re.compile(
    r"^.{0,30}\b(?!1[89]\d\d\b|20\d\d\b)\d{4,5}\s+[A-ZÆØÅÄÖÜ][a-zæøåäöüß-]+(?:\s[A-ZÆØÅÄÖÜ][a-zæøåäöüß-]+)?$"
)


def _alternatives(name: str) -> str:
    return "|".join(f"(?:{p})" for p in data_lines(f"boilerplate/{name}"))


def _needed(items: Any) -> frozenset[str] | None:
    """Literal strings one of which every match of the parsed pattern contains, or None
    when the pattern promises none (the most selective choice: longest shortest string)."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        sub: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            sub = _needed(av[3])
        elif op is _sre.ATOMIC_GROUP:
            sub = _needed(av)
        elif op is _sre.BRANCH:
            parts = [_needed(branch) for branch in av[1]]
            sub = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _needed(av[2])
        if sub:
            options.append(sub)
    if run:
        options.append(frozenset({run}))
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


class _Searcher:
    """`regex.search(line) is not None`, with a proof that skips the search: every match
    contains one of some literal strings (`_needed`, lower-cased), so a line containing
    none of them cannot match. The proof is used only where lower-casing the line is what
    the case-insensitive match compares: not when `str.lower` changes a line's length
    ("İ") or the line has a character the regex engine folds specially ("ſ" is "s").
    Speed: the notice and licence lists run over every paragraph of up to 400 / 800
    characters; most contain none of the strings."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.special = _FOLDED_SPECIALLY
        needles = _needed(_sre.parse(regex.pattern, regex.flags)) if self.special else None
        if needles is not None and any(
            len(n.lower()) != len(n) or (self.special and self.special.search(n)) for n in needles
        ):
            needles = None  # a string whose case folding is not one character to one
        self.needles = None if needles is None else tuple(sorted({n.lower() for n in needles}))

    def __call__(self, line: str) -> bool:
        if self.needles is not None and self.special is not None:
            low = line.lower()
            if (
                len(low) == len(line)
                and not self.special.search(line)
                and not any(map(low.__contains__, self.needles))
            ):
                return False
        return self.regex.search(line) is not None


try:  # re's own parser, and the characters its IGNORECASE equates beyond simple lower
    # case (re._casefix): private modules of CPython 3.11+, so without them no shortcut
    import re._parser as _sre
    from re._casefix import _EXTRA_CASES

    _FOLDED_SPECIALLY: re.Pattern[str] | None = re.compile(
        "["
        + re.escape(
            "".join(sorted({chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v) if c > 0x7F}))
        )
        + "]"
    )
except ImportError:  # another Python: no shortcut, the regex decides every line
    _FOLDED_SPECIALLY = None


@cache
def _line_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternatives('lines.txt')})[ \t.:!]*", re.IGNORECASE)


@cache
def _label_regex() -> re.Pattern[str]:
    """A label alone (group "alone"), or with ":" and a value, or with a date/number."""
    return re.compile(
        rf"(?:{_alternatives('labels.txt')}|{_alternatives('event_labels.txt')})\s*(?:(?P<alone>[.:]?)$|:\s*\S.{{0,{MAX_LINE}}}$|\s+\d.{{0,40}}(?<![.?])$)",
        re.IGNORECASE,
    )


@cache
def _long_label_regex() -> re.Pattern[str]:
    """A metadata label with a long value that is a list, not a sentence ("Themen:
    Kontrolle und Vernichtung von Chemiewaffen in Syrien, Einsatz einer …"), up to
    MAX_CAPTION characters (the caller checks that it does not end as a sentence)."""
    return re.compile(
        rf"(?:{_alternatives('labels.txt')})\s*:\s*\S.{{0,{MAX_CAPTION}}}$", re.IGNORECASE
    )


@cache
def _section_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternatives('sections.txt')})\s*:?", re.IGNORECASE)


@cache
def _contents_regex() -> re.Pattern[str]:
    return re.compile(_alternatives("contents.txt"), re.IGNORECASE)


@cache
def _promo_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternatives('promo.txt')})\b", re.IGNORECASE)


@cache
def _prompt_regex() -> re.Pattern[str]:
    """An imperative verb (``imperatives.txt``) opening a line that ends with "here"
    (``here.txt``): "Se sendingen her", "Read the full report here:", "Cliquez ici »"."""
    verbs, here = _alternatives("imperatives.txt"), _alternatives("here.txt")
    return re.compile(
        rf"(?:{verbs})\b(?:\s+\S+){{0,{MAX_PROMPT_WORDS - 2}}}?\s+(?:{here})\s*[.:!»›→>]*",
        re.IGNORECASE,
    )


@cache
def _licence_regex() -> re.Pattern[str]:
    return re.compile(_alternatives("licences.txt"), re.IGNORECASE)


@cache
def _licence_search() -> _Searcher:
    return _Searcher(_licence_regex())


@cache
def _notice_regex() -> re.Pattern[str]:
    return re.compile(_alternatives("notices.txt"), re.IGNORECASE)


@cache
def _notice_search() -> _Searcher:
    return _Searcher(_notice_regex())


@cache
def _pronouns() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in data_lines("boilerplate/pronouns.txt"):
        kind, _, words = row.partition(":")
        out[kind.strip()] = frozenset(words.strip().split("|"))
    return out


@cache
def _here_end() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives('here.txt')})\s*[.:!»›→>]*$", re.IGNORECASE)


@cache
def _verb_start() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternatives('imperatives.txt')})\b", re.IGNORECASE)


def _is_site_prompt(core: str, n_words: int) -> bool:
    """A prompt of the site in a short line: "you" … "here" ("Du kan også opprette
    abonnement på nyheter her."), or an imperative with "our" ("Se våra pressträffar i
    efterhand"). Closed word classes (``pronouns.txt``, ``imperatives.txt``, ``here.txt``)."""
    tokens = {t.casefold() for t in _TOKEN.findall(core)}
    pronouns = _pronouns()
    if (
        n_words <= MAX_YOU_HERE_WORDS
        and tokens & pronouns.get("you", frozenset())
        and _here_end().search(core)
        and core.count(". ") == 0
    ):
        return True
    return (
        n_words <= MAX_PROMPT_WORDS
        and not _SENTENCE_END.search(core)
        and bool(tokens & pronouns.get("our", frozenset()))
        and _verb_start().match(core) is not None
    )


def _is_flat_menu(core: str, n_words: int) -> bool:
    """A site menu flattened into one line ("Home Medios El BCE explicado Estudios y
    publicaciones Estadísticas …"), looked for only in the page head (before the first
    running text; a long Title Case teaser further down is text): twelve words or more,
    no digit, no punctuation of a sentence (no ".", ",", ":", ";", "?"), and at least two
    thirds of the words capitalised, but not all upper case (a heading in capitals)."""
    if (
        n_words < MIN_FLAT_MENU_WORDS
        or core.isupper()
        or _DIGIT.search(core)
        or re.search(r"[.,:;?!\"“”«»()]", core)
    ):
        return False
    return len(_CAPITALISED.findall(core)) * 3 >= n_words * 2


def _has_phone_shape(s: str) -> bool:
    """Whether the line holds an unlabelled phone number: groups of digits, some of two."""
    for m in _PHONE_SHAPE.finditer(s):
        groups = m.group(0).lstrip("+").split()
        if len(groups) >= 3 and sum(len(g) for g in groups) >= 8:
            return True
    return False


@cache
def _credit_regex() -> re.Pattern[str]:
    """A photo credit at the end of a line: "… Foto: Ola Nordmann/NTB", "(Getty Images)"."""
    words = _alternatives("credits.txt")
    return re.compile(
        rf"(?:^|[\s.(|–-])(?:{words})\s*(?::|©|/)\s*(?:[^.!?:]|(?<=\b[A-Z])\.){{1,80}}\)?\s*$"
        rf"|(?:^|[\s.(|–-])(?:{words})\s*(?::|©|/)\s*[^\s.!?:,]+(?:\s[^\s.!?:,]+){{0,3}}\.\s*$"
        rf"|\([^()]{{0,50}}\b(?:{words})\b[^()]{{0,50}}\)\s*$",
        re.IGNORECASE,
    )


@cache
def _caption_regex() -> re.Pattern[str]:
    alts = "|".join(f"(?:{p})" for p in data_lines("boilerplate/captions.txt"))
    return re.compile(rf"(?:{alts})", re.IGNORECASE)


def _unlinked(s: str) -> str:
    """`s` without wiki edit links; a line without "[" has none (speed: no regex scan)."""
    return _EDIT_LINK.sub("", s) if "[" in s else s


@lru_cache(maxsize=8192)
def _core(line: str) -> str:
    """The line without wiki edit links, bullets, wrapping brackets and a trailing "..."."""
    s = _unlinked(line.strip()).strip() or line.strip()
    m = _BULLET.match(s)
    if m:
        s = s[m.end() :]
    m = _WRAPPED.match(s)
    if m:
        s = m.group(1).strip()
    for dots in ("...", "…"):
        if s.endswith(dots):
            s = s[: -len(dots)].rstrip()
    return s


def _key(line: str) -> str:
    """Comparison key for repeated lines: the core, case and spacing folded."""
    return " ".join(_core(line).casefold().split())


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _is_link_like(line: str) -> bool:
    """Short, and either a bullet or not ending as a sentence (a wiki edit link left out)."""
    s = _unlinked(line.strip()).strip()
    if len(s) > MAX_LINE:
        return False
    return bool(_BULLET.match(s)) or (_words(s) <= MAX_SHORT_WORDS and not _SENTENCE_END.search(s))


MAX_ENTRY_WORDS = 24  # a headline in a list of links may be longer than a short line


def _is_list_entry(line: str) -> bool:
    """An entry of a list of links under a section label: link-like, or the headline of
    another article (at most MAX_ENTRY_WORDS words, no sentence end: "EXKLUSIV - Porsche und
    Bentley wollen nachbessern: VW Hannover muss um Artemis-Produktion bangen")."""
    if _is_link_like(line):
        return True
    s = _unlinked(line.strip()).strip()
    return len(s) <= MAX_LINE and _words(s) <= MAX_ENTRY_WORDS and not _SENTENCE_END.search(s)


@lru_cache(maxsize=8192)
def _is_paragraph(line: str) -> bool:
    """Running text: ends as a sentence with a few words, or is long."""
    core = _core(line)
    n = _words(core)
    return n > MAX_SHORT_WORDS or (n >= 4 and bool(_SENTENCE_END.search(core)))


def _is_bare(line: str) -> bool:
    """A few words with no digit, no sentence end, no continuation, hardly any lowercase run.

    Site names, section labels, buttons ("Nyhetsrummet", "Se sendingen her", "PV"); not a
    heading with a verb-like lowercase run, not a byline (``captions.txt``), not a list item.
    """
    s = line.strip()
    if _BULLET.match(s) or _DIGIT.search(s) or s[-1:] in ",;–-:…" or s.endswith("..."):
        return False
    if _caption_regex().match(s) or (_is_speaker(s) and " " in s):
        return False  # a byline, an upper-case speaker label (one token, "PV", may be a button)
    core = _core(s)
    n = _words(core)
    if not 1 <= n <= MAX_BARE_WORDS or _SENTENCE_END.search(core) or core.endswith(("!", "»", "”")):
        return False
    return len(_LOWER_WORD.findall(core)) < 3


def _is_label_shaped(line: str, max_label_words: int = 4) -> bool:
    """ "Word(s) :" alone or "Word(s): short value" (metadata boxes), not a quote intro."""
    core = _core(line)
    if _words(core) > max_label_words + 2 or _SENTENCE_END.search(core):
        return False
    m = _LABEL_SHAPE.match(core)
    return m is not None and _words(core.split(":", 1)[0]) <= max_label_words


def _is_id_line(line: str) -> bool:
    """A line that is only a document identifier ("B9-0220/2020", "COM(2020) 27 final",
    "PM 21 / 2017", "407/17")."""
    core = _core(line)
    if _NUMBER_ID.fullmatch(core):
        return True
    tokens = core.split()
    if not 1 <= len(tokens) <= 4 or _SENTENCE_END.search(core) or re.search(_NUM_DATE, core):
        return False
    if not any(_ID_TOKEN.match(t) for t in tokens):
        return False
    return sum(1 for t in tokens if _LOWER_WORD.fullmatch(t) and len(t) > 2) <= 1


_CLOCK_TIME = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?!\d)")
_GLUED_CLOCK = re.compile(r"((?:19|20)\d\d)(?=(?:[01]?\d|2[0-3])[:.][0-5]\d)")  # "202207:59"
_YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
MAX_STAMP_CHARS = 80


@cache
def _clock_words() -> frozenset[str]:
    return frozenset(
        w.casefold() for row in data_lines("boilerplate/clock_words.txt") for w in row.split()
    )


def _is_written_stamp(core: str) -> bool:
    """A written date with a clock time and nothing else but weekday names, date filler and
    clock words (``clock_words.txt``): "miércoles, 4 de mayo de 202207:59 hs", "02. nov. 2017
    kl. 11.32 opdateret 02. nov. 2017 kl. 12.35": a time stamp, as a numeric date with a time
    is (issue 14, seventh round). A date alone stays text (a dateline)."""
    if len(core) > MAX_STAMP_CHARS:
        return False
    s = _GLUED_CLOCK.sub(r"\1 ", core)
    if not _CLOCK_TIME.search(_YEAR_NUMBER.sub(" ", s)) or not _YEAR_NUMBER.search(s):
        return False
    words = [w.casefold() for w in _TOKEN.findall(s)]
    months = month_names()
    return any(w in months for w in words) and all(
        w in _date_words() or w in _clock_words() for w in words
    )


@lru_cache(maxsize=4096)
def _shape(line: str) -> str:
    """Language-independent shape reasons of one line on its own (time stamps, ids), or ""."""
    s = line.strip()
    core = _core(s)
    if len(s) > MAX_LINE or _words(core) > 20:
        return ""
    if _is_written_stamp(core):
        return "stamp"
    if _EMBED_SIGNATURE.fullmatch(core) or _EMBED_LINK.search(core):
        return "embed"  # an embedded social-media post: its signature or picture link
    if not _SENTENCE_END.search(core) and (_STAMP.search(core) or _GLUED.search(core)):
        return "stamp"
    if _is_id_line(s):
        return "id"
    return ""


@lru_cache(maxsize=4096)
def _phrase(line: str) -> str:
    """The reason a line is boilerplate on its own (no context), or ""."""
    s = line.strip()
    if not s:
        return ""
    core = _core(s)
    if len(s) <= MAX_CAPTION and _is_breadcrumb(s):
        return "breadcrumb"  # not a shape of _SHAPES: a breadcrumb is never the title
    if len(s) <= MAX_LINE:
        if (
            _RULE.fullmatch(s)
            or _SPACED_RULE.fullmatch(s)
            or _LONG_RULE.fullmatch(s)
            or _SHORT_RULE.fullmatch(s)
        ):
            return "symbol"
        n_words = _words(core)
        if n_words <= MAX_PHRASE_WORDS and (
            _line_regex().fullmatch(core) or (s != core and _line_regex().fullmatch(s))
        ):
            return "phrase"
        if n_words <= MAX_SHORT_WORDS and _section_regex().fullmatch(core):
            return "section"
        buttons = [b.strip() for b in re.split(r"\s*/\s*", core)]
        if 2 <= len(buttons) <= 4 and all(b and _line_regex().fullmatch(b) for b in buttons):
            return "nav"  # "Del/Gem", "Print / Share": buttons run together
        m = _label_regex().match(core)
        if m:
            return "label" if m.group("alone") is None else "label-alone"
        if (
            n_words <= MAX_SHORT_WORDS
            and _promo_regex().match(core)
            and not _SENTENCE_END.search(core)
        ):
            return "promo"
        if _is_promo_sentences(core, n_words):
            return "promo"  # "Abonnera på våra pressmeddelanden. Endast mejladress behövs …"
        if n_words <= MAX_PROMPT_WORDS and _prompt_regex().fullmatch(core):
            return "prompt"  # an imperative link prompt ending in "here"
        if _is_site_prompt(core, n_words):
            return "prompt"
        if _URL_LINE.fullmatch(core):
            return "contact"  # a web address alone
        if n_words <= 4 and _LINK_ARROW.search(s) and not _SENTENCE_END.search(core):
            return "prompt"  # "Mer »", "Read more ›": a link
        parts = [p for p in _NAV_SEPARATOR.split(core) if p.strip()]
        if (
            len(parts) >= 2
            and not s.startswith("|")  # a Markdown table row is text
            and all(_words(p) <= 3 for p in parts)
            and not _SENTENCE_END.search(core)
        ):
            return "nav"
    if len(s) <= MAX_CAPTION:
        if len(s) > MAX_LINE and not _SENTENCE_END.search(core) and _long_label_regex().match(core):
            return "label"  # a labelled list too long for the short-line rules
        if _picture_regex().match(core) and not _SENTENCE_BREAK.search(core):
            return "picture"  # "Foto av …", "Image of …", "F.v. …": a picture's text
        low = s.casefold()
        if ("@" in s or "dot" in low or "(at)" in low or "[at]" in low) and _EMAIL.search(s):
            return "contact"
        if _DIGIT.search(s) and _PHONE.search(s):
            return "contact"
        if len(s) <= MAX_LINE and _DIGIT.search(s) and _has_phone_shape(s):
            return "contact"
        if _licence_search()(s):
            return "licence"
        if (
            _credit_regex().search(_tail(s))
            and len(_SENTENCE_BREAK.findall(s)) < MIN_GLUED_SENTENCES
        ):
            return "credit"
    if len(s) <= MAX_NOTICE and _notice_search()(s):
        return "notice"
    return ""


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s+")
MAX_PROMO_SENTENCES = 3
MAX_PROMO_WORDS = 30


def _is_promo_sentences(core: str, n_words: int) -> bool:
    """A short line of two or three sentences one of which is a promotional line on its own
    (``promo.txt``, at most MAX_SHORT_WORDS words): a subscribe prompt with its privacy
    note ("Abonnera på våra pressmeddelanden. Endast mejladress behövs …"), a newsletter
    prompt after a teaser sentence ("Ne manquez rien … Abonnez-vous à la newsletter !")."""
    if n_words > MAX_PROMO_WORDS:
        return False
    parts = _SENTENCE_SPLIT.split(core)
    return 2 <= len(parts) <= MAX_PROMO_SENTENCES and any(
        _words(p) <= MAX_SHORT_WORDS and _promo_regex().match(p) for p in parts
    )


MIN_CAPTION_CAPITALS = 0.4  # share of capitalised words in a caption naming people


def _is_name_caption(line: str) -> bool:
    """The caption right above a bare photo credit: one sentence at most, at most MAX_LINE
    characters, and mostly names ("Kystdirektør Einar Vik Arset og fiskeri- og havminister
    Bjørnar Selnes Skjæran."); a sentence of the text above a credit ("The council approved
    the budget on Monday …") has few capitalised words."""
    if len(line) > MAX_LINE:
        return False
    core = _core(line)
    n = _words(core)
    if not 2 <= n <= MAX_SHORT_WORDS + 8 or _SENTENCE_BREAK.search(core):
        return False
    return len(_CAPITALISED.findall(core)) >= MIN_CAPTION_CAPITALS * n


def _is_breadcrumb(s: str) -> bool:
    """A breadcrumb trail ("Accueil > Archives de la XIe législature > Comptes rendus …",
    "Schattenblick →INFOPOOL →PARLAMENT → FAKTEN", "> home > Salle de presse > …"): at least
    MIN_CRUMBS crumbs joined by arrows, every crumb but the last (the page's own title) of at
    most MAX_CRUMB_WORDS words, no sentence end. Never a title, so it may be the first line."""
    if ">" not in s and "→" not in s and "›" not in s and " » " not in s:
        return False
    crumbs = [c for c in _CRUMB_SEPARATOR.split(s.strip()) if c.strip()]
    if (
        len(crumbs) < MIN_CRUMBS
        or _SENTENCE_END.search(s)
        or _QUOTE_MARK.search(s.replace("»", ""))
    ):
        return False
    return all(1 <= _words(c) <= MAX_CRUMB_WORDS for c in crumbs[:-1]) and _words(crumbs[-1]) >= 1


@cache
def _picture_regex() -> re.Pattern[str]:
    return re.compile(_alternatives("pictures.txt"), re.IGNORECASE)


def _tail(s: str, size: int = 140) -> str:
    """The end of a line, cut at a space, where a credit can be (speed: no full scan)."""
    if len(s) <= size:
        return s
    tail = s[-size:]
    cut = tail.find(" ")
    return tail[cut + 1 :] if cut >= 0 else tail


def is_boilerplate_line(line: str) -> bool:
    """Whether one line (without its newline) is page furniture on its own, without context."""
    return bool(_phrase(line))


def is_non_candidate(sentence: str) -> bool:
    """Captions, photo credits, bylines and update stamps: text, but not summary material."""
    return _caption_regex().match(sentence.strip()) is not None


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # the stripped line


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        s = raw.strip()
        if s:
            a = pos + (len(raw) - len(raw.lstrip()))
            out.append(_Line(a, a + len(s), s))
        pos += len(raw) + 1
    return out


def repeated_lines(texts: Iterable[str], min_texts: int = 3) -> frozenset[str]:
    """Keys of lines found in at least `min_texts` of the texts (library-level furniture).

    Pure: the caller (the library) decides which texts belong together, e.g. one feed or
    folder. Pass the result to `find_boilerplate(..., repeated=...)`. Any line of two
    words or more counts, sentences and "about us" paragraphs too (a sentence repeated
    word for word in several different articles is the site's, not the article's), but
    not titles and not upper-case speaker labels.
    """
    counts: Counter[str] = Counter()
    for text in texts:
        lines = _lines(text)[1:]  # not the title
        counts.update({_key(ln.text) for ln in lines if _library_repeatable(ln.text)})
    return frozenset(k for k, n in counts.items() if n >= min_texts)


def _repeatable(line: str) -> bool:
    """Lines that may count as repeated in one text: link-like, two words or more, no speaker,
    not a piece of running text (a line ending in "," or a dash, or opening a quotation)."""
    s = line.strip()
    if s[-1:] in ",;–-" or s[:1] in "«\"“„‘'" or s[:1].islower():
        return False  # running text broken over lines
    return _is_link_like(line) and _words(_core(line)) >= 2 and not _is_speaker(line)


def _shape_repeatable(line: str) -> bool:
    """A short label with digits ("Pressemelding 05.06.2023"): a word and a number."""
    s = line.strip()
    if s[-1:] in ",;–-" or s[:1].islower() or not _DIGIT.search(s) or _is_speaker(s):
        return False
    return _is_link_like(s) and _words(_core(s)) >= 1


def _masked(line: str) -> str:
    """Key with digits masked: "Pressemelding 05.06.2023" -> "pressemelding 00.00.0000"."""
    return _DIGIT.sub("0", _key(line))


def _library_repeatable(line: str) -> bool:
    """Lines that may count as repeated across a library: two words or more, no speaker."""
    return len(line) <= MAX_LIBRARY_LINE and _words(_core(line)) >= 2 and not _is_speaker(line)


def line_reasons(
    text: str, lang: str = "en", repeated: frozenset[str] = frozenset()
) -> dict[int, str]:
    """Offset of each boilerplate line's first character -> why it is boilerplate.

    The hand rules first (`rule_reasons`), then the line classifier
    (``data/boilerplate/classifier.json``) may add lines the rules leave unmarked; it is
    switched off in that file unless its cross-validated estimate beats the rules alone.
    Last, `_tail_blurbs` (a blurb between furniture in a release's tail).
    """
    del lang  # every list is shared by all languages (data, not code)
    reasons = rule_reasons(text, repeated)
    model = _classifier()
    lines = _lines(text)
    tables = frozenset([*_table_rows(lines), *_ranked_rows(lines)])
    _unmark(lines, reasons, tables)  # a table is content, not a menu (nor a heading's menu)
    if model.enabled and lines:
        title = _title_index(lines)
        body = _body(lines)
        for i, feats in candidate_features(text, lines, reasons, title):
            if model.score(feats) >= model.threshold and not _body_heading(
                lines, reasons, i, body, tables
            ):
                reasons[lines[i].start] = "classifier"
    _tail_blurbs(lines, reasons)  # after the classifier: its marks may bound a blurb
    _unmark(lines, reasons, tables)
    return reasons


def _unmark(lines: list[_Line], reasons: dict[int, str], rows: frozenset[int]) -> None:
    for i in sorted(rows):
        if reasons.get(lines[i].start) != "phrase":
            reasons.pop(lines[i].start, None)


# The body of the page (issue 14, round 8): the main run of prose, found as the densest
# stretch of lines (boilerpipe/jusText-style text density; the maximum-sum run of Finn et
# al.'s Body Text Extraction). A prose line (ends as a sentence, with punctuation inside it,
# ten words or more; or thirty words) adds its characters; any other line costs as much as
# a short prose line; the run is then widened over the running text next to it.
MIN_PROSE_WORDS = 10
LONG_PROSE_WORDS = 30
NON_PROSE_COST = 150  # characters of prose one non-prose line outweighs
_INNER_PUNCT = re.compile(r"[,;:–—]|\S[.!?]\s+\S")
_PROSE_END = re.compile(r"[.!?…][\"'”»)\]]*$")


def _is_body_prose(line: str) -> bool:
    """A line of article prose: a sentence-like line with sentence-internal punctuation."""
    core = _core(line)
    n = _words(core)
    if n >= LONG_PROSE_WORDS:
        return True
    return n >= MIN_PROSE_WORDS and bool(_PROSE_END.search(core) and _INNER_PUNCT.search(core))


def _body(lines: list[_Line]) -> tuple[int, int]:
    """(first, last) line index of the body: the run of lines with the largest sum of prose
    characters minus `NON_PROSE_COST` per other line, widened over adjacent running text
    (`_is_paragraph`); (-1, -1) when the page has no prose line."""
    best, first, last = 0, -1, -1
    total, start = 0, 0
    for i, ln in enumerate(lines):
        if total <= 0:
            total, start = 0, i
        total += len(ln.text) if _is_body_prose(ln.text) else -NON_PROSE_COST
        if total > best:
            best, first, last = total, start, i
    if first < 0:
        return -1, -1
    while last + 1 < len(lines) and _is_paragraph(lines[last + 1].text):
        last += 1
    while first > 1 and _is_paragraph(lines[first - 1].text):
        first -= 1
    return first, last


def _body_heading(
    lines: list[_Line],
    reasons: dict[int, str],
    i: int,
    body: tuple[int, int],
    tables: frozenset[int] = frozenset(),
) -> bool:
    """Line `i` is a subheading inside the body: not running text itself, within the body,
    after a line of unmarked running text and before a prose line (`_is_body_prose`: a teaser's
    one-line blurb is too short) or a table's first row ("Who pays" over a table of who pays
    what). Content by the annotation rules, so the classifier does not mark it (issue 14,
    round 8)."""
    first, last = body
    if not first < i < last or _is_paragraph(lines[i].text):
        return False
    before, after = lines[i - 1], lines[i + 1]
    return (
        before.start not in reasons
        and after.start not in reasons
        and _is_paragraph(before.text)
        and (_is_body_prose(after.text) or i + 1 in tables)
    )


_RANK = re.compile(r"(\d{1,3})\.?")
MIN_RANKS = 3  # rank numbers 1, 2, 3 … on lines of their own that make a ranked table
MAX_RANK_GAP = 4  # cells of one row between two rank numbers


def _ranked_rows(lines: list[_Line]) -> list[int]:
    """The cells of a ranked table flattened one cell a line (issue 14, seventh round: "1." /
    "Leverkusen (28 Pkt)" / "Leverkusen (28 Pkt)" / "2." …): MIN_RANKS or more rank numbers
    counting up from 1 on lines of their own, at most MAX_RANK_GAP lines apart; the rows run
    from the first rank to the end of the last row (as long as the others), with the bare
    column heads right above the first rank (one a column, the rank's included). Content:
    repeated cells are not repeated furniture, nor the heads a tab bar."""
    ranks = [
        (i, int(m.group(1)))
        for i, ln in enumerate(lines)
        if (m := _RANK.fullmatch(ln.text.strip()))
    ]
    rows: list[int] = []
    k = 0
    while k < len(ranks):
        run = [ranks[k]]
        while (
            k + len(run) < len(ranks)
            and ranks[k + len(run)][1] == run[-1][1] + 1
            and 1 < ranks[k + len(run)][0] - run[-1][0] <= MAX_RANK_GAP + 1
        ):
            run.append(ranks[k + len(run)])
        if len(run) >= MIN_RANKS and run[0][1] == 1:
            width = run[1][0] - run[0][0]
            first, last = run[0][0], min(run[-1][0] + width - 1, len(lines) - 1)
            head = first
            while head > 0 and first - head < width and _is_bare(lines[head - 1].text):
                head -= 1
            rows.extend(range(head, last + 1))
        k += len(run)
    return rows


_CELL_SEPARATOR = re.compile(r"\s[|│┃]\s")  # "a | b", box-drawing "a │ b"
MIN_TABLE_ROWS = 2


def _table_rows(lines: list[_Line]) -> list[int]:
    """The rows of a table flattened by the extractor (issue 14, seventh round: "Rohbenzin |
    10,72 Mio. t | 12,40 Mio. t | 15,7 %"): MIN_TABLE_ROWS or more consecutive lines cut by
    " | " into the same number of cells, most of them with a digit in two cells or more (a
    header row may have none). A menu row ("Home | News | Sport") repeats no such shape."""
    cells = [len(_CELL_SEPARATOR.split(ln.text.strip())) for ln in lines]
    rows: list[int] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and cells[j] >= 2 and cells[j] == cells[i]:
            j += 1
        if j - i >= MIN_TABLE_ROWS:
            figures = sum(
                1
                for ln in lines[i:j]
                if sum(1 for c in _CELL_SEPARATOR.split(ln.text.strip()) if _DIGIT.search(c)) >= 2
            )
            if 2 * figures > j - i:
                rows.extend(range(i, j))
        i = max(j, i + 1)
    return rows


MAX_BLURB_LINES = 3  # unmarked lines between furniture in a release's tail


def _first_text(lines: list[_Line]) -> int:
    """The index of the first line of running text (a paragraph), or len(lines)."""
    return next((i for i, ln in enumerate(lines) if _is_paragraph(ln.text)), len(lines))


def _tail_blurbs(lines: list[_Line], reasons: dict[int, str]) -> None:
    """In the tail of a release (after its first contact line below the first running
    text), a run of at most MAX_BLURB_LINES unmarked lines with furniture right above and
    right below is the publisher's standing blurb or tagline between the contact, image and
    follow boxes ("Trafikverket ansvarar för …" between "Bilder" and "Följ Trafikverket"):
    furniture, when at least MIN_HEAD_LINES furniture lines stand right above it (one
    contact line inside the article, then its text, is not a box). Runs after the last
    furniture line (the end of the text) are left alone."""
    first_text = _first_text(lines)
    start = next(
        (
            i
            for i in range(first_text + 1, len(lines))
            if reasons.get(lines[i].start) in {"contact", "contact-box"}
        ),
        None,
    )
    if start is None:
        return
    i = start + 1
    while i < len(lines):
        if lines[i].start in reasons:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].start not in reasons:
            j += 1
        boxed = all(lines[k].start in reasons for k in range(i - MIN_HEAD_LINES, i))
        if j < len(lines) and j - i <= MAX_BLURB_LINES and boxed:
            for ln in lines[i:j]:
                reasons[ln.start] = "blurb"
        i = j


def rule_reasons(text: str, repeated: frozenset[str] = frozenset()) -> dict[int, str]:
    """Offset of each line the hand rules mark as boilerplate -> the rule's name."""
    lines = _lines(text)
    reasons: dict[int, str] = {}
    title = _title_index(lines)
    for i in range(title):  # a notice, or a site banner above the title, repeated below it
        reasons[lines[i].start] = _phrase(lines[i].text) or "banner"
    title_keys = {_key(lines[title].text)} if lines else set()
    doubled = _doubled(lines, title)
    for i, ln in enumerate(lines):
        if i < title:
            continue
        why = _phrase(ln.text)
        if i == title and why in _SHAPES:
            continue  # a title may look like a promotion or a caption; it is text
        if why:
            reasons[ln.start] = why
            continue
        if i == title:
            continue
        if _ADDRESS.match(ln.text):
            reasons[ln.start] = "address"  # a postal address line: "aus 65189 Wiesbaden"
            continue
        shape = _shape(ln.text)
        if shape:
            reasons[ln.start] = shape
    first_text = next(  # the first line of running text that ends as a sentence
        (
            i
            for i, ln in enumerate(lines)
            if _is_paragraph(ln.text) and _SENTENCE_END.search(ln.text)
        ),
        len(lines),
    )
    for i in range(title + 1, first_text):  # a site menu flattened into one line, in the head
        core = _core(lines[i].text)
        if lines[i].start not in reasons and _is_flat_menu(core, _words(core)):
            reasons[lines[i].start] = "nav"
    title_reason = reasons.get(lines[title].start) if lines else None
    _menus(lines, reasons)
    _label_boxes(lines, reasons, doubled)
    _events_in_text(lines, reasons)
    longest = MAX_LIBRARY_LINE if repeated else MAX_LINE
    keys = [_key(ln.text) if len(ln.text) <= longest else "" for ln in lines]
    seen = Counter(
        k
        for i, (k, ln) in enumerate(zip(keys, lines, strict=True))
        if _repeatable(ln.text) and i not in doubled
    )
    for i, ln in enumerate(lines):
        if ln.start in reasons or i <= title or keys[i] in title_keys or i in doubled:
            continue
        if lines[i - 1].text.endswith(",") and "\n\n" not in text[lines[i - 1].end : ln.start]:
            continue  # the second line of a sentence broken after a comma
        if seen[keys[i]] >= 2:
            reasons[ln.start] = "repeated"
        elif keys[i] in repeated:
            reasons[ln.start] = "library"
    _repeated_blocks(lines, keys, reasons)
    masked = [
        _masked(ln.text) if _shape_repeatable(ln.text) and i not in doubled else ""
        for i, ln in enumerate(lines)
    ]
    shapes = Counter(m for m in masked if m)
    for i, ln in enumerate(lines):
        if (
            i > 0
            and masked[i]
            and ln.start not in reasons
            and shapes[masked[i]] >= 2
            and keys[i] not in title_keys
        ):
            reasons[ln.start] = "repeated-shape"  # "Pressemelding 05.06.2023" under each teaser
    for i, ln in enumerate(lines):
        why = reasons.get(ln.start, "")
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None:
            continue
        if why == "label-alone" and nxt.start not in reasons and len(nxt.text) <= MAX_LINE:
            after = lines[i + 2] if i + 2 < len(lines) else None
            if after is not None and after.start not in reasons and _is_paragraph(after.text):
                continue  # a heading over its paragraph, not the label's value (a lost date)
            reasons[nxt.start] = "value"
        elif why == "section" or (why == "phrase" and _opens_section(ln.text)):
            run = lines[i + 1 : i + 1 + MAX_SECTION_LINES]
            for j, follower in enumerate(run):
                if follower.start in reasons:
                    continue
                after = run[j + 1] if j + 1 < len(run) else None
                if not _is_list_entry(follower.text) or (
                    after is not None
                    and after.start not in reasons
                    and not _is_list_entry(after.text)
                ):
                    break  # a paragraph, or the heading of one: the list has ended
                reasons[follower.start] = "link"
        elif (
            reasons.get(nxt.start) == "credit"
            and not _caption_regex().match(nxt.text)  # a full caption, not a bare credit
            and ln.start not in reasons
            and i > 0
            and len(ln.text) <= 120
            and not _is_label_shaped(ln.text)  # "Vorspann: …" over "Bildnachweis: …": a list
        ):
            reasons[ln.start] = "alt-text"
        elif (
            reasons.get(nxt.start) == "credit"
            and _caption_regex().match(nxt.text)  # a bare credit ("Foto: Olav Helge Matvik")
            and ln.start not in reasons
            and i > 0
            and _is_name_caption(ln.text)
        ):
            reasons[ln.start] = "caption"
    _empty_entries(lines, reasons)
    _contents_lists(lines, reasons)
    _foreign_captions(lines, reasons, title)
    _tag_lists(lines, reasons)
    _streets(lines, reasons)
    _about_head(lines, reasons, title)
    _name_captions(lines, reasons, title)
    _news_lists(lines, reasons)
    _about_sections(lines, reasons)
    _teasers(lines, reasons, title)
    _propagate(lines, reasons)
    if lines and title_reason is None:
        reasons.pop(lines[title].start, None)  # the title is text unless a phrase marks it
    for i in doubled:  # the doubled headline is text unless a phrase marks it
        if not _phrase(lines[i].text):
            reasons.pop(lines[i].start, None)
    return reasons


def _opens_section(line: str) -> bool:
    """A phrase line that is also a section label ("Lesen Sie auch:", "Seguir leyendo:"):
    the headlines below it are a list of links as after any section label (issue 14,
    seventh round; the phrase rule marks the label first)."""
    core = _core(line)
    return _words(core) <= MAX_SHORT_WORDS and _section_regex().fullmatch(core) is not None


@cache
def _event_label_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternatives('event_labels.txt')})\s*:", re.IGNORECASE)


def _events_in_text(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A run of event labels ("Tid: …", "Plats: …") with unmarked running text right above and
    right below is the practical part of an invitation's text, not a metadata box: unmarked."""
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and reasons.get(lines[j].start) in {"label", "label-box"}
            and _event_label_regex().match(_core(lines[j].text))
        ):
            j += 1
        if j > i:
            above, below = lines[i - 1] if i else None, lines[j] if j < len(lines) else None
            if all(
                n is not None and n.start not in reasons and _is_paragraph(n.text)
                for n in (above, below)
            ):
                for ln in lines[i:j]:
                    del reasons[ln.start]
        i = j + 1 if j > i else i + 1


def _is_entry(line: str) -> bool:
    """A heading-like line of a contents list: short, capitalised, no digit, no sentence end."""
    s = line.strip()
    core = _core(s)
    if _BULLET.match(s) or _DIGIT.search(s) or _SENTENCE_END.search(core) or core.isupper():
        return False
    return 1 <= _words(core) <= 8 and core[:1].isupper() and s[-1:] not in ",;:–-"


_PAGE_NUMBER = re.compile(r"\d{1,4}")


def _contents_lists(lines: list[_Line], reasons: dict[int, str]) -> None:
    """After a contents label ("Sommaire", "Inhalt", "Contents"), the entries of a table of
    contents with page numbers: bulleted items, page numbers alone on their line and a
    one-word column head ("page"), up to the first line that is none of these (the text).
    Without a page number the run is left alone: bulleted items under a heading after a
    "Sumario" of links are the text's own list."""
    for i, ln in enumerate(lines):
        if reasons.get(ln.start) != "section":
            continue
        if _contents_regex().fullmatch(_core(ln.text).rstrip(":").strip()) is None:
            continue
        run = []
        for entry in lines[i + 1 :]:
            s = entry.text
            if entry.start in reasons:
                continue
            if _BULLET.match(s) or _PAGE_NUMBER.fullmatch(s) or (_is_bare(s) and _words(s) == 1):
                run.append(entry)
                continue
            break
        if any(_PAGE_NUMBER.fullmatch(e.text) for e in run):
            for e in run:
                reasons[e.start] = "contents"


def _empty_entries(lines: list[_Line], reasons: dict[int, str]) -> None:
    """After a contents label ("Sumario", "Inhalt"), an entry directly followed by another entry
    has no text of its own: an empty entry of the list (furniture); the last entry before its
    text is a heading (content)."""
    inside = False
    for i, ln in enumerate(lines):
        why = reasons.get(ln.start, "")
        if why == "section":
            inside = _contents_regex().fullmatch(_core(ln.text).rstrip(":").strip()) is not None
            continue
        if not inside or why or not _is_entry(ln.text):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and _is_entry(nxt.text):
            reasons[ln.start] = "empty-entry"


def _menus(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Runs of at least MIN_MENU consecutive "xx - Name" lines: a language or site menu."""
    run: list[_Line] = []
    for ln in [*lines, None]:
        if ln is not None and _CODE_ITEM.match(_core(ln.text)):
            run.append(ln)
            continue
        if len(run) >= MIN_MENU:
            for item in run:
                reasons.setdefault(item.start, "menu")
        run = []


def _repeated_blocks(lines: list[_Line], keys: list[str], reasons: dict[int, str]) -> None:
    """A short line that repeats together with the repeated furniture line right before it
    (the same pair of lines twice in the page: an info box shown twice, "Minister who changed
    portfolio" + "From 3 October 2014 to 30 November 2021 she was finance minister.") is part
    of that furniture block. Lines of at most MAX_LINE characters; running text repeated on
    its own (a pull quote) is not touched."""
    pairs: Counter[tuple[str, str]] = Counter()
    for i in range(1, len(lines)):
        if keys[i - 1] and keys[i] and reasons.get(lines[i - 1].start) == "repeated":
            pairs[(keys[i - 1], keys[i])] += 1
    for i in range(1, len(lines)):
        ln = lines[i]
        if ln.start in reasons or not keys[i] or len(ln.text) > MAX_LINE:
            continue
        if pairs[(keys[i - 1], keys[i])] >= 2:
            reasons[ln.start] = "repeated-block"


@cache
def _function_words() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in data_lines("boilerplate/function_words.txt"):
        code, _, words = row.partition(":")
        out[code.strip()] = frozenset(words.split())
    return out


_TOKEN = re.compile(r"[^\W\d_]+")


def _language_scores(text: str) -> Counter[str]:
    """How many tokens of the text are function words of each language."""
    tokens = [t.casefold() for t in _TOKEN.findall(text)]
    return Counter(
        {code: sum(t in words for t in tokens) for code, words in _function_words().items()}
    )


def _clear_lead(scores: Counter[str], minimum: int, factor: int) -> str:
    """The language whose score is at least `minimum` and `factor` times any other's, or ""."""
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] < minimum:
        return ""
    second = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= factor * second else ""


def _foreign_captions(lines: list[_Line], reasons: dict[int, str], title: int) -> None:
    """A short line clearly in another language than the running text right after it is an
    untranslated caption or alternative text ("Two men in a workshop" above a Danish
    paragraph, "Martin Schulz at the summit in October." above a German one): a heading is
    in the language of its paragraph. Lines with quotation marks (a quote and its
    translation) are left alone."""
    for i in range(title + 1, len(lines) - 1):
        ln = lines[i]
        if ln.start in reasons or len(ln.text) > MAX_CAPTION or _QUOTE_MARK.search(ln.text):
            continue
        n = _words(ln.text)
        if not 2 <= n <= MAX_FOREIGN_WORDS or ln.text[-1:] in ",;:–-" or ln.text[:1].islower():
            continue  # not a line of running text broken over lines
        if n > MAX_SHORT_WORDS and _SENTENCE_END.search(ln.text):
            continue  # a paragraph of running text (a quotation, a bilingual page)
        if lines[i - 1].text.endswith(":"):
            continue  # the value of a label ("Conferences:" / an event's English name)
        own = _language_scores(ln.text)
        lang = _clear_lead(own, MIN_FOREIGN_HITS, 3)
        if not lang:
            continue
        following = [f.text for f in lines[i + 1 : i + 4] if f.start not in reasons][:2]
        after = _language_scores(" ".join(following))
        top = max(after.values(), default=0)
        leaders = [code for code, n in after.items() if n == top]  # no and da share words
        if (
            top >= 3
            and lang not in leaders
            and after[lang] * 2 <= top
            and any(own[code] * 3 <= own[lang] for code in leaders)
        ):
            reasons[ln.start] = "foreign-caption"


def _tag_lists(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A run of MIN_MENU or more short bullet items (no sentence end) of which one is a date,
    a clock time or an id ("• 22.6.2017", "• 11:45", "• 407/17", "• Brexit", "• Economía y
    Finanzas"): the metadata and topic tags of a page, not a list of the article."""
    run: list[int] = []
    for i, ln in enumerate([*lines, None]):
        if ln is not None and _BULLET.match(ln.text) and _is_tag(ln.text):
            run.append(i)
            continue
        if len(run) >= MIN_MENU and any(_is_stamp_item(lines[j].text) for j in run):
            for j in run:
                reasons.setdefault(lines[j].start, "tags")
        run = []


def _is_tag(line: str) -> bool:
    core = _core(line)
    return 1 <= len(core.split()) <= MAX_BARE_WORDS + 1 and not _SENTENCE_END.search(core)


def _is_stamp_item(line: str) -> bool:
    """A list item that is only a date, a clock time or an id."""
    core = _core(line)
    return bool(
        re.fullmatch(rf"(?:{_NUM_DATE}|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)?\d\d|{_CLOCK})", core)
        or _NUMBER_ID.fullmatch(core)
    )


def _streets(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A street address ("Gullhaug Torg 4A", "Sars gate 1") next to a contact or postal
    address line: part of the contact box."""
    for i, ln in enumerate(lines):
        if ln.start in reasons or i == 0 or not _STREET.fullmatch(_core(ln.text)):
            continue
        near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(reasons.get(n.start) in {"contact", "address"} for n in near):
            reasons[ln.start] = "address"


def _about_head(lines: list[_Line], reasons: dict[int, str], title: int) -> None:
    """The first line that no rule marked, when every line before it is furniture and it
    opens with a first-person plural self-description (``pronouns.txt``: "Wir sind",
    "We are", "Vi er") and is followed by a heading, not by more running text: the
    publisher's "about us" paragraph above the page's content. A furniture head is at least
    MIN_HEAD_LINES lines (one page-type label above a speech is not a head)."""
    openers = tuple(f"{w} " for w in _pronouns().get("we_are", frozenset()))
    for i, ln in enumerate(lines):
        if ln.start in reasons:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            i >= MIN_HEAD_LINES
            and ln.text.casefold().startswith(openers)
            and (nxt is None or not _is_paragraph(nxt.text))
        ):
            reasons[ln.start] = "about"
        return


def _name_captions(lines: list[_Line], reasons: dict[int, str], title: int) -> None:
    """A picture caption "Name – description" ("Petr Nečas – Ministerpräsident der
    Tschechischen Republik", "Guy-Fawkes-Masken – Symbol des Anonymous-Netzwerks") right
    above running text: one to three capitalised words, a spaced dash, a description of
    two to eight words with a function word, no digit and no sentence end."""
    for i in range(title + 1, len(lines) - 1):
        ln = lines[i]
        if ln.start in reasons or not _is_paragraph(lines[i + 1].text):
            continue
        m = _NAME_DASH.fullmatch(_core(ln.text))
        if m is None or _DIGIT.search(ln.text) or _SENTENCE_END.search(ln.text):
            continue
        name, description = m.group(1).split(), m.group(2)
        if not all(w[:1].isupper() for w in name) or not 2 <= _words(description) <= 8:
            continue
        if any(_language_scores(description).values()):
            reasons[ln.start] = "caption"


def _is_box_line(line: str) -> bool:
    """A name or a role line of a contact box: short, no digit, no sentence end."""
    core = _core(line)
    return (
        1 <= _words(core) <= MAX_SHORT_WORDS - 4
        and not _DIGIT.search(core)
        and not (_SENTENCE_END.search(core))
    )


def _title_index(lines: list[_Line]) -> int:
    """Index of the title: the first line, unless it is a bare banner ("Historisk arkiv", a
    site or section name: a few words, no digit) that the page head repeats under the title
    (before the first running text); then the line after it. A first line repeated only
    further down (a site name in the footer) or a title echoed under the breadcrumbs (not
    bare) keeps its place."""
    start = 0
    while start + 2 < len(lines) and (
        _phrase(lines[start].text) == "notice"
        or (len(lines[start].text) <= MAX_NOTICE and _notice_search()(lines[start].text))
    ):
        start += 1  # a cookie, browser or JavaScript notice above the page is never its title
    if start:
        return start
    if len(lines) < 3 or not _is_bare(lines[0].text):
        return 0
    key = _key(lines[0].text)
    for ln in lines[2:]:
        if _key(ln.text) == key:
            return 1
        if _is_paragraph(ln.text):
            break
    if (
        _is_masthead(lines[0].text, lines[1].text)
        and not (
            _core(lines[2].text)[:1].islower()  # the second line's sentence goes on: no headline
            or any(_key(ln.text) == _key(lines[1].text) for ln in lines[2:])  # a repeated box
        )
    ):
        return 1
    return 0


MAX_MASTHEAD_WORDS = 3
MIN_HEADLINE_WORDS = 4


def _is_masthead(first: str, second: str) -> bool:
    """A bare first line of at most MAX_MASTHEAD_WORDS words ("Vägverket", "Forsiden", "Scot
    Gov News") over a headline (a second line of MIN_HEADLINE_WORDS words or more that is
    not running text and not a date): the site's or section's name set above the title,
    furniture; the headline is the title. (Every such first line in the development files
    is furniture: 9 of 9.)"""
    core = _core(second)
    return (
        _words(_core(first)) <= MAX_MASTHEAD_WORDS
        and not _is_paragraph(second)
        and _words(core) >= MIN_HEADLINE_WORDS
        and not _is_date_line(second)
        and not _SENTENCE_END.search(core)
        and core[-1:] not in ":;,–-"  # a label or a line broken over lines, not a headline
        and not _BULLET.match(second)
        and not _QUOTE_MARK.search(second)  # a quotation, not a headline
        and not _phrase(second)  # furniture itself (a menu, a label, a section head)
        and not _label_regex().match(core)
    )


def _doubled(lines: list[_Line], title: int) -> set[int]:
    """Indices of a line and its copy right after it (blank lines between) directly under
    a bare first line (a site name; only date lines between): the article's title doubled
    by the page ("WikiNews de" / date / "Title" / "Title"), or the title itself doubled.
    Both copies are text for the repetition and label-box signals. A pair further down is
    a picture's alternative text and its caption (furniture, left to the repetition
    signal)."""
    i = title + 1
    while i < len(lines) and _is_date_line(lines[i].text):
        i += 1
    if (
        i + 1 < len(lines)
        and _is_bare(lines[title].text)  # the first line is a site name, not the headline
        and _key(lines[i].text) == _key(lines[i + 1].text)
        and _words(lines[i].text) >= 2
    ):
        return {i, i + 1}
    if title + 1 < len(lines) and _key(lines[title].text) == _key(lines[title + 1].text):
        return {title, title + 1}
    return set()


def _is_date_line(line: str) -> bool:
    """A short line that is a date ("February 29, 2012", "29.02.2012", "Mai 2020")."""
    core = _core(line)
    return bool(_DIGIT.search(core)) and _words(core) <= 4 and len(core) <= 40


def _label_boxes(lines: list[_Line], reasons: dict[int, str], doubled: set[int]) -> None:
    """Two or more label-shaped lines among short lines: a metadata box; its labels are furniture.

    A run is a sequence of lines that are not running text (blank lines allowed); a
    single "Label: value" line is left alone (it may be a crosshead or a quote intro).
    Content by shape (sixth round): a label alone that introduces two or more plain lines
    ("Plats och anmälan:" / the place / the meeting point) is a heading of the text, not a
    label; items of a list that all carry the same value ("• Name: Deltog" …) are a list of
    the text (an attendance list, results); and a box after the first running text with no
    sign of page metadata (no line another rule marks, no date, clock, contact or id
    value) is the text's own fact box ("Kostnad: 2,1 milliarder kroner" / "Byggestart:
    2026").
    """
    first_text = _first_text(lines)
    run: list[int] = []
    for i, ln in enumerate([*lines, None]):
        if ln is not None and i > 0 and not _is_paragraph(ln.text):
            run.append(i)
            continue
        labels = [
            j
            for j in run
            if _is_label_shaped(lines[j].text)
            and j not in doubled
            and not _introduces_plain_lines(lines, reasons, run, j)
        ]
        if len(labels) >= 2 and not _same_value_list(lines, labels):
            box = [j for j in run if labels[0] <= j <= labels[-1]]
            if box[0] < first_text or any(
                _has_metadata(lines[j].text, reasons, lines[j]) for j in box
            ):
                for j in box:
                    reasons.setdefault(lines[j].start, "label-box")
        run = []


def _introduces_plain_lines(
    lines: list[_Line], reasons: dict[int, str], run: Sequence[int], j: int
) -> bool:
    """A label alone ("Plats och anmälan:") followed, inside the run, by two or more lines
    that are neither labels nor marked by a rule: it introduces lines of the text."""
    if not _core(lines[j].text).endswith(":"):
        return False
    plain = 0
    for k in run[run.index(j) + 1 :]:
        if (
            lines[k].start in reasons
            or _is_label_shaped(lines[k].text)
            or _has_metadata(lines[k].text, reasons, lines[k])
        ):
            break  # a value ("131-512407-11/112"), the next label or furniture
        plain += 1
    return plain >= 2


def _same_value_list(lines: list[_Line], labels: list[int]) -> bool:
    """MIN_MENU or more labelled items that all carry one value: a list of the text."""
    values = {_core(lines[j].text).split(":", 1)[1].strip().casefold() for j in labels}
    return len(labels) >= MIN_MENU and len(values) == 1 and values != {""}


def _has_metadata(line: str, reasons: dict[int, str], ln: _Line) -> bool:
    """A sign of page metadata in a box line: marked by another rule, or a numeric date, a
    clock time, a contact detail or a document id in it. A picture credit ("Bildnachweis:
    Quelle") is no sign: it is a caption among the text's own labels."""
    if ln.start in reasons:
        return reasons[ln.start] != "credit"
    core = _core(line)
    value = core.split(":", 1)[1] if ":" in core else core
    return bool(
        re.search(_NUM_DATE, value)
        or re.search(_CLOCK, value)
        or _EMAIL.search(value)
        or _URL_LINE.search(value)
        or _has_phone_shape(value)
        or (value.strip() and _is_id_line(value))
    )


def _shared_connector(run: list[_Line]) -> bool:
    """Whether most lines share one lowercase word ("Oldham v Bolton", "Arsenal v Wolves"):
    a list of items of one template (fixtures, pairs) is content, not a menu."""
    counts = Counter(w for ln in run for w in set(_LOWER_WORD.findall(_core(ln.text))))
    return any(n * 2 >= len(run) for n in counts.values())


@cache
def _more_news_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternatives('more_news.txt')})\s*:?", re.IGNORECASE)


MAX_TEASER_SENTENCES = 3  # a teaser text under a teaser title is short


def _news_lists(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A block of other articles appended under the article: from a heading of the closed
    class of ``more_news.txt`` ("Senaste pressmeddelandena från Trafikverket",
    "Nyhedsarkiv", "Latest news"), after the first running text, to the end of the page,
    every teaser title, date label and short teaser text (at most MAX_TEASER_SENTENCES
    sentences, MAX_CAPTION characters) is furniture; a longer paragraph ends the block."""
    first_text = _first_text(lines)
    for h in range(first_text + 1, len(lines)):
        if len(lines[h].text) > MAX_LINE:
            continue
        core = _core(lines[h].text)
        if _words(core) > MAX_SHORT_WORDS or _SENTENCE_END.search(core):
            continue
        if not _more_news_regex().fullmatch(core):
            continue
        for ln in lines[h:]:
            if len(ln.text) > MAX_CAPTION or (
                len(_SENTENCE_BREAK.findall(ln.text)) >= MAX_TEASER_SENTENCES
            ):
                break
            reasons.setdefault(ln.start, "news-list")
        return


@cache
def _about_heading() -> re.Pattern[str]:
    """An "about" word (data/boilerplate/about.txt) and a name of one to four words."""
    about = _alternatives("about.txt")
    return re.compile(rf"(?i:{about})\s+([^\W\d_]+)(?:[ -][^\W\d_]+){{0,3}}")


def _is_about_head(core: str) -> bool:
    m = _about_heading().fullmatch(core)
    return m is not None and m.group(1)[0].isupper()


def _about_sections(lines: list[_Line], reasons: dict[int, str]) -> None:
    """An "about" heading naming the publisher ("Om Länsstyrelsen", "About Trafikverket",
    "Über die Stadt" is not one: the name is capitalised) after the first running text, and
    the paragraphs right under it up to the next furniture or short line: the publisher's
    standing self-description at the foot of a release (furniture, as "Om oss")."""
    first_text = _first_text(lines)
    for h in range(first_text + 1, len(lines) - 1):
        ln = lines[h]
        if ln.start in reasons or len(ln.text) > MAX_LINE or not _is_about_head(_core(ln.text)):
            continue
        body = []
        for nxt in lines[h + 1 :]:
            if nxt.start in reasons or not _is_paragraph(nxt.text) or len(nxt.text) > MAX_NOTICE:
                break
            body.append(nxt)
        if body:
            for part in (ln, *body):
                reasons[part.start] = "about"


def _propagate(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Bare lines next to furniture are furniture: between two furniture lines, or in the
    page head (before the first running text) next to one, unless a heading of running text.
    """
    first_text = _first_text(lines)
    changed = True
    while changed:
        changed = False
        for i in range(1, len(lines)):  # never the title line
            ln = lines[i]
            if ln.start in reasons or not _is_bare(ln.text):
                continue
            prev_bp = lines[i - 1].start in reasons
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            next_bp = nxt is not None and nxt.start in reasons
            heading = nxt is not None and (
                _is_paragraph(nxt.text) or (_DIGIT.search(nxt.text) and nxt.start not in reasons)
            )  # a heading over running text, or over its date line
            after = lines[i + 2] if i + 2 < len(lines) else None
            if (
                nxt is not None
                and after is not None
                and reasons.get(nxt.start, "") in _HEADING_METADATA
                and _is_paragraph(after.text)
            ):
                continue  # a teaser heading, its date label, then its paragraph
            if (prev_bp and next_bp) or (i < first_text and (prev_bp or next_bp) and not heading):
                reasons[ln.start] = "next-to-furniture"
                changed = True
    for c, contact in enumerate(lines):  # name and role lines inside a contact box
        if reasons.get(contact.start) != "contact":
            continue
        box = []
        for k in range(c - 1, max(c - 1 - MAX_CONTACT_BOX, 0), -1):
            ln = lines[k]
            if ln.start in reasons or not _is_box_line(ln.text):
                break
            box.append(ln)
        above = c - 1 - len(box)
        if box and above >= 1 and lines[above].start in reasons:
            for ln in box:  # "Contactos con la prensa" / name / role / phone
                reasons[ln.start] = "contact-box"
    for i in range(1, len(lines) - 1):  # "Nett-tv" above "Se sendingen her": a widget header
        ln = lines[i]
        if (
            ln.start not in reasons
            and reasons.get(lines[i + 1].start) in {"prompt", "promo"}
            and _is_bare(ln.text)
            and _words(_core(ln.text)) <= 3
        ):
            reasons[ln.start] = "widget-header"
    for i in range(1, len(lines) - 1):  # "Choisissez la langue :" above a menu
        ln = lines[i]
        if (
            ln.start not in reasons
            and lines[i + 1].start in reasons
            and _core(ln.text).endswith(":")
            and _is_label_shaped(ln.text, max_label_words=8)
        ):
            reasons[ln.start] = "label-above-furniture"
    run: list[_Line] = []
    for i, item_or_end in enumerate([*lines, None]):  # MIN_BARE_RUN bare lines in a row: tabs
        if (
            item_or_end is not None
            and i > 0
            and _is_bare(item_or_end.text)
            and _words(_core(item_or_end.text)) <= 3
        ):
            run.append(item_or_end)
            continue
        after = item_or_end
        if (
            run
            and after is not None
            and (_is_paragraph(after.text) or _NUMBERED_ITEM.match(after.text))
            and _words(_core(run[-1].text)) >= 2
        ):
            run.pop()  # the last line is the heading of the running text (or numbered list) below
        if len(run) >= MIN_BARE_RUN and not _shared_connector(run):
            for item in run:
                reasons.setdefault(item.start, "bare-run")
        run = []
    last_text = max((i for i, ln in enumerate(lines) if _is_paragraph(ln.text)), default=-1)
    tail = lines[last_text + 1 :]
    if last_text >= 0 and len(tail) >= 2 and all(_is_bare(ln.text) for ln in tail):
        for ln in tail:  # bare lines after the last running text: the page footer
            reasons.setdefault(ln.start, "page-end")


@cache
def _read_more_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternatives('read_more.txt')})\s*[:»›…]?", re.IGNORECASE)


def _teasers(lines: list[_Line], reasons: dict[int, str], title: int) -> None:
    """The unmarked line right above a marked "read more" link (``read_more.txt``) is another
    article's headline or teaser when it does not end as a sentence and has at most
    MAX_ENTRY_WORDS words ("Interior detalla medidas de seguridad: …" / "Leer más"); a
    sentence of the text above such a link stays text (issue 14, seventh round)."""
    for i in range(title + 1, len(lines) - 1):
        ln, nxt = lines[i], lines[i + 1]
        if ln.start in reasons or nxt.start not in reasons:
            continue
        if not _read_more_regex().fullmatch(_core(nxt.text)):
            continue
        core = _core(ln.text)
        if _words(core) <= MAX_ENTRY_WORDS and not _SENTENCE_END.search(core):
            reasons[ln.start] = "teaser"


def _is_speaker(line: str) -> bool:
    """An upper-case name on its own line: a speaker label of a transcript (content)."""
    core = _core(line).rstrip(":")
    return core.isupper() and _words(core) <= 5


def find_boilerplate(
    text: str, lang: str = "en", repeated: frozenset[str] = frozenset()
) -> list[Span]:
    """Sorted spans of boilerplate lines (adjacent lines, blank lines between, merged).

    Spans cover the stripped line, so they never start or end with whitespace.
    `repeated` is the optional library-level signal from `repeated_lines`.
    """
    return spans_of(text, line_reasons(text, lang, repeated))


def spans_of(text: str, reasons: dict[int, str]) -> list[Span]:
    """Spans of the lines whose first offset is in `reasons`, neighbours merged."""
    spans: list[Span] = []
    for ln in _lines(text):
        if ln.start not in reasons:
            continue
        if spans and not text[spans[-1].end : ln.start].strip():
            spans[-1] = Span.of(text, spans[-1].start, ln.end)
        else:
            spans.append(Span.of(text, ln.start, ln.end))
    return spans


# --- the line classifier (issue 14, fourth round) ------------------------------------------
#
# A logistic regression over publisher-free features of a line and its neighbours, trained
# by `bench/boilerplate_classifier.py` on the development files and stored as data
# (``data/boilerplate/classifier.json``: feature names, weights, bias, threshold, and
# whether it is on). It only ADDS marks to lines the rules leave unmarked, never to the
# title or to running prose (`_is_prose`: a sentence of four words or more, more than
# MAX_SHORT_WORDS words, a long line).

MAX_CLASSIFIED_WORDS = 40  # the top of the `words` feature's log scale (as trained)
MAX_CLASSIFIED_CHARS = MAX_CAPTION
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_OTHER_END = re.compile(r"[!»”)\]]$")
_DATE_ALONE = re.compile(_NUM_DATE)
_NUMBER_ALONE = re.compile(
    r"\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?\s?%?"
)  # "78,000", "9,796"


@dataclass(frozen=True)
class _Model:
    enabled: bool
    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def score(self, feats: dict[str, float]) -> float:
        """Probability that the line is furniture."""
        z = self.bias + sum(w * feats[f] for f, w in zip(self.features, self.weights, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@cache
def _classifier() -> _Model:
    raw = json.loads(data_root().joinpath("boilerplate/classifier.json").read_text("utf-8"))
    features = tuple(str(f) for f in raw["features"])
    weights = tuple(float(w) for w in raw["weights"])
    if len(features) != len(weights) or set(features) - set(FEATURES):
        raise ValueError("boilerplate/classifier.json: features and weights do not match")
    return _Model(
        bool(raw["enabled"]), features, weights, float(raw["bias"]), float(raw["threshold"])
    )


@cache
def _closed_words() -> dict[str, frozenset[str]]:
    """Closed word classes of every language, merged: function words, pronouns. ("Here" words
    are matched by `_here_end`, as the rules do: entries of several tokens, "ci-dessous".)"""
    function = frozenset().union(*_function_words().values())
    pronouns = frozenset().union(*_pronouns().values())
    return {"function": function, "pronoun": pronouns}


FEATURES: tuple[str, ...] = (
    "words",  # log-scaled word count
    "chars",  # log-scaled length
    "one_word",
    "short",  # three words or fewer
    "sentence_end",  # ends in "." or "?"
    "other_end",  # ends in "!", a closing quote or bracket
    "colon_end",
    "continues",  # ends in "," ";" or a dash: running text broken over lines
    "capitalised",  # share of words that start upper-case
    "all_caps",
    "starts_lower",
    "digit",
    "digit_share",
    "date",  # a numeric date or a year
    "clock",
    "contact",  # phone shape, e-mail or web address
    "position",  # relative position in the page
    "head",  # within three lines under the title
    "before_text",  # before the first running text
    "after_text",  # after the last running text
    "prev_rule",  # the line above is furniture by the rules
    "next_rule",
    "near_rules",  # share of the four nearest lines the rules mark
    "prev_paragraph",
    "next_paragraph",
    "prev_short",
    "next_short",
    "gap_before",  # a blank line above
    "gap_after",
    "repeated_shape",  # the same line with digits masked occurs elsewhere in the page
    "function_share",  # share of function words (any language)
    "pronoun",  # a pronoun of pronouns.txt
    "here",  # ends with an entry of here.txt (`_here_end`, as the rules)
    "imperative",  # opens with a verb of imperatives.txt
    "label",  # a label of labels.txt or a "Label: value" shape
    "bullet",
    "separator",  # "|", "•", runs of spaces: items run together
    "bare",
    "link_like",
    "quote",
    "bracketed",
    "like_marked",  # another line of the same shape (`_shape_key`) is marked by the rules
)


def _log_scale(n: int, top: int) -> float:
    return min(1.0, math.log1p(n) / math.log1p(top))


# A sentence end of a script written without spaces, or a run of 15 Han, kana or Hangul
# characters: _words() sees one "word" there, so word counts cannot tell prose.
_WIDE_PROSE = re.compile(r"[。！？]|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{15}")


def _is_prose(line: str) -> bool:
    """Lines the classifier never marks: running prose (two sentences or more, or a long
    line), a sentence broken after a comma or continued on a lowercase line or after
    punctuation, and what the annotation rules call content by shape: an upper-case
    speaker label of a transcript, a date alone on its line (a
    dateline) or a plain number alone (a table cell or a figure, "78,000"; ids, phone
    numbers and time stamps stay classifiable); in a bullet list a date is a metadata item
    and may be marked."""
    if len(line) > MAX_CLASSIFIED_CHARS:
        return True
    core = _core(line)
    return (
        line[-1:] in ",;"
        or (core[:1].islower() and not _BULLET.match(line))  # running text broken over lines
        or core[:1] in ",;:.)]"
        or _is_speaker(line)
        or _is_stage_note(line)
        or (_DATE_ALONE.fullmatch(line.strip()) is not None)
        or _is_written_date(core)
        or _NUMBER_ALONE.fullmatch(line.strip()) is not None
        or _SENTENCE_BREAK.search(core) is not None
        or _WIDE_PROSE.search(core) is not None  # zh/ja/ko: no spaces to count words by
        or _is_paragraph(line)  # a sentence of running text (four words or more) or a long line
        or _is_salutation(core)
        or _is_place_dateline(core)
    )


def _is_salutation(core: str) -> bool:
    """A one- or two-word line closed by "." or "!" ("Bonjour.", "Thank you!", "Merci."): a
    greeting or a closing of a speech, content."""
    return (
        len(core) <= 40 and core[-1:] in ".!" and not _DIGIT.search(core) and 1 <= _words(core) <= 2
    )


_PLACE = re.compile(r"[A-ZÀ-ÖØ-ÞÆ][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-ÞÆ]?[^\W\d_]+){0,2}")


@cache
def _dateline_articles() -> tuple[str, ...]:
    # data_lines strips each line; the space after the word is part of the entry
    return tuple(word + " " for word in data_lines("boilerplate/dateline_articles.txt"))


def _is_place_dateline(core: str) -> bool:
    """A place, a comma and a date ("Bruxelles, le 22.1.2020", "Luxembourg, den 14. december
    2012", "Madrid, 21 de noviembre de 2005"): a dateline, content (the annotation rules)."""
    if len(core) > 60 or "," not in core:
        return False
    place, comma, date = core.partition(",")
    if not comma or not _PLACE.fullmatch(place.strip()):
        return False
    date = date.strip()
    for article in _dateline_articles():
        if date.casefold().startswith(article):
            date = date[len(article) :]
    return bool(
        _DATE_ALONE.fullmatch(date)
        or _is_written_date(date)
        or re.fullmatch(r"\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d", date)
    )


def _is_stage_note(line: str) -> bool:
    """A stage direction of a transcript in brackets ("(Applaudissements)", "(Laughter)",
    "(Beifall)"): one or two words, no digit; content, as a speaker label is."""
    s = line.strip()
    return bool(_WRAPPED.match(s)) and not _DIGIT.search(s) and 1 <= _words(_core(s)) <= 2


@cache
def _date_words() -> frozenset[str]:
    """Month names and the filler words of written dates (``data/dates/months.json``)."""
    raw = json.loads(data_root().joinpath("dates/months.json").read_text("utf-8"))
    weekdays = {w.casefold() for row in data_lines("boilerplate/weekdays.txt") for w in row.split()}
    return frozenset(month_names()) | frozenset(str(w).casefold() for w in raw["filler"]) | weekdays


def _is_written_date(core: str) -> bool:
    """A date or a month written with the month's name alone on its line ("28. februar 2020",
    "Mai 2020", "2 de marzo de 2025", "Wednesday, 18 July 2012"): a dateline or the heading
    of a month, content as a numeric date alone is. Month names are data
    (``data/dates/months.json``), weekday names too (``boilerplate/weekdays.txt``)."""
    words = [w.casefold() for w in _TOKEN.findall(core)]
    months = month_names()
    return (
        len(core) <= 40
        and _DIGIT.search(core) is not None
        and any(w in months for w in words)
        and all(w in _date_words() for w in words)
    )


def candidate_features(
    text: str, lines: list[_Line], reasons: dict[int, str], title: int
) -> list[tuple[int, dict[str, float]]]:
    """(line index, features) of every line the classifier may mark: not the title or a line
    above it, not marked by the rules, not running prose, not the heading of the text (the
    line right above the first running text, or above its date and time lines: content, as
    for the rules; 28 of the 30 lines right above the first text in the dev files are text).
    Headings stay training lines (`training_features`): they teach the model what text looks
    like next to furniture."""
    cands = [
        (i, f)
        for i, f in _classifiable(text, lines, reasons, title, hide_own=False)
        if not _teaser_heading(lines, reasons, i)
    ]
    first = next((k for k, ln in enumerate(lines) if _is_paragraph(ln.text)), -1)
    if not cands or first < 1:
        return cands
    heading = {first - 1}
    k = first - 1
    while k > title and _is_date_line(lines[k].text):  # its date and time lines, then it
        k -= 1
        heading.add(k)
    return [(i, f) for i, f in cands if i not in heading]


def training_features(
    text: str, lines: list[_Line], reasons: dict[int, str], title: int
) -> list[tuple[int, dict[str, float]]]:
    """(line index, features) of every line the classifier could see, marked by the rules or
    not, each computed as if its own rule mark were hidden (its neighbours as the rules left
    them): what `_classifiable` gives for line i with ``reasons`` minus line i's mark, for
    every i, in one pass over the page (the training lines of
    `bench/boilerplate_classifier.py`; `candidate_features` also leaves out the heading of
    the text)."""
    return _classifiable(text, lines, reasons, title, hide_own=True)


def _classifiable(
    text: str, lines: list[_Line], reasons: dict[int, str], title: int, hide_own: bool
) -> list[tuple[int, dict[str, float]]]:
    """`candidate_features` (``hide_own`` False) or `training_features` (True). A line's own
    mark enters its candidacy only through the mark test itself and through the lead (the
    first unmarked line ending as a sentence); its features read its neighbours' marks only."""
    doubled = _doubled(lines, title)  # the rules' doubled headline is text
    todo = [
        i
        for i in range(title + 1, len(lines))
        if (hide_own or lines[i].start not in reasons)
        and i not in doubled
        and not _is_prose(lines[i].text)
    ]
    todo = [
        i
        for i in todo
        if not _templated(lines, reasons, i)
        and not _continued(lines, i)
        and not _box_heading(lines, reasons, i)
        and not _list_item(lines, reasons, i)
        and not _fact_box(lines, reasons, i)
        and not (  # the heading of a numbered list of the text ("Punkter på dagsordenen")
            i + 1 < len(lines)
            and lines[i + 1].start not in reasons
            and _NUMBERED_ITEM.match(lines[i + 1].text)
        )
        and not _introduced(lines, reasons, i)
        and not (  # an event label the rules left as text (`_events_in_text`)
            lines[i].start not in reasons and _event_label_regex().match(_core(lines[i].text))
        )
    ]
    if not todo:
        return []
    paragraphs = [k for k, other in enumerate(lines) if _is_paragraph(other.text)]
    lead = next(  # the first unmarked line ending as a sentence: the lead, never furniture
        (
            k
            for k in range(title + 1, len(lines))
            if lines[k].start not in reasons and _SENTENCE_END.search(_core(lines[k].text))
        ),
        -1,
    )

    def lead_of(i: int) -> int:  # the lead when line i's own mark is hidden
        if (
            hide_own
            and (lead == -1 or i < lead)
            and _SENTENCE_END.search(_core(lines[i].text)) is not None
        ):
            return i
        return lead

    todo = [i for i in todo if i != lead_of(i) and not _introduces(lines, reasons, i)]
    if paragraphs:  # the first running text is never furniture
        todo = [i for i in todo if i != paragraphs[0]]
        if len(lines) == paragraphs[-1] + 2:  # one closing line: a signature, a byline
            todo = [i for i in todo if i != len(lines) - 1]
    page = _Page(
        first_text=paragraphs[0] if paragraphs else len(lines),
        last_text=paragraphs[-1] if paragraphs else -1,
        masked=Counter(_DIGIT.sub("0", _key(ln.text)) for ln in lines if _DIGIT.search(ln.text)),
        marked=Counter(_shape_key(ln.text) for ln in lines if ln.start in reasons),
    )
    return [(i, line_features(text, lines, reasons, title, i, page)) for i in todo]


def _continued(lines: list[_Line], i: int) -> bool:
    """A line whose sentence goes on in the next line (starting lowercase): a verse or a
    sentence broken over lines ("Og kvelden kom" / "over fjorden"), also across a blank line
    where a link was lost ("Double Olympic champion" / "" / "marked her first appearance …"):
    text, as its lowercase continuation is (`_is_prose`). Not after a sentence end."""
    if i + 1 >= len(lines) or _SENTENCE_END.search(_core(lines[i].text)):
        return False
    nxt = lines[i + 1]
    return _core(nxt.text)[:1].islower() and not _BULLET.match(nxt.text)


def _box_heading(lines: list[_Line], reasons: dict[int, str], i: int) -> bool:
    """The line right above a box of labels the rules mark (`label-box`): its heading or the
    text it follows ("Fakta om utbyggingen" / "Kostnad: …" / "Byggestart: …"), content: a
    subheading is text by the annotation rules, and furniture heads of a box (contact labels,
    "Procedimiento :") are the rules' own."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    return reasons.get(nxt.start) == "label-box" or (
        nxt.start not in reasons and _is_label_shaped(nxt.text)  # a box the rules leave as text
    )


def _teaser_heading(lines: list[_Line], reasons: dict[int, str], i: int) -> bool:
    """A heading over its own metadata line (a date label or stamp the rules mark) and the
    paragraph under it: a teaser ("Statsministeren mottok Koronautvalgets rapport" /
    "Pressemelding 02.06.2023" / its text), content, as the rules' teaser headings are."""
    return (
        i + 2 < len(lines)
        and reasons.get(lines[i + 1].start, "") in _HEADING_METADATA
        and lines[i + 2].start not in reasons
        and _is_paragraph(lines[i + 2].text)
    )


def _list_item(lines: list[_Line], reasons: dict[int, str], i: int) -> bool:
    """A bulleted line next to a bulleted line the rules leave unmarked: an item of a list of
    the text ("• Bedre dialog med næringene" … "• Et betydelig løft på …"); the items of one
    list are one thing, and furniture lists (tags, menus, link lists) are the rules'."""
    if not _BULLET.match(lines[i].text):
        return False
    return any(
        0 <= k < len(lines)
        and lines[k].start not in reasons
        and _BULLET.match(lines[k].text) is not None
        for k in (i - 1, i + 1)
    )


def _introduces(lines: list[_Line], reasons: dict[int, str], i: int) -> bool:
    """A line ending in ":" right above unmarked running text or a quotation introduces it
    ("KTH tillägger:"): content, as one label alone is for the rules; so does one above two
    unmarked plain lines ("Plats och anmälan:" / the place / the meeting point), as for the
    rules' label boxes (`_introduces_plain_lines`)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if not _core(lines[i].text).endswith(":") or nxt is None or nxt.start in reasons:
        return False
    if _is_paragraph(nxt.text) or _QUOTE_MARK.match(nxt.text) is not None:
        return True
    return _introduces_plain_lines(lines, reasons, range(i, len(lines)), i)


_NUMBERED_ITEM = re.compile(
    r"\d{1,2}[.)]\s+[^\W\d_]"
)  # "1. Regionalvalg 2021 - …": an item of a list
MAX_INTRODUCED = 3  # plain lines a label alone may introduce


def _introduced(lines: list[_Line], reasons: dict[int, str], i: int) -> bool:
    """One of the plain lines right under a label alone that introduces them ("Plats och
    anmälan:" / "Pressträffen hålls …" / "Samling vid … klockan 13:20"): text."""
    for k in range(i - 1, max(i - 1 - MAX_INTRODUCED, -1), -1):
        ln = lines[k]
        if ln.start in reasons:
            return False
        if _core(ln.text).endswith(":"):
            return _introduces_plain_lines(lines, reasons, range(k, len(lines)), k)
        if _is_label_shaped(ln.text) or _is_paragraph(ln.text):
            return False
    return False


def _fact_box(lines: list[_Line], reasons: dict[int, str], i: int) -> bool:
    """A label-shaped line next to another label-shaped line, both left unmarked by the
    rules: a box the rules judged to be the text's own (`_label_boxes`), content."""
    if not _is_label_shaped(lines[i].text):
        return False
    return any(
        0 <= k < len(lines) and lines[k].start not in reasons and _is_label_shaped(lines[k].text)
        for k in (i - 1, i + 1)
    )


def _templated(lines: list[_Line], reasons: dict[int, str], i: int) -> bool:
    """A short line sharing a word with a short unmarked line near it: items of one template
    ("Mauritius v Madagascar" / "Namibia v Botswana", "WINNERS (six times)" / "WINNERS
    (once)": fixtures, tables) are content, as for the rules' bare runs
    (`_shared_connector`)."""
    core = _core(lines[i].text)
    if _words(core) > MAX_BARE_WORDS:
        return False
    mine = {w.casefold() for w in _TOKEN.findall(core)}
    for k in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= k < len(lines) and lines[k].start not in reasons:
            other = _core(lines[k].text)
            theirs = {w.casefold() for w in _TOKEN.findall(other)}
            if _words(other) <= MAX_BARE_WORDS and mine & theirs:
                return True
    return False


_SHAPE_RUNS = (
    (re.compile(r"[^\W\d_]+"), "a"),
    (re.compile(r"\d+"), "0"),
    (re.compile(r"\s+"), " "),
)


def _shape_key(line: str) -> str:
    """Runs of letters, digits and spaces masked: "07/05 2024" and "08/05 2024" -> "0/0 0",
    "Del på Facebook" -> "a a a" (the `like_marked` feature: furniture repeats its shapes)."""
    out = _core(line)
    for pattern, mark in _SHAPE_RUNS:
        out = pattern.sub(mark, out)
    return out


@dataclass(frozen=True)
class _Page:
    first_text: int  # index of the first line of running text
    last_text: int  # index of the last one (-1: none)
    masked: Counter[str]  # keys of lines with digits, digits masked
    marked: Counter[str]  # shapes of the lines the rules mark


def line_features(
    text: str, lines: list[_Line], reasons: dict[int, str], title: int, i: int, page: _Page
) -> dict[str, float]:
    """Publisher-free features of line `i` (no word of any site; closed classes only)."""
    ln = lines[i]
    s = ln.text
    core = _core(s)
    tokens = [t.casefold() for t in _TOKEN.findall(core)]
    n = len(tokens)
    closed = _closed_words()
    caps = len(_CAPITALISED.findall(core))
    chars = sum(1 for ch in core if not ch.isspace())
    digits = sum(1 for ch in core if ch.isdigit())
    prev = lines[i - 1] if i > 0 else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    near = [lines[k] for k in (i - 2, i - 1, i + 1, i + 2) if 0 <= k < len(lines)]
    repeated_shape = _DIGIT.search(s) is not None and page.masked[_DIGIT.sub("0", _key(s))] >= 2
    own = _shape_key(s)
    like = page.marked[own] - (ln.start in reasons)  # another marked line of the same shape
    return {
        "words": _log_scale(n, MAX_CLASSIFIED_WORDS),
        "chars": _log_scale(len(s), MAX_CLASSIFIED_CHARS),
        "one_word": float(n <= 1),
        "short": float(n <= 3),
        "sentence_end": float(bool(_SENTENCE_END.search(core))),
        "other_end": float(bool(_OTHER_END.search(core))),
        "colon_end": float(core.endswith(":")),
        "continues": float(s[-1:] in ",;–-"),
        "capitalised": caps / n if n else 0.0,
        "all_caps": float(core.isupper()),
        "starts_lower": float(core[:1].islower()),
        "digit": float(digits > 0),
        "digit_share": digits / chars if chars else 0.0,
        "date": float(bool(re.search(_NUM_DATE, core) or _YEAR.search(core))),
        "clock": float(bool(re.search(_CLOCK, core))),
        "contact": float(
            bool(_EMAIL.search(s) or _has_phone_shape(s) or _URL_LINE.fullmatch(core))
        ),
        "position": i / len(lines),
        "head": float(i <= title + 3),
        "before_text": float(i < page.first_text),
        "after_text": float(i > page.last_text),
        "prev_rule": float(prev is not None and prev.start in reasons),
        "next_rule": float(nxt is not None and nxt.start in reasons),
        "near_rules": sum(other.start in reasons for other in near) / 4,
        "prev_paragraph": float(prev is not None and _is_paragraph(prev.text)),
        "next_paragraph": float(nxt is not None and _is_paragraph(nxt.text)),
        "prev_short": float(prev is not None and _words(prev.text) <= 5),
        "next_short": float(nxt is not None and _words(nxt.text) <= 5),
        "gap_before": float(prev is not None and text.count("\n", prev.end, ln.start) >= 2),
        "gap_after": float(nxt is not None and text.count("\n", ln.end, nxt.start) >= 2),
        "repeated_shape": float(repeated_shape),
        "function_share": sum(t in closed["function"] for t in tokens) / n if n else 0.0,
        "pronoun": float(any(t in closed["pronoun"] for t in tokens)),
        "here": float(_here_end().search(core) is not None),  # the rules' matcher of here.txt
        "imperative": float(bool(_verb_start().match(core))),
        "label": float(bool(_label_regex().match(core)) or _is_label_shaped(s)),
        "bullet": float(bool(_BULLET.match(s))),
        "separator": float(bool(_NAV_SEPARATOR.search(core)) or "|" in core),
        "bare": float(_is_bare(s)),
        "link_like": float(_is_link_like(s)),
        "quote": float(bool(_QUOTE_MARK.search(s))),
        "bracketed": float(bool(_WRAPPED.match(s.strip()))),
        "like_marked": float(like > 0),
    }
