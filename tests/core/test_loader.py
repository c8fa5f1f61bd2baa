"""The loader turns any bytes into display text, or refuses them with one clear reason."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from reader.analysis.loader import (
    BIDI_CONTROLS,
    MAX_BYTES,
    decode,
    is_blank,
    load,
    normalise,
    parse,
    split_front_matter,
    title_of,
)
from reader.errors import ReaderError, UsageError, one_line, printable

ARTICLE = "Ferjestreik\n\nStreiken startet 3. juni, ifølge NRK. Over 40 000 ble rammet.\n"


# ---------------------------------------------------------------- decoding


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings_with_bom_decode_to_the_same_text(encoding: str) -> None:
    article = parse(ARTICLE.encode(encoding))
    assert article.text == ARTICLE
    assert article.title == "Ferjestreik"
    assert article.notice is None


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(encoding: str) -> None:
    assert parse(ARTICLE.encode(encoding)).text == ARTICLE


def test_utf16_be_with_bom() -> None:
    data = codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")
    assert parse(data).text == ARTICLE


def test_latin1_text_is_decoded_by_detection_with_a_notice() -> None:
    article = parse(b"Tittel\n\nBl\xe5b\xe6r er godt. Det sa Kari.\n")
    assert article.text == "Tittel\n\nBlåbær er godt. Det sa Kari.\n"
    assert article.notice == "not UTF-8: decoded as cp1252 (detected)"


def test_mostly_utf8_with_a_bad_byte_is_shown_with_replacement_characters() -> None:
    good = "Blåbær og jordbær er godt, sa Kari på torget i går. " * 3
    article = parse(good.encode() + b"\xff" + good.encode())
    assert "\ufffd" in article.text or article.notice


def test_broken_utf16_is_shown_with_a_notice() -> None:
    data = codecs.BOM_UTF16_LE + "Hello there, world.".encode("utf-16-le") + b"\x00\xd8"
    article = parse(data)  # an unpaired high surrogate at the end
    assert article.text.startswith("Hello there, world.")
    assert article.notice == "invalid text replaced with �"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x7fELF\x02\x01\x01" + b"\x00" * 100,
        b"PK\x03\x04\x14\x00" + bytes(200),
        bytes(range(256)) * 20,
        b"text\x00\x00\x00\x00with many\x00\x00\x00NULs\x00\x00",
    ],
    ids=["png", "pdf", "elf", "zip", "all-bytes", "many-nuls"],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(ReaderError, match="is not a text file"):
        parse(data, name="x.txt")


def test_random_bytes_are_refused() -> None:
    import random

    data = random.Random(3).randbytes(10_000)
    with pytest.raises(ReaderError, match="not a text file"):
        parse(data, name="noise.txt")


def test_a_stray_nul_is_shown_not_refused() -> None:
    article = parse(b"Title\n\nOne NUL\x00 here. Fine otherwise.\n")
    assert "NUL\u2400 here" in article.text


def test_text_full_of_escape_sequences_is_text_not_binary() -> None:
    data = ("\x1b[31mred\x1b[0m " * 200).encode()
    article = parse(data)
    assert "\x1b" not in article.text
    assert article.text.startswith("␛[31mred␛[0m")


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\r\rb", "a\n\nb"),
        ("a\u2028b", "a\nb"),
        ("a\u2029b", "a\n\nb"),
        ("a\fb\vc", "a\nb\nc"),
        ("a\x1b[2Jb", "a␛[2Jb"),
        ("\x1b]52;c;aGVsbG8=\x07", "␛]52;c;aGVsbG8=␇"),
        ("a\x00b\x7fc", "a␀b␡c"),
        ("a\x85b\x9bc", "a\ufffdb\ufffdc"),
        ("tab\tstays", "tab\tstays"),
        ("[bold red]x[/] [@click=app.quit]", "[bold red]x[/] [@click=app.quit]"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_after_normalise_splitlines_agrees_with_split_on_newline() -> None:
    nasty = "".join(chr(c) for c in range(0, 0xA0)) + "\u2028\u2029\x85x"
    text = normalise(nasty)
    assert text.splitlines() == text.split("\n")[: len(text.splitlines())]
    assert all(c in "\n\t" or ord(c) >= 0x20 for c in text)
    assert not any(0x7F <= ord(c) < 0xA0 for c in text)


@pytest.mark.parametrize("char", sorted(BIDI_CONTROLS))
def test_bidi_overrides_and_isolates_become_visible_tags(char: str) -> None:
    text = normalise(f"abc{char}def")
    assert char not in text
    assert text == f"abc{BIDI_CONTROLS[char]}def"


def test_rtl_text_direction_marks_and_joiners_are_kept() -> None:
    raw = "שלום \u200fעולם مرحبا\u061c 👩\u200d👩\u200d👧 e\u0301"
    assert normalise(raw) == raw


def test_trojan_source_line_shows_in_logical_order() -> None:
    article = parse("Check\n\nif admin \u202e} \u2066// later\u2069 {\n".encode())
    assert "⟨RLO⟩" in article.text and "⟨LRI⟩" in article.text and "⟨PDI⟩" in article.text


# ---------------------------------------------------------------- emptiness


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        b"\n\n\t\r\n",
        "\u00a0\u3000\u200b\ufeff\u200d\n".encode(),
        b"\x0c\x0b\n",
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE,
        b"---\ntitle: Only meta\n---\n",
    ],
    ids=["empty", "spaces", "newlines", "invisible", "ff-vt", "bom8", "bom16", "meta-only"],
)
def test_nothing_visible_is_empty(data: bytes) -> None:
    with pytest.raises(ReaderError, match="is empty"):
        parse(data, name="blank.txt")


def test_is_blank() -> None:
    assert is_blank(" \u200b\n")
    assert not is_blank(" ␌ ")
    assert not is_blank("a")


# ---------------------------------------------------------------- size cap


def test_over_the_cap_is_cut_at_a_line_with_a_notice() -> None:
    para = "This is one sentence of a very long article about nothing.\n\n"
    data = ("Long\n\n" + para * (MAX_BYTES // len(para) + 50)).encode()
    article = parse(data)
    assert article.notice == f"too large: showing the first {MAX_BYTES // 1024} KB"
    assert len(article.text.encode()) <= MAX_BYTES
    assert article.text.endswith("nothing.\n")


def test_a_huge_single_line_is_cut_at_a_space() -> None:
    data = ("word " * (MAX_BYTES // 5 + 1000)).encode()
    article = parse(data)
    assert article.notice and article.notice.startswith("too large")
    assert article.text.endswith("word\n")
    assert len(article.title) <= 200


def test_cap_never_splits_a_multibyte_character() -> None:
    data = "ø".encode() * (MAX_BYTES // 2 + 10)  # 2-byte characters, no spaces at all
    article = parse(data[: MAX_BYTES + 1])  # cut in the middle of a character
    assert "\ufffd" not in article.text
    assert article.notice == f"too large: showing the first {MAX_BYTES // 1024} KB"


def test_cap_with_utf16_keeps_code_units_whole() -> None:
    data = ("Overskrift\n\n" + "æøå tekst. " * (MAX_BYTES // 10)).encode("utf-16")
    article = parse(data[: MAX_BYTES + 1])
    assert "\ufffd" not in article.text
    assert article.title == "Overskrift"


def test_load_reads_at_most_the_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Big\n\n" + b"A line of text here.\n" * (3 * MAX_BYTES // 21))
    article = load(big)
    assert article.notice and "too large" in article.notice
    assert len(article.text) <= MAX_BYTES


def test_invalid_bytes_and_cap_both_noted() -> None:
    data = b"x\xff " + b"abc " * (MAX_BYTES // 4)
    article = parse(data)
    first, second = (article.notice or "").split("; ")
    assert first == f"too large: showing the first {MAX_BYTES // 1024} KB"
    assert "UTF-8" in second  # decoded by detection (a lone \xff in ASCII) or replaced


# ---------------------------------------------------------------- front matter


def test_front_matter_is_read_and_removed() -> None:
    meta, rest = split_front_matter("---\ntitle: T\nlanguage: nb\ntags:\n  - a\n---\n\nBody\n")
    assert meta == {"title": "T", "language": "nb", "tags": ""}
    assert rest == "Body\n"


def test_front_matter_with_crlf_and_trailing_spaces() -> None:
    article = parse(b"--- \r\ntitle: Crlf\r\n---\r\nBody text here.\r\n")
    assert article.title == "Crlf"
    assert article.text == "Body text here.\n"


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: never closed\nBody.\n",
        "---\nnot a key value line\n---\nBody.\n",
        "---\ntitle: x\n" + "k: v\n" * 60 + "---\nBody.\n",
        "---\ntitle: " + "T" * 5000 + "\n---\nBody.\n",
    ],
    ids=["unterminated", "broken", "huge", "huge-line"],
)
def test_bad_front_matter_stays_as_text(text: str) -> None:
    meta, rest = split_front_matter(text)
    assert meta == {}
    assert rest == text
    assert parse(text.encode()).text.startswith("---\n")


@pytest.mark.parametrize("value", ["🦜", "../../etc", "x" * 300, "[bold]", "e n"])
def test_nonsense_language_in_front_matter_is_dropped(value: str) -> None:
    article = parse(f"---\nlanguage: {value}\n---\nSome body text.\n".encode())
    assert article.declared_language is None


def test_sensible_language_tags_are_kept() -> None:
    article = parse(b"---\nlanguage: en-GB\n---\nSome body text.\n")
    assert article.declared_language == "en-gb"


def test_front_matter_title_is_one_capped_line() -> None:
    article = parse(("---\ntitle: " + "Long " * 300 + "\n---\nBody.\n").encode())
    assert len(article.title) <= 200 and article.title.endswith("…")
    assert "\n" not in article.title


def test_escape_in_front_matter_title_is_visible() -> None:
    article = parse(b"---\ntitle: Red \x1b[31mtitle\n---\nBody.\n")
    assert article.title == "Red ␛[31mtitle"


# ---------------------------------------------------------------- titles


def test_title_line_and_body_start() -> None:
    title, start = title_of("Headline\n\nBody text.\n", {})
    assert (title, start) == ("Headline", 9)


def test_no_title_line_uses_first_words() -> None:
    text = "Nord-Korea har sendt minst 3000 flere soldater for å kjempe i Ukraina og mer.\n"
    title, start = title_of(text, {})
    assert start == 0 and title.endswith("…") and title.startswith("Nord-Korea har")


def test_title_of_a_huge_unbroken_word_is_capped() -> None:
    title, _ = title_of("x" * 100_000 + "\n", {})
    assert len(title) <= 200


# ---------------------------------------------------------------- files and names


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="no such file"):
        load(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    with pytest.raises(ReaderError, match="is a directory"):
        load(tmp_path / "x.txt")


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    with pytest.raises(ReaderError, match="cannot read"):
        load(tmp_path / "a.txt")


def test_dangling_symlink(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to("gone.txt")
    with pytest.raises(ReaderError, match="no such file"):
        load(tmp_path / "a.txt")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 does not stop root, so the denial is simulated at the open() call."""
    path = tmp_path / "secret.txt"
    path.write_text("Secret.\n")

    import reader.safe_io

    real_open = os.open

    def deny(file: object, *args: object, **kwargs: object) -> int:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[arg-type]

    # every read opens through reader.safe_io (O_NONBLOCK + fstat), so deny it there
    monkeypatch.setattr(reader.safe_io.os, "open", deny)
    with pytest.raises(ReaderError, match="permission denied"):
        load(path)


