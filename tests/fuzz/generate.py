"""A deterministic generator of hostile article files (issue 7).

`build_corpus(root)` writes well over 1,000 small files of ~40 classes (empty,
binary, broken encodings, escape sequences, markup, bidi tricks, scripts, broken
front matter, odd names, ...) plus special entries (symlink loops, dangling links,
deep nesting, a folder named like an article). `build_huge(root)` writes the two
expensive ones (a 20 MB article, a 1 MB single line) for a separate, timed test.

Run directly to inspect a corpus:  python -m tests.fuzz.generate /tmp/corpus
"""

from __future__ import annotations

import codecs
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Short original texts (written for these tests) in the languages the reader supports.
SEEDS: dict[str, str] = {
    "en": (
        "The council approved a budget of 4.2 million pounds on Tuesday, according to "
        "the finance director Anne Holt. Critics said the plan cuts 12 % of bus routes. "
        '"We had no choice," Holt told the Coastal Herald. The vote was 31 to 9.'
    ),
    "no": (
        "Kommunen vedtok tirsdag et budsjett på 4,2 millioner kroner, ifølge "
        "finansdirektør Anne Holt. Kritikere sier planen kutter 12 prosent av bussrutene. "
        "– Vi hadde ikke noe valg, sa Holt til NRK 26. februar. Avstemningen endte 31–9."
    ),
    "de": (
        "Der Stadtrat hat am Dienstag einen Haushalt von 4,2 Millionen Euro beschlossen, "
        "teilte die Finanzdirektorin Anne Holt mit. Kritiker sagen, der Plan streiche 12 "
        "Prozent der Buslinien. Am 3. März soll erneut abgestimmt werden."
    ),
    "fr": (
        "Le conseil a adopté mardi un budget de 4,2 millions d'euros, selon la directrice "
        "financière Anne Holt. Les critiques estiment que le plan supprime 12 % des lignes "
        "de bus. « Nous n'avions pas le choix », a déclaré Holt au Monde."
    ),
    "es": (
        "El consejo aprobó el martes un presupuesto de 4,2 millones de euros, según la "
        "directora financiera Anne Holt. Los críticos dicen que el plan recorta el 12 % de "
        "las líneas de autobús. «No teníamos opción», dijo Holt a El País."
    ),
    "da": (
        "Byrådet vedtog tirsdag et budget på 4,2 millioner kroner, oplyser "
        "økonomidirektør Anne Holt. Kritikere siger, at planen skærer 12 procent af "
        "busruterne. Afstemningen endte 31 mod 9, skriver DR."
    ),
    "sv": (
        "Kommunfullmäktige antog på tisdagen en budget på 4,2 miljoner kronor, enligt "
        "finansdirektören Anne Holt. Kritiker säger att planen skär bort 12 procent av "
        "busslinjerna. Omröstningen slutade 31 mot 9, rapporterar SVT."
    ),
    "ar": (
        "وافق المجلس يوم الثلاثاء على ميزانية قدرها 4.2 مليون جنيه، وفقا للمديرة المالية. "
        "وقال المنتقدون إن الخطة تلغي 12 في المئة من خطوط الحافلات."
    ),
    "he": (
        "המועצה אישרה ביום שלישי תקציב של 4.2 מיליון שקל, לפי מנהלת הכספים. "
        "המבקרים אמרו כי התוכנית מבטלת 12 אחוז מקווי האוטובוס."
    ),
    "zh": (
        "市议会周二批准了四百二十万英镑的预算。"
        "批评者说，该计划削减了百分之十二的公交线路。投票结果为三十一比九。"
    ),
    "ja": (
        "市議会は火曜日、420万ポンドの予算を承認した。"
        "批判者は、計画がバス路線の12%を削減すると述べた。"
    ),
    "ko": (
        "시의회는 화요일 420만 파운드의 예산을 승인했다. "
        "비판자들은 이 계획이 버스 노선의 12%를 줄인다고 말했다."
    ),
    # Languages langdetect has no profile for (Basque, Icelandic, Latin, Toki Pona).
    "eu": (
        "Udalak asteartean 4,2 milioi euroko aurrekontua onartu zuen, finantza zuzendariaren "
        "arabera. Kritikoek diote planak autobus lineen ehuneko hamabi murrizten dituela."
    ),
    "is": (
        "Borgarráðið samþykkti á þriðjudag fjárhagsáætlun upp á 4,2 milljónir króna, að sögn "
        "fjármálastjórans. Gagnrýnendur segja að áætlunin skeri niður tólf prósent leiða."
    ),
    "la": (
        "Senatus die Martis pecuniam publicam quattuor milium probavit, ut quaestor dixit. "
        "Critici dicunt consilium duodecim partes viarum tollere."
    ),
    "tok": "jan pali li pana e mani mute tawa kulupu. jan ante li toki e ni: ona li ike.",
}
LATIN_LANGS = ("en", "no", "de", "fr", "es", "da", "sv")

