#!/usr/bin/env python3
"""Same output before and after a speed change: summaries, sentence splits, boilerplate.

    .venv/bin/python bench/summary_same.py --before /work/wt/speed-base
    .venv/bin/python bench/summary_same.py --before OLD --methods default --limit 50
    .venv/bin/python bench/summary_same.py --before OLD --part texts --keep DIR --reuse-before

Each checkout (`--before`, `--after`, default this one) is imported in its own process
(its folder first on sys.path; both use this venv's packages) and dumps, for every text:
the language it resolved, the sentence spans of `split_sentences` in that language, the
boilerplate spans, and the summary of every method (the default and every stock method)
at the default length and at K sentences (the record's `k`, else 3), each sentence with
its offsets, rank and `why`, through the CLI's path (`loader.load` of the file as the
eval protocol lays it out -> `pipeline.summarise_article` -> `Summary`), set up as
`cli.main` sets it up where the checkout does (one BLAS thread; langdetect's profiles
read from a cache, written first into a temporary folder). The two dumps are compared
record by record; the counts and every difference are printed.

Texts (`--part`): "generated" is bench/summary.py's 2,000- and 5,000-sentence articles
with `--language` en no da sv de fr es it, an unknown code ("xx") and detected (the
stock methods on the 2,000-sentence one only: minutes each at 5,000); "texts" is every
file under `articles/` and every record of the dev files in `../shared/eval/`
(`*_dev.jsonl`) and `$READER_LANG_EVAL_DIR` (default /work/wt/sum-data; `*_dev.jsonl`
only: held-out and test files are never opened); "all" is both.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

STOCK = ("textrank", "lexrank", "lsa", "luhn", "sumbasic", "kl", "reduction")
GENERATED_LANGS = ("en", "no", "da", "sv", "de", "fr", "es", "it", "xx", None)
GENERATED_SIZES = (2000, 5000)
STOCK_SKIPS = 5000  # the stock methods are checked on the 2,000-sentence article only
_SHARED_EVAL = HERE.parents[1] / "shared" / "eval"
LANG_DIR = Path(os.environ.get("READER_LANG_EVAL_DIR", "/work/wt/sum-data"))


def dev_files() -> list[Path]:
    """The dev JSONL files: `*_dev.jsonl` only (held-out and test never match)."""
    files = sorted(_SHARED_EVAL.glob("*_dev.jsonl")) + sorted(LANG_DIR.glob("*_dev.jsonl"))
    return [f for f in files if "heldout" not in f.name and "test" not in f.name]


def texts(repo: Path, part: str) -> Iterator[tuple[str, bytes, str | None, int, str]]:
    """(id, file bytes, --language, K, file suffix) for every text checked: the
    generated articles (`part` "generated"), the others ("texts") or all."""
    from summary import article

    if part in ("all", "generated"):
        for size in GENERATED_SIZES:
            blob = article(size).encode("utf-8")
            for lang in GENERATED_LANGS:
                yield f"generated{size}/{lang or 'detect'}", blob, lang, 10, ".txt"
    if part == "generated":
        return
    for path in sorted((repo / "articles").rglob("*")):
        if path.is_file():
            yield (
                f"articles/{path.relative_to(repo / 'articles')}",
                path.read_bytes(),
                None,
                3,
                path.suffix,
            )
    for file in dev_files():
        with file.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = rec["text"]
                if rec.get("title"):
                    text = f"{rec['title']}\n\n{text}"
                k = int(rec.get("k") or 3)
                yield f"{file.name}/{rec['id']}", text.encode("utf-8"), None, k, ".txt"


def dump(tree: Path, out: Path, methods: list[str], part: str, limit: int | None = None) -> None:
    """Import `tree`'s reader and write one JSON line per text."""
    sys.path.insert(0, str(tree))
    import reader
    import reader.cli

    assert Path(reader.__file__).resolve().is_relative_to(tree.resolve()), reader.__file__
    if one_blas_thread(tree) and "default" in methods:  # as `cli.cmd_summary` does
        if len(methods) > 1:
            raise SystemExit("one BLAS thread for the default method only: dump it alone")
        assert "numpy" not in sys.modules
        reader.cli.single_thread_blas()
    from reader.analysis.boilerplate import find_boilerplate
    from reader.analysis.loader import load
    from reader.analysis.pipeline import language_of, summarise_article
    from reader.analysis.sentences import split_sentences
    from reader.model import Options

    repo = HERE.parent
    with out.open("w", encoding="utf-8") as sink, tempfile.TemporaryDirectory() as tmp:
        _profile_cache(Path(tmp) / "cache")
        for n, (ident, blob, lang, k, suffix) in enumerate(texts(repo, part)):
            if limit is not None and n >= limit:
                break
            path = Path(tmp) / f"article{suffix}"
            path.write_bytes(blob)
            art = load(path)
            resolved = language_of(art, Options(language=lang))
            rec: dict[str, Any] = {
                "id": ident,
                "language": resolved,
                "split": [(s.start, s.end) for s in split_sentences(art.text, resolved)],
                "boilerplate": [(s.start, s.end) for s in find_boilerplate(art.text, resolved)],
                "summaries": {},
            }
            for method in methods:
                if method in STOCK and ident.startswith(f"generated{STOCK_SKIPS}/"):
                    continue  # minutes each; the 2,000-sentence article has them
                for length in (None, k):
                    opts = Options(
                        sentences=length,
                        method=None if method == "default" else method,
                        language=lang,
                    )
                    summary = summarise_article(art, opts)
                    rec["summaries"][f"{method}/{length or 'default'}"] = [
                        summary.method,
                        [(s.start, s.end, s.rank, s.why, s.text) for s in summary.sentences],
                        summary.lines(),
                    ]
            sink.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")


