"""Named sources of reported statements ("said Seoul", "according to Reuters").

Cue-anchored: a cue (a verb of saying, "according to", "ifølge", "zufolge") is
found first, then a named phrase is parsed after it (inversion, prepositions) or
before it ("Seoul said", "Sør -Koreas militær rapporterte"). The phrase grammar is
small and the same for every language; the words come from per-language lexicons
in `reader/data/cues/<lang>.json` (cues, role and institution nouns, non-sources,
pronouns, connectors, function and time words). Why cue-anchored: a capitalised
word is only a source when something marks it as the origin of a statement, and
anchoring on the cue keeps pronouns and unnamed groups ("officials said",
"kilder sier") out by checking the phrase the cue points at. The rules (and why)
are in docs/highlights-sources.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis import languages
from reader.model import Source, Span

# Words keep inner apostrophes, hyphens and dots ("l'AFP", "Lee Seong-Jun", "U.S");
# a leading hyphen is kept for machine-translation artefacts ("Nord -Korea"). A dot after
# two lower-case letters and before a capital is a glued sentence end ("menar Ingemar
# Skogö.Huvudkontoret"), not an inner dot. A soft hyphen (U+00AD, an invisible hyphenation
# point in web text: "Gleich\u00adzeitigkeit", "Ilya \u00adBudraitskis") stays inside its word
# and is skipped like a space elsewhere.
_TOKEN = re.compile(
    r"(?:\d+(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]))?"  # a brand name that opens with digits: "1Xtra"
    r"-?[^\W\d_](?:\w|['’\-&\u00ad](?=[^\W\d_])|:(?=s(?![^\W\d_]))"  # Swedish "SMHI:s"
    r"|\.(?=[^\W\d_])(?:(?<![a-zß-öø-ÿ]{2}\.)|(?![A-ZÀ-ÖØ-Þ])))*"
    r"(?:(?<=s)['’](?=[ \u00a0][A-ZÀ-ÖØ-Þ]))?"  # English plural possessive "Teachers' Union"
    r"(?:-(?=\s+(?:og|och|und|and|et|y|eller|oder|ou|o)\s))?"  # "Helse- og omsorgsdepartementet"
    r"|\d+(?:[.,]\d+)*|\n|[^\w\s\u00ad]"  # a soft hyphen (U+00AD) is no token of its own
)

# Token classes.
PUNCT, NUM, DET, INDEF, PRON, ROLE, INST, NONS, TIME, CUE, NAME, CONN, FUNC, LOWER = range(14)

_SENTENCE_OPENERS = frozenset('.!?:;«“„"([—–\n-')  # ("-" alone: a spaced dash)
_INVERSION = frozenset(",«»“”\"'’:–—")
_QUOTES = frozenset('"“”«»„')
_DASHES = frozenset("–—-")
_QUOTE_LEADS = frozenset((".", "!", "?", ":", "»", "”", '"'))
_CLAUSE_ENDS = frozenset(".,;:!?")


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _words(items: list[str]) -> frozenset[str]:
    """Single-token entries: multi-word entries contribute each of their words."""
    return frozenset(w for item in items for w in _norm(item).split())


def _split_suffix(items: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Exact words, and '*suffix' entries (compounds: "*departementet", "*sprecher")."""
    exact: set[str] = set()
    suffixes: set[str] = set()
    for item in items:
        item = _norm(item).rstrip(".") or item
        if item.startswith("*"):
            suffixes.add(item[1:])
        else:
            exact.add(item.split()[-1])  # multi-word entries: the head noun
    return frozenset(exact), tuple(sorted(suffixes))


@dataclass(frozen=True)
class Lexicon:
    """One language's word lists, read once from `reader/data/cues/<lang>.json`."""

    lang: str
    cues: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (words, kind)
    cue_words: re.Pattern[str]  # any cue's first word: a cheap test whether a line has a cue
    aux: frozenset[str]
    cue_aux: frozenset[str]
    roles: tuple[frozenset[str], tuple[str, ...]]
    insts: tuple[frozenset[str], tuple[str, ...]]
    nonsources: tuple[frozenset[str], tuple[str, ...]]
    times: tuple[frozenset[str], tuple[str, ...]]
    pronouns: frozenset[str]
    dets: frozenset[str]
    indefs: frozenset[str]
    connectors: frozenset[str]
    elisions: tuple[str, ...]
    possessive: tuple[str, ...]
    definite: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    descriptors: tuple[frozenset[str], tuple[str, ...]]
    plural_endings: tuple[str, ...]
    affiliation: frozenset[str]
    fronted: frozenset[str]
    particles: frozenset[str]
    perfect: frozenset[str]
    verb_second: bool  # "I går sa Ola", "Am Montag erklärte die Polizei": subject after verb
    adjectives_follow: bool  # "ministère des Affaires étrangères"
    place_preps: frozenset[str]
    inversion_words: frozenset[str]
    inversion_prefixes: tuple[str, ...]
    function: frozenset[str]
    preps_before: frozenset[str]
    bridges: frozenset[str]
    bridge_preps: frozenset[str]
    locative: frozenset[str] = frozenset()  # "en", "i": a place or occasion, not a complement
    # a compound whose head is a statement noun, then its preposition: "beredskabsmeddelelse fra"
    compound_statements: re.Pattern[str] | None = None
    compound_hint: re.Pattern[str] | None = None  # its cheap line test (no compound prefix)
    finite_markers: frozenset[str] = frozenset()  # "is", "was", "had": a clause's verb
    # manner adverbs between a subject and its verb ("warmly welcomed", "strongly denied"):
    # a lower-case word with one of these endings, unless it is one of the listed nouns
    adverb_suffixes: tuple[str, ...] = ()
    adverb_nouns: frozenset[str] = frozenset()  # "family", "assembly": nouns, not adverbs
    name_preps: frozenset[str] = frozenset()  # "without", "ohne", "sans": one org name
    clause_openers: frozenset[str] = frozenset()  # de "wie X ... mitteilte" (verb-final)
    recipient_preps: frozenset[str] = frozenset()  # sv "säger X för SVT": SVT is the recipient
    participle_endings: tuple[str, ...] = ()  # fr "publiée", es "publicado": not adjectives
    coordinators: frozenset[str] = frozenset()  # "and": joins two names, not an affiliation
    aside_preps: frozenset[str] = frozenset()  # "a indiqué à l'AFP une porte-parole de X"
    age_suffixes: tuple[str, ...] = ()  # "siger 29-årige Sofie Holm": the age is outside
    long_bridges: tuple[str, ...] = ()  # report nouns that end compounds ("*undersökning")
    aside_nouns: frozenset[str] = frozenset()  # "a déclaré à la presse le colonel X"
    anonymous: frozenset[str] = frozenset()  # "fuentes del hospital": not the hospital
    relatives: frozenset[str] = frozenset()  # "Renault, qui a racheté Nissan, a annoncé"
    quantifiers: frozenset[str] = frozenset()  # "Mange bønder i Innlandet sier": a group
    spokespersons: frozenset[str] = frozenset()  # "a BBC spokesman": speaks for the BBC
    subject_relatives: frozenset[str] = frozenset()  # "minister X who said": X said it
    possessive_pronouns: frozenset[str] = frozenset()  # "said its chief executive, Sir X"
    final_participles: frozenset[str] = frozenset()  # de "hat die Kommission … gewarnt"
    statement_preps: frozenset[str] = frozenset()  # "statement from", "uttalande av"
    complementizers: frozenset[str] = frozenset()  # "that": "Anil's demand that …"
    # linking letters between a body and a role in a compound ("Kommission-s-sprecher")
    compound_links: tuple[str, ...] = ()
    # "ifølge Børsen og Jyllands-Posten": two one-word names joined by "og" are two sources
    # (not in English, where "Marks and Spencer", "Procter and Gamble" are one)
    split_single_names: bool = False
    clause_coordinators: frozenset[str] = frozenset()  # "The Fed did … but noted": one subject
    # a dash opens a quotation ("– Norge står sammen med Frankrike, sier X"): names the
    # quoted speaker cites inside it are not the article's sources
    dash_quotes: bool = False
    lowercase_times: bool = False  # no/da/sv: "oktober", "fredag"; "Oktober" is a name
    # every noun is capitalised (de, from data/languages.json): a capital is no name signal
    nouns_capitalised: bool = False
    # hl-src6: "43.3 per US dollar" is a rate, not "per Reuters" (a rate preposition after a
    # number or a lower-case noun is no cue)
    rate_preps: frozenset[str] = frozenset()
    # hl-src6: "Laura Brownlees of Save the Children said": a person's employer after "of"
    employer_preps: frozenset[str] = frozenset()
    report_complement_preps: frozenset[str] = frozenset()  # "survey on X found"
    statement_nouns: frozenset[str] = frozenset()  # "Mr Bell's speech called for"
    # "The Mirror newspaper said": an outlet's kind after its name is outside (but "the
    # RMT union said" keeps the body's own noun)
    outlet_descriptors: frozenset[str] = frozenset()
    article_statements: frozenset[str] = frozenset()  # fr "une communication de X"
    infinitive_markers: frozenset[str] = frozenset()  # en "to": "to end … and announce"
    # endings that make a bare form's inflected cue ("announce" + "d"): en s, d, ed, es
    infinitive_inflections: tuple[str, ...] = ()
    given_name_preps: frozenset[str] = frozenset()  # en "per": also a given name ("Per Holm")
    intensifiers: frozenset[str] = frozenset()  # "Mattilsynet selv sier", "the firm itself said"
    report_modifiers: frozenset[str] = frozenset()  # "Halifax's own monthly figures"
    title_modifiers: frozenset[str] = frozenset()  # "Home Secretary": a portfolio, no name
    acronym_roles: frozenset[str] = frozenset()  # "says the DJ", "the CEO said": a role
    object_determiners: frozenset[str] = frozenset()  # de "den", "einen": never a subject
    verb_endings: tuple[str, ...] = ()  # es "acudieron", "está": a verb, not an adjective
    person_place_preps: frozenset[str] = frozenset()  # es "señaló Boric en Coquimbo"
    # an object clitic between an inversion word and its verb: "comme le précise Closer",
    # "como lo informó El País" (the subject follows the verb)
    inversion_clitics: frozenset[str] = frozenset()