ESCAPES = (
    "\x1b[31m",
    "\x1b[0m",
    "\x1b[1;41;97m",
    "\x1b[2J",
    "\x1b[H",
    "\x1b[10A",
    "\x1b[?1049h",
    "\x1b]52;c;cm0gLXJmIH4=\x07",
    "\x1b]52;c;aGVsbG8=\x1b\\",
    "\x1b]0;pwned\x07",
    "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "\x9b31m",
    "\x9d52;c;eA==\x9c",
    "\x1bP+q\x1b\\",
    "\x1b[6n",
    "\x1b[21t",
    "\x07",
    "\x08\x08\x08",
    "\x1bc",
)
MARKUP = (
    "[bold red]",
    "[/bold red]",
    "[@click=app.quit]quit[/]",
    "[@click=app.bell]",
    "[/]",
    "[link=https://evil.example]x[/link]",
    "[b]",
    "[i",
    "]",
    "\\[escaped]",
    ":smile:",
    "[reverse blink]",
    "[on red]",
    "<b>html</b>",
    "<script>alert(1)</script>",
    "**md**",
    "${HOME}",
    "%s%n%x",
    "{0}",
    "[[double]]",
    "[#ff0000]",
    "[$accent]",
)
BIDI = (
    "\u202e",
    "\u202d",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
)
COMBINING = "".join(chr(c) for c in range(0x300, 0x36F))
EMOJI = ("👩‍👩‍👧‍👦", "🏳️‍🌈", "🇳🇴", "👍🏽", "❤️", "🧑🏿‍🚀", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "1️⃣", "👁‍🗨", "🫠")
ODD_CHARS = (
    "\ufeff",
    "\u200b",
    "\u00ad",
    "\ufffe",
    "\uffff",
    "\U0010ffff",
    "\ue000",
    "\u00a0",
    "\u3000",
    "\u2028",
    "\u2029",
    "\u0085",
    "\x0c",
    "\x0b",
    "\x1c",
)


@dataclass(frozen=True)
class Case:
    """One generated file: the class it belongs to, its name and its bytes."""

    kind: str
    name: bytes  # file name as bytes (may be non-UTF-8)
    data: bytes


def _article(rng: random.Random, lang: str | None = None, paragraphs: int = 3) -> str:
    lang = lang or rng.choice(LATIN_LANGS)
    title = rng.choice(["Budget vote", "Council news", "Bussruter kuttes", "Haushalt"])
    body = "\n\n".join(SEEDS[lang] for _ in range(paragraphs))
    return f"{title}\n\n{body}\n"


def _sprinkle(rng: random.Random, text: str, pieces: tuple[str, ...] | str, n: int) -> str:
    out = list(text)
    for _ in range(n):
        out.insert(rng.randrange(len(out) + 1), rng.choice(pieces))
    return "".join(out)


def _utf8(s: str) -> bytes:
    return s.encode("utf-8", "surrogatepass")


# Each generator: rng -> (bytes). Names are assigned separately.
def g_empty(rng: random.Random) -> bytes:
    return b""