def test_file_deleted_between_listing_and_loading(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    path.write_text("Soon gone.\n")
    path.unlink()
    with pytest.raises(ReaderError, match="no such file"):
        load(path)


@pytest.mark.parametrize(
    "name",
    [
        b"with  spaces .txt",
        b"new\nline.txt",
        "emoji 🦜👩‍👩‍👧.txt".encode(),
        b"bad-\xff\xfe.txt",
        b"[bold red]x[@click=app.quit].txt",
        b"esc\x1b[31m.txt",
        b"-dash.txt",
    ],
    ids=["spaces", "newline", "emoji", "non-utf8", "markup", "escape", "dash"],
)
def test_odd_file_names_load_and_report_printably(tmp_path: Path, name: bytes) -> None:
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), name)))
    path.write_bytes(b"Title\n\nSome text here.\n")
    assert load(path).text == "Title\n\nSome text here.\n"
    path.write_bytes(b"")
    with pytest.raises(ReaderError) as info:
        load(path)
    message = one_line(str(info.value))
    assert "\n" not in message and "\x1b" not in message
    message.encode("utf-8")  # no lone surrogates left


def test_printable() -> None:
    assert printable("a\x1b[2Jb") == "a␛[2Jb"
    assert printable(os.fsdecode(b"x\xff.txt")) == "x\\xff.txt"
    assert printable("\u202eabc") == "\\u202eabc"
    assert one_line("two\nlines\x07") == "two lines␇"


def test_usage_error_exit_code() -> None:
    assert UsageError("x").exit_code == 2 and ReaderError("x").exit_code == 1


def test_decode_returns_notice_only_when_needed() -> None:
    assert decode(b"plain") == ("plain", None)
    assert decode(b"\xef\xbb\xbfbom") == ("bom", None)


def test_16_bit_binary_is_not_mistaken_for_utf16() -> None:
    import random

    rng = random.Random(5)
    data = b"".join(bytes([rng.randrange(256), 0]) for _ in range(4000))  # like 16-bit samples
    with pytest.raises(ReaderError, match="not a text file"):
        parse(data, name="pcm.txt")


def test_utf16_without_bom_with_crlf_and_short_lines() -> None:
    text = "Liste\r\n\r\n" + "".join(f"- punkt {i}\r\n" for i in range(200))
    article = parse(text.encode("utf-16-le"))
    assert article.text.startswith("Liste\n\n- punkt 0\n")


def test_leading_blank_lines_are_dropped() -> None:
    article = parse(b"\n  \n\t\nHeadline\n\nBody text here.\n")
    assert article.text == "Headline\n\nBody text here.\n"
    assert article.title == "Headline"
