"""Command line: argparse -> core -> stdout. The TUI is imported only when it is opened.

stdout carries results only; every error is one `reader: error: …` line on stderr
with exit 1 (unusable input) or 2 (wrong usage).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from reader import __version__
from reader.errors import TERMINAL_CONTROLS, ReaderError, UsageError, one_line, printable
from reader.model import Analysis, Options

PROG = "reader"


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line (the contract) instead of usage + message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _methods() -> list[str]:
    from reader.analysis.summarise import METHODS

    return sorted(METHODS)


class _LazyChoices:
    """The summary methods, looked up only when an option is checked or help printed.

    Importing `analysis.summarise` pulls in numpy (~120 ms); `reader refresh` and
    `reader list` must not pay for the choices of `show --method`.
    """

    def __contains__(self, value: object) -> bool:
        return value in _methods()

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(_methods())


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="A terminal news reader and summariser. Without a command, opens the reader.",
        epilog="Run `reader COMMAND --help` for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--library",
        metavar="DIR",
        help="library folder (default: $READER_LIBRARY, ./articles, or the platform data folder)",
    )
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def library_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--library", metavar="DIR", default=argparse.SUPPRESS, help="library folder")

    def analysis_options(p: argparse.ArgumentParser) -> None:
        length = p.add_mutually_exclusive_group()
        length.add_argument(
            "--sentences",
            "-n",
            type=_positive,
            metavar="N",
            help="summary length in sentences (default: by article length)",
        )
        length.add_argument(
            "--words",
            "-w",
            type=_positive,
            metavar="N",
            help="summary length in words: the best sentences that fit (at least one)",
        )
        length.add_argument(
            "--ratio",
            "-r",
            type=_ratio,
            metavar="R",
            help="summary length as a share of the article's sentences, 0 < R <= 1",
        )
        p.add_argument(
            "--method",
            "-m",
            choices=_LazyChoices(),
            metavar="M",
            help="summary method: %(choices)s (default: per language)",
        )
        p.add_argument(
            "--language",
            "-l",
            type=_language,
            metavar="L",
            help="ISO 639-1 code instead of detection (en, no, da, sv, de, fr, es, …)",
        )

    show = sub.add_parser("show", help="analyse one article (figures, sources, summary)")
    show.add_argument("file", metavar="FILE", help="article file, or - for standard input")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    analysis_options(show)

    summary = sub.add_parser("summary", help="print the summary, one sentence a line")
    summary.add_argument("file", metavar="FILE", help="article file, or - for standard input")
    analysis_options(summary)
    summary.add_argument(
        "--explain",
        action="store_true",
        help="after each sentence, a line `  why: …` saying why it was chosen",
    )

    lst = sub.add_parser("list", help="list the articles in the library")
    library_option(lst)
    lst.add_argument("--json", action="store_true", help="one JSON object per line")

    search = sub.add_parser("search", help="full-text search of the library, best first")
    search.add_argument("query", metavar="QUERY", help='words, OR, -word, "a phrase"')
    library_option(search)
    search.add_argument("--json", action="store_true", help="one JSON object per line")

    add = sub.add_parser("add", help="store a new article and print its path")
    add.add_argument("source", metavar="FILE|URL|-", help="a text or HTML file, a URL, or -")
    add.add_argument(
        "--force",
        action="store_true",
        help="store it even when the URL or text is already in the library",
    )
    library_option(add)
    feed = sub.add_parser("feed", help="feed subscriptions: add, list, remove, import, export")
    feed_sub = feed.add_subparsers(
        dest="feed_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    feed_add = feed_sub.add_parser("add", help="subscribe to a feed and print its name")
    feed_add.add_argument("url", metavar="URL", help="an RSS, Atom or JSON Feed URL")
    feed_add.add_argument("--name", metavar="NAME", help="what to call it (default: its title)")
    feed_add.add_argument(
        "--no-check", action="store_true", help="subscribe without fetching the feed once"
    )
    feed_add.add_argument(
        "--full-text", action="store_true", help="always fetch each item's page for its text"
    )
    feed_list = feed_sub.add_parser("list", help="one line per feed")
    feed_list.add_argument("--json", action="store_true", help="one JSON object per line")
    feed_remove = feed_sub.add_parser("remove", help="unsubscribe (stored articles stay)")
    feed_remove.add_argument("feed", metavar="NAME|URL")
    feed_import = feed_sub.add_parser("import", help="subscribe to the feeds of an OPML file")
    feed_import.add_argument("file", metavar="FILE", help="OPML 2.0, or a newsboat urls file")
    feed_sub.add_parser("export", help="print the subscriptions as OPML 2.0")

    refresh = sub.add_parser("refresh", help="fetch feeds and store their new items")
    refresh.add_argument("feeds", nargs="*", metavar="NAME|URL", help="only these feeds")
    library_option(refresh)

    for command in [*sub.choices.values(), *feed_sub.choices.values()]:
        command.add_argument(
            "--debug",
            action="store_true",
            default=argparse.SUPPRESS,
            help="show a traceback on errors",
        )
    return parser


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _language(value: str) -> str:
    """An ISO 639-1 code or one of the table's aliases ("nb", "nn" -> "no"), else exit 2."""
    from reader.analysis.languages import is_known_code

    if not is_known_code(value):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO 639-1 language code (e.g. en, no, de)"
        )
    return value