def g_whitespace(rng: random.Random) -> bytes:
    ws = [" ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u3000", "\u2028", "\u200b", "\x0c"]
    return _utf8("".join(rng.choice(ws) for _ in range(rng.randint(1, 300))))


def g_binary(rng: random.Random) -> bytes:
    heads = [
        b"",
        b"\x89PNG\r\n\x1a\n",
        b"%PDF-1.7\n",
        b"PK\x03\x04",
        b"\x7fELF\x02\x01",
        b"\x1f\x8b\x08",
        b"GIF89a",
        b"\xff\xd8\xff\xe0",
        b"SQLite format 3\x00",
    ]
    return rng.choice(heads) + rng.randbytes(rng.randint(1, 20_000))


def g_invalid_utf8(rng: random.Random) -> bytes:
    base = _utf8(_article(rng))
    bad = [
        b"\xff",
        b"\xfe",
        b"\xc0\xaf",
        b"\xe2\x82",
        b"\xed\xa0\x80",
        b"\xf8\x88\x80\x80\x80",
        b"\x80",
        b"\xc3",
        b"\xf4\x90\x80\x80",
    ]
    out = bytearray(base)
    for _ in range(rng.randint(1, 12)):
        pos = rng.randrange(len(out) + 1)
        out[pos:pos] = rng.choice(bad)
    return bytes(out)


def g_latin1(rng: random.Random) -> bytes:
    text = _article(rng, rng.choice(["no", "de", "fr", "es", "da", "sv"]))
    return text.encode(rng.choice(["latin-1", "cp1252"]), "replace")


def g_utf16(rng: random.Random) -> bytes:
    text = _article(rng)
    enc = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
    data = text.encode(enc)
    if enc == "utf-16-le" and rng.random() < 0.5:
        data = codecs.BOM_UTF16_LE + data
    if rng.random() < 0.2:
        data = data[:-1]  # odd length: a cut-off code unit
    return data


def g_newlines(rng: random.Random) -> bytes:
    text = _article(rng)
    style = rng.choice(["\r\n", "\r", "mixed", "\u2028", "\u0085"])
    if style == "mixed":
        return _utf8("".join(rng.choice(["\n", "\r\n", "\r"]) if c == "\n" else c for c in text))
    return _utf8(text.replace("\n", style))


def g_nul(rng: random.Random) -> bytes:
    text = _utf8(_article(rng))
    n = rng.choice([1, 2, 5, 50, 500])
    return _sprinkle(rng, text.decode(), "\x00", n).encode()


def g_ansi(rng: random.Random) -> bytes:
    return _utf8(_sprinkle(rng, _article(rng), ESCAPES, rng.randint(1, 60)))


def g_ansi_only(rng: random.Random) -> bytes:
    return _utf8("".join(rng.choice(ESCAPES) for _ in range(rng.randint(1, 400))))


def g_markup(rng: random.Random) -> bytes:
    return _utf8(_sprinkle(rng, _article(rng), MARKUP, rng.randint(1, 40)))


def g_markup_title(rng: random.Random) -> bytes:
    title = "".join(rng.choice(MARKUP) for _ in range(3))
    return _utf8(f"{title}\n\n{SEEDS['en']}\n")


def g_bidi(rng: random.Random) -> bytes:
    base = _article(rng, rng.choice(["en", "ar", "he"]))
    return _utf8(_sprinkle(rng, base, BIDI, rng.randint(1, 30)))


def g_trojan(rng: random.Random) -> bytes:
    return _utf8(
        "Access check\n\nif is_admin \u202e } \u2066// check later\u2069 { begin.\n"
        "The minister said \u2067ليس\u2069 nothing \u202eelbat eht no\u202c at all.\n"
    )


def g_script(rng: random.Random) -> bytes:
    lang = rng.choice(["ar", "he", "zh", "ja", "ko"])
    return _utf8(_article(rng, lang, rng.randint(1, 6)))


