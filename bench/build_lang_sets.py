#!/usr/bin/env python3
"""Build the summary evaluation sets for da, sv, de, fr, es (issue 15) in the shared format.

    .venv/bin/python bench/build_lang_sets.py --mirrors DIR --out DIR

Writes `<set>_dev.jsonl` and `<set>_heldout.jsonl` to `--out` (one JSON object a line,
sorted by id: {"id", "title", "text", "references": [...], "lang", "k", "source"}), the
format of ../shared/eval/README.md plus `k`, the number of sentences the protocol asks
for (the reference's sentence count by the shared `splitter.py`; the median over the
references when there are several). Every 4th article by sorted id (index % 4 == 3)
goes to the held-out file and is kept out of development.

The data is NOT in this repository and must not be committed: the article texts belong
to their publishers. `--mirrors` is a folder with a bare or normal git clone of each
source repository, named `owner+name/repo` (the layout of the `fetch` tool's mirrors):

- dannews (da): Danish-summarisation/DanSum at 3b414c3 (data/val1k.csv) and 04902f6
  (data/test1k.csv);
- kthxc (sv): magneticmojo/swedish-news-article-summarization-jupyter-notebook at
  bb7940f (kthxc/kthxc/corpus/svenska, kthxc/kthxcrefsums.zip);
- klexikon (de): dennlinger/klexikon at c909f38 (data/splits/validation);
- orangesum (fr): Tixierae/OrangeSum at e6f8a6e (splits_heading_as_summary/valid.txt,
  data/docs/parsed);
- es (written as es_dev.jsonl / es_heldout.jsonl): adbar/trafilatura at e90b0ef5 (the
  Spanish-language pages of tests/eval, tests/evaldata.json for their URLs); the
  reference is the page's own description, the text the reader's extraction of the page
  (so this one imports `reader`);
- de_web (de): the German-language pages of the same trafilatura tests/eval, same rules,
  without pages whose description another page carries too (a site's blurb);
- es_htmldate (es, held out whole): adbar/htmldate at b895282 (tests/eval, tests/test_set,
  URLs from tests/eval_default.json and tests/eval_mediacloud_2020.json), same rules,
  without the pages trafilatura's set has.

docs/summaries.md ("Other languages") says what each set is, its licence, and what
was changed. Needs the shared `splitter.py` (sentence-splitter) to count sentences.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

_SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
EVAL_DIR = Path(os.environ.get("READER_EVAL_DIR", _SHARED_EVAL))

DANSUM = ("Danish-summarisation+DanSum", {"val": "3b414c3", "test": "04902f6"})
KTHXC = ("magneticmojo+swedish-news-article-summarization-jupyter-notebook", "bb7940f")
KLEXIKON = ("dennlinger+klexikon", "c909f38")
ORANGESUM = ("Tixierae+OrangeSum", "e6f8a6e")
ORANGESUM_EVERY = 7  # every 7th id of the 1,500 validation ids (sorted numerically)
TRAFILATURA = ("adbar+trafilatura", "e90b0ef5")
EVALDATA = "tests/evaldata.json"
HTMLDATE = ("adbar+htmldate", "b895282")
HTMLDATE_URLS = ("tests/eval_default.json", "tests/eval_mediacloud_2020.json")


def _git(mirrors: Path, repo: str, *args: str) -> bytes:
    path = mirrors / repo / "repo"
    if not path.exists():
        path = mirrors / repo
    return subprocess.run(
        ["git", "--git-dir", str(_gitdir(path)), *args], capture_output=True, check=True
    ).stdout


def _gitdir(path: Path) -> Path:
    return path / ".git" if (path / ".git").exists() else path


def _show(mirrors: Path, repo: str, commit: str, path: str) -> bytes:
    return _git(mirrors, repo, "show", f"{commit}:{path}")


def _ls(mirrors: Path, repo: str, commit: str, path: str) -> list[str]:
    out = _git(
        mirrors, repo, "-c", "core.quotepath=off", "ls-tree", "--name-only", commit, path + "/"
    )
    return [ln for ln in out.decode("utf-8").splitlines() if ln]


def _splitter() -> Any:
    sys.path.insert(0, str(EVAL_DIR))
    import splitter  # type: ignore[import-not-found]

    return splitter


def one_per_line(text: str, lang: str) -> str:
    """A reference as the protocol stores it: one sentence a line."""
    return "\n".join(_splitter().split_sentences(text, lang))


def protocol_k(references: list[str]) -> int:
    counts = [len([ln for ln in ref.splitlines() if ln.strip()]) for ref in references]
    return max(1, int(statistics.median_low(counts)))


def record(
    rid: str, title: str | None, text: str, refs: list[str], lang: str, source: str
) -> dict[str, Any]:
    refs = [r for r in dict.fromkeys(refs) if r.strip()]
    return {
        "id": rid,
        "title": title or None,
        "text": text,
        "references": refs,
        "lang": lang,
        "k": protocol_k(refs),
        "source": source,
    }


def _paragraphs(lines: list[str]) -> str:
    """Blank-line paragraphs; the lines of one paragraph joined with spaces."""
    paras, cur = [], []
    for ln in [*lines, ""]:
        if ln.strip():
            cur.append(" ".join(ln.split()))
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    return "\n\n".join(paras)


# --- da: DaNewsroom, abstractive subset as shipped by DanSum -------------------------


def build_dannews(mirrors: Path) -> list[dict[str, Any]]:
    repo, commits = DANSUM
    csv.field_size_limit(1 << 30)
    out = []
    for split, commit in commits.items():
        raw = _show(mirrors, repo, commit, f"data/{split}1k.csv").decode("utf-8")
        for row in csv.DictReader(io.StringIO(raw)):
            text = row["text"].strip().lstrip(".").strip()
            lines = text.replace("\r", "").split("\n")
            rid = f"da-{split}-{int(row['__index_level_0__']):06d}"
            out.append(
                record(
                    rid,
                    row["title"].strip(),
                    _paragraphs(lines),
                    [one_per_line(row["summary"].strip(), "da")],
                    "da",
                    row["url"],
                )
            )
    return out


# --- sv: KTH eXtract Corpus (news texts, human extracts and abstracts) ---------------

_TAG = re.compile(r"<[^>]+>")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s+")


def _kth_html(data: bytes) -> tuple[str, list[str], str]:
    """(title, body lines without the heading line, URL) of one KTHxc HTML file."""
    text = data.decode("latin-1")
    title = html.unescape(
        _TAG.sub("", re.search(r"<TITLE>(.*?)</TITLE>", text, re.S | re.I)[1])
    ).strip()
    url = re.search(r"URL: ([^|\"]*)", text)
    body = re.search(r"<BODY>(.*)</BODY>", text, re.S | re.I)[1]
    lines = [html.unescape(_TAG.sub("", ln)).strip() for ln in body.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    if lines and re.match(r"\s*<(H\d|B)>[^<]*</(H\d|B)>\s*$", body.strip().split("\n")[0], re.I):
        lines.pop(0)  # the headline line of the body (the title again)
    return title, lines, (url[1].strip() if url else "")


def build_kthxc(mirrors: Path) -> list[dict[str, Any]]:
    repo, commit = KTHXC
    base = "kthxc/kthxc/corpus/svenska"
    zipped = zipfile.ZipFile(io.BytesIO(_show(mirrors, repo, commit, "kthxc/kthxcrefsums.zip")))
    extracts: dict[str, list[str]] = {}
    for name in sorted(zipped.namelist()):
        m = re.match(r"svenska_(\w+?)_(text\d+)\.htm\.", name.split("/")[-1])
        if m and name.endswith(".sum"):
            lines = zipped.read(name).decode("latin-1").replace("\r", "").split("\n")
            ref = "\n".join(" ".join(ln.split()) for ln in lines if ln.strip())
            extracts.setdefault(f"{m[1]}/{m[2]}", []).append(ref)
    out = []
    for sub, short in (
        ("nyhetstexter", "nyhet"),
        ("nyhetstexter2", "nyhet2"),
        ("evalueringslab", "evlab"),
    ):
        names = [n for n in _ls(mirrors, repo, commit, f"{base}/{sub}") if n.endswith(".htm")]
        abstracts = set(_ls(mirrors, repo, commit, f"{base}/{sub}/abstracts"))
        for path in sorted(names):
            stem = Path(path).stem
            title, lines, url = _kth_html(_show(mirrors, repo, commit, path))
            if sub == "evalueringslab":
                apath = f"{base}/{sub}/abstracts/{stem}.htm"
                if apath not in abstracts:
                    continue
                _, alines, _ = _kth_html(_show(mirrors, repo, commit, apath))
                abstract = _TIME.sub("", " ".join(ln for ln in alines if ln))
                refs = [one_per_line(abstract, "sv")]
            else:
                refs = extracts.get(f"{sub}/{stem}", [])
                if not refs:
                    continue
            out.append(record(f"sv-{short}-{stem[4:]}", title, _paragraphs(lines), refs, "sv", url))
    return out


# --- de: Klexikon (German Wikipedia article -> Klexikon children's encyclopedia) ------


def build_klexikon(mirrors: Path) -> list[dict[str, Any]]:
    repo, commit = KLEXIKON
    out = []
    for path in sorted(_ls(mirrors, repo, commit, "data/splits/validation/wiki")):
        name = path.rsplit("/", 1)[1]
        wiki = _show(mirrors, repo, commit, path).decode("utf-8").split("\n")
        kid = _show(mirrors, repo, commit, path.replace("/wiki/", "/klexikon/")).decode("utf-8")
        ref = "\n".join(" ".join(ln.split()) for ln in kid.split("\n") if ln.strip())
        title = name[: -len(".txt")].replace("_", " ")
        rid = "de-" + re.sub(r"\W+", "_", title.lower()).strip("_")
        out.append(record(rid, title, _paragraphs(wiki), [ref], "de", f"klexikon:{name}"))
    return out


# --- fr: OrangeSum Abstract (validation split) ---------------------------------------

# The scraper dropped paragraph breaks: "... domestique.Consternant ..." (a sentence end
# glued to the next capitalised word). Put the paragraph break back there.
_GLUED = re.compile(r"(?<=[a-zà-ÿ0-9)%][.!?…])(?=[A-ZÀ-ÖØ-Ý«\"“])|(?<=[.!?…][»\"”])(?=[A-ZÀ-ÖØ-Ý])")


def build_orangesum(mirrors: Path) -> list[dict[str, Any]]:
    repo, commit = ORANGESUM
    ids = _show(mirrors, repo, commit, "splits_heading_as_summary/valid.txt").decode().split()
    ids = sorted(ids, key=lambda s: int(s.split(".")[0]))[::ORANGESUM_EVERY]
    out = []
    for name in ids:
        doc = json.loads(_show(mirrors, repo, commit, f"data/docs/parsed/{name}"))
        text = _GLUED.sub("\n\n", doc["article"].strip())
        out.append(
            record(
                f"fr-{int(name.split('.')[0]):05d}",
                doc["title"].strip(),
                _paragraphs(text.split("\n")),
                [one_per_line(doc["heading"].strip(), "fr")],
                "fr",
                f"orangesum:{name}",
            )
        )
    return out


# --- es: Spanish-language news pages of trafilatura's evaluation set -----------------

MIN_DESC_WORDS = 8  # shorter descriptions are empty, the headline again, or cut off
# Pages whose description is the site's own blurb, not about the article (read from the
# description alone, before any scoring).
ES_SITE_BLURB = frozenset({"diarioextra.com-cidh.html", "elcaribe.com-familiares.html"})
ES_COPY = 0.8  # a body sentence and a reference sentence sharing this share of word
# bigrams (of the shorter of the two) are one sentence: the body copies the reference
_WORDS = re.compile(r"\w+")


def _bigrams(text: str) -> set[tuple[str, str]]:
    words = _WORDS.findall(text.lower())
    return set(itertools.pairwise(words))


def _copies(sent: set[tuple[str, str]], refs: list[set[tuple[str, str]]]) -> bool:
    return any(
        sent and ref and len(sent & ref) >= ES_COPY * min(len(sent), len(ref)) for ref in refs
    )


def _drop_copies(text: str, reference: str, lang: str) -> tuple[str, int]:
    """`text` without the sentences that copy a sentence of the reference (the site put
    its description into the body as a standfirst or lead), and how many were dropped."""
    refs = [_bigrams(r) for r in reference.splitlines()]
    dropped, paras = 0, []
    for para in text.split("\n\n"):
        kept = []
        for sent in _splitter().split_sentences(para, lang):
            if _copies(_bigrams(sent), refs):
                dropped += 1
            else:
                kept.append(sent)
        if kept:
            paras.append(" ".join(kept))
    return "\n\n".join(paras), dropped


def _web_pages(
    mirrors: Path,
    source: tuple[str, str],
    folders: tuple[str, ...],
    url_files: tuple[str, ...],
    lang: str,
    skip: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """The records of the pages in `lang` (`<html lang="xx...">`) in `folders` of one
    repository; file names in `skip` are left out."""
    from reader.analysis.html import extract_article, trafilatura_doc

    repo, commit = source
    urls: dict[str, str] = {}
    for path in url_files:
        urls.update(
            {e["file"]: u for u, e in json.loads(_show(mirrors, repo, commit, path)).items()}
        )
    out = []
    for path in [p for folder in folders for p in _ls(mirrors, repo, commit, folder)]:
        name = path.rsplit("/", 1)[1]
        if name in skip or not name.endswith(".html"):
            continue
        data = _show(mirrors, repo, commit, path)
        if not re.search(rb"<html[^>]*\blang=\"?" + lang.encode() + rb"\b", data[:4096], re.I):
            continue
        url = urls.get(name)
        desc = " ".join(str(trafilatura_doc(data, url).get("description") or "").split())
        if len(desc.split()) < MIN_DESC_WORDS or name in ES_SITE_BLURB:
            continue
        if desc.endswith(("...", "\u2026")):
            continue  # cut off by the site: the lead's first characters, not a summary
        page = extract_article(data, url, name=name)
        ref = one_per_line(desc, lang)
        text, _ = _drop_copies(page.text, ref, lang)
        k = protocol_k([ref])
        if len(_splitter().split_sentences(text, lang)) < max(5, 2 * k):
            continue  # too little left to choose from
        rid = f"{lang}-" + re.sub(r"\W+", "_", name.removesuffix(".html").lower()).strip("_")
        where = url if url and url.startswith("http") else f"{repo.split('+')[1]}:{name}"
        out.append(record(rid, page.title, text, [ref], lang, where))
    return out


def build_trafilatura_es(mirrors: Path) -> list[dict[str, Any]]:
    return _web_pages(mirrors, TRAFILATURA, ("tests/eval",), (EVALDATA,), "es")


def build_htmldate_es(mirrors: Path) -> list[dict[str, Any]]:
    """A second, smaller Spanish set by the same rules from htmldate's evaluation pages,
    without the pages trafilatura's set already has: held out whole (a fresh check of
    the es row chosen on es_dev)."""
    seen = frozenset(p.rsplit("/", 1)[1] for p in _ls(mirrors, *TRAFILATURA, "tests/eval"))
    return _web_pages(
        mirrors, HTMLDATE, ("tests/eval", "tests/test_set"), HTMLDATE_URLS, "es", seen
    )


def build_trafilatura_de(mirrors: Path) -> list[dict[str, Any]]:
    """German pages of trafilatura's evaluation set, by the es rules. 554 German pages are
    too many to read every description as es's were, so a site's blurb is found by its
    shape instead: a description that more than one page carries is not about any one of
    them."""
    records = _web_pages(mirrors, TRAFILATURA, ("tests/eval",), (EVALDATA,), "de")
    shared = Counter(r["references"][0] for r in records)
    return [r for r in records if shared[r["references"][0]] == 1]


BUILDERS = {
    "dannews": build_dannews,
    "kthxc": build_kthxc,
    "klexikon": build_klexikon,
    "orangesum": build_orangesum,
    "es": build_trafilatura_es,
    "de_web": build_trafilatura_de,
    "es_htmldate": build_htmldate_es,
}
HELD_ONLY = frozenset({"es_htmldate"})  # every article held out: no dev part


def write(
    out_dir: Path, name: str, records: list[dict[str, Any]], held_only: bool = False
) -> tuple[int, int]:
    records = sorted(records, key=lambda r: r["id"])
    dev = [r for i, r in enumerate(records) if i % 4 != 3 and not held_only]
    held = [r for i, r in enumerate(records) if i % 4 == 3 or held_only]
    for suffix, part in (("dev", dev), ("heldout", held)):
        path = out_dir / f"{name}_{suffix}.jsonl"
        if not part:
            path.unlink(missing_ok=True)  # an older build's part must not be evaluated
            continue
        with open(path, "w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(dev), len(held)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", nargs="+", default=list(BUILDERS), choices=list(BUILDERS))
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sets:
        recs = BUILDERS[name](args.mirrors)
        if not recs:
            print(f"{name}: no articles (is its source under {args.mirrors}?)", file=sys.stderr)
            write(args.out, name, recs, name in HELD_ONLY)
            continue
        n_dev, n_held = write(args.out, name, recs, name in HELD_ONLY)
        ks = [r["k"] for r in recs]
        print(
            f"{name}: {len(recs)} articles ({n_dev} dev, {n_held} held-out), "
            f"median K {statistics.median(ks)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