def _ratio(value: str) -> float:
    try:
        r = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0 < r <= 1:  # also rejects nan
        raise argparse.ArgumentTypeError("must be more than 0 and at most 1")
    return r


def _read_input(name: str):  # type: ignore[no-untyped-def]
    """The article of FILE or `-`; its notice (cut, decoded by guess) as a warning line."""
    from reader.analysis.html import looks_like_html
    from reader.analysis.loader import MAX_BYTES, load, parse
    from reader.safe_io import HTML_CAP, read_stream

    if name == "-":  # read at most the cap + 1: an endless stdin must not hang us
        head = read_stream(sys.stdin.buffer, MAX_BYTES + 1)
        if len(head) > MAX_BYTES and looks_like_html(head):  # a web page: read up to its cap
            head += read_stream(sys.stdin.buffer, HTML_CAP + 1 - len(head))
        article = parse(head, None, name="standard input")
    else:
        article = load(name)
    if article.notice:
        _warn(f"{printable(name)}: {article.notice}")
    return article


def _options(args: argparse.Namespace) -> Options:
    from reader.analysis.language import canonical

    return Options(
        sentences=args.sentences,
        words=args.words,
        ratio=args.ratio,
        method=args.method,
        language=canonical(args.language),
    )


# json.dumps escapes C0 controls but writes the other terminal controls raw, and the
# bidi marks and line separators too: a hostile file name must not act on the
# terminal through `--json` either. An escape is valid JSON anywhere.
_JSON_RAW = re.compile(f"[{TERMINAL_CONTROLS}\u061c\u200e\u200f\u2028\u2029]")


