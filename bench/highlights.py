#!/usr/bin/env python3
"""Score the figure, source and boilerplate highlighters against our annotated data.

    python bench/highlights.py            # both tables
    python bench/highlights.py --errors   # also list every miss and false alarm
    python bench/highlights.py --articles # held-out whole articles instead of sentences
    python bench/highlights.py --articles --batch '[45]'  # only files <lang>-4/-5.txt
    python bench/highlights.py --real      # real published news (all languages), dev part
    python bench/highlights.py --real --lang en --batch '[01]?'  # only en-00..en-19
    python bench/highlights.py --held-out  # the same, the held-out part
    python bench/highlights.py --real --blind main  # the code at `main` next to this code
    python bench/highlights.py --real boilerplate --files "$THIRD"       # only those files
    python bench/highlights.py --real boilerplate --skip-files "$THIRD"  # all but those
      (THIRD='da-1[45],sv-14,de-1[345],fr-1[456],es-14,no-3[12]', the third batch)

Data: tests/data/highlights/figures/<lang>.txt marks gold figures as
`[[surface|kind]]`; tests/data/highlights/sources/<lang>.txt marks gold sources as
`{{surface}}`. One sentence a line; blank and `#` lines are ignored.

Held-out articles: tests/data/highlights/articles/<lang>-<name>.txt, each a whole
news article carrying BOTH kinds of marks. `--articles` scores them the way
`reader show --json` sees them: the unmarked file goes through `reader.analysis.loader.parse`
and `reader.analysis.pipeline.analyse` (language auto-detected, as in the app); figures and
sources are scored separately. `--given-language` uses the file's language instead.

Real published news: tests/data/highlights/real/<lang>/{dev,held-out}/*.txt, the same
marks plus `<<line>>` for a whole line of page furniture (boilerplate). `--real` and
`--held-out` score them like `--articles`, and add a third table, "boilerplate": a gold
line counts as found when predicted boilerplate covers at least half of its characters
(recall); precision is the share of predicted boilerplate characters inside gold lines.
Figures and sources are not marked inside boilerplate lines, so predictions lying (for at
least half their length) inside a gold boilerplate line are left out of their scores.
The sets of sentences and our own articles have no such marks and score as before.

Blind and after-fix scores side by side: `--blind REV` extracts `reader/` as it was at
the git revision REV (`git archive`) into a temporary folder, scores the same data with
that code (in a subprocess, `--code DIR --json`) and with the working tree's code, and
prints one table per kind: P/R/F1 (boilerplate: line recall, character precision)
before and now, per language. Data and scorer are always the working tree's.

Matching (as issue 4 asks): a predicted span matches a gold span when they overlap
by at least half of the longer of the two, one-to-one (largest overlaps first).
"Typed" additionally needs the same figure kind; "exact" needs identical offsets.
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ROOT  # where `reader` is imported from (`--code`: an older copy, for blind scores)
DATA = ROOT / "tests" / "data" / "highlights"
LANGS = ("en", "no", "da", "sv", "de", "fr", "es")

_FIGURE_MARK = re.compile(r"\[\[(.+?)\|(\w+)\]\]")
_SOURCE_MARK = re.compile(r"\{\{(.+?)\}\}")
_ANY_MARK = re.compile(r"\[\[(.+?)\|(\w+)\]\]|\{\{(.+?)\}\}")
ARTICLES = DATA / "articles"
REAL = DATA / "real"
REAL_SPLITS = ("dev", "held-out")
_REAL_MARK = re.compile(r"\[\[(.+?)\|(\w+)\]\]|\{\{(.+?)\}\}|<<(.+?)>>")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    kind: str = ""


@dataclass(frozen=True)
class Example:
    lang: str
    text: str
    gold: tuple[Gold, ...]
    line: int
    name: str = ""  # article file name (held-out articles); "" for one-line sentences
    mask: tuple[Gold, ...] = ()  # gold boilerplate lines: predictions inside are not scored


def unmark(marked: str, pattern: re.Pattern[str]) -> tuple[str, list[Gold]]:
    """Remove inline marks; return the plain sentence and the gold spans in it."""
    out: list[str] = []
    gold: list[Gold] = []
    pos = 0
    length = 0
    for m in pattern.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        surface = m.group(1)
        kind = m.group(2) if pattern.groups > 1 else ""
        gold.append(Gold(length, length + len(surface), surface, kind))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), gold


def unmark_article(marked: str) -> tuple[str, list[Gold], list[Gold]]:
    """Remove both kinds of marks; return plain text, gold figures, gold sources."""
    out: list[str] = []
    figures: list[Gold] = []
    sources: list[Gold] = []
    pos = length = 0
    for m in _ANY_MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        if m.group(1) is not None:
            surface = m.group(1)
            figures.append(Gold(length, length + len(surface), surface, m.group(2)))
        else:
            surface = m.group(3)
            sources.append(Gold(length, length + len(surface), surface))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), figures, sources


def load_articles(kind: str, langs: Sequence[str] = LANGS, pattern: str = "*") -> list[Example]:
    """One Example per article file `<lang>-<pattern>.txt` (a glob), gold of that kind."""
    examples = []
    for lang in langs:
        for path in sorted(ARTICLES.glob(f"{lang}-{pattern}.txt")):
            text, figures, sources = unmark_article(path.read_text(encoding="utf-8"))
            gold = figures if kind == "figures" else sources
            examples.append(Example(lang, text, tuple(gold), 0, path.name))
    return examples


def unmark_real(marked: str) -> tuple[str, list[Gold], list[Gold], list[Gold]]:
    """Remove all three kinds of marks; return text, figures, sources, boilerplate lines."""
    out: list[str] = []
    figures: list[Gold] = []
    sources: list[Gold] = []
    boilerplate: list[Gold] = []
    pos = length = 0
    for m in _REAL_MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        if m.group(1) is not None:
            surface = m.group(1)
            figures.append(Gold(length, length + len(surface), surface, m.group(2)))
        elif m.group(3) is not None:
            surface = m.group(3)
            sources.append(Gold(length, length + len(surface), surface))
        else:
            surface = m.group(4)
            boilerplate.append(Gold(length, length + len(surface), surface, "boilerplate"))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), figures, sources, boilerplate


def real_files(
    split: str = "dev",
    langs: Sequence[str] = LANGS,
    pattern: str = "*",
    only: Sequence[str] = (),
    skip: Sequence[str] = (),
) -> list[tuple[str, Path]]:
    """(lang, path) of every real-news file `<lang>-<pattern>.txt` of one split, sorted.

    `only` / `skip`: file-name globs without ".txt" ("da-1[45]"); a file is kept when it
    matches one of `only` (if given) and none of `skip`.
    """
    out = []
    for lang in langs:
        for path in sorted((REAL / lang / split).glob(f"{lang}-{pattern}.txt")):
            if only and not any(fnmatch.fnmatchcase(path.stem, g) for g in only):
                continue
            if any(fnmatch.fnmatchcase(path.stem, g) for g in skip):
                continue
            out.append((lang, path))
    return out


def load_real(
    kind: str,
    split: str = "dev",
    langs: Sequence[str] = LANGS,
    pattern: str = "*",
    only: Sequence[str] = (),
    skip: Sequence[str] = (),
) -> list[Example]:
    """One Example per real-news file; gold of `kind` (figures, sources or boilerplate)."""
    examples = []
    for lang, path in real_files(split, langs, pattern, only, skip):
        text, figures, sources, boilerplate = unmark_real(path.read_text(encoding="utf-8"))
        gold = {"figures": figures, "sources": sources, "boilerplate": boilerplate}[kind]
        mask = () if kind == "boilerplate" else tuple(boilerplate)
        examples.append(Example(lang, text, tuple(gold), 0, path.name, mask))
    return examples


def load(kind: str, langs: Sequence[str] = LANGS) -> list[Example]:
    pattern = _FIGURE_MARK if kind == "figures" else _SOURCE_MARK
    examples = []
    for lang in langs:
        path = DATA / kind / f"{lang}.txt"
        if not path.exists():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            text, gold = unmark(line, pattern)
            examples.append(Example(lang, text, tuple(gold), n))
    return examples


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a: Gold, b: Gold) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(
    pred: Sequence[Gold], gold: Sequence[Gold], *, typed: bool = False, exact: bool = False
) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), largest overlaps first."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if typed and p.kind != g.kind:
                continue
            if exact:
                if (p.start, p.end) == (g.start, g.end):
                    pairs.append((g.end - g.start, i, j))
                continue
            ov = _overlap(p, g)
            if ov and ov * 2 >= max(p.end - p.start, g.end - g.start):
                pairs.append((ov, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


@dataclass
class Report:
    kind: str
    by_lang: dict[str, dict[str, Counts]] = field(default_factory=dict)
    by_kind: dict[str, Counts] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    sentences: dict[str, int] = field(default_factory=dict)


def predictor(kind: str) -> Callable[[str, str], list[Gold]]:
    sys.path.insert(0, str(CODE))
    if kind == "figures":
        from reader.analysis.figures import find_figures

        return lambda text, lang: [
            Gold(f.start, f.end, f.text, f.kind) for f in find_figures(text, lang)
        ]
    from reader.analysis.sources import find_sources

    return lambda text, lang: [Gold(s.start, s.end, s.text) for s in find_sources(text, lang)]


def pipeline_predictor(kind: str, *, detect: bool = True) -> Callable[[str, str], list[Gold]]:
    """Predict through the loader and pipeline, as `reader show --json` does.

    The text must survive `loader.parse` unchanged, or gold offsets would not apply.
    With `detect`, the language is the one the app detects, not the file's.
    """
    sys.path.insert(0, str(CODE))
    from reader.analysis.loader import parse
    from reader.analysis.pipeline import analyse
    from reader.model import Options

    def predict(text: str, lang: str) -> list[Gold]:
        article = parse(text.encode("utf-8"), name="article.txt")
        if article.text != text:
            raise ValueError("loader changed the article text; gold offsets would be wrong")
        analysis = analyse(article, Options(language=None if detect else lang))
        spans = {
            "figures": analysis.figures,
            "sources": analysis.sources,
            "boilerplate": analysis.boilerplate,
        }[kind]
        return [Gold(s.start, s.end, s.text, getattr(s, "kind", "")) for s in spans]

    return predict


def _where(ex: Example, span: Gold) -> str:
    if not ex.name:
        return f"{ex.lang}:{ex.line}"
    return f"{ex.name}@{span.start}"


def _context(ex: Example, span: Gold) -> str:
    if not ex.name:
        return ex.text
    a, b = max(0, span.start - 70), min(len(ex.text), span.end + 70)
    return ex.text[a:b].replace("\n", " ")


def evaluate(
    kind: str,
    examples: Iterable[Example] | None = None,
    *,
    predict: Callable[[str, str], list[Gold]] | None = None,
) -> Report:
    """Score one highlighter; `by_lang[lang]` has "overlap", "typed" and "exact" counts."""
    examples = load(kind) if examples is None else examples
    predict = predict or predictor(kind)
    report = Report(kind)
    for ex in examples:
        pred = _unmasked(predict(ex.text, ex.lang), ex.mask)
        report.sentences[ex.lang] = report.sentences.get(ex.lang, 0) + 1
        modes = ("overlap", "typed", "exact")
        row = report.by_lang.setdefault(ex.lang, {m: Counts() for m in modes})
        for mode in ("overlap", "typed", "exact"):
            pairs = match(pred, ex.gold, typed=mode == "typed", exact=mode == "exact")
            row[mode].add(len(pairs), len(pred) - len(pairs), len(ex.gold) - len(pairs))
            if mode == "overlap":
                hit_p = {i for i, _ in pairs}
                hit_g = {j for _, j in pairs}
                for i, p in enumerate(pred):
                    if i not in hit_p:
                        report.errors.append(
                            f"{_where(ex, p)} FP {p.text!r} {p.kind}  | {_context(ex, p)}"
                        )
                for j, g in enumerate(ex.gold):
                    if j not in hit_g:
                        report.errors.append(
                            f"{_where(ex, g)} FN {g.text!r} {g.kind}  | {_context(ex, g)}"
                        )
        if kind == "figures":
            for k in sorted({g.kind for g in ex.gold} | {p.kind for p in pred}):
                pk = [p for p in pred if p.kind == k]
                gk = [g for g in ex.gold if g.kind == k]
                n = len(match(pk, gk))
                report.by_kind.setdefault(k, Counts()).add(n, len(pk) - n, len(gk) - n)
    return report


def _unmasked(pred: list[Gold], mask: Sequence[Gold]) -> list[Gold]:
    """Drop predictions lying (for at least half their length) inside a masked span."""
    if not mask:
        return pred
    return [p for p in pred if not any(_overlap(p, m) * 2 >= max(1, p.end - p.start) for m in mask)]


@dataclass
class LineCounts:
    """Boilerplate: gold lines found, and predicted characters inside gold lines."""

    lines: int = 0
    found: int = 0
    pred_chars: int = 0
    pred_inside: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.lines if self.lines else 1.0

    @property
    def precision(self) -> float:
        return self.pred_inside / self.pred_chars if self.pred_chars else 1.0


@dataclass
class BoilerplateReport:
    by_lang: dict[str, LineCounts] = field(default_factory=dict)
    articles: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _covered(start: int, end: int, spans: Sequence[Gold]) -> int:
    """How many characters of [start, end) the (possibly overlapping) spans cover."""
    marks = [False] * (end - start)
    for s in spans:
        for i in range(max(start, s.start), min(end, s.end)):
            marks[i - start] = True
    return sum(marks)


def evaluate_boilerplate(
    examples: Iterable[Example], *, predict: Callable[[str, str], list[Gold]]
) -> BoilerplateReport:
    """Line recall and character precision of predicted boilerplate against gold lines."""
    report = BoilerplateReport()
    for ex in examples:
        pred = predict(ex.text, ex.lang)
        counts = report.by_lang.setdefault(ex.lang, LineCounts())
        report.articles[ex.lang] = report.articles.get(ex.lang, 0) + 1
        for g in ex.gold:
            counts.lines += 1
            if _covered(g.start, g.end, pred) * 2 >= g.end - g.start:
                counts.found += 1
            else:
                report.errors.append(f"{_where(ex, g)} FN {g.text!r}")
        for p in pred:
            inside = sum(_overlap(p, g) for g in ex.gold)
            counts.pred_chars += p.end - p.start
            counts.pred_inside += inside
            if inside * 2 < p.end - p.start:
                report.errors.append(f"{_where(ex, p)} FP {p.text[:80]!r}")
    return report


def boilerplate_table(report: BoilerplateReport) -> str:
    lines = [
        "## boilerplate",
        "",
        "| lang | articles | gold lines | found | line recall | predicted chars | char precision |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    total = LineCounts()
    for lang in LANGS:
        c = report.by_lang.get(lang)
        if not c:
            continue
        total.lines += c.lines
        total.found += c.found
        total.pred_chars += c.pred_chars
        total.pred_inside += c.pred_inside
        lines.append(
            f"| {lang} | {report.articles[lang]} | {c.lines} | {c.found} "
            f"| {c.recall:.3f} | {c.pred_chars} | {c.precision:.3f} |"
        )
    lines.append(
        f"| all | {sum(report.articles.values())} | {total.lines} | {total.found} "
        f"| {total.recall:.3f} | {total.pred_chars} | {total.precision:.3f} |"
    )
    return "\n".join(lines)


def table(report: Report, unit: str = "sentences") -> str:
    lines = [
        f"## {report.kind}",
        "",
        f"| lang | {unit} | gold | P | R | F1 | typed F1 | exact F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total = {m: Counts() for m in ("overlap", "typed", "exact")}
    for lang in LANGS:
        row = report.by_lang.get(lang)
        if not row:
            continue
        for m, c in row.items():
            total[m].add(c.tp, c.fp, c.fn)
        lines.append(_row(lang, report.sentences[lang], row))
    lines.append(_row("all", sum(report.sentences.values()), total))
    if report.by_kind:
        lines += ["", "| kind | gold | P | R | F1 |", "|---|---:|---:|---:|---:|"]
        for k, c in sorted(report.by_kind.items()):
            lines.append(
                f"| {k} | {c.tp + c.fn} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} |"
            )
    return "\n".join(lines)


def _row(label: str, n: int, row: dict[str, Counts]) -> str:
    o = row["overlap"]
    return (
        f"| {label} | {n} | {o.tp + o.fn} | {o.precision:.3f} | {o.recall:.3f} | {o.f1:.3f} "
        f"| {row['typed'].f1:.3f} | {row['exact'].f1:.3f} |"
    )


def _counts(kind: str, examples: list[Example], predict: Callable[[str, str], list[Gold]]) -> dict:
    """Per-language raw counts of one kind (overlap matching; boilerplate: lines)."""
    if kind == "boilerplate":
        bp = evaluate_boilerplate(examples, predict=predict)
        return {
            lang: [c.lines, c.found, c.pred_chars, c.pred_inside] for lang, c in bp.by_lang.items()
        }
    report = evaluate(kind, examples, predict=predict)
    return {
        lang: [row["overlap"].tp, row["overlap"].fp, row["overlap"].fn]
        for lang, row in report.by_lang.items()
    }


def _file_globs(args: argparse.Namespace) -> tuple[list[str], list[str]]:
    """--files / --skip-files as lists of globs (`only`, `skip` of `real_files`)."""
    only = [g.strip() for g in args.files.split(",") if g.strip()]
    skip = [g.strip() for g in args.skip_files.split(",") if g.strip()]
    return only, skip


def _examples(args: argparse.Namespace, kind: str) -> tuple[list[Example], Callable]:
    langs = tuple(args.lang or LANGS)
    if args.real or args.held_out:
        split = "held-out" if args.held_out else "dev"
        predict = pipeline_predictor(kind, detect=not args.given_language)
        return load_real(kind, split, langs, args.batch, *_file_globs(args)), predict
    if args.articles:
        predict = pipeline_predictor(kind, detect=not args.given_language)
        return load_articles(kind, langs, args.batch), predict
    return load(kind, langs), predictor(kind)


def _kinds(args: argparse.Namespace) -> list[str]:
    if args.kinds:
        return list(args.kinds)
    return ["figures", "sources"] + (["boilerplate"] if args.real or args.held_out else [])


def _all_counts(args: argparse.Namespace) -> dict:
    return {kind: _counts(kind, *_examples(args, kind)) for kind in _kinds(args)}


def _blind_counts(args: argparse.Namespace, argv: Sequence[str]) -> dict:
    """Counts from the code at git revision `args.blind`, run in a subprocess."""
    import json
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.blind, "reader"],
            capture_output=True,
            check=False,
        )
        if archive.returncode != 0:
            raise SystemExit(f"highlights.py: cannot read reader/ at {args.blind!r}")
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        rest = [a for a in argv if a != "--blind" and a != args.blind]
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), *rest, "--code", tmp, "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    counts: dict = json.loads(out.stdout)
    return counts


def _prf(c: list[int] | None) -> tuple[float, float, float]:
    if not c:
        return (0.0, 0.0, 0.0)
    x = Counts(*c)
    return x.precision, x.recall, x.f1


def compare_table(kind: str, before: dict, now: dict, rev: str) -> str:
    """Blind (code at `rev`) and now, per language, for one kind."""
    if kind == "boilerplate":
        head = "| lang | gold lines | blind recall | blind char P | recall | char P |"
        lines = [f"## {kind}: blind ({rev}) and now", "", head, "|---|---:|---:|---:|---:|---:|"]
    else:
        head = "| lang | gold | blind P | blind R | blind F1 | P | R | F1 |"
        lines = [
            f"## {kind}: blind ({rev}) and now",
            "",
            head,
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
    total_b, total_n = [0] * 4, [0] * 4
    for lang in [*LANGS, "all"]:
        if lang == "all":
            b, n = total_b, total_n
        elif lang in now or lang in before:
            b = (before.get(lang, []) + [0] * 4)[:4]
            n = (now.get(lang, []) + [0] * 4)[:4]
            total_b = [t + v for t, v in zip(total_b, b, strict=True)]
            total_n = [t + v for t, v in zip(total_n, n, strict=True)]
        else:
            continue
        if kind == "boilerplate":
            bl, nl = LineCounts(*b), LineCounts(*n)
            lines.append(
                f"| {lang} | {nl.lines} | {bl.recall:.3f} | {bl.precision:.3f} "
                f"| {nl.recall:.3f} | {nl.precision:.3f} |"
            )
        else:
            bp, br, bf = _prf(b[:3])
            p_, r_, f_ = _prf(n[:3])
            lines.append(
                f"| {lang} | {n[0] + n[2]} | {bp:.3f} | {br:.3f} | {bf:.3f} "
                f"| {p_:.3f} | {r_:.3f} | {f_:.3f} |"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    global CODE
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "kinds",
        nargs="*",
        metavar="figures|sources|boilerplate",
        help="which highlighter(s) to score (default: figures and sources; with "
        "--real/--held-out also boilerplate, which only those accept)",
    )
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms")
    parser.add_argument(
        "--articles",
        action="store_true",
        help="score the held-out whole articles (through the pipeline)",
    )
    parser.add_argument(
        "--given-language",
        action="store_true",
        help="with --articles: use the file's language, not the detected one",
    )
    parser.add_argument(
        "--batch",
        metavar="GLOB",
        default="*",
        help="with --articles or --real: only files <lang>-GLOB.txt (e.g. '[45]')",
    )
    parser.add_argument(
        "--lang",
        action="append",
        choices=LANGS,
        help="with --real/--held-out: only this language (repeatable)",
    )
    parser.add_argument(
        "--real",
        action="store_true",
        help="score the real published news, development part",
    )
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="score the held-out part of the real published news",
    )
    parser.add_argument(
        "--files",
        metavar="GLOBS",
        default="",
        help="with --real/--held-out: only files matching these comma-separated name globs "
        "(without .txt, e.g. 'da-1[45],sv-14')",
    )
    parser.add_argument(
        "--skip-files",
        metavar="GLOBS",
        default="",
        help="with --real/--held-out: leave out files matching these comma-separated globs",
    )
    parser.add_argument(
        "--blind",
        metavar="REV",
        help="also score the code of git revision REV and print both, per language",
    )
    parser.add_argument("--code", metavar="DIR", help=argparse.SUPPRESS)  # used by --blind
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # used by --blind
    args = parser.parse_args(argv)
    if (args.files or args.skip_files) and not (args.real or args.held_out):
        parser.error("--files/--skip-files need --real or --held-out")
    if args.code:
        CODE = Path(args.code)
    if args.json or args.blind:
        import json

        unknown = sorted(set(args.kinds) - {"figures", "sources", "boilerplate"})
        if unknown:
            parser.error(f"unknown kind(s): {', '.join(unknown)}")
        if args.json:
            print(json.dumps(_all_counts(args)))
            return 0
        before = _blind_counts(args, argv)
        now = _all_counts(args)
        for kind in _kinds(args):
            print(compare_table(kind, before.get(kind, {}), now[kind], args.blind))
            print()
        return 0
    if args.real or args.held_out:
        if args.articles:
            parser.error("--real/--held-out cannot be combined with --articles")
        return _main_real(args, "held-out" if args.held_out else "dev")
    unknown = sorted(set(args.kinds) - {"figures", "sources"})
    if unknown:
        parser.error(f"unknown kind(s): {', '.join(unknown)}")
    if args.batch != "*" and not args.articles:
        parser.error("--batch needs --articles or --real")
    for kind in args.kinds or ["figures", "sources"]:
        if args.articles:
            report = evaluate(
                kind,
                load_articles(kind, pattern=args.batch),
                predict=pipeline_predictor(kind, detect=not args.given_language),
            )
            print(table(report, "articles"))
        else:
            report = evaluate(kind)
            print(table(report))
        if args.errors:
            print("\n".join(["", *report.errors]))
        print()
    return 0


def _main_real(args: argparse.Namespace, split: str) -> int:
    """--real / --held-out: figures, sources and boilerplate on the real news of a split."""
    kinds = args.kinds or ["figures", "sources", "boilerplate"]
    unknown = sorted(set(kinds) - {"figures", "sources", "boilerplate"})
    if unknown:
        print(f"highlights.py: error: unknown kind(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    langs = tuple(args.lang or LANGS)
    for kind in kinds:
        predict = pipeline_predictor(kind, detect=not args.given_language)
        examples = load_real(kind, split, langs, args.batch, *_file_globs(args))
        if kind == "boilerplate":
            bp = evaluate_boilerplate(examples, predict=predict)
            print(boilerplate_table(bp))
            errors = bp.errors
        else:
            report = evaluate(kind, examples, predict=predict)
            print(table(report, "articles"))
            errors = report.errors
        if args.errors:
            print("\n".join(["", *errors]))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
