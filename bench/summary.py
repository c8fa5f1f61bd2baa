#!/usr/bin/env python3
"""Stock sumy vs reader: TextRank and LexRank on generated articles, whole-process times.

    .venv/bin/python bench/summary.py                   # 100, 500, 2000, 5000 sentences
    .venv/bin/python bench/summary.py --sizes 100 500 --stock-timeout 120

For each size a deterministic English-like article is written to a temp file. Each
measurement is ONE fresh process, timed from the outside (start-up and imports
included):
- stock: sumy's PlaintextParser with our offline tokenizer (sumy's own needs NLTK
  data), sumy's TextRankSummarizer / LexRankSummarizer, English stemmer and stop words;
- ours:  `reader summary FILE --method M --language en` (the installed command).
The ratio is stock seconds / ours seconds, for wall-clock time and for CPU time
(user + sys of the child; steadier than wall time on a shared machine). Also
printed: the default method on the largest article (target: 5,000 sentences in
< 1.5 s whole process).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READER = Path(sys.executable).with_name("reader")

STOCK = """
import sys
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words
from reader.analysis.sentences import SumyTokenizer
cls = {"textrank": TextRankSummarizer, "lexrank": LexRankSummarizer}[sys.argv[2]]
doc = PlaintextParser.from_file(sys.argv[1], SumyTokenizer("english")).document
s = cls(Stemmer("english"))
s.stop_words = get_stop_words("english")
for sentence in s(doc, int(sys.argv[3])):
    print(sentence)
"""

_FUNCTION = (
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "on",
    "with",
    "as",
    "was",
    "by",
    "at",
    "from",
    "it",
    "said",
    "has",
    "have",
    "be",
    "are",
    "an",
    "will",
    "this",
    "which",
    "but",
    "not",
    "were",
    "had",
    "their",
    "its",
    "after",
    "more",
    "than",
)


def article(n_sentences: int, seed: int = 7) -> str:
    """A deterministic article: 40 % function words, content words drawn from a
    Zipf-Mandelbrot distribution (p ~ 1/(rank + 10)) over 20,000 made-up words, the
    usual model of word frequencies in running text."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(20000)]
    weights = [1.0 / (r + 10) for r in range(len(vocab))]
    paras: list[str] = []
    sentences: list[str] = []
    for _ in range(n_sentences):
        length = rng.randint(8, 28)
        words = [
            rng.choice(_FUNCTION) if rng.random() < 0.4 else rng.choices(vocab, weights)[0]
            for _ in range(length)
        ]
        if rng.random() < 0.3:
            words.insert(rng.randrange(length), f"{rng.randint(2, 9999)}")
        sentences.append(" ".join(words).capitalize() + ".")
        if len(sentences) == 4:
            paras.append(" ".join(sentences))
            sentences = []
    if sentences:
        paras.append(" ".join(sentences))
    return "\n\n".join(paras) + "\n"


def timed(cmd: list[str], timeout: float) -> tuple[float | None, float | None, str]:
    """(wall seconds, CPU seconds user+sys, stdout) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None, None, ""
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, out.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", nargs="+", type=int, default=[100, 500, 2000, 5000])
    ap.add_argument("--methods", nargs="+", default=["textrank", "lexrank"])
    ap.add_argument("--sentences", type=int, default=10, help="summary length")
    ap.add_argument("--stock-timeout", type=float, default=900.0)
    args = ap.parse_args(argv)
    print(
        "| sentences | method | stock wall (s) | reader wall (s) | wall ratio "
        "| stock CPU (s) | reader CPU (s) | CPU ratio | same picks |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"generated-{n}.txt"
            path.write_text(article(n), encoding="utf-8")
            for method in args.methods:
                ours, ours_cpu, ours_out = timed(
                    [
                        str(READER),
                        "summary",
                        str(path),
                        "--method",
                        method,
                        "--language",
                        "en",
                        "--sentences",
                        str(args.sentences),
                    ],
                    args.stock_timeout,
                )
                stock, stock_cpu, stock_out = timed(
                    [sys.executable, "-c", STOCK, str(path), method, str(args.sentences)],
                    args.stock_timeout,
                )
                same = (
                    "yes"
                    if stock_out and stock_out.split() == ours_out.split()
                    else ("n/a" if stock is None else "NO")
                )
                if stock is None or ours is None or stock_cpu is None or ours_cpu is None:
                    print(f"| {n} | {method} | > {args.stock_timeout:.0f} | {ours} | | | | | n/a |")
                    continue
                print(
                    f"| {n} | {method} | {stock:.2f} | {ours:.2f} | {stock / ours:.1f}x "
                    f"| {stock_cpu:.2f} | {ours_cpu:.2f} | {stock_cpu / ours_cpu:.1f}x "
                    f"| {same} |",
                    flush=True,
                )
        big = max(args.sizes)
        path = Path(tmp) / f"generated-{big}.txt"
        for extra in ([], ["--language", "en"]):
            wall, cpu, out = timed([str(READER), "summary", str(path), *extra], args.stock_timeout)
            print(
                f"\n`reader summary` {' '.join(extra) or '(language detected)'} on {big} "
                f"sentences, default method and length: {wall or 0:.2f} s wall, "
                f"{cpu or 0:.2f} s CPU, {len(out.splitlines())} lines.",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