def g_combining(rng: random.Random) -> bytes:
    text = _article(rng)
    if rng.random() < 0.5:
        import unicodedata

        return _utf8(unicodedata.normalize("NFD", text))
    return _utf8(_sprinkle(rng, text, COMBINING, rng.randint(10, 2000)))


def g_emoji(rng: random.Random) -> bytes:
    return _utf8(_sprinkle(rng, _article(rng), EMOJI, rng.randint(1, 80)))


def g_emoji_only(rng: random.Random) -> bytes:
    return _utf8("".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 300))))


def g_odd_chars(rng: random.Random) -> bytes:
    return _utf8(_sprinkle(rng, _article(rng), ODD_CHARS, rng.randint(1, 40)))


def g_one_sentence(rng: random.Random) -> bytes:
    lang = rng.choice(LATIN_LANGS)
    return _utf8(SEEDS[lang].split(". ")[0] + rng.choice([".", "", "!", "?"]))


def g_one_word(rng: random.Random) -> bytes:
    return _utf8(rng.choice(["Hello", "Oslo", "42", "…", ".", "!!!", "x", "Ã¸"]))


def g_no_punctuation(rng: random.Random) -> bytes:
    text = _article(rng, paragraphs=rng.randint(1, 8))
    return _utf8("".join(c for c in text if c not in '.,!?;:«»"–-…'))


def g_punctuation_only(rng: random.Random) -> bytes:
    return _utf8("".join(rng.choice(".!?…,;:-–—()[]{}\"'«»") for _ in range(rng.randint(1, 500))))


def g_numbers(rng: random.Random) -> bytes:
    parts = [
        "1 000 000",
        "12,5 %",
        "3.000",
        "26. februar",
        "2024–2025",
        "kl. 06.00",
        "$4.2bn",
        "1e308",
        "9" * 400,
        "0,0000001",
        "−5 °C",
        "1/2",
        "½",
        "٣٤٥",
        "４２",
        "Ⅻ",
    ]
    return _utf8(" ".join(rng.choice(parts) for _ in range(rng.randint(1, 200))) + ".")


def g_unknown_language(rng: random.Random) -> bytes:
    return _utf8(_article(rng, rng.choice(["eu", "is", "la", "tok"]), rng.randint(1, 4)))


def g_gibberish(rng: random.Random) -> bytes:
    syll = ["ka", "zu", "xo", "qi", "ng", "th", "ö", "ŋ", "ʃ", "ə"]
    words = [
        "".join(rng.choice(syll) for _ in range(rng.randint(1, 5)))
        for _ in range(rng.randint(1, 400))
    ]
    return _utf8(" ".join(words))


def g_mixed_languages(rng: random.Random) -> bytes:
    langs = rng.sample(sorted(SEEDS), k=rng.randint(2, 6))
    return _utf8("Mixed\n\n" + "\n\n".join(SEEDS[lang] for lang in langs) + "\n")


def g_repeated(rng: random.Random) -> bytes:
    sentence = rng.choice(["Same sentence again.", "Ja.", "The end. ", SEEDS["no"]])
    return _utf8(sentence * rng.randint(2, 300))


def g_long_word(rng: random.Random) -> bytes:
    return _utf8("Title\n\n" + "a" * rng.randint(1000, 60_000) + ". End.\n")


def g_long_line(rng: random.Random) -> bytes:
    return _utf8(" ".join(SEEDS[rng.choice(LATIN_LANGS)] for _ in range(rng.randint(20, 60))))


def g_nesting_brackets(rng: random.Random) -> bytes:
    depth = rng.randint(10, 2000)
    return _utf8("(" * depth + SEEDS["en"] + ")" * depth + " «" * depth + "x" + "»" * depth)