@lru_cache(maxsize=32)
def lexicon(lang: str) -> Lexicon | None:
    """The cue lexicon for `lang`; a language without its own lists gets the fallback
    `cues/common.json` ("according to"-style cues and a verb of saying after a quote)."""
    path = languages.data_file("cues", lang, "json") or languages.data_file(
        "cues", "common", "json"
    )
    row = languages.get(lang)
    if path is None:
        return None
    try:
        raw = path.read_text("utf-8")
    except (FileNotFoundError, OSError, ValueError):
        return None
    data = json.loads(raw)
    cues: dict[str, list[tuple[tuple[str, ...], str]]] = {}

    def add(entry: str, kind: str) -> None:
        words = tuple(_norm(entry).split())
        if words:
            cues.setdefault(words[0], []).append((words, kind))

    for key, strength in (("say", "!"), ("verbs", "")):
        for verb in data.get(key, []):
            kind = {"<": "verb<", ">": "verb>", "^": "verb^"}.get(verb[0], "verb") + strength
            add(verb.lstrip("<>^"), kind)
    for prep in data.get("preps", []):
        add(prep, "prep")
    # the passive of every listed verb with its agent: "was confirmed by", "praised by"
    # (the agent follows, as after "according to"); a listed entry keeps its own reading
    for agent in data.get("agent_preps", []):
        for key in ("say", "verbs"):
            for verb in data.get(key, []):
                words = verb.lstrip("<>^")
                if verb.startswith("^") or words in data.get("agent_exclude", []):
                    continue  # "questioned by police", "maintained by the council": other senses
                if " " not in words and f"{words} {agent}" not in data.get("preps", []):
                    add(f"{words} {agent}", "prep")
    # a periphrasis before a verb of saying ("ha vuelto a reclamar", "acaba de anunciar",
    # "sigue insistiendo"): the infinitive or gerund of a listed verb after its auxiliary verb
    for head, key in (
        ("periphrases", "periphrasis_verbs"),
        ("periphrases_gerund", "periphrasis_gerunds"),
    ):
        for aux in data.get(head, []):
            for verb in data.get(key, []):
                add(f"{aux} {verb}", "verb")
    for prep in data.get("postpreps", []):
        add(prep, "post")
    # nouns of statement + their preposition: "in a statement from the White House",
    # "budskabet fra Dronning Elisabeth", "declaraciones del Consejo", "einer Mitteilung des
    # Ministeriums" -- the phrase after the preposition is the source, as after "according to"
    for noun in data.get("statements", []):
        for prep in data.get("statement_preps", []):
            add(f"{noun} {prep}", "stmt")
        add(noun, "stmt+")  # with a date between: "Uttalande den 24 juni av X" (see cue_at)
    for verb in data.get("shows", []):
        add(verb, "shows")
    for frame in data.get("report_frames", []):
        add(frame, "frame")  # "I rapporten fra X står det at …": the report's author
    for noun in data.get("claim_nouns", []):
        add(noun, "claim")  # "Anil's demand that …" (an owner before, "that" after: cue_at)
    for words in data.get("not_cues", []):
        add(words, "none")  # a cue word in a phrase that is no report: headline "X accused of"
    # separable verbs: the finite part is a cue only when its particle closes the clause
    # ("Dies gab das Landesamt … bekannt", "Das geht aus einem Bericht des X hervor")
    # ("Das schreibt die Norm vor", "sagte das Konzert ab": another verb, no report)
    for key, kind in (
        ("separable_verbs", "verb"),
        ("separable_preps", "prep"),
        ("separable_not_cues", "none"),
    ):
        for entry in data.get(key, []):
            head, _, particle = entry.partition("…")
            if head.strip() and particle.strip():
                add(head.strip(), f"sep:{kind}:{_norm(particle.strip())}")
    for verb in data.get("final_participles", []):
        if _norm(verb) not in cues:  # a listed verb keeps its reading, with this as a fallback
            add(verb, "final")
    ordered = {k: tuple(sorted(v, key=lambda e: (-len(e[0]), e))) for k, v in sorted(cues.items())}
    firsts = sorted(
        {w.replace("'", "['’]") if "'" in w else re.escape(w) for w in ordered},
        key=len,
        reverse=True,
    )
    cue_words = re.compile(r"(?<![^\W\d_])(?:" + "|".join(firsts) + r")(?![^\W\d_])")
    heads = sorted(
        {_norm(w) for w in data.get("statements", []) if w.isalpha() and len(w) >= 6},
        key=len,
        reverse=True,
    )
    stmt_preps = sorted(
        {_norm(w) for w in data.get("statement_preps", []) if w.isalpha()}, key=len, reverse=True
    )
    # A statement noun ending a longer compound, then its preposition ("beredskabs-
    # meddelelse fra"); the hint is the same tail without the prefix, a cheap line test.
    statement_tail = (
        "(?:"
        + "|".join(map(re.escape, heads))
        + r")\s+(?:"
        + "|".join(map(re.escape, stmt_preps))
        + r")(?![^\W\d_])"
    )
    has_tail = bool(heads and stmt_preps)
    compound_statements = (
        re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}" + statement_tail) if has_tail else None
    )
    compound_hint = re.compile(statement_tail) if has_tail else None
    return Lexicon(
        lang=lang,
        compound_statements=compound_statements,
        compound_hint=compound_hint,
        nouns_capitalised=row is not None and row.nouns_capitalised,
        cues=ordered,
        cue_words=cue_words,
        aux=_words(data.get("aux", [])),
        cue_aux=_words(data.get("cue_aux", [])),
        roles=_split_suffix(data.get("roles", [])),
        insts=_split_suffix(data.get("institutions", [])),
        nonsources=_split_suffix(data.get("nonsources", [])),
        times=_split_suffix(data.get("time", [])),
        pronouns=frozenset(_norm(w) for w in data.get("pronouns", [])),
        dets=frozenset(_norm(w) for w in data.get("determiners", [])),
        indefs=frozenset(_norm(w) for w in data.get("indefinites", [])),
        connectors=frozenset(_norm(w) for w in data.get("connectors", [])),
        elisions=tuple(sorted((_norm(w) for w in data.get("elisions", [])), key=len, reverse=True)),
        possessive=tuple(_norm(w) for w in data.get("possessive", [])),
        definite=tuple(_norm(w) for w in data.get("definite_suffixes", [])),
        adjective_endings=tuple(_norm(w) for w in data.get("name_adjective_endings", [])),
        descriptors=_split_suffix(data.get("descriptors", [])),
        plural_endings=tuple(_norm(w) for w in data.get("plural_endings", [])),
        affiliation=_words(data.get("affiliation", [])),
        fronted=_words(data.get("fronted_objects", [])),
        particles=_words(data.get("name_particles", [])),
        perfect=_words(data.get("perfect_aux", [])),
        verb_second=bool(data.get("verb_second", False)),
        adjectives_follow=bool(data.get("adjectives_follow_noun", False)),
        place_preps=_words(data.get("place_preps", [])),
        inversion_words=frozenset(_norm(w) for w in data.get("inversion_words", [])),
        inversion_prefixes=tuple(_norm(w) for w in data.get("inversion_prefixes", [])),
        function=_words(data.get("function", [])),
        preps_before=_words(data.get("preps_before", [])),
        bridges=_words(data.get("bridges", [])),
        bridge_preps=_words(data.get("bridge_preps", [])),
        recipient_preps=_words(data.get("recipient_preps", [])),
        participle_endings=tuple(_norm(w) for w in data.get("participle_endings", [])),
        coordinators=_words(data.get("coordinators", [])),
        aside_preps=_words(data.get("aside_preps", [])),
        aside_nouns=_words(data.get("aside_nouns", [])),
        inversion_clitics=_words(data.get("inversion_clitics", [])),
        anonymous=_words(data.get("anonymous", [])),
        relatives=_words(data.get("relatives", [])),
        quantifiers=_words(data.get("quantifiers", [])),
        spokespersons=frozenset(_norm(w).split()[-1] for w in data.get("spokespersons", [])),
        subject_relatives=_words(data.get("subject_relatives", [])),
        possessive_pronouns=_words(data.get("possessive_pronouns", [])),
        final_participles=_words(data.get("final_participles", [])),
        complementizers=_words(data.get("complementizers", [])),
        statement_preps=frozenset(
            _norm(w) for w in data.get("statement_preps", []) if " " not in w.strip()
        ),
        clause_coordinators=_words(data.get("clause_coordinators", [])),
        split_single_names=bool(data.get("split_single_names", False)),
        compound_links=tuple(
            sorted((_norm(w) for w in data.get("compound_links", [])), key=len, reverse=True)
        ),
        dash_quotes=bool(data.get("dash_quotes", False)),
        lowercase_times=bool(data.get("lowercase_times", False)),
        age_suffixes=tuple(_norm(w) for w in data.get("age_suffixes", [])),
        long_bridges=tuple(
            sorted(_norm(w) for w in data.get("bridges", []) if w.isalpha() and len(w) >= 6)
        ),
        clause_openers=_words(data.get("clause_openers", [])),
        locative=_words(data.get("locative_preps", [])),
        name_preps=_words(data.get("name_preps", [])),
        finite_markers=_words(data.get("finite_markers", [])),
        adverb_suffixes=tuple(_norm(w) for w in data.get("adverb_suffixes", [])),
        adverb_nouns=_words(data.get("adverb_nouns", [])),
        rate_preps=_words(data.get("rate_preps", [])),
        employer_preps=_words(data.get("employer_preps", [])),
        infinitive_markers=_words(data.get("infinitive_markers", [])),
        infinitive_inflections=tuple(_norm(w) for w in data.get("infinitive_inflections", [])),
        given_name_preps=_words(data.get("given_name_preps", [])),
        intensifiers=_words(data.get("intensifiers", [])),
        report_modifiers=_words(data.get("report_modifiers", [])),
        title_modifiers=_words(data.get("title_modifiers", [])),
        acronym_roles=frozenset(_norm(w) for w in data.get("acronym_roles", [])),
        object_determiners=_words(data.get("object_determiners", [])),
        verb_endings=tuple(_norm(w) for w in data.get("verb_endings", [])),
        person_place_preps=_words(data.get("person_place_preps", [])),
        article_statements=_words(data.get("article_statements", [])),
        outlet_descriptors=_words(data.get("outlet_descriptors", [])),
        report_complement_preps=_words(data.get("report_complement_preps", [])),
        statement_nouns=frozenset(
            _norm(w) for w in data.get("statements", []) if " " not in w.strip()
        ),
    )


def _in(
    word: str,
    table: tuple[frozenset[str], tuple[str, ...]],
    allow_suffix: bool = True,
) -> bool:
    exact, suffixes = table
    if word in exact:
        return True
    return allow_suffix and bool(suffixes) and word.endswith(suffixes)


@dataclass(slots=True)
class _Tok:
    start: int  # where the word proper starts ("AFP" in "l'AFP")
    end: int
    tstart: int  # where the whole token starts ("l'AFP")
    full: str  # the whole token, lower-cased
    text: str
    lw: str  # lower-cased word proper
    word: bool
    elided: bool  # "l'AFP": an article was glued to the word


@dataclass(frozen=True, slots=True)
class _Phrase:
    first: int  # token index where parsing began (may be a determiner)
    last: int  # token index one past the phrase
    start: int  # character offsets of the source span
    end: int


