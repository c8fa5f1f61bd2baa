#!/usr/bin/env python3
"""Recall audit of the source highlighter on fresh, unannotated real text (issue 14).

    python bench/source_recall.py --lang da               # print sample 1 with found spans
    python bench/source_recall.py --lang da --sample 2    # the second (transfer) sample
    python bench/source_recall.py --lang da --template    # judgement lines to fill in
    python bench/source_recall.py --score                 # audit recall per language
    python bench/source_recall.py --score --code DIR      # the same with another reader/

Texts: the same dev sets as `bench/source_audit.py` (never held-out parts), but only texts
AFTER every text hl-src7's precision audit sampled (by sorted id), so none was read for
its fixes. Sentences (`reader.analysis.sentences.split_sentences`) that carry an
attribution signal -- a quotation mark or the first word of any cue in the language's
`cues` data ("sagte", "ifølge", "selon" ...) -- are taken in order; sample k is the k-th
run of `--size` such sentences. The signal is computed with the cue data of the first
recall audit (hl-src8's base): judged sentences are stored by hash, so a later cue list
cannot move the sample (a stored sample is read back by its hashes).

Judgements: `bench/data/source_audit/recall_<lang>.tsv`, one line a sentence:
`sample  hash  id  gold  context` -- gold holds every named source in the sentence (by the
rules of docs/highlights-sources.md), separated by " | ", empty when there is none; the
context is the sentence's first characters (to find it again by eye, not article text in
full). A gold source is found when a predicted span overlaps it (loose) or equals it
(exact). Recall = found / (found + missed).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import source_audit as audit
from audit_data import LANGS, short_hash, use_code

QUOTES = '"“”„«»'
DASHES = ("- ", "– ", "— ")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
HEAD = 48  # characters of context stored per sentence


@dataclass(frozen=True)
class Sentence:
    doc: str
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return short_hash(self.text)


def _after_audit(lang: str) -> list[tuple[str, str]]:
    """(id, text) of the texts after the last one the precision audit sampled."""
    ids, _ = audit.read_judged(lang)
    last = max(ids) if ids else ""
    return [(doc, text) for doc, text in audit.texts(lang) if doc > last]


def has_signal(sent: str, cues: dict[str, tuple[tuple[tuple[str, ...], str], ...]]) -> bool:
    """A quotation mark, a dash opening the sentence, or a whole cue of the lexicon (every
    word of "ifølge", "fremgår det af", "a déclaré" ...) in order."""
    if any(q in sent for q in QUOTES) or sent.lstrip().startswith(DASHES):
        return True
    words = WORD.findall(sent.lower())
    for i, word in enumerate(words):
        for cue, _kind in cues.get(word, ()):
            if tuple(words[i : i + len(cue)]) == tuple(w.rstrip(".") for w in cue):
                return True
    return False


def sentences(lang: str) -> list[Sentence]:
    """Every sentence of the texts after the audit, in order."""
    from reader.analysis.sentences import split_sentences

    out = []
    for doc, text in _after_audit(lang):
        for span in split_sentences(text, lang):
            out.append(Sentence(doc, span.start, span.end, text[span.start : span.end]))
    return out


def signalled(lang: str) -> list[Sentence]:
    """Every sentence with an attribution signal in the texts after the audit, in order."""
    from reader.analysis.sources import lexicon

    lex = lexicon(lang)
    if lex is None:
        return []
    return [s for s in sentences(lang) if has_signal(s.text, lex.cues)]


def read_recall(lang: str) -> dict[tuple[str, str], tuple[int, list[str]]]:
    """{(id, hash): (sample, gold spans)} of a language's judged sentences."""
    path = audit.JUDGED / f"recall_{lang}.tsv"
    out: dict[tuple[str, str], tuple[int, list[str]]] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sample_no, key, doc, gold, *_ = line.split("\t")
        spans = [g.strip() for g in gold.split("|") if g.strip()]
        out[doc, key] = (int(sample_no), spans)
    return out


def sample(lang: str, number: int, size: int) -> list[Sentence]:
    """Sample `number`: the stored sentences if judged, else the next `size` signalled
    sentences after every judged one."""
    judged = read_recall(lang)
    stored = {key for key, (k, _) in judged.items() if k == number}
    if stored:  # by hash among all sentences: a changed cue list cannot move the sample
        # (once each: a sentence a page repeats is one judgement line, as when it was drawn)
        out, seen = [], set()
        for sent in sentences(lang):
            if (sent.doc, sent.key) in stored and (sent.doc, sent.key) not in seen:
                seen.add((sent.doc, sent.key))
                out.append(sent)
        return out
    signal = signalled(lang)
    last = max((i for i, s in enumerate(signal) if (s.doc, s.key) in judged), default=-1)
    # unjudged samples follow the judged ones in order: sample 2 before sample 1 is judged
    # starts `size` sentences on
    skip = (number - 1 - len({k for k, _ in judged.values()})) * size
    # a sentence is one item however often a page repeats it, and never in two samples
    rest, seen = [], set(judged)
    for sent in signal[last + 1 :]:
        if (sent.doc, sent.key) not in seen:
            seen.add((sent.doc, sent.key))
            rest.append(sent)
    return rest[max(0, skip) :][:size]