def g_front_matter_ok(rng: random.Random) -> bytes:
    lang = rng.choice(LATIN_LANGS)
    nl = rng.choice(["\n", "\r\n"])
    title = rng.choice(["Budget", "[bold]Markup[/]", "Ti\x1b[31mtle", "🦜"])
    language = rng.choice([lang, "nb", "NO", "en-GB", "zz", "x" * 300, "🦜", "../x"])
    fm = [
        "---",
        f"title: {title}",
        f"language: {language}",
        "source: Herald",
        "date: 2024-01-01",
        "tags:",
        "  - a",
        "  - b",
        "---",
    ]
    return _utf8(nl.join(fm) + nl + SEEDS[lang] + nl)


def g_front_matter_broken(rng: random.Random) -> bytes:
    variants = [
        "---\ntitle: never closed\n" + SEEDS["en"],
        "---\n---\n" + SEEDS["en"],
        "---\n",
        "---\ntitle: only front matter\n---\n",
        "---\nthis is not yaml at all\n---\n" + SEEDS["en"],
        "---\ntitle: x\n" + "key: value\n" * rng.randint(41, 5000) + "---\n" + SEEDS["en"],
        "---\ntitle: " + "T" * rng.randint(2001, 100_000) + "\n---\n" + SEEDS["en"],
        '---\ntitle: "unbalanced\n: : :\n---\n' + SEEDS["en"],
        "\ufeff---\ntitle: BOM first\n---\n" + SEEDS["en"],
        "--- \ntitle: trailing space\n--- \n" + SEEDS["en"],
        "----\ntitle: four dashes\n----\n" + SEEDS["en"],
        "---\ntitle:\n---\n" + SEEDS["en"],
        "---\r\ntitle: crlf\r\n---\r\n" + SEEDS["en"],
        "---\x00\ntitle: nul\n---\n" + SEEDS["en"],
    ]
    return _utf8(rng.choice(variants))


def g_title_only(rng: random.Random) -> bytes:
    return _utf8(rng.choice(["Just a title\n", "Just a title\n\n", "# Heading\n\n\n", "T\n\nx"]))


def g_markdown(rng: random.Random) -> bytes:
    return _utf8(
        "# Title\n\n> quote\n\n- item one\n- item two\n\n```\ncode [bold]\n```\n\n"
        + SEEDS[rng.choice(LATIN_LANGS)]
        + "\n\n| a | b |\n|---|---|\n"
    )


def g_html(rng: random.Random) -> bytes:
    return _utf8("<!doctype html><html><body><p>" + SEEDS["en"] + "</p></body></html>")


def g_mutated(rng: random.Random) -> bytes:
    data = bytearray(_utf8(_article(rng)))
    for _ in range(rng.randint(1, 40)):
        op = rng.random()
        pos = rng.randrange(len(data))
        if op < 0.4:
            data[pos] = rng.randrange(256)
        elif op < 0.7:
            data[pos:pos] = rng.randbytes(rng.randint(1, 4))
        else:
            del data[pos : pos + rng.randint(1, 8)]
        if not data:
            break
    return bytes(data)


def g_truncated(rng: random.Random) -> bytes:
    data = _utf8(_article(rng, rng.choice(["no", "zh", "ar"])))
    return data[: rng.randint(1, len(data))]


def g_tabs(rng: random.Random) -> bytes:
    return _utf8(_article(rng).replace(" ", rng.choice(["\t", " \t ", "\u00a0", "  "])))


GENERATORS: dict[str, Callable[[random.Random], bytes]] = {
    name[2:]: fn for name, fn in sorted(globals().items()) if name.startswith("g_")
}

NAME_STYLES = (
    "plain",
    "space",
    "newline",
    "emoji",
    "non_utf8",
    "markup",
    "escape",
    "dash",
    "long",
    "dots",
    "upper",
    "md",
)