class _Finder:
    """Tokens of one text plus the phrase grammar; token classes computed lazily."""

    def __init__(self, text: str, lex: Lexicon, lo: int, hi: int, seen: dict[str, bool]) -> None:
        """Tokens of text[lo:hi] (one line: no source or cue crosses a line break)."""
        self.text = text
        self.lex = lex
        self._seen = seen
        # one lower-casing of the line (when it keeps every offset: "İ" does not)
        part = text[lo:hi]
        lowered = part.lower().replace("’", "'")
        if len(lowered) != len(part):
            lowered = "".join(c.lower()[:1] if c != "’" else "'" for c in part)
        lowered = " " * lo + lowered  # so offsets into `text` index it directly
        elisions = lex.elisions
        toks: list[_Tok] = []
        append = toks.append
        for m in _TOKEN.finditer(text, lo, hi):
            s, e = m.span()
            t = m.group()
            c0 = t[0]
            word = c0.isalpha() or (c0 == "-" and len(t) > 1) or (c0.isdigit() and t[-1].isalpha())
            full = lowered[s:e]
            elided = False
            ws = s
            if word and elisions:
                for el in elisions:
                    if full.startswith(el) and len(full) > len(el):
                        ws = s + len(el)
                        elided = True
                        break
            lw = lowered[ws:e]
            if c0 == "-":
                lw = lw.lstrip("-")
            append(_Tok(ws, e, s, full, t, lw, word, elided))
        self.toks = toks
        self.n = len(self.toks)
        self._cls: list[int | None] = [None] * self.n
        # dash quotations: each token's mark (0 none, 1 opener, 2 closing cue) and, per
        # token, the nearest marked token before / after it, filled lazily (_nearest)
        self._marks: list[int | None] = [None] * self.n
        self._near: tuple[dict[int, int], dict[int, int]] = ({}, {})

    def seen_lower(self, word: str) -> bool:
        """Does `word` occur in lower case anywhere in the article? A capitalised sentence
        opener that also occurs in lower case ("Yesterday", "Transport") is an ordinary
        word, not a name. Looked up lazily: only openers near a cue are ever asked about."""
        if not self._seen:  # built once per article, on the first question
            self._seen.update(dict.fromkeys(_lower_words(self.text), True))
            self._seen.update(dict.fromkeys(("\0" + w for w in _inner_capitals(self.text)), True))
            self._seen[""] = True
        return word in self._seen

    def seen_inner_capital(self, word: str) -> bool:
        """Does `word` also occur capitalised inside a sentence (after a word and a space)?
        Then a sentence opener that also occurs in lower case is still a name: "Nationwide
        said …" in an article that has "nationwide" and "the Nationwide survey"."""
        self.seen_lower(word)
        return "\0" + word in self._seen

    # ---- token classes -------------------------------------------------------------
    def initial(self, i: int) -> bool:
        """Does token i open a sentence (or a quotation)?"""
        if i == 0:
            return True
        prev = self.toks[i - 1]
        return not prev.word and prev.text[:1] in _SENTENCE_OPENERS

    def cap(self, i: int) -> bool:
        t = self.toks[i]
        if not t.word:
            return False
        c = self.text[t.start]
        if c == "-" and t.end - t.start > 1:
            c = self.text[t.start + 1]
        elif c.isdigit():
            c = next((ch for ch in t.text if not ch.isdigit()), "")  # "1Xtra": the letter
        if c.islower() and self.lex.nouns_capitalised and "-" in t.text[1:]:
            return t.text.rsplit("-", 1)[1][:1].isupper()  # "ifo-Instituts" is a noun
        return c.isupper()

    def cls(self, i: int) -> int:
        c = self._cls[i]
        if c is None:
            c = self._cls[i] = self._classify(i)
        return c

    def _before_two_names(self, i: int) -> bool:
        """Do two names (no times, no possessive) follow token i: "Experten Peter Kuo"?"""
        return (
            i + 2 < self.n
            and self.toks[i + 1].word
            and self.toks[i + 2].word
            and self.cls(i + 1) == NAME
            and self.cls(i + 2) == NAME
            and not self.toks[i + 2].lw.endswith(self.lex.possessive)
            and not any(_in(self.toks[m].lw, self.lex.times) for m in (i + 1, i + 2))
        )

    def _classify(self, i: int) -> int:
        t = self.toks[i]
        lex = self.lex
        if not t.word:
            if t.text == "&" and t.text in lex.connectors:
                return CONN  # "Landbrug & Fødevarer", "Procter & Gamble"
            return NUM if t.text[0].isdigit() else PUNCT
        lw = t.lw
        cap = self.cap(i)
        initial = self.initial(i)
        next_cap = i + 1 < self.n and self.cap(i + 1)
        acronym = len(lw) > 1 and t.text.isupper()
        if (
            lw in lex.pronouns
            and (not cap or initial or not next_cap or lex.nouns_capitalised)
            and not (acronym and not initial)
        ):
            return PRON  # ("Han Duck-soo" and "WHO" are names)
        if (not cap or initial) and not t.elided:
            if lw in lex.dets:
                return DET
            if lw in lex.indefs:
                return INDEF
        if acronym:
            if lw in lex.acronym_roles or lw + "." in lex.acronym_roles:
                return ROLE  # "says the DJ", "the CEO said": a role written in capitals
            return NAME  # "DR", "SVT", "AFP": acronyms are names, not the role "Dr"
        # German nouns are all capitalised: compound suffixes only apply to nouns there.
        suffix_ok = cap or not lex.nouns_capitalised
        if _in(lw, lex.roles, suffix_ok):
            return ROLE
        if _in(lw, lex.insts, suffix_ok):
            return INST
        if not cap and any(
            lw.endswith(p) and _in(lw[: -len(p)], lex.insts, suffix_ok) for p in lex.possessive
        ):
            return INST  # "politiets rapport": an institution's possessive
        if any(lw.endswith(d) and _in(lw[: -len(d)], lex.roles) for d in lex.definite):
            return ROLE  # "statsministeren": a definite role is still only a role
        # a capitalised "Staff" inside a name is a name ("Joint Chiefs of Staff"), but German
        # capitalises every noun ("sagten Experten")
        if (not cap or initial or lex.nouns_capitalised or t.text[:-1].isupper()) and _in(
            lw, lex.nonsources, suffix_ok
        ):
            if lex.nouns_capitalised and cap and self._before_two_names(i):
                # German weak nouns: "laut dem Experten Peter Kuo", "laut Insider Ming-Chi
                # Kuo" -- before a person's two names the singular is a title, not a group
                return ROLE
            return NONS  # (a plural acronym is a group too: "say MPs")
        if (
            lex.nouns_capitalised
            and cap
            and "-" in lw
            and _in(lw.rsplit("-", 1)[1], lex.nonsources, True)
            and self._before_two_names(i)
        ):
            return ROLE  # "laut dem bekannten Apple-Analysten Ming-Chi Kuo"
        if (
            cap
            and not acronym
            and not next_cap
            and i > 0
            and self.toks[i - 1].text == ","
            and _in(lw, (lex.nonsources[0], ()))
        ):
            return NONS  # "Commenting, Ministers said": a capitalised group after a comma
        if (
            cap
            and not acronym
            and not next_cap
            and i > 0
            and self.toks[i - 1].lw in lex.dets
            and not (i > 1 and (self.toks[i - 2].lw in lex.connectors or self.cap(i - 2)))
            and _in(lw, lex.nonsources, suffix_ok)
        ):
            return NONS  # "the Tories say", "the Italians confirmed": a group by its members
            # (but not inside a name: "Luis de la Fuente")
        if (
            cap
            and not acronym
            and _in(lw, (frozenset(), lex.nonsources[1]))
            and not (i > 0 and self.toks[i - 1].lw in lex.connectors)
        ):
            return NONS  # a compound's head decides: "ifølge Prisindeks for …" is a statistic
            # (but not inside a name: "Royal College of Physicians")
        if (
            cap
            and initial
            and lex.plural_endings
            and lw.endswith(lex.plural_endings)
            and not next_cap
        ):
            return NONS  # "Lakseoppdrettere i Sogn anslår": a plural common noun opens the sentence
        if (
            _in(lw, lex.times, suffix_ok)
            and not (
                cap and not initial and i > 0 and self.toks[i - 1].word and self.cls(i - 1) == NAME
            )
            and not (cap and not initial and lex.lowercase_times)
        ):
            return TIME  # (but a month after a name is a surname: "Theresa May said"; and
            # where months and weekdays are written in lower case, a capital inside a
            # sentence makes a name: "forlagssjef i Oktober" is the publisher Oktober)
        if t.full in lex.cues and self.cue_at(i) is not None:
            return CUE
        if cap:
            if (
                (lw in lex.function or lw in lex.title_modifiers)
                and i + 1 < self.n
                and self.toks[i + 1].word
                and self.cap(i + 1)
                and _in(self.toks[i + 1].lw, lex.roles)
            ):
                return ROLE  # "the First Minister", "the Home Secretary": a rank or a
                # portfolio inside a title, no name
            if initial and (lw in lex.function or lw in lex.connectors or lw in lex.aux):
                return FUNC
            if (
                initial
                and not lex.nouns_capitalised
                and self.seen_lower(lw)
                and not self.seen_inner_capital(lw)
            ):
                return LOWER  # "Transport minister Helen Marchetti": an ordinary word
            return NAME
        if lw in lex.connectors:
            return CONN
        if lw in lex.function or lw in lex.aux:
            return FUNC
        return LOWER

    def _particles(self, j: int) -> bool:
        """ "von der Leyen" after a name: particles and ONE last name, then the phrase ends
        (so "Prof. Martin Seidel von der Technischen Universität" stops at "Seidel")."""
        k = j
        while k < self.n and self.toks[k].lw in self.lex.particles and not self.cap(k):
            k += 1
        return k > j and k < self.n and self.cls(k) == NAME and self.boundary(k + 1)

    def _initial_dot(self, j: int) -> bool:
        """Is the dot after token j an initial's or a title's ("J. Smith", "Dr. Ek", "M.
        Dupont"), not a sentence end ("… Sky News. Dødssyke Hannah Jones")? A name of up to
        two letters (not a two-letter acronym: "US", "EU"), or a listed role of up to four."""
        t = self.toks[j]
        size = t.end - t.start
        if size == 2 and t.text.isupper() and t.lw + "." not in self.lex.acronym_roles:
            return False  # an acronym ends the sentence: "… in the US. GM said" (a title
            # written in capitals with its dot does not: fr "MM. X et Y")
        return self.cap(j) and (size <= 2 or (size <= 4 and self.cls(j) == ROLE))

    def is_bridge(self, lw: str) -> bool:
        """A report word ("rapport", "study"), also as the head of a compound
        ("partisympatiundersökning", "väljarbarometer")."""
        return lw in self.lex.bridges or (len(lw) > 8 and lw.endswith(self.lex.long_bridges))

    def possessive(self, i: int) -> bool:
        lw = self.toks[i].lw
        return any(lw.endswith(p) and len(lw) > len(p) + 1 for p in self.lex.possessive)

    def boundary(self, i: int) -> bool:
        """May a phrase end before token i?"""
        return i >= self.n or self.cls(i) in (PUNCT, NUM, FUNC, CONN, TIME, CUE, DET, INDEF)

    # ---- the phrase grammar --------------------------------------------------------
    def parse(
        self,
        i: int,
        stop: int | None = None,
        *,
        role_only: bool = False,
    ) -> _Phrase | None:
        """A named phrase starting at token i (an optional determiner first).

        phrase := [det] unit+ ; unit := NAME | ROLE | INST | adjectives (ROLE|INST)
        joined by connectors ("of", "for", "de la", "von"), a possessive followed by a
        short lowercase noun phrase ("Sør -Koreas felles stabssjefer"), a complement
        after a role or institution ("institutt for vannforskning"), a parenthesised
        acronym ("(SSB)"). Pronouns or unnamed-group words inside reject the phrase.
        """
        n = self.n if stop is None else min(stop, self.n)
        j = i
        indef = False
        if j < n and (
            self.cls(j) in (DET, INDEF)
            or (self.cls(j) == PRON and self.toks[j].lw in self.lex.dets)
        ):
            indef = self.cls(j) == INDEF  # "sa de felles stabssjefene": "de" is an article here
            j += 1
            if (
                j + 1 < n
                and self.toks[j].lw in self.lex.intensifiers
                and not self.cap(j)
                and self.cls(j + 1) in (ROLE, INST, NAME)
            ):
                j += 1  # "el propio presidente del Gobierno": the intensifier is outside
        j = self._skip_descriptor(j, n)  # "avisen VG", "le quotidien Le Figaro"
        first_unit = j
        end: int | None = None
        kinds: list[int] = []
        m = self._privative_name(j, n)
        if m is not None:
            kinds += [NAME, NAME]  # "Doctors without Borders", "Leger uten grenser"
            j = end = m
        while j < n:
            c = self.cls(j)
            if c in (PRON, NONS):
                return None
            if (
                c in (NAME, ROLE)
                and j + 2 < n
                and self.toks[j + 1].text == "."
                and self._initial_dot(j)
                and (
                    self.cls(j + 2) == NAME
                    or (  # stacked titles: "Prof. Dr. Wolfgang Böhmer"
                        self.cls(j + 2) == ROLE
                        and j + 3 < n
                        and self.toks[j + 3].text == "."
                        and self._initial_dot(j + 2)
                    )
                )
            ):
                kinds.append(c)  # initials and abbreviated titles: "J. Smith", "M. Dupont"
                j += 2
                continue
            if (
                c == NAME
                and self.toks[j].text.endswith("-")
                and j + 2 < n
                and self.toks[j + 1].lw in self.lex.coordinators
                and self.cls(j + 2) in (ROLE, INST)
            ):
                j += 2  # "Familien- und Frauenministerin": one role, whose first part is
                continue  # capitalised as a German noun, not a name
            if c == NAME:
                if (
                    not kinds
                    and self.toks[j].end - self.toks[j].start == 1
                    and j + 1 < n
                    and self.toks[j + 1].text == "."
                ):
                    return None  # "pidieron G. 100 millones": an abbreviation (a currency,
                    # a unit), not a name; an initial is followed by a name (above), a
                    # surname's initial follows one ("skriver Kenneth L.")
                kinds.append(NAME)
                j += 1
                end = j
                if (
                    self.lex.adjective_endings
                    and j < n
                    and self.cls(j) == LOWER
                    and self.toks[j - 1].lw.endswith(self.lex.adjective_endings)
                ):
                    j = end = j + 1  # "Europeiska kommissionen", "Statistisk sentralbyrå"
                    kinds.append(INST)
                    continue
                if (
                    j < n
                    and self.cls(j) == NUM
                    and (
                        self.toks[j - 1].text.isupper()
                        or (j + 1 < self.n and self.cls(j + 1) == CUE and not self.cap(j + 1))
                    )
                    and self.toks[j].end - self.toks[j].start <= 2
                    and self.boundary(j + 1)
                ):
                    j = end = j + 1  # "TV 2", "Radio 1 said": a channel's number
                    continue
                if (
                    j + 1 < n
                    and self.cls(j) == NUM
                    and self.toks[j].text.isdigit()
                    and self.toks[j].end - self.toks[j].start <= 2
                    and self.text[self.toks[j - 1].end] == " "
                    and self.cls(j + 1) == NAME
                ):
                    j += 1  # "France 3 Occitanie", "Channel 4 News": a number inside a name
                    continue
                if self.possessive(j - 1) and not (
                    j < n and self.is_bridge(self.toks[j].lw) and not self.cap(j)
                ):
                    # ("enligt SVT:s granskning": the report's owner is the source)
                    k = j
                    while k < n and k - j < 3 and self.cls(k) in (LOWER, ROLE, INST):
                        k += 1
                        if self.cls(k - 1) != LOWER:
                            break  # the head noun ends it: "Statens vegvesen"
                    if k > j and (
                        self.boundary(k)
                        or (
                            (self.cls(k - 1) != LOWER or k - j == 1)
                            and k < n
                            and self.cls(k) == NAME
                        )
                    ):  # (one unlisted title before a name:
                        # "SMHI:s meteorolog Linnea Ek")
                        kinds.append(INST)  # ("Nord -Koreas statlige nyhetsbyrå KCNA")
                        j = end = k
                continue
            if c in (ROLE, INST):
                kinds.append(c)
                if c == ROLE and not indef and self._compound_body(j):
                    kinds.append(INST)  # "der Kommissionspräsident": the role of a named body
                j += 1
                end = j
                if (
                    c == INST
                    and self.possessive(j - 1)
                    and j < n
                    and self.is_bridge(self.toks[j].lw)
                    and not self.cap(j)
                ):
                    break  # "ifølge politiets rapport": the report's owner is the source
                continue
            if c == LOWER:
                if (
                    self.toks[j].text.endswith("-")
                    and j + 2 < n
                    and self.toks[j + 1].lw in self.lex.coordinators
                    and self.cls(j + 2) in (ROLE, INST)
                ):
                    j += 2  # "landbruks- og matminister Lars Peder Brekk"
                    continue
                k = j
                while k < n and k - j < 2 and self.cls(k) == LOWER:
                    k += 1
                if (
                    not kinds
                    and not indef
                    and k - j == 1
                    and self.possessive(j)
                    and k < n
                    and self.toks[k].lw in self.lex.spokespersons
                    and self.boundary(k + 1)
                ):
                    kinds += [INST, ROLE]  # "the band's spokesman": the band's, not a role alone
                    j = end = k + 1
                    break
                if (
                    k < n
                    and self.cls(k) in (ROLE, INST)
                    and (
                        not kinds
                        or end != j
                        or kinds[-1] == ROLE
                        or self.possessive(j - 1)
                        # employer, modifier, title, person: "Morgan Stanley equity
                        # strategist Naoki Kamiyama", "BBC political editor Nick Robinson"
                        or (self.cls(k) == ROLE and k + 1 < n and self.cls(k + 1) == NAME)
                    )
                ):
                    j = k  # adjectives before a role or institution ("felles sjef")
                    continue
                if (
                    not kinds
                    and not indef
                    and k - j == 1
                    and k < n
                    and self.cls(k) == NAME
                    and not self.lex.nouns_capitalised
                    and (j == 0 or self.cls(j - 1) != LOWER)
                ):
                    kinds.append(ROLE)  # an unlisted title before a name: "pressevakt Ola Hansen"
                    # (not after "a": "according to a large British study" names no one;
                    # not in German, where a title is a noun and so capitalised: a lowercase
                    # word there is a verb or an adjective, "so sieht Chan", "der
                    # optimistische Torgersen"; not after another lowercase word, whose
                    # adjective it is: "el ingeniero civil X" is not "civil X")
                    j = k
                    continue
                if (
                    not kinds
                    and not indef
                    and k - j == 2
                    and self.possessive(j)
                    and k + 1 < n
                    and self.cls(k) == NAME
                    and self.cls(k + 1) == NAME
                ):
                    kinds.append(ROLE)  # "ordførerens bror Pål Olsen": a relation, then a name
                    j = k
                    continue
                if (
                    self.lex.adjectives_follow
                    and end == j
                    and kinds
                    and kinds[-1] in (NAME, INST, ROLE)  # "directeur sportif de Visma"
                    and not (  # "del presidente Donald Tusk previas a": a person's name
                        ROLE in kinds and self.cls(j - 1) == NAME and self.cls(j - 2) == NAME
                    )
                    and (self.boundary(k) or self.cls(k) == NAME)
                    and not (
                        kinds[-1] in (NAME, INST)  # "l'Inserm publiée mercredi"
                        and self.toks[j].lw.endswith(self.lex.participle_endings)
                    )
                    and not (  # "Técnicos de la ANDE acudieron al lugar": a verb (or an
                        # adverb: "la société civile potentiellement critique")
                        self.lex.verb_endings
                        and any(
                            self.toks[m].lw.endswith(self.lex.verb_endings) for m in range(j, k)
                        )
                    )
                ):
                    if kinds[-1] == NAME and (len(kinds) == 1 or kinds[-2] != NAME):
                        kinds[-1] = INST  # "Association nationale": an organisation's name,
                        # which may take a complement ("… des opérateurs détaillants"); not
                        # after a person's two names ("Kylian Mbappé ravi de la victoire")
                    j = end = k
                    continue
                break
            if (
                c in (FUNC, CONN)
                and end == j
                and kinds
                and set(kinds) == {ROLE}
                and self.toks[j].lw in self.lex.affiliation
                and not self.cap(j)
            ):
                # "sier rektor ved skolen Kari Hansen", "litteraturkritiker i danske
                # Jyllands-Posten Jon Helt Haarder": a role, where it is held, then the name
                m = j + 1
                if m < n and self.cls(m) == DET:
                    m += 1
                while m < n and m - j <= 3 and self.cls(m) in (LOWER, INST) and not self.cap(m):
                    m += 1
                k = m
                while k < n and self.cls(k) == NAME:
                    k += 1
                if m > j + 1 and k - m >= 2 and self.boundary(k):
                    j = m  # a lowercase place ("skolen") and a full name after it
                    continue
                if k - m >= 3 and self.boundary(k) and self.cls(m) == NAME:
                    j = m  # a one-name employer and a full name ("i Oktober Geir Berdahl")
                    continue
                if m == j + 1 and self._employer_then_name(m, n):
                    j = m  # "vagtchef ved Østjyllands Politi Jens Jensen", "presstalesperson
                    continue  # på Polisen, Anna Ek": a named employer, then the holder
            if (
                c in (FUNC, CONN)
                and end == j
                and kinds
                and kinds[-1] == INST
                and self.toks[j].lw in self.lex.place_preps
                and j + 1 < n
                and self.cls(j + 1) == NAME
            ):
                j += 1  # "Police in Manchester", "Politiet i Oslo"
                continue
            if (
                c in (CONN, FUNC)
                and end == j
                and kinds
                and self.toks[j].lw in self.lex.recipient_preps
                and (kinds[-1] == NAME or not self.cap(j - 1))
                and j + 1 < n
                and self.cap(j + 1)
            ):
                break  # "bekräftar bolaget för Dagens Industri": the newspaper heard it
            if (
                (c == CONN or (c == DET and self.toks[j].lw in self.lex.connectors))
                and end == j
                and kinds
                and not (self.toks[j].lw in self.lex.object_determiners and kinds[-1] == NAME)
                and not (
                    ROLE in kinds
                    and kinds[-1] == NAME
                    and not self._particles(j)
                    and not (  # "Secretary of State for Justice David Gauke": a title
                        j >= 2 and self.cls(j - 2) == CONN and self.cls(j - 1) == NAME
                    )
                    and not (  # "MM. Jean Dupont et Paul Martin": a second person
                        self.toks[j].lw in self.lex.coordinators
                        and j + 2 < n
                        and self.cls(j + 1) in (NAME, ROLE)
                        and self.cap(j + 1)
                        and self.cls(j + 2) in (NAME, PUNCT)
                    )
                )
            ):
                # (after "pressevakt Ola Hansen" only name particles go on: not "i Oslo ...")
                if (
                    set(kinds) == {NAME}
                    and len(kinds) <= 2
                    and self.toks[j].lw in self.lex.person_place_preps
                    and not self.cap(j)
                ):
                    break  # "señaló Boric en Coquimbo": where a person spoke is outside
                k = j + 1
                if (
                    kinds[-1] == NAME
                    and len(kinds) >= 2
                    and set(kinds) == {NAME}
                    and k < n
                    and self.cls(k) == DET
                    and k + 1 < n
                    and self.cls(k + 1) in (LOWER, INST)
                    and not self.cap(k + 1)
                ):
                    break  # a person's employer is outside: "Jean Dupont de la mairie"
                d = self._skip_descriptor(k, n)
                if d != k and kinds[-1] in (ROLE, INST):
                    j = d  # "présidente de l'association Énergie Solidarité"
                    continue
                if k < n and (
                    self.cls(k) == DET
                    or (self.toks[k].lw in self.lex.connectors and not self.cap(k))
                ):
                    k += 1
                m = k
                while m < n and m - k < 2 and self.cls(m) == LOWER:
                    m += 1
                if m < n and (self.cls(m) in (ROLE, INST) or (m == k and self.cls(m) == NAME)):
                    j = k
                    continue
                if (
                    kinds[-1] in (ROLE, INST)
                    and m > k
                    and self.boundary(m)
                    and self.toks[j].lw not in self.lex.locative
                ):
                    j = end = m  # ("institutt for vannforskning"; not "tribunal en el fallo")
                    continue
                break
            if (
                c == PUNCT
                and end == j
                and self.toks[j].text == "("
                and j + 2 < n
                and self.toks[j + 2].text == ")"
                and self.toks[j + 1].word
                and ROLE not in kinds
                and self._acronym_in_brackets(j + 1, kinds, first_unit)
            ):
                j = end = j + 3  # "Statistisk sentralbyrå (SSB)", "Agencia ... (Aemet)"
                continue  # (but a person's party is outside: "ministerin X (CSU)")
            break
        if end is None or not kinds:
            return None
        if NAME not in kinds and INST not in kinds and not role_only:
            return None  # a role alone ("the spokesperson said") is not named
        if indef and kinds[0] != ROLE and not self._named_spokesperson(kinds, end):
            return None  # "a ministry said": unnamed (but "a BBC spokesman": the BBC's)
        if indef and len(kinds) < 2:
            return None
        return _Phrase(i, end, self.toks[first_unit].start, self.toks[end - 1].end)

    def _privative_name(self, j: int, n: int) -> int | None:
        """A capitalised word, a privative preposition (`name_preps`: "without", "ohne",
        "sans", "uten") and a noun make one organisation's name, even when the first word
        is a group word ("Doctors without Borders", "Ärzte ohne Grenzen", "Médecins sans
        frontières", "Leger uten grenser"). The noun after it is capitalised, or lower-case
        after a group word (never "Trump sin embargo"). Returns the token after the name."""
        if j + 2 >= n or not self.cap(j) or not self.toks[j].word:
            return None
        if self.toks[j + 1].lw not in self.lex.name_preps or self.cap(j + 1):
            return None
        t = self.toks[j + 2]
        if not t.word or not (self.cap(j + 2) or self.cls(j) == NONS):
            return None
        return j + 3

    def _employer_then_name(self, m: int, n: int) -> bool:
        """After a role and its affiliation preposition ("ved", "på", "at"): does token m
        open a capitalised employer whose holder follows, either directly (a run of three
        or more capitalised words ending in a first and last name: "ved Østjyllands Politi
        Jens Jensen") or after a comma ("på Polisen, Anna Ek")?"""
        if m >= n or not self.cap(m):
            return False
        k = m
        while k < n:
            if self.cls(k) in (NAME, INST):
                k += 1  # ("Lunds universitet", "Oslo politidistrikt")
            elif (
                k > m
                and k + 1 < n
                and (
                    self.toks[k].lw in self.lex.place_preps
                    or self.toks[k].lw in self.lex.connectors
                )
                and not self.cap(k)
                and self.cls(k + 1) == NAME
            ):
                k += 1  # "Universitetet i Oslo", "University of Leeds"
            else:
                break
        if (
            k - m >= 3
            and self.cls(k - 1) == NAME
            and self.cls(k - 2) == NAME
            and self.boundary(k)
            and not self.possessive(k - 1)
        ):
            return True
        if k < n and self.toks[k].text == ",":
            e = k + 1
            while e < n and self.cls(e) == NAME:
                e += 1
            return e - k - 1 >= 2 and self.boundary(e)
        return False

    def _compound_body(self, j: int) -> bool:
        """Is token j a role compounded with its body ("Kommissionspräsident",
        "Kreml-Sprecher", "EU-Kommissionssprecher")? The part before the role suffix, less a
        linking letter (`compound_links`), is an institution word."""
        links = self.lex.compound_links
        if not links:
            return False
        lw = self.toks[j].lw
        for suffix in self.lex.roles[1]:
            if not lw.endswith(suffix) or len(lw) - len(suffix) < 3:
                continue
            head = lw[: -len(suffix)].rstrip("-").rsplit("-", 1)[-1]
            for link in links:
                if link and not head.endswith(link):
                    continue
                body = head[: len(head) - len(link)]
                if len(body) >= 3 and _in(body, self.lex.insts):
                    return True
        return False

    def _named_spokesperson(self, kinds: list[int], end: int) -> bool:
        """ "a BBC spokesman", "an REM spokesman": names, then a spokesperson word
        (`spokespersons`) -- the body the unnamed speaker speaks for is named (not "a US
        researcher")."""
        return (
            len(kinds) >= 2
            and kinds[-1] == ROLE
            and kinds[0] == NAME
            and set(kinds[:-1]) <= {NAME, INST}  # ("a Labour Party spokesman")
            and self.toks[end - 1].lw in self.lex.spokespersons
        )

    def _acronym_in_brackets(self, k: int, kinds: list[int], first: int) -> bool:
        """An organisation's short name in brackets: an acronym ("SSB"), or after an
        institution a capitalised word of four letters or more ("Aemet", "Ofcom");
        short mixed-case tags ("Ap", "Sp") are parties. After names alone the acronym
        must start as the name does ("Forenede Danske Motorejere (FDM)"): otherwise it
        is a person's party ("siger Kristian Thulesen Dahl (DF)")."""
        word = self.toks[k].text
        if word.isupper() and len(word) > 1:
            return (
                INST in kinds or set(kinds) != {NAME} or self.toks[first].lw[:1] == word[:1].lower()
            )
        return INST in kinds and self.cap(k) and len(word) >= 4

    def _skip_descriptor(self, j: int, n: int) -> int:
        """Where the name starts in "the newspaper Le Figaro", "den greske kringkasteren ERT",
        "der griechische Sender ERT", "la cadena pública griega ERT" (else j)."""
        k = j
        while (
            k < n
            and k - j < 2
            and self.cls(k) == LOWER
            and not _in(self.toks[k].lw, self.lex.descriptors)
        ):
            k += 1
        if k >= n or not _in(self.toks[k].lw, self.lex.descriptors):
            return j
        if self.cap(k) and not self.initial(k) and not self.lex.nouns_capitalised:
            return j  # a capitalised "Group" is part of a name
        k += 1
        m = k
        while self.lex.adjectives_follow and m < n and m - k < 2 and self.cls(m) == LOWER:
            m += 1
        if (
            self.lex.adjectives_follow
            and m + 1 < n
            and self.cls(m) == CONN
            and self.cls(m + 1) == LOWER
        ):
            m += 2  # "l'association de consommateurs UFC-Que Choisir"
        return m if m < n and self.cls(m) == NAME else j

    def after(
        self, j: int, *, check_follow: bool, bridge: bool = False, need_bridge: bool = False
    ) -> _Phrase | None:
        """The phrase after a cue ending before token j ("said Seoul", "ifølge X")."""
        if bridge:
            b = self._skip_bridge(j)
            if need_bridge and b == j:
                return self._report_owner_after(j)  # "viser tall fra SSB" counts, "viser
                # Norge på topp" does not; "viser SSBs statistikk" gives the owner
            j = b
        else:
            j = self._skip_aside(j)
            if (
                j < self.n
                and self.toks[j].word
                and self.toks[j].lw in self.lex.preps_before
                and self.toks[j].lw in self.lex.dets
                and not self.cap(j)
            ):
                return None  # "criticaron al Gobierno": a contracted preposition ("al", "au")
                # opens an object or recipient, never the inverted subject
            if (
                j + 1 < self.n
                and self.toks[j].lw in self.lex.possessive_pronouns
                and not self.cap(j)
            ):
                # "said its chief executive, Sir Terry Leahy": the role is the pronoun's, the
                # apposed name is the source (with its role, as "le maire de Kiev, X")
                r = self.parse(j + 1, role_only=True)
                if r is not None and self.cls(r.last - 1) == ROLE:
                    named = self._with_apposed_name(r)
                    if named.last > r.last:
                        return named
        quoted = self._quoted_name(j)
        if quoted is not None:
            return quoted
        for skip in range(4):
            k = j + skip
            if k >= self.n:
                return None
            if skip and not (
                self.cls(k - 1) == TIME
                or self.toks[k - 1].lw in self.lex.aux
                or (self.cls(k - 1) == DET and self.cls(k) == TIME)
            ):
                return None  # ("anunció el martes el Ministerio": the article of a time)
            p = self.parse(k)
            if p is None:
                # "fortalte festivalens direktør, Signe Lopdrup": a role named by apposition
                r = self.parse(k, role_only=True)
                q = self._with_apposed_name(r) if r is not None else None
                if q is not None and r is not None and q.last > r.last:
                    return q
                continue
            if check_follow and not (
                self.boundary(p.last)
                or (
                    p.last < self.n
                    and self.toks[p.last].lw in self.lex.aux
                    and not self.cap(p.last)
                    and self.toks[p.last].lw not in self.lex.perfect
                )  # "sagt Birgit Kelle gleich zu Anfang", "sagde Hansen også"
            ):
                return None
            return self._with_apposed_name(p)
        return None

    def _report_owner_after(self, j: int) -> _Phrase | None:
        """ "Det viser SSBs (historiske) statistikk": a capitalised possessive right after a
        `shows` cue, then at most one lower-case word and a report noun (`bridges`, also as
        the head of a compound): the owner is the source, possessive included."""
        if j + 1 >= self.n or not self.cap(j) or not self.possessive(j):
            return None
        k, unlisted, last_bridge = j + 1, False, False
        while k < self.n and k - j <= 3 and self.toks[k].word and not self.cap(k):
            if self.is_bridge(self.toks[k].lw):
                last_bridge = True
            elif self.cls(k) == LOWER and not unlisted:
                unlisted, last_bridge = True, False
            else:
                break
            k += 1
        if not last_bridge or (k < self.n and self.toks[k].word and self.cls(k) == LOWER):
            return None  # "Kartet viser Oslos nye bydeler": the run must end on a report noun
        if self.cls(j) not in (NAME, INST):
            return None
        t = self.toks[j]
        return _Phrase(j, j + 1, t.start, t.end)

    def _quoted_name(self, j: int) -> _Phrase | None:
        """A name in quotation marks after its cue: "Nach Angaben der „Netzeitung“",
        "ifølge «Dagens Næringsliv»" (an optional article first; the marks are outside)."""
        k = j + 1 if j < self.n and self.cls(j) == DET else j
        if k + 2 >= self.n or self.toks[k].text not in '„“«"' or self.cls(k + 1) != NAME:
            return None
        p = self.parse(k + 1)
        if p is None or p.last >= self.n or self.toks[p.last].text not in '“”»"':
            return None
        return p

    def _skip_aside(self, j: int) -> int:
        """Where the source starts after a verb: past a recipient or medium ("a indiqué à
        l'AFP une porte-parole de …", "dijo a EFE el portavoz …", "l'a souligné sur BFMTV
        Jérôme Castel") and an age ("siger 29-årige Sofie Holm", "said 34-year-old …")."""
        k = j
        if (
            k + 2 < self.n
            and self.toks[k].lw in self.lex.aside_preps
            and not self.cap(k)
            and self.cls(k + 1) in (DET, INDEF)
            and self.toks[k + 2].lw in self.lex.aside_nouns
        ):
            # "a déclaré à la presse le lieutenant-colonel Thierry Masson", "a dénoncé dans
            # un tweet le secrétaire général du syndicat"
            k += 3
        elif (
            k + 1 < self.n
            and self.toks[k].lw in self.lex.aside_preps
            and not self.cap(k)
            and self.cls(k + 1) == NAME
        ):
            m = k + 1
            while m < self.n and self.cls(m) == NAME:
                m += 1
            if m < self.n and self.toks[m].word and self.cls(m) != CUE:
                k = m
            elif m - k == 4:
                k += 2  # "sur BFMTV Jérôme Castel": a one-word medium, then the person
        if (
            k + 2 < self.n
            and not self.lex.nouns_capitalised  # "sagte ein aktiver Benutzer": a noun
            and self.cls(k) == INDEF
            and self.cls(k + 1) == LOWER
            and self.cls(k + 2) == NAME
            and not self.cap(k + 1)
        ):
            m = k + 2
            while m < self.n and self.cls(m) == NAME:
                m += 1
            # "sagde en følelsesladet Maja Panduro": the epithet is outside; but "said a
            # senior Foreign Office official" is a role of the body, not a name
            if m >= self.n or not self.toks[m].word or self.cls(m) not in (LOWER, ROLE):
                k += 2
        if (
            k + 1 < self.n
            and self.cls(k) == NUM
            and self.toks[k + 1].text.startswith("-")
            and self.toks[k + 1].lw in self.lex.age_suffixes
        ):
            k += 2
        return k

    def _with_apposed_name(self, p: _Phrase) -> _Phrase:
        """ "le maire de Kiev, Vitali Klitschko, sur Telegram": a role phrase after its cue
        takes the name that follows it between commas."""
        k = p.last
        if k + 2 >= self.n or self.toks[k].text != ",":
            return p
        m = k + 1
        if self.cls(m) == ROLE and self.cls(m + 1) == NAME:
            if self.cls(p.last - 1) == NAME and self.cls(p.last - 2) == NAME:
                return p  # "sagt Dr. Markus Steilemann, Vorstandsvorsitzender Covestro": a
                # person's full name, then their role and employer (outside)
            m += 1  # "selskapets forsvarer, advokat Hilde Brekke, til Aftenposten", "Sir X"
        elif self.cls(m) != NAME:
            return p
        if (
            self.cls(p.last - 1) == NAME
            and self.cls(p.first) != ROLE
            and not any(self.cls(i) == ROLE for i in range(p.first, p.last))
        ):
            return p
        while m < self.n and (
            self.cls(m) == NAME or (self.toks[m].lw in self.lex.particles and not self.cap(m))
        ):
            m += 1
        if (m >= self.n or self.toks[m].text in ",.;—–") and self.cls(m - 1) == NAME:
            # (a line end or a closing dash ends the name too: "—dijo el ministro de
            # Economía, Carlos Cuerpo—.")
            return _Phrase(p.first, m, p.start, self.toks[m - 1].end)
        return p

    def _skip_bridge(self, j: int) -> int:
        """Skip "a report from", "tall fra", "einem Bericht der" after a preposition.

        An unlisted lowercase word may sit among them ("tracking data from", "le baromètre
        annuel du") as long as a report noun proper comes before the preposition.
        """
        k, after = j, j
        unlisted = noun = False
        while k < self.n and k - j < 6:
            lw = self.toks[k].lw
            if lw in self.lex.bridge_preps and k > j:
                if unlisted and not noun:
                    break
                after = k + 1
            elif self.is_bridge(lw):
                noun = noun or (lw not in self.lex.dets and lw not in self.lex.indefs)
            elif (
                self.toks[k].word
                and not self.cap(k)
                and self.cls(k) == LOWER
                and not unlisted
                and after == j
            ):
                unlisted = True  # one unlisted word, before the first preposition: "tracking
                # data from", "baromètre annuel du" (not "estimates of losses from Storm X")
            else:
                break
            k += 1
        return after

    def before(self, end: int, *, antecedent: bool = False) -> _Phrase | None:
        """The longest phrase ending exactly before token `end` ("Seoul said"); with
        `antecedent`, the phrase before a relative pronoun, which may follow a preposition
        ("given by minister Heizo Takenaka who said")."""
        if end <= 0:
            return None
        low = end
        while low > 0 and end - low < 16:
            t = self.toks[low - 1]
            if not (
                t.word
                or t.text in "()&"
                or (t.text == "." and low > 1 and self._initial_dot(low - 2))
                or (
                    low == end
                    and t.text.isdigit()
                    and len(t.text) <= 2
                    and low > 1
                    and self.cap(low - 2)
                )
            ):
                break  # (an initial's dot does not end the window: "J. K. Rowling"; a
                # channel's number before the verb does not either: "Radio 1 said")
            low -= 1
        for s in range(low, end):
            k = s - 1
            while k >= low and self.cls(k) in (LOWER, ROLE, INST):
                k -= 1
            if k >= low and self.cls(k) in (INDEF, NONS) and s > low and self.cls(s) != DET:
                continue  # inside "a fire service spokesperson", "en kilde nær selskapet": unnamed
                # (but "a sum the charity says": the article starts a phrase of its own)
            if s > low and (
                self.cls(s - 1) in (DET, NUM)
                or (
                    self.cls(s - 1) == PRON
                    and (self.toks[s - 1].lw not in self.lex.function or self.lex.nouns_capitalised)
                )
            ):
                continue  # tried with its article already; "her office" ("que X" is fine;
                # a German pronoun before a noun is its determiner: "Dieser Gedenktag")
            if (
                s > low
                and self.cap(s - 1)
                and not self.initial(s - 1)
                and self.toks[s - 1].lw in self.lex.pronouns
                and self.toks[s - 1].lw not in self.lex.function
            ):
                continue  # a capitalised pronoun inside a title: "Who's Your Daddy promises"
            if self._after_anonymous(s):
                continue  # "Fuentes del hospital han señalado": unnamed sources
            if self._fronted_adverbial(s):
                return None  # "Zum gemeinsamen Abkommen TTIP sagte der …": V2, subject after
            if self.lex.nouns_capitalised and self._noun_phrase_tail(s):
                continue  # German: a lowercase word before a noun is its adjective or a
                # verb, so the phrase is the tail of a longer noun phrase ("seinem Redetext
                # zufolge", "mehr Erfolg versprach man sich", "einen neuen Roman")
            p = self.parse(s, stop=end)
            if p is not None and p.last < end and self._person_then_employer(p, end):
                return p  # "John Smith of the university said"
            if p is None or p.last != end:
                continue
            if s > 0 and self.cls(s - 1) == NUM and not self._name_after_number(s, end):
                continue
            # "I Oslo sa politiet": a fronted adverbial, not the subject; but "analysts at
            # Goldman Sachs said", "Meteorologerne hos DMI varsler": the employer speaks
            if (
                not antecedent
                and s > 0
                and self.toks[s - 1].word
                and self.toks[s - 1].lw in self.lex.preps_before
                and not self._report_author(s)
                and (not self.cap(s - 1) or self.initial(s - 1))
                and not (
                    self.toks[s - 1].lw in self.lex.affiliation
                    and s >= 2
                    and self.cls(s - 2) in (NONS, ROLE)
                    and self.toks[s - 2].lw not in self.lex.anonymous
                    and not (s >= 3 and self.toks[s - 3].lw in self.lex.quantifiers)
                )
            ):
                return None
            return self._person_before_affiliation(s, p)
        return None

    def _noun_phrase_tail(self, s: int) -> bool:
        """German: does the phrase at token s follow a lowercase adjective or verb (a word
        of no listed class), or an article and one or two lowercase words ("einen neuen
        Kriminalroman")? Then it is the end of a longer noun phrase, not a name."""
        if s == 0 or self.cls(s) in (DET, INDEF):
            return False  # (an article opens a phrase of its own: "lag dem LKA zufolge")
        if self.cls(s - 1) == LOWER:
            return True
        k = s - 1
        while k >= 0 and s - k <= 2 and self.toks[k].word and self.cls(k) == FUNC:
            k -= 1
        return k >= 0 and k < s - 1 and self.cls(k) in (DET, INDEF) and not self.cap(k)

    def _name_after_number(self, s: int, end: int) -> bool:
        """May the phrase at token s (ending at `end`) follow a number? When it is a
        person's name of two title-case words or more after a year or a count that ends a
        time phrase ("In 2004 Tom Hill says"), not a counted group ("300 Tesco staff")."""
        return (
            end - s >= 2
            and all(self.cls(k) == NAME and not self.toks[k].text.isupper() for k in range(s, end))
            and s >= 2
            and self.toks[s - 2].word
            and self.toks[s - 2].lw in self.lex.preps_before
        )

    def _fronted_adverbial(self, s: int) -> bool:
        """In a verb-second language, a sentence-initial preposition with up to two
        lower-case words before the phrase makes it an adverbial, not the subject ("Zum
        gemeinsamen Handels- und Investitionsabkommen TTIP sagte der Kommissionspräsident")."""
        if not self.lex.verb_second:
            return False
        k = s - 1
        if (
            k >= 2
            and self.toks[k].text == "."
            and self.toks[k - 1].text.isdigit()
            and len(self.toks[k - 1].text) <= 3
        ):
            k -= 2  # an ordinal: "Zum 60. Jahrestag der Befreiung erklärte die …"
        top = k
        while k >= 0 and top - k < 2 and self.cls(k) == LOWER and not self.cap(k):
            k -= 1
        return (
            k >= 0
            and k < s - 1
            and self.toks[k].word
            and self.toks[k].lw in self.lex.preps_before
            and self.initial(k)
        )

    def _report_author(self, s: int) -> bool:
        """Is token s the author after a report noun opening the clause: "Research from
        Halifax … suggests", "Figures by the ONS show"? (Then the preposition does not make
        the phrase an adverbial.)"""
        if s < 2 or self.toks[s - 1].lw not in self.lex.bridge_preps:
            return False
        k = s - 2
        if not self.is_bridge(self.toks[k].lw):
            return False
        adjectives = 0
        while (
            k > 0
            and k > s - 5
            and self.toks[k - 1].word
            and self.cls(k - 1) in (LOWER, FUNC)
            and not self.cap(k - 1)
        ):
            k -= 1  # "A new report by …", "The latest figures from …"
            adjectives += 1
        if k > 0 and self.cls(k - 1) in (DET, INDEF):
            k -= 1  # "A report by the National Audit Office said"
        elif adjectives:
            return False  # (adjectives only after an article: not "… in figures from")
        return k == 0 or self.initial(k)

    def _owner_of_report(self, end: int) -> _Phrase | None:
        """ "Halifax's figures indicate", "the ONS's data show": the owner of the report
        noun right before the verb is the source. The noun may carry a complement ("Retail
        Decisions' survey on the implementation of chip and pin found"), be followed by a
        relative ("a US government report that showed"), and up to two adjectives may stand
        between the owner and the noun ("the agency's annual survey found")."""
        q = self._report_apposition(end)
        if q is not None:
            return q
        k = self._report_head(end)
        if k is None or k < 1 or self.cap(k):
            return None
        a = k
        while (
            a > 1
            and k - a < 2
            and not self.cap(a - 1)
            and (
                self.toks[a - 1].lw in self.lex.report_modifiers
                or self.is_bridge(self.toks[a - 1].lw)
            )
        ):
            a -= 1  # "the regulator's annual review", "Halifax's own monthly figures"
        for o in (k, a) if a < k else (k,):
            if self._time_owner(o - 1):
                return None  # "Monday's survey found", "Christmas's sales figures showed"
            if self.possessive(o - 1) and (
                self.cap(o - 1) or (o >= 2 and self.cls(o - 1) == INST and self.cls(o - 2) == DET)
            ):
                p = self.before(o)  # ("the agency's survey found": a definite institution)
                if p is not None and self.cls(p.last - 1) in (NAME, INST):
                    return p
            if (
                o >= 2
                and self.toks[o - 1].text in "'’"
                and self.toks[o - 2].lw.endswith("s")
                and self.cap(o - 2)
                and self.toks[o - 2].end == self.toks[o - 1].start
            ):
                p = self.before(o - 1)  # "Retail Decisions' survey", "Reuters' tally"
                if p is not None and self.cls(p.last - 1) in (NAME, INST):
                    return _Phrase(p.first, o, p.start, self.toks[o - 1].end)
        if self.cls(k - 1) == NAME and self.toks[k - 1].text.isupper():
            p = self.before(k)  # an acronym before the report noun owns it: "The FAO report"
            if p is not None and self.cls(p.last - 1) in (NAME, INST):
                return p
        return self._compound_owner(k)

    def _report_apposition(self, end: int) -> _Phrase | None:
        """ "The figures, published by the Office for National Statistics, showed": a
        report noun, then between commas its author after a bridge preposition ("by",
        "published by", "from"); the author is the source."""
        c2 = end - 1
        if c2 < 4 or self.toks[c2].text != ",":
            return None
        c1 = c2 - 1
        while c1 > 0 and c2 - c1 < 14 and self.toks[c1].text != ",":
            if not self.toks[c1].word and self.toks[c1].text not in "()'’&":
                return None
            c1 -= 1
        if c1 < 1 or self.toks[c1].text != "," or not self._report_noun(c1 - 1):
            return None
        j = c1 + 1
        while j < c2 and j - c1 <= 2 and self.toks[j].lw in self.lex.bridge_preps:
            j += 1
        if j == c1 + 1 or self.cap(c1 + 1):
            return None
        p = self.parse(j, stop=c2)
        return p if p is not None and p.last == c2 else None

    def _time_owner(self, k: int) -> bool:
        """Is token k a time word in the possessive ("Monday's", "last year's")?"""
        lw = self.toks[k].lw
        for m in self.lex.possessive:
            if lw.endswith(m) and len(lw) > len(m):
                return _in(lw[: -len(m)], self.lex.times)
        return False

    def _report_head(self, end: int) -> int | None:
        """Where the report noun of the subject ending before token `end` is: right before
        it, before a relative pronoun ("report that showed"), or before a complement of up
        to ten plain words opened by one of `report_complement_preps` ("survey on the
        implementation of chip and pin found", "survey of 2,000 firms found")."""
        k = end - 1
        if k < 1:
            return None
        if self._report_noun(k):
            return k
        if self.toks[k].lw in self.lex.relatives and not self.cap(k) and self._report_noun(k - 1):
            return k - 1
        if not self.lex.report_complement_preps:
            return None
        j = k
        while j > 0 and end - j <= 10:
            t = self.toks[j]
            if not t.word and self.cls(j) != NUM:
                return None
            if t.word and (
                self.cls(j) == CUE
                or t.lw in self.lex.relatives
                or t.lw in self.lex.aux
                or t.lw in self.lex.finite_markers
                or t.lw in self.lex.complementizers
            ):
                return None  # a verb or a clause inside: not a noun's complement
            if (
                t.word
                and t.lw in self.lex.report_complement_preps
                and not self.cap(j)
                and self._report_noun(j - 1)
                and not self.cap(j - 1)
            ):
                return j - 1
            j -= 1
        return None

    def _report_noun(self, k: int) -> bool:
        """A report word or a statement noun ("survey", "speech") at token k."""
        lw = self.toks[k].lw
        return self.toks[k].word and (self.is_bridge(lw) or lw in self.lex.statement_nouns)

    def _compound_owner(self, k: int) -> _Phrase | None:
        """ "a US government report that showed": a name and an institution noun compounded
        with the report noun at token k own it (not "the government report": no name)."""
        if k < 2 or self.cls(k - 1) != INST or self.cap(k - 1) or self.cls(k - 2) != NAME:
            return None
        s = k - 2
        while s > 0 and k - s < 5 and self.cls(s - 1) == NAME:
            s -= 1
        if s > 0 and self.toks[s - 1].word and self.cls(s - 1) not in (DET, INDEF, FUNC, CONN):
            return None
        p = self.parse(s, stop=k)
        return p if p is not None and p.last == k else None

    def _after_anonymous(self, s: int) -> bool:
        """Does an anonymous-source word govern token s? "fuentes del hospital", "sources
        at the ministry", "en kilde nær den amerikanske regjeringen" (up to 4 words back)."""
        for k in range(s - 1, max(-1, s - 5), -1):
            if self.toks[k].lw in self.lex.anonymous:
                return True
            if not self.toks[k].word or self.cls(k) in (CUE, NAME):
                return False
        return False

    def _person_then_employer(self, p: _Phrase, end: int) -> bool:
        """Two or more names, then "of/de" + article + up to three lowercase words that end
        right before the verb: a person and where they work ("John Smith of the
        university said", "Jean Dupont de la mairie a déclaré"); not after a preposition
        ("Visitors to Buckingham Palace for the coronation said")."""
        k = p.last
        if not (
            k - p.first >= 2
            and all(self.cls(i) == NAME for i in range(p.first, k))
            and 2 <= end - k - 1 <= 4
            and self.cls(k) == CONN
            and self.toks[k].lw not in self.lex.coordinators
            and self.cls(k + 1) == DET
            and all(self.cls(i) in (LOWER, INST) and not self.cap(i) for i in range(k + 2, end))
        ):
            return False
        s = p.first
        return not (
            s > 0 and self.toks[s - 1].word and self.toks[s - 1].lw in self.lex.preps_before
        )

    def _person_before_affiliation(self, s: int, p: _Phrase) -> _Phrase:
        """ "Professor Tom Hale of King's College London told": a title and a name, then
        the employer; the person is the source (the affiliation is outside). Without a
        title, two or three plain names, "of" and a capitalised employer are a person too
        ("Laura Brownlees of Save the Children said"), not one name as "Bank of England"
        (an institution word), "Friends of the Earth" (one name) are."""
        for r in range(max(0, s - 3), s):
            if self.cls(r) != ROLE or not self.cap(r):
                continue
            q = self.parse(r, stop=p.last)
            if (
                q is not None
                and q.first == r
                and s < q.last < p.last
                and self.cls(q.last - 1) == NAME
                and self.cls(q.last) == CONN
                and not any(t.lw in self.lex.coordinators for t in self.toks[q.last : p.last])
            ):
                return q  # (not "Professor Tom Hale of Oxford and Anna Berg told")
        q = self._person_of_employer(p)
        return p if q is None else q

    def _person_of_employer(self, p: _Phrase) -> _Phrase | None:
        """ "Laura Brownlees of Save the Children": 2-3 title-case names (no institution,
        role or descriptor word among them, none written in capitals), an employer
        preposition (`employer_preps`), then a capital or an article and a capital."""
        f = p.first
        if self.cls(f) in (DET, INDEF):
            return None
        k = f
        while k < p.last and self.cls(k) == NAME and self.toks[k].word:
            t = self.toks[k]
            if t.text.isupper() or not t.text[:1].isupper() or self._marked_possessive(k):
                return None
            if _in(t.lw, self.lex.descriptors) or _in(t.lw, self.lex.insts):
                return None
            k += 1
        if not 2 <= k - f <= 3 or k + 1 >= p.last:
            return None
        if self.toks[k].lw not in self.lex.employer_preps or self.cap(k):
            return None
        nxt = k + 2 if self.cls(k + 1) == DET and k + 2 < p.last else k + 1
        if not self.cap(nxt):
            return None
        return _Phrase(f, k, self.toks[f].start, self.toks[k - 1].end)

    def _dash_apposition(self, dash: int) -> _Phrase | None:
        """ "But the government - Venezuela's largest land owner - say": an apposition between
        two spaced dashes of the same kind; the phrase before the first one is the subject."""
        mark = self.toks[dash].text
        k = dash - 1
        while k >= 0 and dash - k < 16:
            t = self.toks[k]
            if not t.word:
                if t.text == mark:
                    break
                if t.text not in "()'’&," and not t.text[0].isdigit():
                    return None
            k -= 1
        else:
            return None
        if k < 1 or dash - k < 2:
            return None
        return self.before(k)

    def apposition(self, comma: int, depth: int = 0) -> _Phrase | None:
        """ "Jane Roe, a spokeswoman for X, said" / "Putin's adviser, Sergei Shoigu, said".
        A relative clause between the commas may be long and may follow an apposition:
        "Jane Roe, who has run the charity for 20 years …, said", "Tom Ellery, a
        glaciologist at …, who was not involved, said" (the name before them is the source)."""
        k = comma - 1
        while k >= 0 and comma - k < 40:
            t = self.toks[k]
            if not t.word and t.text == ",":
                break
            if not t.word and t.text not in "()-'’&" and not t.text[0].isdigit():
                return None
            k -= 1
        else:
            return None
        if k < 0 or comma - k < 2:
            return None
        relative = self.toks[k + 1].full in self.lex.relatives and not self.cap(k + 1)
        if comma - k >= 24 and not relative:
            return None  # (only a relative clause runs long: a title is short)
        finite = any(  # an auxiliary: a clause between the commas, not a title
            self.toks[i].lw in self.lex.cue_aux and not self.cap(i) for i in range(k + 1, comma)
        )
        if relative and not finite:
            q = self.apposition(k, depth + 1) if depth < 2 else None
            return q if q is not None else self.before(k)
        if finite:
            if self.toks[k + 1].full in self.lex.relatives:
                return self.before(k)  # "Renault, qui a racheté Nissan, a annoncé"
            return None  # ", a gagné 1 300 m² d'espaces, a annoncé": a clause, not a title
        inner = self.parse(k + 1, stop=comma)
        if (
            inner is not None
            and (inner.last == comma or self._tag_between(inner.last, comma))
            and (
                self.cls(k + 1) == NAME
                or (self.cls(k + 1) == ROLE and k + 2 < comma and self.cls(k + 2) == NAME)
            )
        ):
            holder = self._holder_before(inner, k)
            if holder is not None:
                return holder  # "Martin Ellis, Halifax chief economist, said"
            if not self._describes(inner, k + 1):
                return inner  # ("Mannens försvarare, advokat Per Holm, uppger": role + name)
            # ("Dr Richard Lewis, Welsh secretary of the BMA (BMA), welcomed": a capitalised
            # adjective opens a role phrase; the name before the comma is the source)
        if k >= 3 and self.cls(k - 1) == NUM and self.toks[k - 2].text == ",":
            k -= 2  # "Jenna Morrow, 41, a nurse from Pritchard, said": the age goes too
        return self.before(k)

    def _describes(self, inner: _Phrase, first: int) -> bool:
        """Is the phrase between two commas a description (a lower-case role word after its
        capitalised first word: "Welsh secretary of the BMA") rather than a name ("Stephen
        King", "Tom McCabe MSP") or a leading role and a name ("advokat Per Holm")?"""
        return any(
            self.cls(i) == ROLE and not self.cap(i) for i in range(first + 1, inner.last)
        ) and not (self.cls(first) == ROLE and self.cls(first + 1) == NAME)

    def _tag_between(self, a: int, b: int) -> bool:
        """Is tokens a..b an age or a party tag in brackets: "Ulla Astman (S), erkender"?"""
        return (
            b - a == 3
            and self.toks[a].text == "("
            and self.toks[a + 2].text == ")"
            and (self.cls(a + 1) == NUM or (self.cap(a + 1) and len(self.toks[a + 1].text) <= 4))
        )

    # ---- cues ----------------------------------------------------------------------
    def cue_at(self, i: int) -> tuple[int, str] | None:
        """(end token, kind) of a cue starting at token i."""
        t = self.toks[i]
        if not t.word:
            return None
        capital = self.cap(i) and not self.initial(i)
        if len(t.text) > 1 and t.text.isupper():
            return None  # a line in capitals is a heading or a menu ("COMMUNICATION DE LA …")
        for words, kind in self.lex.cues.get(t.full, ()):
            if capital and not (kind in ("stmt", "stmt+") and self.lex.nouns_capitalised):
                continue  # a capital inside a sentence is a name (but German nouns: "Mitteilung")
            k = len(words)
            if kind.startswith("sep:"):
                if not all(
                    i + m < self.n and self.toks[i + m].full == w for m, w in enumerate(words)
                ):
                    continue
                _, real, particle = kind.split(":", 2)
                if self._particle_closes(i + k, particle):
                    return i + k, real
                continue
            if kind in ("stmt", "stmt+") and self._counted(i):
                continue  # "Die 1. Pressemitteilung des Landesamtes wurde … veröffentlicht"
            if (
                kind in ("stmt", "stmt+")
                and t.lw in self.lex.article_statements
                and not (
                    i > 0
                    and self.toks[i - 1].word
                    and (
                        self.toks[i - 1].lw in self.lex.dets
                        or self.toks[i - 1].lw in self.lex.indefs
                    )
                )
            ):
                continue  # "une communication de MM. X et Y", not the title "Communication de la
                # Commission au Parlement" (a document kind that opens a title)
            if kind == "stmt+":
                m = self._statement_prep(i + 1)
                if m is not None:
                    return m + 1, "stmt"
                continue
            if kind == "claim":
                if i + 1 >= self.n or self.toks[i + 1].lw not in self.lex.complementizers:
                    continue
                if i >= 1 and self.possessive(i - 1) and self.cap(i - 1):
                    return i + 1, kind  # "Anil's demand that", "Regjeringens krav om at"
                if (
                    i >= 2
                    and self.cls(i - 1) == LOWER
                    and self.possessive(i - 2)
                    and self.cap(i - 2)
                ):
                    return i + 1, "claim-adj"  # "Opec's recent announcement that"
                continue
            if (
                kind == "prep"
                and k == 1
                and t.lw in self.lex.rate_preps
                and i > 0
                and self.cls(i - 1) in (NUM, LOWER)
            ):
                continue  # "43.305 per US dollar", "miles per hour": a rate, not "per Reuters"
            if (
                kind == "prep"
                and k == 1
                and t.lw in self.lex.given_name_preps
                and self._given_name(i)
            ):
                continue  # "Per Nilsson said": a given name, not "per Reuters"
            if i + k <= self.n and all(self.toks[i + m].full == w for m, w in enumerate(words)):
                return i + k, kind
        return None

    def _given_name(self, i: int) -> bool:
        """Is the capitalised word at token i a given name: followed by one or two
        capitalised words and then a verb cue ("Per Nilsson said")? ("Per Reuters, …" and
        "Per Holm, the chief executive, said" cannot be told apart: left as a cue.)"""
        if not self.cap(i):
            return False
        k = i + 1
        while k < self.n and k - i <= 2 and self.cap(k) and self.toks[k].word:
            k += 1
        if k == i + 1 or k >= self.n:
            return False
        nxt = self.toks[k]
        return nxt.word and nxt.full in self.lex.cues and not self.cap(k)

    def _fronted_report_author(self, i: int) -> _Phrase | None:
        """ "I trusselvurderingene fra politiet og Riksadvokatembetet står det at …": a
        sentence that opens with a preposition, a report noun, its bridge preposition and
        the author, then a report frame ("står det", "heter det"): the author is the source."""
        if i < 4:
            return None
        first = None
        for s in range(max(0, i - 16), i - 3):
            t = self.toks[s]
            if t.word and t.lw in self.lex.preps_before and self.initial(s):
                first = s
        if first is None:
            return None
        k = first + 1
        if self.cls(k) == DET:
            k += 1
        if not (self.toks[k].word and self.is_bridge(self.toks[k].lw) and not self.cap(k)):
            return None
        if self.toks[k + 1].lw not in self.lex.bridge_preps:
            return None
        p = self.parse(k + 2, stop=i)
        return p if p is not None and p.last == i else None

    def _counted(self, i: int) -> bool:
        """Is the noun at token i counted or numbered ("die 1. Pressemitteilung", "305
        statements")? Then it names documents, not one reported statement."""
        if i > 0 and self.cls(i - 1) == NUM:
            return True
        return i > 1 and self.toks[i - 1].text == "." and self.cls(i - 2) == NUM

    def _particle_closes(self, j: int, particle: str) -> bool:
        """Does `particle` end the clause that runs from token j (before a sentence end,
        a comma or a colon, within 20 tokens)? "gab … bekannt.", "geht aus … hervor,". A
        particle listed with a comma ("an,") needs a reported clause after it: "gab an, dass
        …", not "gibt den Takt an"."""
        ends = _CLAUSE_ENDS
        if particle.endswith(","):
            particle, ends = particle[:-1], frozenset(",")
        for k in range(j, min(self.n, j + 20)):
            t = self.toks[k]
            if t.word:
                if t.lw == particle and (
                    (k + 1 >= self.n and ends is _CLAUSE_ENDS)
                    or (
                        k + 1 < self.n
                        and not self.toks[k + 1].word
                        and (
                            self.toks[k + 1].text in ends
                            or (ends is _CLAUSE_ENDS and self.toks[k + 1].text == "(")
                        )
                    )  # "wies auf … hin (»Jungle World« 39/2023)."
                ):
                    return True
            elif t.text in _CLAUSE_ENDS:
                return False
        return False

    def _statement_prep(self, j: int) -> int | None:
        """Where the preposition of a statement noun is, past a date or time between them
        ("Uttalande den 24 juni av …", "statement on Monday by …"): up to five tokens of
        articles, time words, numbers, dots and "on/am/el"-like function words, then one."""
        k = j
        while k < self.n and k - j <= 5:
            t = self.toks[k]
            if t.word and t.lw in self.lex.statement_preps and not self.cap(k):
                return k if k > j else None  # (adjacent: the two-word cue already matched)
            if not (
                self.cls(k) in (TIME, NUM, DET)
                or t.text == "."
                or (t.word and t.lw in self.lex.dets)  # ("den 24 juni": "den" is a pronoun too)
                or (t.word and self.cls(k) in (FUNC, CONN) and not self.cap(k))
            ):
                return None
            k += 1
        return None

    def find(self) -> list[Source]:
        found: list[Source] = []
        i = 0
        cues = self.lex.cues
        toks = self.toks
        while i < self.n:
            if toks[i].full not in cues:
                if self._compound_statement(i):
                    phrase = self.after(i + 2, check_follow=False, bridge=True)
                    if phrase is not None:
                        cue = Span.of(self.text, self.toks[i].tstart, self.toks[i + 1].end)
                        name = self.text[phrase.start : phrase.end]
                        found.append(Source(phrase.start, phrase.end, name, cue))
                        i = phrase.last
                        continue
                i += 1
                continue
            hit = self.cue_at(i)
            if hit is None:
                i += 1
                continue
            last, kind = hit
            phrase = self.resolve(i, last, kind)
            if (
                phrase is not None
                and (kind.startswith("verb") or kind == "final")
                and self.toks[phrase.first].lw in self.lex.object_determiners
            ):
                phrase = None  # "hatte den Vorstoß des Parlaments … erklärt": an accusative
                # or dative article marks an object, never the subject of a verb of saying
            if phrase is not None and phrase.last <= i and self._opens_quote(phrase.first):
                phrase = None  # '"The committee believes …': the quoted speaker cites it
            if phrase is not None and self._dash_quoted(i):
                phrase = None  # "– … Norge understreker sin støtte, sier X": X cites Norge
            if phrase is not None:
                cue_start = i
                while (
                    cue_start > 0
                    and self.toks[cue_start - 1].lw in self.lex.cue_aux
                    and not phrase.first <= cue_start - 1 < phrase.last
                ):
                    cue_start -= 1
                cue = Span.of(self.text, self.toks[cue_start].tstart, self.toks[last - 1].end)
                parts = self.coordinated(phrase)
                if kind in ("prep", "stmt") and phrase.first >= last:
                    tail = self._repeated_prep_tail(parts[-1])
                    if tail is not None:
                        parts.append(tail)  # "del Consejo y de la Comisión"
                for part in parts:
                    part = self._without_trailing_descriptor(part)
                    name = self.text[part.start : part.end]
                    found.append(Source(part.start, part.end, name, cue))
            i = last
        found.sort(key=lambda s: (s.start, -s.end))
        out: list[Source] = []
        for s in found:
            if out and s.start < out[-1].end:
                continue
            out.append(s)
        return out

    def _without_trailing_descriptor(self, p: _Phrase) -> _Phrase:
        """ "The Mirror newspaper said", "the Tata group said": a lower-case descriptor after
        a name describes it and stays outside, as one before it does ("avisen VG")."""
        k = p.last - 1
        if (
            k - 1 > p.first
            and self.toks[k].word
            and not self.cap(k)
            and self.toks[k].lw in self.lex.outlet_descriptors
            and self.cls(k - 1) == NAME
            and not self._marked_possessive(k - 1)
        ):
            return _Phrase(p.first, k, p.start, self.toks[k - 1].end)
        return p

    def _compound_statement(self, i: int) -> bool:
        """Is token i a compound whose head is a statement noun, followed by the noun's
        preposition ("beredskabsmeddelelse fra", "Regierungserklärung des")?"""
        rx = self.lex.compound_statements
        if rx is None or i + 1 >= self.n or not self.toks[i].word:
            return False
        a, b = self.toks[i].start, self.toks[i + 1].end
        m = rx.fullmatch(self.text[a:b].lower())
        return m is not None and not self.cap(i + 1) and not self._counted(i)

    def _dash_opener(self, k: int) -> bool:
        """Does token k open a dash quotation: a dash ("–", "-", or "-Trykket" glued) at the
        line start or after a sentence end or a colon, with a word after it?"""
        t = self.toks[k]
        glued = t.word and t.text[0] in _DASHES and t.end - t.tstart > 1
        if not glued and (t.text not in _DASHES or k + 1 >= self.n or not self.toks[k + 1].word):
            return False
        return k == 0 or (not self.toks[k - 1].word and self.toks[k - 1].text in _QUOTE_LEADS)

    def _closes_quote(self, j: int) -> bool:
        """Is token j the attribution cue that closes a quotation (", sier X", "! jubler X")?"""
        return (
            j > 0
            and not self.toks[j - 1].word
            and self.toks[j - 1].text in ",!?"
            and self.toks[j].full in self.lex.cues
            and self.cue_at(j) is not None
        )

    def _dash_quoted(self, i: int) -> bool:
        """Is the cue at token i inside a dash quotation? It is when the nearest opener
        before it in the line has no closing attribution between them, and either the
        opener follows a colon ("og legger til: – Norge fordømmer …") or the quotation is
        closed by an attribution after the cue, before any other opener ("– Norge
        understreker sin støtte, sier utenriksministeren"). The closing cue itself is not
        inside; an unattributed quotation is left alone (narration may follow it)."""
        if not self.lex.dash_quotes or self._closes_quote(i):
            return False
        k = self._nearest(i - 1, -1)
        if k < 0 or self._mark(k) != 1:
            return False  # no opener, or a closed quotation in between
        if k > 0 and self.toks[k - 1].text == ":":
            return True
        j = self._nearest(i + 1, 1)
        return j >= 0 and self._mark(j) == 2  # closed before any other opener

    def _mark(self, k: int) -> int:
        """1 when token k opens a dash quotation, 2 when it closes one, else 0."""
        m = self._marks[k]
        if m is None:
            m = self._marks[k] = 1 if self._dash_opener(k) else 2 if self._closes_quote(k) else 0
        return m

    def _nearest(self, k: int, step: int) -> int:
        """The nearest marked token from k on (k itself included) going by `step` (-1 back,
        1 ahead), or -1. Remembered for every token walked over, so the cues of one long
        line share their walks: linear in the line, not quadratic."""
        memo = self._near[step > 0]
        walked = []
        hit = -1
        while 0 <= k < self.n:
            known = memo.get(k)
            if known is not None:
                hit = known
                break
            if self._mark(k):
                hit = k
                break
            walked.append(k)
            k += step
        for w in walked:
            memo[w] = hit
        if 0 <= k < self.n:
            memo[k] = hit
        return hit

    def _opens_quote(self, first: int) -> bool:
        """Does the phrase at token `first` (after at most one article) open a quotation?
        A name that a quotation starts with, before its verb, is cited by the quoted
        speaker ('"GM reported solid results," he said'), not by the article. An opening
        mark has a space or the line start before it and a word after it, so closing marks
        of every style ('," the company said', "»…«") are not taken."""
        k = first - 1
        if k >= 0 and self.cls(k) == DET:
            k -= 1
        if k < 0 or self.toks[k].text not in _QUOTES:
            return False
        q = self.toks[k].start
        before = self.text[q - 1] if q > 0 else "\n"
        return (before.isspace() or before in "([") and not self.text[q + 1 : q + 2].isspace()

    def coordinated(self, p: _Phrase) -> list[_Phrase]:
        """ "Jane Doe and John Smith said", "ifølge Arbeiderpartiets generalsekretær og
        lederen i LO": two sources, one each side of the coordinator. Only when each side
        is a phrase of its own that names a person or a role (two names, or a role): "Marks
        and Spencer", "Ministry of Trade and Industry" stay one name."""
        for c in range(p.first + 1, p.last - 1):
            t = self.toks[c]
            if not t.word or t.lw not in self.lex.coordinators or self.cap(c):
                continue
            left = self.parse(p.first, stop=c)
            if (
                left is None
                or left.last != c
                or not (self._personal(left) or self._lower_body(left))
            ):
                # "le président de la République et le ministre de l'Intérieur ont indiqué":
                # the phrase before the verb began after a name, at the coordinator's left
                left = self.before(c) if c > p.first else None
            right = self.parse(c + 1, stop=p.last)
            if left is None or right is None or left.last != c or right.last != p.last:
                continue
            # "fra politiet og Riksadvokatembetet": a lower-case institution on either side
            # is a body of its own (not "Department of Health and Social Care")
            bodies = not self.toks[c - 1].text.endswith("-") and (
                self._lower_body(left)
                or self._lower_body(right)
                or (self.lex.split_single_names and self._one_name(left) and self._one_name(right))
            )  # ("Helse- og omsorgsdepartementet" is one name; "ifølge Børsen og Jyllands-Posten")
            if not bodies and (
                not self._personal(left)
                or not self._personal(right)
                or (self._name_run(left) < 2 and self._one_holder(right))
            ):
                continue  # ("GM chairman and chief executive Rick Wagoner": one person)
            return [left, *self.coordinated(right)]
        return [p]

    def _repeated_prep_tail(self, p: _Phrase) -> _Phrase | None:
        """ "las declaraciones del Consejo y de la Comisión", "according to the police and to
        Interpol": a coordinator and the preposition repeated after a source that follows its
        cue; the phrase after them is a second source."""
        k = p.last
        if k + 2 >= self.n or self.toks[k].lw not in self.lex.coordinators or self.cap(k):
            return None
        m = k + 1
        t = self.toks[m]
        if (
            not t.word
            or self.cap(m)
            or not (
                t.lw in self.lex.connectors
                or t.lw in self.lex.bridge_preps
                or t.lw in self.lex.function
            )
        ):
            return None
        q = self.parse(m + 1)
        if q is None or self.cls(q.last - 1) not in (NAME, INST):
            return None
        return q

    def _one_name(self, p: _Phrase) -> bool:
        """One capitalised name word, its article aside ("Børsen", "die Grünen")."""
        words = [k for k in range(p.first, p.last) if self.cls(k) != DET]
        return len(words) == 1 and self.cls(words[0]) == NAME and self.cap(words[0])

    def _lower_body(self, p: _Phrase) -> bool:
        """A definite institution in lower case ("politiet", "the police"), its article aside."""
        words = [k for k in range(p.first, p.last) if self.cls(k) != DET]
        return bool(words) and all(
            self.cls(k) == INST and (not self.cap(k) or self.lex.nouns_capitalised) for k in words
        )  # (German capitalises every noun: "laut Polizei und Feuerwehr")

    def _personal(self, p: _Phrase) -> bool:
        """A person's name (two names or more in a row, no institution word) or a phrase
        with a role in it."""
        classes = [self.cls(k) for k in range(p.first, p.last)]
        if INST in classes:
            return False  # "Department of Health and Social Care" is one body
        f = p.first + (classes[0] == DET)
        if (
            f < p.last
            and self.cap(f)
            and not self.initial(f)
            and self.toks[f].lw in self.lex.function
        ):
            return False  # a capitalised function word opens a title: "Only Fools and Horses"
        return ROLE in classes or self._name_run(p) >= 2

    def _name_run(self, p: _Phrase) -> int:
        run = best = 0
        for k in range(p.first, p.last):
            run = run + 1 if self.cls(k) == NAME else 0
            best = max(best, run)
        return best

    def _one_holder(self, p: _Phrase) -> bool:
        """A bare role (no article) ending in a person's name: after a role without a name
        ("chairman and chief executive Rick Wagoner") both roles are that person's."""
        return (
            self.cls(p.first) == ROLE
            and p.last - p.first >= 3
            and self.cls(p.last - 1) == NAME
            and self.cls(p.last - 2) == NAME
        )

    def resolve(self, i: int, last: int, kind: str) -> _Phrase | None:
        """Which phrase does the cue at tokens [i, last) point at?"""
        if kind == "none":
            return None
        if kind == "claim":
            return self.before(i)  # the owner, possessive included
        if kind == "claim-adj":
            return self.before(i - 1)  # one adjective between: "Opec's recent announcement"
        if kind in ("prep", "stmt"):
            return self.after(last, check_follow=False, bridge=True)
        if kind == "shows":
            q = self.after(last, check_follow=False, bridge=True, need_bridge=True)
            return q if q is not None else self._owner_of_report(i)  # "Rettens beretning viser"
        if kind == "post":
            return self.before(i)
        if kind == "frame":
            return self._fronted_report_author(i)
        if kind == "final":
            return self._perfect_clause(i)
        strong = kind.endswith("!")  # a verb of saying proper ("said"), not "confirmed"
        kind = kind.rstrip("!")
        needs_clause = kind == "verb^"  # "claimed that", not "claimed victory"
        if needs_clause:
            kind = "verb"
        # skip auxiliaries/adverbs to find what precedes the verb
        p = i - 1
        relative = False  # "ce qu'a rapporté X", "comme l'a indiqué X": inverted after "que"
        perfect = False  # "hadde bekreftet alliansen": background narration, not a report
        while (
            p >= 0
            and i - p <= 3
            and self.toks[p].word
            and (
                self.toks[p].lw in self.lex.aux
                or self.toks[p].lw in self.lex.intensifiers  # "Mattilsynet selv sier"
                or (
                    self.toks[p].lw in self.lex.inversion_clitics
                    and p > 0
                    and self.toks[p - 1].full in self.lex.inversion_words
                )  # "comme le précise Closer"
                or self._manner_adverb(p)
                or self._time_adverb(p)
            )
            and not self.cap(p)
        ):
            relative = relative or self.toks[p].full.startswith(self.lex.inversion_prefixes)
            perfect = perfect or self.toks[p].lw in self.lex.perfect
            p -= 1
        if (
            p >= 2
            and not self.lex.verb_second
            and self.toks[p].word
            and self.cls(p) == TIME
            and self.toks[p - 1].lw in self.lex.locative
            and not self.cap(p - 1)
            and self.cls(p - 2) == NAME
        ):
            p -= 2  # "Bob Geldof in July said", "Mr Hilton on Tuesday said": a time between
        if (
            p >= 2
            and self.toks[p].text == ")"
            and self.toks[p - 2].text == "("
            and (self.cls(p - 1) == NUM or (self.cap(p - 1) and len(self.toks[p - 1].text) <= 4))
        ):
            p -= 3  # an age or a party: "Ola Nordmann (45) sier", "Espen Barth Eide (Ap) sier"
        elif p >= 3 and self.toks[p].text == ")":
            opening = next(
                (m for m in range(p - 2, max(p - 9, 0), -1) if self.toks[m].text in ("(", ")")), -1
            )
            if (
                opening > 0
                and self.toks[opening].text == "("
                and self.toks[opening - 1].word
                and any(self.cls(m) == NUM for m in range(opening + 1, p))
            ):
                p = opening - 1  # a citation: "Peter Korig (»Jungle World« 35/2023) befürchtet"
        prev = self.toks[p] if p >= 0 else None
        inverted = prev is None or (
            not prev.word and (prev.text in _INVERSION or (prev.text in "!?" and not self.cap(i)))
        )  # ("- Nå ble jeg glad! jubler SVs Bjørn Jacobsen": a lower-case verb after "!")
        # "ce qu'a rapporté X", "como informó X": inverted, but "después de que Inditex
        # advirtiera" is not, so the phrase before is still tried when nothing follows
        by_word = not inverted and (
            relative or (prev is not None and prev.word and prev.full in self.lex.inversion_words)
        )
        inverted = inverted or by_word
        if needs_clause and prev is not None and prev.word and self.possessive(p):
            return None  # "Chancellor Gordon Brown's forecast of 3%": a noun
        if (
            needs_clause
            and last < self.n
            and (
                self.cls(last) in (LOWER, NUM)
                or (
                    self.cls(last) in (DET, INDEF) and not inverted and not self._clause_after(last)
                )
            )
        ):
            return None  # "France claimed victory", "Liverpool claimed the title", "had
            # admitted 11 counts" (but '"…," claimed the Home Office' is inverted)
        # "hadde bekreftet nasjonenes allianse" is no report: a weaker verb ("confirmed") must
        # not run straight into a content word
        clause = (
            strong
            or not perfect
            or last >= self.n
            or self.toks[last].elided
            or self.cls(last) in (PUNCT, NUM, FUNC, CONN, TIME, CUE, PRON, NONS, DET, INDEF, NAME)
        )
        if (
            prev is not None
            and prev.word
            and prev.full in self.lex.subject_relatives  # "who", not the conjunction "that"
            and not self.cap(p)
            and not inverted
            and clause
            and kind != "verb>"
        ):
            q = self.before(p, antecedent=True)  # "minister Heizo Takenaka who said"
            if q is None and p >= 2 and self.toks[p - 1].text == ",":
                # "the Muslim Association of Britain (MAB), which believes": the antecedent
                # before the comma of a non-restrictive relative clause
                q = self.before(p - 1, antecedent=True)
            if q is not None:
                return q
        if (
            prev is not None
            and self.cls(p) in (PRON, NONS)
            and prev.lw not in self.lex.fronted
            and not inverted
        ):
            return None  # "Sie kündigte Soforthilfen an": the subject is a pronoun (but not
            # in "Det sier X", "Das teilte X mit", where the pronoun is a fronted object)
        v2 = self.lex.verb_second
        comma = prev is not None and not prev.word and prev.text == ","
        if comma and kind != "verb>" and clause:
            q = self._report_apposition(p + 1)  # "The figures, published by the ONS, show"
            if q is not None:
                return q
        if comma and kind != "verb>" and clause and not v2:
            q = self.apposition(p)  # English, French: "Jane Roe, a spokeswoman, said"
            if q is not None:
                return q
        if inverted and kind != "verb<":
            q = self.after(last, check_follow=True)
            if q is None and clause:
                # "ce qu'indique un rapport de la Cour des comptes": a report noun and its
                # bridge preposition between the inverted verb and the author
                b = self._skip_bridge(last)
                if b > last:
                    q = self.after(b, check_follow=False)
            if q is not None:
                return q
        if comma and kind != "verb>" and clause and v2:
            return self.apposition(p)
        if prev is not None and prev.text in _DASHES and kind != "verb>" and clause:
            q = self._dash_apposition(p)  # "the government - the largest land owner - say"
            if q is not None:
                return q
        if kind == "verb>":
            return None
        if not inverted or by_word:
            if clause:
                q = self.before(p + 1)
                if q is not None and self._marked_possessive(q.last - 1):
                    q = None  # "The company's detailed plans": an adjective, not a verb
                if (
                    q is not None
                    and q.last - q.first >= 2
                    and self._report_noun(q.last - 1)
                    and self.possessive(q.last - 2)
                    and self.cls(q.last - 2) in (NAME, INST)
                ):
                    o = q.last - 2  # "Mr Bell's speech called for": the owner speaks
                    q = _Phrase(q.first, o + 1, q.start, self.toks[o].end)
                if q is not None and not (
                    q.last - q.first == 1 and self.is_bridge(self.toks[q.first].lw)
                ):
                    # "Chris Panayis, managing director of ISP X said": no closing comma
                    holder = self._holder_before(q, q.first - 1)
                    if holder is None:
                        holder = self._holder_before_role(q.first)
                    return q if holder is None else holder
                    # (not "Figures suggest that …": a report word alone)
                q = self._owner_of_report(p + 1)
                if q is not None:
                    return q
                q = self._holder_before_employer(p + 1)
                if q is not None:
                    return q
                q = self._shared_subject(p)
                if q is not None:
                    return q
            if (
                kind != "verb<"
                and v2
                and not by_word
                and not self._role_subject(p)
                and not self._group_subject(p)
            ):
                q = self.after(last, check_follow=True)
                if q is not None:
                    return q
            if last - i == 1 and self.toks[i].lw in self.lex.final_participles:
                q = self._perfect_clause(i)
                if q is not None:
                    return q
            return self._clause_final(i, last)
        return None

    def _manner_adverb(self, p: int) -> bool:
        """Is token p a manner adverb before a verb ("warmly welcomed", "strongly denied")?"""
        lw = self.toks[p].lw
        return (
            bool(self.lex.adverb_suffixes)
            and len(lw) >= 5
            and lw.endswith(self.lex.adverb_suffixes)
            and lw not in self.lex.adverb_nouns
            and self.cls(p) == LOWER
        )

    def _time_adverb(self, p: int) -> bool:
        """Is token p a bare time word between a subject and its verb ("has today
        responded", "Brown yesterday said")? Not after a preposition: "I går sa X"."""
        return (
            p > 0
            and self.cls(p) in (TIME, FUNC)
            and _in(self.toks[p].lw, self.lex.times, False)
            and not self.cap(p)
            and self.toks[p - 1].word
            and self.toks[p - 1].lw not in self.lex.preps_before
            and self.toks[p - 1].lw not in self.lex.locative
        )

    def _group_subject(self, p: int) -> bool:
        """Does the clause before the verb (ending at token p) open with an unnamed group,
        "Flertallet av Høyre-velgerne mener partiet …"? Then that group is the subject and
        what follows the verb is its object, not an inverted source."""
        k = p
        while k > 0 and p - k < 8 and (self.toks[k - 1].word or self.toks[k - 1].text in "-–"):
            k -= 1
        if k > 0 and self.toks[k - 1].text not in _QUOTE_LEADS:
            return False  # (only a clause that starts the sentence)
        return k <= p and self.toks[k].word and self.cls(k) == NONS

    def _clause_after(self, j: int) -> bool:
        """Does a that-less clause start at token j (an article): a short noun phrase, then a
        finite verb (`finite_markers`: "is", "was", "had", "will" …) before any comma or
        coordinator? "claims the American sprinter was …", "admitted the Grand Slam had
        been mentioned", but not "claimed the title", "admitted the charge and was …"."""
        for k in range(j + 1, min(self.n, j + 7)):
            t = self.toks[k]
            if not t.word or t.lw in self.lex.coordinators or t.lw in self.lex.relatives:
                return False  # ("claimed the title that had eluded them": a relative clause)
            if t.lw in self.lex.finite_markers and not self.cap(k):
                return k > j + 1
        return False

    def _role_subject(self, p: int) -> bool:
        """Is token p, right before the verb, a role word that opens its sentence (after at
        most one article)? Then it is the subject ("Statsministeren kommenterer Trine Skei
        Grandes avgang"), and what follows the verb is its object, not an inverted source."""
        if p < 0 or not self.toks[p].word or self.cls(p) != ROLE:
            return False
        return self.initial(p) or (p >= 1 and self.cls(p - 1) == DET and self.initial(p - 1))

    def _holder_before(self, role: _Phrase, comma: int) -> _Phrase | None:
        """A person's name, then a comma, then a role phrase without a name of its own
        ("Martin Ellis, Halifax chief economist, said", "Ian Pearson, BT's futurologist,
        told", "Chris Panayis, managing director of ISP X said"): the role is an apposition
        and the person is the source. Only for a full personal name (two names in a row)
        right before the comma, and a role phrase that holds a role word or a possessive."""
        if comma < 1 or self.toks[comma].text != ",":
            return None
        if self._name_run(role) >= 2 and self.cls(role.last - 1) != ROLE:
            return None  # (but "Plaid Cymru health spokesman" ends in its role)
        classes = [self.cls(k) for k in range(role.first, role.last)]
        possessive = (
            any(
                self.toks[k].text.endswith(self.lex.possessive)
                for k in range(role.first, role.last)
            )
            if self.lex.possessive
            else False
        )
        if ROLE not in classes and not possessive:
            return None
        holder = self.before(comma)
        if (
            holder is None
            or holder.last != comma
            or self._name_run(holder) < 2
            or any(self.cls(k) in (INST, ROLE) for k in range(holder.first, holder.last))
        ):
            return None
        return holder

    def _shared_subject(self, c: int) -> _Phrase | None:
        """ "The Fed did not rule out raising rates but noted that …": a verb right after a
        clause coordinator (`clause_coordinators`) shares the subject of its sentence. The
        named phrase that opens the sentence, with no punctuation before the coordinator, is
        the source; its own verb follows it directly (a lower-case word)."""
        if c < 2 or not self.toks[c].word or self.toks[c].lw not in self.lex.clause_coordinators:
            return None
        if self.cap(c):
            return None
        k = c - 1
        while k >= 0 and c - k <= 30 and self.toks[k].word:
            k -= 1
        s0 = k + 1
        if s0 >= c - 1 or not self.initial(s0):
            return None
        q = self.parse(s0, stop=c)
        if q is not None and q.last >= c - 1:
            q = None  # the whole clause taken as a name ("El Gobierno aprobó el plan"):
            for e in range(s0 + 1, c - 1):  # the shortest phrase before a lower-case word
                r = self.parse(s0, stop=e)
                if r is not None and r.last == e and self.cls(e) == LOWER:
                    q = r
                    break
        if q is None or not self.toks[q.last].word or self.cap(q.last):
            return None  # ("The Fed" must be followed by its own verb: "did", "reported")
        if any(self.cls(k) in (PRON, NONS) for k in range(q.first, q.last)):
            return None
        if self._infinitive_after(q.last, c):
            return None  # "Tony Blair seems certain to end … and announce": an infinitive
        return q

    def _infinitive_after(self, s: int, c: int) -> bool:
        """Is the verb after the coordinator at token c a bare infinitive that shares an
        infinitive marker ("to", `infinitive_markers`) between tokens s and c? A bare form
        is one whose inflected forms are listed cues too ("announce": "announced")."""
        if not self.lex.infinitive_markers or c + 1 >= self.n:
            return False
        if not any(
            self.toks[k].lw in self.lex.infinitive_markers and not self.cap(k) for k in range(s, c)
        ):
            return False
        w = self.toks[c + 1].full
        return any(w + e in self.lex.cues for e in self.lex.infinitive_inflections)

    def _marked_possessive(self, k: int) -> bool:
        """Does token k end in a possessive written with an apostrophe ("company's",
        "Teachers'")? A subject never does, so a cue word after it is a noun or adjective."""
        t = self.toks[k]
        if not t.word:
            return False
        w = t.text.lower().replace("’", "'")
        return any(w.endswith(m) and not m.isalpha() for m in self.lex.possessive if "'" in m)

    def _holder_before_employer(self, end: int) -> _Phrase | None:
        """ "Emmanuel Ferry, from Exane BNP Paribas told": a comma, one affiliation word and
        a name ending right before the verb (the closing comma missing); the person before
        the comma is the source."""
        for s in range(end - 1, max(1, end - 6), -1):
            if self.toks[s - 1].lw in self.lex.affiliation and self.toks[s - 2].text == ",":
                q = self.parse(s, stop=end)
                if q is None or q.last != end:
                    return None
                return self._holder_before_role(s)
        return None

    def _holder_before_role(self, first: int) -> _Phrase | None:
        """ "Marc Ostwald, a strategist at Monument Securities told": the phrase before the
        verb is the employer after a role in apposition whose closing comma is missing; the
        person before the opening comma is the source. Up to eight lower-case words, articles
        and role words back to the comma, one of them a role word."""
        k = first - 1
        role = False
        while k >= 0 and first - k <= 8:
            t = self.toks[k]
            if not t.word:
                break
            c = self.cls(k)
            if c not in (LOWER, ROLE, INDEF, DET, FUNC, CONN, NAME):
                return None  # (a capitalised adjective may stand there: "founder of Jewish …")
            role = role or c == ROLE
            k -= 1
        if (
            not role
            and k == first - 2
            and self.toks[first - 1].lw in self.lex.affiliation
            and self.cls(first) == NAME
        ):
            role = True  # "Emmanuel Ferry, from Exane BNP Paribas told": where they work
        if k < 1 or k == first - 1 or not role or self.toks[k].text != ",":
            return None
        holder = self.before(k)
        if (
            holder is None
            or holder.last != k
            or self._name_run(holder) < 2
            or self.cls(holder.last - 1) != NAME
            or any(self.cls(m) == INST for m in range(holder.first, holder.last))
            or any(self.cls(m) == ROLE for m in range(holder.first + 1, holder.last))
        ):
            return None  # (a title may open the name: "Rabbi Marvin Hier, founder of …")
        return holder

    def _perfect_clause(self, i: int) -> _Phrase | None:
        """A verb-final participle of saying (`final_participles`, German): its subject
        stands right after the finite auxiliary when something is fronted ("Nach der
        Haftentlassung hat die Europäische Kommission die Türkei … gewarnt"), or before it
        ("Die Kommission hat am Montag angekündigt")."""
        k = i - 1
        start = i
        while k >= 0 and i - k <= 25:
            t = self.toks[k]
            if not t.word and t.text in ',;:.!?«»“”„"()–—\n':
                break
            start = k
            k -= 1
        for a in range(start, i):
            if not (self.toks[a].lw in self.lex.perfect and not self.cap(a)):
                continue
            if a > start:
                q = self.before(a)
                if q is not None and q.first == start:
                    return q  # the clause opens with its subject: "Aufsichtsrätin Daniela
                    # Cavallo hatte Diess' Vorgehen … kritisiert" (Diess' is the object's owner)
            if a > start and not (
                a + 1 < i and self.toks[a + 1].lw in self.lex.object_determiners
            ):  # ("Sie haben einen Roman geschrieben": an object follows the auxiliary)
                q = self.after(a + 1, check_follow=False)
                if q is not None and q.last <= i:
                    return q  # (fronted: the subject follows the auxiliary)
            return self.before(a)  # "Die Kommission hat … angekündigt"
        if (
            i + 1 < self.n
            and self.toks[i + 1].lw in self.lex.perfect
            and (i + 2 >= self.n or self.cls(i + 2) == PUNCT)
        ):
            # a verb-final subordinate clause: "nachdem BASF vor … gewarnt hatte"
            for a in range(start, i):
                if self.toks[a].lw in self.lex.clause_openers and (
                    not self.cap(a) or self.initial(a)
                ):
                    q = self.after(a + 1, check_follow=False)
                    return q if q is not None and q.last <= i else None
        return None

    def _clause_final(self, i: int, last: int) -> _Phrase | None:
        """German verb-final clauses opened by "wie": "wie das Statistische Bundesamt am
        Donnerstag in Wiesbaden mitteilte" -- the subject follows "wie", the verb ends it."""
        if not self.lex.clause_openers or (last < self.n and self.cls(last) != PUNCT):
            return None
        k = i - 1
        while k >= 0 and i - k <= 14 and (self.toks[k].word or self.toks[k].text in ("(", ")")):
            if self.toks[k].lw in self.lex.clause_openers and (
                not self.cap(k) or self.initial(k)  # ("Wie das Statistische Bundesamt …")
            ):
                q = self.after(k + 1, check_follow=False)
                if q is None or q.last > i:
                    return None
                if q.last - q.first > 3 and self.toks[q.last - 1].text == ")":
                    e = q.last - 3  # "wie das Statistische Bundesamt (Destatis) mitteilt":
                    # before its verb a bracket is dropped, as in "X (WHO) said"
                    q = _Phrase(q.first, e, q.start, self.toks[e - 1].end)
                return q
            k -= 1
        return None


