#!/usr/bin/env python3
"""Precision audit of the source highlighter on fresh, unannotated real text (issue 14).

    python bench/source_audit.py --lang es              # print every predicted source
    python bench/source_audit.py --lang es --unjudged   # only spans without a verdict
    python bench/source_audit.py --score                # precision per language
    python bench/source_audit.py --score --code DIR     # the same with another copy of reader/
    python bench/source_audit.py --lang fr --extend 80 --unjudged  # a second batch of texts

Texts: the dev parts of the summary sets (never their held-out parts):
`../sum-data/` (or `$SUM_DATA`, `bench/audit_data.py`) es_dev, orangesum_dev (fr), de_web_dev,
dannews_dev (da), kthxc_dev (sv), and `../shared/eval/` norsumm_dev (no), bbc_dev (en).

The sample is fixed: the texts of a language are taken in sorted `id` order until
`--spans` predicted sources have been seen (with the code of the first audit); the ids
taken are stored in the judgement file, so a later run on changed code reads the same
texts. Judgements: `bench/data/source_audit/<lang>.tsv`, one line a span:
`id  start  end  span  verdict  note` (verdict ok / false / partial; for partial the note
holds the right span). Only spans and verdicts are kept there, never article text.
A span the code no longer predicts drops out of the score; a new one is listed as
unjudged until a verdict is written for it.

Precision: strict = ok / judged, loose = (ok + partial) / judged.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit_data import EVAL, LANGS, ROOT, SUM_DATA, dev_rows, use_code

sys.path.insert(0, str(ROOT))

SETS = {
    "es": SUM_DATA / "es_dev.jsonl",
    "fr": SUM_DATA / "orangesum_dev.jsonl",
    "de": SUM_DATA / "de_web_dev.jsonl",
    "da": SUM_DATA / "dannews_dev.jsonl",
    "sv": SUM_DATA / "kthxc_dev.jsonl",
    "no": EVAL / "norsumm_dev.jsonl",
    "en": EVAL / "bbc_dev.jsonl",
}
JUDGED = ROOT / "bench" / "data" / "source_audit"
VERDICTS = ("ok", "false", "partial")
CONTEXT = 60


@dataclass(frozen=True)
class Span:
    doc: str
    start: int
    end: int
    text: str


def texts(lang: str) -> list[tuple[str, str]]:
    """(id, text) of every text of a language's dev set, sorted by id."""
    return sorted((str(row["id"]), str(row["text"])) for row in dev_rows(SETS[lang]))


def predict(text: str, lang: str, doc: str) -> list[Span]:
    from reader.analysis.sources import find_sources

    return [Span(doc, s.start, s.end, s.text) for s in find_sources(text, lang)]


def read_judged(lang: str) -> tuple[list[str], dict[tuple[str, int, int, str], tuple[str, str]]]:
    """(sampled ids, {(id, start, end, span): (verdict, note)}) of a language."""
    ids, verdicts, _ = _read(lang)
    return ids, verdicts


def batches(lang: str) -> list[list[str]]:
    """The sampled ids batch by batch (one `#ids` line each: the first sample, then each
    `--extend`)."""
    return _read(lang)[2]


def _read(
    lang: str,
) -> tuple[list[str], dict[tuple[str, int, int, str], tuple[str, str]], list[list[str]]]:
    path = JUDGED / f"{lang}.tsv"
    ids: list[str] = []
    verdicts: dict[tuple[str, int, int, str], tuple[str, str]] = {}
    groups: list[list[str]] = []
    if not path.exists():
        return ids, verdicts, groups
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#ids\t"):
            batch = [doc for doc in line.split("\t")[1:] if doc not in ids]
            groups.append(batch)
            ids.extend(batch)
            continue
        if not line.strip() or line.startswith("#"):
            continue
        doc, start, end, span, verdict, *note = line.split("\t")
        if verdict not in VERDICTS:
            raise SystemExit(f"{path}: bad verdict {verdict!r} in {line!r}")
        verdicts[doc, int(start), int(end), span] = (verdict, note[0] if note else "")
    return ids, verdicts, groups


def sample(lang: str, spans: int, extend: int = 0) -> tuple[list[str], list[Span]]:
    """The sampled ids (stored ones if any) and the spans the code predicts in them.
    With `extend`, the texts after the last stored one (in id order) are added until that
    many more spans have been seen."""
    ids, _ = read_judged(lang)
    corpus = dict(texts(lang))
    out: list[Span] = []
    for doc in ids:
        out.extend(predict(corpus[doc], lang, doc))
    if ids and not extend:
        return ids, out
    target = len(out) + (extend or spans)
    for doc in sorted(corpus):
        if len(out) >= target:
            break
        if ids and doc <= ids[-1]:
            continue
        ids.append(doc)
        out.extend(predict(corpus[doc], lang, doc))
    return ids, out


def context(text: str, span: Span) -> str:
    left = text[max(0, span.start - CONTEXT) : span.start]
    right = text[span.end : span.end + CONTEXT]
    return f"{left}[[{span.text}]]{right}".replace("\n", " / ")


def show(lang: str, spans: int, unjudged: bool, extend: int = 0) -> None:
    ids, predicted = sample(lang, spans, extend)
    _, verdicts = read_judged(lang)
    corpus = dict(texts(lang))
    stored = {doc for batch in batches(lang) for doc in batch}
    new = [doc for doc in ids if doc not in stored]
    print("#ids\t" + "\t".join(new if stored and new else ids))
    for span in predicted:
        key = (span.doc, span.start, span.end, span.text)
        verdict = verdicts.get(key, ("?", ""))[0]
        if unjudged and verdict != "?":
            continue
        print(f"{span.doc}\t{span.start}\t{span.end}\t{span.text}\t{verdict}")
        print(f"    {context(corpus[span.doc], span)}")


def score(langs: list[str]) -> None:
    print("| lang | judged | ok | partial | false | unjudged | P strict | P loose |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for lang in langs:
        ids, verdicts = read_judged(lang)
        if not ids:
            continue
        _, predicted = sample(lang, 0)
        groups = batches(lang)
        rows = [(lang, set(ids))]
        if len(groups) > 1:
            rows += [(f"{lang} batch {k}", set(g)) for k, g in enumerate(groups, 1)]
        for label, docs in rows:
            counts = {v: 0 for v in (*VERDICTS, "?")}
            for span in predicted:
                if span.doc in docs:
                    key = (span.doc, span.start, span.end, span.text)
                    counts[verdicts.get(key, ("?", ""))[0]] += 1
            n = counts["ok"] + counts["partial"] + counts["false"]
            strict = counts["ok"] / n if n else 0.0
            loose = (counts["ok"] + counts["partial"]) / n if n else 0.0
            print(
                f"| {label} | {n} | {counts['ok']} | {counts['partial']} | {counts['false']} "
                f"| {counts['?']} | {strict:.3f} | {loose:.3f} |"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", action="append", choices=sorted(SETS))
    parser.add_argument("--spans", type=int, default=80, help="spans to sample a language")
    parser.add_argument("--unjudged", action="store_true", help="only spans with no verdict")
    parser.add_argument(
        "--extend", type=int, default=0, help="add the next texts until this many more spans"
    )
    parser.add_argument("--score", action="store_true", help="precision per language")
    parser.add_argument("--code", help="import reader from this folder (e.g. an older copy)")
    args = parser.parse_args(argv)
    use_code(args.code)
    langs = args.lang or list(LANGS)
    if args.score:
        score(langs)
        return 0
    for lang in langs:
        show(lang, args.spans, args.unjudged, args.extend)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