def _name(rng: random.Random, i: int, kind: str) -> bytes:
    style = NAME_STYLES[rng.randrange(len(NAME_STYLES))]
    stem = f"{i:04d}-{kind}".encode()
    suffix = b".md" if style == "md" else (b".TXT" if style == "upper" else b".txt")
    extra = {
        "plain": b"",
        "space": b" with  spaces ",
        "newline": b"\nsecond line",
        "emoji": "-🦜👩‍👩‍👧".encode(),
        "non_utf8": b"-\xff\xfe\xc3",
        "markup": b"[bold red]x[@click=app.quit]",
        "escape": b"\x1b[31m\x1b]52;c;eA==\x07",
        "dash": b"",
        "long": b"x" * 180,
        "dots": b"..",
        "upper": b"",
        "md": b"",
    }[style]
    name = stem + extra + suffix
    return b"-" + name if style == "dash" else name


def cases(count: int = 1100, seed: int = 7) -> list[Case]:
    """`count` cases, cycling through every generator with per-case random variation."""
    kinds = sorted(GENERATORS)
    out: list[Case] = []
    for i in range(count):
        rng = random.Random(seed * 1_000_003 + i)
        kind = kinds[i % len(kinds)]
        out.append(Case(kind, _name(rng, i, kind), GENERATORS[kind](rng)))
    return out


def build_corpus(root: Path, count: int = 1100, seed: int = 7) -> dict[Path, str]:
    """Write the cases (spread over sub-folders) and special entries; returns path -> kind.

    Special entries (not regular files, listed under their own kinds): symlink loops,
    a self-link, a dangling link, a folder named `x.txt`, a folder loop, deep nesting.
    """
    root.mkdir(parents=True, exist_ok=True)
    made: dict[Path, str] = {}
    broot = os.fsencode(root)
    for i, case in enumerate(cases(count, seed)):
        folder = broot + b"/" + f"d{i % 10}".encode()
        os.makedirs(folder, exist_ok=True)
        path = folder + b"/" + case.name
        with open(path, "wb") as fh:
            fh.write(case.data)
        made[Path(os.fsdecode(path))] = case.kind
    special = root / "special"
    special.mkdir(exist_ok=True)
    (special / "loop-a.txt").symlink_to("loop-b.txt")
    (special / "loop-b.txt").symlink_to("loop-a.txt")
    (special / "self.txt").symlink_to("self.txt")
    (special / "dangling.txt").symlink_to("does-not-exist.txt")
    (special / "folder.txt").mkdir()
    (special / "folder.txt" / "inner.txt").write_text("Inside a folder named like a file.\n")
    (special / "up").symlink_to("..", target_is_directory=True)
    (special / "link-to-article.txt").symlink_to(os.path.relpath(next(iter(made)), special))
    for name in ("loop-a.txt", "loop-b.txt", "self.txt"):
        made[special / name] = "symlink_loop"
    made[special / "dangling.txt"] = "dangling_symlink"
    made[special / "folder.txt"] = "directory"
    made[special / "link-to-article.txt"] = "symlink"
    deep = root / "deep"
    for level in range(60):
        deep = deep / f"level{level}"
    deep.mkdir(parents=True)
    (deep / "bottom.txt").write_text("Bottom\n\nThe deepest article of them all.\n")
    made[deep / "bottom.txt"] = "deep_nesting"
    return made


def build_huge(root: Path) -> dict[str, Path]:
    """A 20 MB article (many paragraphs) and a 1 MB single line, written in chunks."""
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20)
    big = root / "twenty-mb.txt"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("A very long article\n\n")
        size = 0
        while size < 20 * 1024 * 1024:
            para = " ".join(SEEDS[rng.choice(LATIN_LANGS)] for _ in range(rng.randint(1, 3)))
            fh.write(para + "\n\n")
            size += len(para.encode()) + 2
    line = root / "one-mb-line.txt"
    with line.open("w", encoding="utf-8") as fh:
        size = 0
        while size < 1024 * 1024:
            piece = SEEDS[rng.choice(LATIN_LANGS)] + " "
            fh.write(piece)
            size += len(piece.encode())
    return {"twenty_mb": big, "one_mb_line": line}


if __name__ == "__main__":  # pragma: no cover - manual inspection helper
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "fuzz-corpus")
    corpus = build_corpus(target)
    print(f"{len(corpus)} entries in {target}")
