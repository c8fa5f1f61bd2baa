"""Extraction evaluation: mean token F1 per extractor, side by side, in one run.

    .venv/bin/python bench/extraction.py            # the table (docs/extraction.md)
    .venv/bin/python bench/extraction.py --pages dev  # plus per-page F1 of the dev pages

Pages: bench/data/extraction/ (mozilla/readability's test pages, Apache-2.0; built by
bench/extraction_data.py). Ground truth: the page's expected.html as text. Score:
token F1 (lower-cased \\w+ tokens, as multisets) of each extractor's text against it.
Split, fixed before any scoring: a page is held out when int(sha1(name), 16) % 3 == 0;
develop on `dev` only.

Second set: bench/data/extraction-snippets/ (60 of trafilatura's evaluation pages,
Apache-2.0): per page, snippets that must be in the text and snippets that must not;
score = share of those checks passed. Same split rule (sha1 of the page's name).

Extractors: ours (`reader.analysis.html.extract_article`, what `reader add` stores),
trafilatura alone (default settings), readability-lxml, newspaper4k (the `dev` extra;
skipped with a note when it is not installed). An extractor that fails on a page
scores 0 there.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from reader.analysis import html as H  # noqa: E402

DATA = HERE / "data" / "extraction"
WORSE = 0.05
_page = ""


def held_out(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3 == 0


def f1(got: str, want: str) -> float:
    a, b = Counter(H.tokens(got)), Counter(H.tokens(want))
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)


TITLES: dict[str, dict[str, str]] = {"ours": {}, "trafilatura": {}}


def ours(html: bytes) -> str:
    got = H.extract_article(html)
    TITLES["ours"][_page] = got.title
    return got.text


def title_or_cut(got: str, want: str) -> bool:
    """The expected title, or the expected title without a part at either end
    ("Title | Site" -> "Title"): what cutting a site name gives when it is right."""
    if not got:
        return False
    if got == want:
        return True
    if want.startswith(got) and H._SEPARATOR.match(want[len(got) :]):
        return True
    head = want[: len(want) - len(got)]
    return want.endswith(got) and re.search(f"(?:{H._SEPARATOR.pattern})$", head) is not None


def trafilatura_title(html: bytes) -> str:
    return " ".join(str(H.trafilatura_doc(html).get("title") or "").split())


def trafilatura_alone(html: bytes) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def readability_lxml(html: bytes) -> str:
    return H.readability_text(html)


def newspaper4k(html: bytes) -> str:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # it would fetch every image over the network
    article = newspaper.Article("https://example.org/article", config=config)
    article.download(input_html=html.decode("utf-8", errors="replace"))
    article.parse()
    return str(article.text or "")


EXTRACTORS: dict[str, Callable[[bytes], str]] = {
    "ours": ours,
    "trafilatura": trafilatura_alone,
    "readability-lxml": readability_lxml,
    "newspaper4k": newspaper4k,
}
REQUIRES = {"readability-lxml": "readability", "newspaper4k": "newspaper"}


def available() -> dict[str, Callable[[bytes], str]]:
    import importlib.util

    out = {}
    for name, fn in EXTRACTORS.items():
        module = REQUIRES.get(name)
        if module and importlib.util.find_spec(module) is None:
            print(f"note: {name} is not installed (pip install -e '.[dev]'); skipped")
            continue
        out[name] = fn
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", choices=("dev", "held-out", "all"), help="per-page scores")
    args = ap.parse_args()
    extractors = available()
    scores: dict[str, dict[str, float]] = {name: {} for name in extractors}
    seconds: Counter[str] = Counter()
    names = sorted(p.name for p in DATA.iterdir() if (p / "source.html.gz").exists())
    global _page
    for page in names:
        _page = page
        html = gzip.decompress((DATA / page / "source.html.gz").read_bytes())
        if "ours" in extractors:
            TITLES["trafilatura"][page] = trafilatura_title(html)
        want = (DATA / page / "expected.txt").read_text(encoding="utf-8")
        for name, fn in extractors.items():
            start = time.perf_counter()
            try:
                got = fn(html)
            except Exception:
                got = ""
            seconds[name] += time.perf_counter() - start
            scores[name][page] = f1(got, want)
    splits = {
        "dev": [n for n in names if not held_out(n)],
        "held-out": [n for n in names if held_out(n)],
        "all": names,
    }
    head = f"{'extractor':<18}" + "".join(f"{s + f' ({len(p)})':>16}" for s, p in splits.items())
    print(head + f"{'seconds':>10}")
    for name in extractors:
        row = f"{name:<18}"
        for pages in splits.values():
            row += f"{sum(scores[name][p] for p in pages) / max(1, len(pages)):>16.3f}"
        print(row + f"{seconds[name]:>10.1f}")
    if "ours" in scores and "trafilatura" in scores:
        for split, pages in splits.items():
            worse = [p for p in pages if scores["ours"][p] < scores["trafilatura"][p] - WORSE]
            print(f"{split}: ours worse than trafilatura by > {WORSE}: {len(worse)} {worse}")
    if "ours" in extractors:  # titles: exact match with the expected title (spaces folded)
        want = {
            n: " ".join(str(json.loads((DATA / n / "meta.json").read_text())["title"]).split())
            for n in names
        }
        for name, got in TITLES.items():
            exact, cut = [], []
            for split, pages in splits.items():
                hits = sum(1 for p in pages if got.get(p) == want[p])
                exact.append(f"{split} {hits}/{len(pages)}")
                hits = sum(1 for p in pages if title_or_cut(got.get(p) or "", want[p]))
                cut.append(f"{split} {hits}/{len(pages)}")
            print(f"title = expected, {name}: " + ", ".join(exact))
            print(f"title = expected or its end part(s) cut, {name}: " + ", ".join(cut))
    snippet_table(extractors)
    if args.pages:
        for page in splits[args.pages]:
            cells = " ".join(f"{scores[n][page]:.3f}" for n in extractors)
            print(f"{page:<40} {cells}")
    print(json.dumps({"extractors": list(extractors)}))


SNIPPETS = HERE / "data" / "extraction-snippets"


def _folded(text: str) -> str:
    return " ".join(text.split())


def snippet_score(text: str, want: dict[str, list[str]]) -> float:
    """Share of checks passed: each "with" snippet in the text, each "without" not."""
    got = _folded(text)
    checks = [_folded(x) in got for x in want["with"]]
    checks += [_folded(x) not in got for x in want["without"]]
    return sum(checks) / len(checks)


def snippet_table(extractors: dict[str, Callable[[bytes], str]]) -> None:
    """trafilatura's evaluation pages: mean snippet score per extractor (second set)."""
    names = sorted(p.name for p in SNIPPETS.iterdir() if (p / "source.html.gz").exists())
    scores: dict[str, dict[str, float]] = {name: {} for name in extractors}
    for page in names:
        html = gzip.decompress((SNIPPETS / page / "source.html.gz").read_bytes())
        want = json.loads((SNIPPETS / page / "snippets.json").read_text(encoding="utf-8"))
        for name, fn in extractors.items():
            try:
                got = fn(html)
            except Exception:
                got = ""
            scores[name][page] = snippet_score(got, want)
    splits = {
        "dev": [n for n in names if not held_out(n)],
        "held-out": [n for n in names if held_out(n)],
        "all": names,
    }
    print()
    print("trafilatura's evaluation pages: share of snippet checks passed")
    print(f"{'extractor':<18}" + "".join(f"{s + f' ({len(p)})':>16}" for s, p in splits.items()))
    for name in extractors:
        row = f"{name:<18}"
        for pages in splits.values():
            row += f"{sum(scores[name][p] for p in pages) / max(1, len(pages)):>16.3f}"
        print(row)
    if "ours" in scores and "trafilatura" in scores:
        for split, pages in splits.items():
            worse = [p for p in pages if scores["ours"][p] < scores["trafilatura"][p] - WORSE]
            print(f"{split}: ours worse than trafilatura by > {WORSE}: {len(worse)} {worse}")


if __name__ == "__main__":
    main()