def marked(sent: Sentence, spans: list[audit.Span]) -> str:
    out, pos = [], sent.start
    for span in spans:
        if span.start >= sent.start and span.end <= sent.end:
            out.append(sent.text[pos - sent.start : span.start - sent.start])
            out.append(f"[[{span.text}]]")
            pos = span.end
    out.append(sent.text[pos - sent.start :])
    return "".join(out).replace("\n", " / ")


def _predicted(lang: str, docs: set[str]) -> dict[str, list[audit.Span]]:
    corpus = dict(audit.texts(lang))
    return {doc: audit.predict(corpus[doc], lang, doc) for doc in sorted(docs)}


def _inside(sent: Sentence, spans: list[audit.Span]) -> list[audit.Span]:
    return [s for s in spans if s.start >= sent.start and s.end <= sent.end]


def show(lang: str, number: int, size: int, template: bool) -> None:
    sentences = sample(lang, number, size)
    predicted = _predicted(lang, {s.doc for s in sentences})
    judged = read_recall(lang)
    for sent in sentences:
        spans = _inside(sent, predicted[sent.doc])
        if template:
            gold = " | ".join(s.text for s in spans)
            head = sent.text[:HEAD].replace("\n", " ").replace("\t", " ")
            print(f"{number}\t{sent.key}\t{sent.doc}\t{gold}\t{head}")
            continue
        verdict = judged.get((sent.doc, sent.key))
        gold = " | ".join(verdict[1]) if verdict else "?"
        print(f"{sent.key} {sent.doc} gold: {gold}")
        print(f"    {marked(sent, spans)}")


def locate(sent: Sentence, gold: str, nth: int = 0) -> tuple[int, int] | None:
    """The `nth` occurrence (from 0) of a gold span in the sentence (a name listed twice
    in the gold is its first and second occurrence)."""
    at = -1
    for _ in range(nth + 1):
        at = sent.text.find(gold, at + 1)
        if at < 0:
            return None
    return (sent.start + at, sent.start + at + len(gold))


def score(langs: list[str], size: int) -> None:
    print("| lang / sample | sentences | gold | found | exact | missed | R | R exact | extra |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for lang in langs:
        judged = read_recall(lang)
        if not judged:
            continue
        for number in sorted({k for k, _ in judged.values()}):
            sentences = sample(lang, number, size)
            predicted = _predicted(lang, {s.doc for s in sentences})
            gold_n = found = exact = extra = 0
            for sent in sentences:
                spans = _inside(sent, predicted[sent.doc])
                hit: set[audit.Span] = set()
                golds = judged[sent.doc, sent.key][1]
                for i, gold in enumerate(golds):
                    # "X#2": the second X of the sentence; a name listed twice: both
                    name, _, nth = gold.partition("#")
                    nth_ = int(nth) - 1 if nth else golds[:i].count(gold)
                    where = locate(sent, name, nth_)
                    if where is None:
                        raise SystemExit(f"{lang} {sent.key}: gold {gold!r} not in sentence")
                    gold_n += 1
                    over = [s for s in spans if s.start < where[1] and where[0] < s.end]
                    found += bool(over)
                    exact += any((s.start, s.end) == where for s in over)
                    hit.update(over)
                extra += len([s for s in spans if s not in hit])
            missed = gold_n - found
            r = found / gold_n if gold_n else 0.0
            rx = exact / gold_n if gold_n else 0.0
            print(
                f"| {lang} {number} | {len(sentences)} | {gold_n} | {found} | {exact} "
                f"| {missed} | {r:.3f} | {rx:.3f} | {extra} |"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", action="append", choices=sorted(audit.SETS))
    parser.add_argument("--sample", type=int, default=1, help="sample number (1, 2, ...)")
    parser.add_argument("--size", type=int, default=70, help="sentences per sample")
    parser.add_argument("--template", action="store_true", help="judgement lines to fill")
    parser.add_argument("--score", action="store_true", help="recall per language")
    parser.add_argument("--code", help="import reader from this folder (e.g. an older copy)")
    args = parser.parse_args(argv)
    use_code(args.code)
    langs = args.lang or list(LANGS)
    if args.score:
        score(langs, args.size)
        return 0
    for lang in langs:
        show(lang, args.sample, args.size, args.template)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