_LOWER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_](?:\w|['’\-](?=[^\W\d_]))*")


def _lower_words(text: str) -> set[str]:
    """Words that occur with a lower-case first letter ("l'armée" also gives "armée")."""
    out: set[str] = set()
    for w in _LOWER_WORD.findall(text):
        if w[0].islower():
            w = _norm(w)
            out.add(w)
            if "'" in w:
                out.add(w.split("'", 1)[1])
    return out


_INNER_CAPITAL = re.compile(r"(?<=[^\W\d_] )[^\W\d_](?:\w|['’\-](?=[^\W\d_]))*")


def _inner_capitals(text: str) -> set[str]:
    """Words that occur capitalised right after another word and a space, i.e. inside a
    sentence ("the Nationwide survey")."""
    return {_norm(w) for w in _INNER_CAPITAL.findall(text) if w[0].isupper()}


def find_sources(text: str, lang: str = "en") -> list[Source]:
    """Sorted, non-overlapping named sources, each with its cue.

    A language without a cue lexicon of its own gets only the fallback's safest cues
    (`cues/common.json`): "according to" in many languages, and a verb of saying after a
    quote or comma with the name following it.
    """
    lex = lexicon(lang)
    if lex is None or not text:
        return []
    seen: dict[str, bool] = {}
    found: list[Source] = []
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two code points
        lowered = "".join(c.lower()[:1] for c in text)
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        # most lines of an article hold no cue at all: skip them before tokenising
        if end > pos and (
            lex.cue_words.search(lowered, pos, end)
            or (lex.compound_hint and lex.compound_hint.search(lowered, pos, end))
        ):
            found.extend(_Finder(text, lex, pos, end, seen).find())
        pos = end + 1
    return found