def _json_line(data: object) -> str:
    """One line of JSON that is safe to print to a terminal (and still plain UTF-8)."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False))


def _print_lines(lines: Sequence[str]) -> None:
    out = sys.stdout
    if hasattr(out, "reconfigure"):  # non-UTF-8 bytes in file names: \udcff, valid JSON
        out.reconfigure(errors="backslashreplace")
    for line in lines:
        out.write(line + "\n")
    out.flush()


def cmd_show(args: argparse.Namespace) -> int:
    from reader.analysis.pipeline import analyse

    article = _read_input(args.file)
    analysis = analyse(article, _options(args))
    if args.json:
        _print_lines([_json_line(analysis.to_json())])
        return 0
    if _is_terminal(sys.stdout):
        from reader.app.console import render_show  # Rich: only for a terminal

        _write(render_show(analysis))
        return 0
    _print_lines(show_lines(analysis))
    return 0


def show_lines(analysis: Analysis) -> list[str]:
    """`reader show` as plain lines: the title once, what is known of its origin, the text.

    The title is printed on its own only when it came from front matter; otherwise it
    is the text's first line (or first words) and would appear twice.
    """
    from reader.analysis.scripts import count_words

    lines: list[str] = []
    if not analysis.title_from_text:
        lines.append(one_line(analysis.title))
    info = analysis.info
    meta = " · ".join(one_line(v) for v in (info.source, info.date, info.author) if v)
    if meta:
        lines.append(meta)
    if info.url:
        lines.append(one_line(info.url))
    lines += [
        f"language: {analysis.language}  words: {count_words(analysis.text)}",
        "",
        analysis.text.rstrip("\n"),
        "",
        f"Summary ({analysis.summary.method}):",
    ]
    lines += [f"  {i}. {s}" for i, s in enumerate(analysis.summary.lines(), start=1)]
    return lines


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


def _write(text: str) -> None:
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="backslashreplace")
    out.write(text)
    out.flush()


def cmd_summary(args: argparse.Namespace) -> int:
    if args.method in (None, "reader"):  # the default method: see BLAS_THREADS
        single_thread_blas()
    from reader.analysis.pipeline import summarise_article

    article = _read_input(args.file)
    summary = summarise_article(article, _options(args))
    if not args.explain:
        _print_lines(summary.lines())
        return 0
    lines: list[str] = []
    for line, sentence in zip(summary.lines(), summary.sentences, strict=True):
        lines += [line, f"  why: {sentence.why}"]
    _print_lines(lines)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from reader.library.catalog import list_entries
    from reader.library.locations import resolve_library

    root = resolve_library(args.library)
    entries = list_entries(root, notify=_warn)
    if not entries:
        _say_empty(root)
    for entry in entries:
        if args.json:
            _print_lines([_json_line(entry.to_json())])
        else:
            title = one_line(entry.title)  # names may hold \n, ESC, non-UTF-8 bytes
            path = printable(str(entry.path))
            extra = "\t".join(one_line(v) if v else "" for v in (entry.date, entry.source))
            _print_lines([f"{path}\t{title}\t{entry.language}\t{entry.words}\t{extra}"])
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from reader.library.catalog import search
    from reader.library.locations import resolve_library

    root = resolve_library(args.library)
    hits = search(root, args.query, notify=_warn)
    if not hits:
        from reader.library.files import iter_article_paths

        if next(iter(iter_article_paths(root)), None) is None:
            _say_empty(root)
    for entry, score in hits:
        if args.json:
            data = entry.to_json() | {"score": round(score, 4)}
            _print_lines([_json_line(data)])
        else:
            _print_lines([f"{printable(str(entry.path))}\t{one_line(entry.title)}"])
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from reader.analysis.html import looks_like_html
    from reader.library.files import Duplicate, add_text
    from reader.library.locations import resolve_library
    from reader.safe_io import HTML_CAP, TEXT_CAP, read_stream, too_large

    root = resolve_library(args.library)
    source: str = args.source
    force: bool = args.force
    try:
        if source.startswith(("http://", "https://")):
            from reader.library.fetch import add_url

            path = add_url(source, root, force=force)
        else:
            if source == "-":  # at most the cap + 1 bytes: `yes | reader add -` ends at once
                name = "standard input"
                data = read_stream(sys.stdin.buffer, HTML_CAP + 1)
                is_html = looks_like_html(data)
            else:
                from reader.analysis.loader import read_bytes

                name = printable(source)
                file = Path(source)
                data = read_bytes(file, HTML_CAP + 1)  # regular files only: not /dev/zero
                is_html = file.suffix.lower() in (".html", ".htm") or looks_like_html(data)
            if is_html:
                from reader.library.fetch import add_html

                if len(data) > HTML_CAP:
                    raise too_large(name, HTML_CAP)
                path = add_html(data, root, name=name, force=force)
            else:
                if len(data) > TEXT_CAP:
                    raise too_large(name, TEXT_CAP)
                _warn_encoding(data, name)
                path = add_text(data, root, name=name, force=force)
    except Duplicate as dup:
        _print_lines([f"already in library: {printable(str(dup.path))}"])
        return 0
    _print_lines([str(path)])
    return 0


def _warn_encoding(data: bytes, name: str) -> None:
    """A stderr line when text is not UTF-8 and was decoded by detection."""
    from reader.analysis.loader import decode

    try:
        _text, notice = decode(data, name=name)
    except ReaderError:
        return  # add_text says what is wrong
    if notice:
        _warn(f"{name}: {notice}; stored as UTF-8")


def cmd_feed(args: argparse.Namespace) -> int:
    from reader.library.feeds import subscriptions

    action = args.feed_command
    if action == "export":
        _write(subscriptions.to_opml(subscriptions.load().feeds))
        return 0
    subs = subscriptions.load()
    if action == "list":
        from reader.library.feeds.feedstate import describe, load_state

        for feed in subs.feeds:
            info = describe(load_state(feed.url))
            if args.json:
                data = {
                    "name": feed.name,
                    "url": feed.url,
                    "title": feed.title or None,
                    "tags": list(feed.tags),
                    "full_text": feed.full_text,
                } | info
                _print_lines([_json_line(data)])
            else:
                cells = [
                    feed.name,
                    feed.url,
                    info["last_refresh"] or "never refreshed",
                    f"{info['articles']} articles",
                    info["last_error"] or "",
                ]
                _print_lines(["\t".join(one_line(c) if c else "" for c in cells).rstrip("\t")])
        return 0
    if action == "remove":
        gone = subs.remove(args.feed)
        subs.save()
        _print_lines([one_line(gone.name)])
        return 0
    if action == "import":
        from reader.safe_io import read_regular

        blob = read_regular(args.file, subscriptions.MAX_LIST_BYTES + 1)
        if len(blob) > subscriptions.MAX_LIST_BYTES:
            raise ReaderError(f"{printable(args.file)} is too large to be a subscription list")
        try:
            found = subscriptions.parse_import(blob)
        except ReaderError as exc:
            raise ReaderError(f"{printable(args.file)}: {exc}") from None
        added = 0
        for feed in found:
            if subs.find(feed.url) is None:
                subs.add(feed)
                added += 1
        subs.save()
        skipped = len(found) - added
        note = f" ({skipped} already subscribed)" if skipped else ""
        _print_lines([f"imported {added} feeds{note}"])
        return 0
    # add
    from reader.library.feeds.refresh import check_feed
    from reader.library.feeds.subscriptions import Feed

    url: str = args.url
    if subs.find(url) is not None:
        raise ReaderError(f"already subscribed to {printable(url)}")
    title = ""
    html_url = ""
    if not args.no_check:
        url, parsed = check_feed(url)  # a web page may name its feed: that one is added
        if subs.find(url) is not None:
            raise ReaderError(f"already subscribed to {printable(url)}")
        title, html_url = parsed.title, parsed.link
    name = " ".join((args.name or title or _host(url)).split())
    if not name:
        raise UsageError("the feed name is empty")
    added_feed = subs.add(
        Feed(name=name, url=url, title=title, html_url=html_url, full_text=args.full_text)
    )
    subs.save()
    _print_lines([one_line(added_feed.name)])
    return 0


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or url


def cmd_refresh(args: argparse.Namespace) -> int:
    from reader.library.feeds import subscriptions
    from reader.library.feeds.refresh import refresh_feeds
    from reader.library.locations import resolve_library

    root = resolve_library(args.library)
    subs = subscriptions.load()
    if args.feeds:
        chosen = []
        for key in args.feeds:
            feed = subs.find(key)
            if feed is None:
                raise UsageError(f"no feed named {printable(key)}; see `reader feed list`")
            if feed not in chosen:
                chosen.append(feed)
    else:
        chosen = list(subs.feeds)
    if not chosen:
        _warn("no feeds to refresh; subscribe with `reader feed add URL`")
        return 0
    total = failed = 0
    titles: dict[str, str] = {}
    for result in refresh_feeds(chosen, root):
        name = one_line(result.feed.name)
        if result.error:
            failed += 1
            _print_lines([f"{name}: error: {one_line(result.error)}"])
        else:
            total += len(result.new)
            _print_lines([f"{name}: {len(result.new)} new"])
        if result.title:
            titles[result.feed.url] = result.title
    try:
        subscriptions.remember_titles(titles)
    except ReaderError as exc:
        _warn(str(exc))
    summary = f"total: {total} new from {len(chosen)} feeds"
    if failed:
        summary += f", {failed} failed"
    _print_lines([summary])
    return 1 if failed else 0


NEEDS_TERMINAL = "the app needs a terminal; try `reader list` or `reader show`"


def _say_empty(root: Path) -> None:
    """An empty library is no error (exit 0), but say where we looked: one line on
    stderr, so that stdout stays the (empty) list."""
    where = printable(str(root.expanduser().absolute()))
    sys.stderr.write(
        f"{PROG}: no articles in {where} (choose a library with --library DIR or $READER_LIBRARY)\n"
    )
    sys.stderr.flush()


def _warn(sentence: str) -> None:
    """A fault worked around (the command still succeeds): one line on stderr."""
    sys.stderr.write(f"{PROG}: warning: {one_line(sentence)}\n")
    sys.stderr.flush()


def _warn_faults() -> None:
    from reader.library import faults

    for sentence in faults.drain():
        _warn(sentence)


def cmd_tui(args: argparse.Namespace) -> int:
    # Checked before anything is imported or drawn: piped into a file, the app would
    # fill it with escape codes and wait for keys that never come.
    if not (_is_terminal(sys.stdin) and _is_terminal(sys.stdout)):
        raise UsageError(NEEDS_TERMINAL)
    from reader.library.locations import resolve_library

    root = resolve_library(args.library)
    from reader.app.app import ReaderApp

    app = ReaderApp(library=root)
    with app.quit_on_signals():  # SIGTERM/SIGHUP restore the terminal like `q`
        app.run()
    return 0


def search_words_as_query(argv: list[str]) -> list[str]:
    """Read `reader search -fire` and `reader search harbour tunnel` as the user means them.

    argparse takes `-fire` for an unknown option and a second word for an extra argument,
    so a query has to be quoted and an excluded word needs `--`. Every token of a `search`
    command that is not one of its own options is a query word, in order, joined by spaces.
    """
    i = 0
    while i < len(argv) and (
        argv[i] in ("--debug", "--library") or argv[i].startswith("--library=")
    ):
        i += 2 if argv[i] == "--library" else 1  # the global options before the command
    if i >= len(argv) or argv[i] != "search":
        return argv
    options: list[str] = []
    words: list[str] = []
    rest = iter(argv[i + 1 :])
    for token in rest:
        if token == "--":
            words.extend(rest)
        elif token in ("--json", "--debug", "-h", "--help") or token.startswith("--library="):
            options.append(token)
        elif token == "--library":
            value = next(rest, None)
            options += [token] if value is None else [token, value]
        else:
            words.append(token)
    query = ["--", " ".join(words)] if words else []
    return [*argv[: i + 1], *options, *query]


COMMANDS = {
    "show": cmd_show,
    "summary": cmd_summary,
    "list": cmd_list,
    "search": cmd_search,
    "add": cmd_add,
    "feed": cmd_feed,
    "refresh": cmd_refresh,
}


def _profile_cache() -> Path:
    """Where langdetect's profiles are cached (`langprofiles.use_cache`)."""
    from reader.library.locations import cache_dir

    return cache_dir()