def one_blas_thread(tree: Path) -> bool:
    """Whether the checkout's `reader summary` runs the default method with one BLAS
    thread (`cli.single_thread_blas`) and the stock methods with the machine's: BLAS
    reads its thread count when numpy loads, so such a checkout dumps the default
    method in one process and the stock methods in another."""
    return "def single_thread_blas" in (tree / "reader" / "cli.py").read_text(encoding="utf-8")


def merge(parts: list[Path], out: Path) -> None:
    """One dump from dumps of the same texts with different methods."""
    records: list[dict[str, Any]] = []
    for part in parts:
        with part.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        if not records:
            records = rows
            continue
        assert [r["id"] for r in rows] == [r["id"] for r in records]
        for rec, row in zip(records, rows, strict=True):
            for key in ("language", "split", "boilerplate"):
                assert rec[key] == row[key], (rec["id"], key)
            rec["summaries"].update(row["summaries"])
    with out.open("w", encoding="utf-8") as sink:
        for rec in records:
            sink.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")


def _profile_cache(folder: Path) -> None:
    """As the CLI does (`cli.main`), when this checkout caches langdetect's profiles:
    the cache is written first, so that every detection reads it."""
    from reader.analysis import langprofiles

    if hasattr(langprofiles, "use_cache"):
        from langdetect.detector_factory import PROFILES_DIRECTORY

        langprofiles.load_cached(PROFILES_DIRECTORY, folder)
        langprofiles.use_cache(lambda: folder)
        kind = type(langprofiles.factory().word_lang_prob_map).__name__
        print(f"{Path.cwd()}: langdetect profiles from the cache ({kind})", file=sys.stderr)


def _run(
    tree: str, out: Path, methods: list[str], limit: int | None, part: str
) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--dump", tree, "--out", str(out)]
    cmd += ["--limit", str(limit)] if limit is not None else []
    cmd += ["--part", part]
    return subprocess.Popen([*cmd, "--methods", *methods], cwd=tree)


def compare(before: Path, after: Path) -> int:
    a = [json.loads(line) for line in before.open(encoding="utf-8")]
    b = [json.loads(line) for line in after.open(encoding="utf-8")]
    diffs: list[str] = []
    if [r["id"] for r in a] != [r["id"] for r in b]:
        diffs.append("the two dumps have different texts")
    counts = {"texts": 0, "summaries": 0, "summary sentences": 0, "split spans": 0}
    counts["boilerplate spans"] = 0
    for ra, rb in zip(a, b, strict=False):
        counts["texts"] += 1
        counts["split spans"] += len(ra["split"])
        counts["boilerplate spans"] += len(ra["boilerplate"])
        for key in ("language", "split", "boilerplate"):
            if ra[key] != rb[key]:
                diffs.append(f"{ra['id']}: {key} differs")
        for key, value in ra["summaries"].items():
            counts["summaries"] += 1
            counts["summary sentences"] += len(value[1])
            if rb["summaries"].get(key) != value:
                diffs.append(f"{ra['id']}: summary {key} differs")
    digest = hashlib.sha256(after.read_bytes()).hexdigest()[:16]
    print(", ".join(f"{v:,} {k}" for k, v in counts.items()) + f" (dump sha256 {digest})")
    for d in diffs[:50]:
        print("  " + d)
    print(f"{len(diffs)} differences")
    return 1 if diffs else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--before", help="checkout of the code before")
    ap.add_argument("--after", default=str(HERE.parent))
    ap.add_argument("--methods", nargs="+", default=["default", *STOCK])
    ap.add_argument("--keep", help="folder for the two dumps (default: a temporary one)")
    ap.add_argument(
        "--reuse-before", action="store_true", help="use --keep's before.jsonl if it is there"
    )
    ap.add_argument("--limit", type=int, help="only the first N texts (a quick check)")
    ap.add_argument("--part", choices=("all", "generated", "texts"), default="all")
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--merge", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.merge:  # --merge OUT PART... (dumps of one checkout made by hand)
        merge([Path(p) for p in args.merge[1:]], Path(args.merge[0]))
        return 0
    if args.dump:
        dump(Path(args.dump), Path(args.out), args.methods, args.part, args.limit)
        return 0
    if not args.before:
        ap.error("--before is required")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        outs = {name: folder / f"{name}.jsonl" for name in ("before", "after")}
        jobs = []
        parts: dict[str, list[Path]] = {}
        for name in ("after", "before"):
            if name == "before" and args.reuse_before and args.keep and outs[name].exists():
                continue
            tree = getattr(args, name)
            groups = [args.methods]
            if one_blas_thread(Path(tree)) and "default" in args.methods:
                groups = [["default"], [m for m in args.methods if m != "default"]]
            groups = [g for g in groups if g]
            parts[name] = [folder / f"{name}-{i}.jsonl" for i in range(len(groups))]
            for group, out in zip(groups, parts[name], strict=True):
                jobs.append(_run(tree, out, group, args.limit, args.part))
        if any(job.wait() != 0 for job in jobs):
            print("a dump failed")
            return 2
        for name, files in parts.items():
            merge(files, outs[name])
        return compare(outs["before"], outs["after"])


if __name__ == "__main__":
    sys.exit(main())