# numpy's BLAS (OpenBLAS; MKL and OpenMP builds read the other two) runs one thread per
# core, and after each matrix product the idle ones spin for a while: on the generated
# 5,000-sentence article, `reader summary --language da` used 0.6-0.8 s of CPU for
# 0.45 s of work, taking the second core from everything else (and from our own main
# thread when the machine is busy). The default method's only product (Reduction's
# frequent terms) is of integers, exact with any number of threads, and small: one
# thread loses ~0.02 s when the machine is idle. Not for the stock methods: LSA's SVD
# gives other float bits (and so, on near-ties, other picks) with another number of
# threads. Read when numpy loads; a value the user set wins.
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")


def single_thread_blas() -> None:
    """One BLAS thread for this process (before numpy is imported; no effect after)."""
    for name in BLAS_THREADS:
        os.environ.setdefault(name, "1")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    from reader.library import faults

    faults.reset()  # warnings are about this command only (main may run in-process)
    from reader.analysis import langprofiles

    langprofiles.use_cache(_profile_cache)  # the platform cache folder, never the library
    try:
        args = build_parser().parse_args(search_words_as_query(argv))
        try:
            return COMMANDS.get(args.command, cmd_tui)(args)
        finally:
            _warn_faults()
    except ReaderError as exc:
        if debug:
            raise
        sys.stderr.write(f"{PROG}: error: {one_line(str(exc))}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still one line for the user, traceback with --debug
        if debug:
            raise
        detail = one_line(f"{type(exc).__name__}: {exc}")
        sys.stderr.write(f"{PROG}: error: internal error ({detail}); rerun with --debug\n")
        return 1
