"""The offset-keeping sentence splitter and the sumy tokenizer (no NLTK data)."""

from __future__ import annotations

import pytest

from reader.analysis.sentences import SumyTokenizer, rules_for, split_sentences

CASES = [
    # (lang, text, expected sentences)
    (
        "no",
        "Han kom f.eks. fra Oslo. Det skjedde 26. februar. Hun gikk.",
        ["Han kom f.eks. fra Oslo.", "Det skjedde 26. februar.", "Hun gikk."],
    ),
    (
        "no",
        "I det 21. århundre skjer mye. Prisen var 11.000 kroner. Renten er 3.5 prosent.",
        ["I det 21. århundre skjer mye.", "Prisen var 11.000 kroner.", "Renten er 3.5 prosent."],
    ),
    (
        "no",
        "Det gjelder bl.a. Norge og Sverige. Neste år kommer mer.",
        ["Det gjelder bl.a. Norge og Sverige.", "Neste år kommer mer."],
    ),
    (
        "no",
        "“Vi kommer tilbake,” sa han. «Det er for sent,» svarte hun. Så gikk de.",
        ["“Vi kommer tilbake,” sa han.", "«Det er for sent,» svarte hun.", "Så gikk de."],
    ),
    (
        "no",
        "«Vi gir oss ikke.» Det sa lederen torsdag.",
        ["«Vi gir oss ikke.»", "Det sa lederen torsdag."],
    ),
    (
        "no",
        "Møtet er 3. Mai i Bergen. Det er bestemt.",
        ["Møtet er 3. Mai i Bergen.", "Det er bestemt."],
    ),
    (
        "da",
        "Det sker f.eks. i Aarhus. Mødet er den 3. marts. Alle kommer.",
        ["Det sker f.eks. i Aarhus.", "Mødet er den 3. marts.", "Alle kommer."],
    ),
    (
        "de",
        "Am 3. März kam z.B. Dr. Müller nach Berlin. Im 21. Jahrhundert ist das anders.",
        ["Am 3. März kam z.B. Dr. Müller nach Berlin.", "Im 21. Jahrhundert ist das anders."],
    ),
    (
        "de",
        "Er sagte: „Wir bleiben.“ Dann ging er. Es kostet 3.5 Euro.",
        ["Er sagte: „Wir bleiben.“", "Dann ging er.", "Es kostet 3.5 Euro."],
    ),
    (
        "en",
        "Dr. Smith met J. Tolkien on Monday. It rained... Then it stopped.",
        ["Dr. Smith met J. Tolkien on Monday.", "It rained...", "Then it stopped."],
    ),
    (
        "en",
        '"Why?" he asked. Mr. Brown left at 3 p.m. on Friday. Sales rose 3.5%.',
        ['"Why?" he asked.', "Mr. Brown left at 3 p.m. on Friday.", "Sales rose 3.5%."],
    ),
    (
        "en",
        "It cost $11,000 in the U.S. last year. Apples, pears etc. The end.",
        ["It cost $11,000 in the U.S. last year.", "Apples, pears etc.", "The end."],
    ),
    (
        "en",
        "Is it over? Yes! It is… mostly. Done.",
        ["Is it over?", "Yes!", "It is… mostly.", "Done."],
    ),
    (
        "fr",
        "M. Macron a parlé mardi. Il est parti. Le prix est de 3,5 euros.",
        ["M. Macron a parlé mardi.", "Il est parti.", "Le prix est de 3,5 euros."],
    ),
    (
        "es",
        "El Sr. García llegó ayer. ¿Vendrá mañana? Sí, dijo la Dra. López.",
        ["El Sr. García llegó ayer.", "¿Vendrá mañana?", "Sí, dijo la Dra. López."],
    ),
    (
        "sv",
        "Det gäller t.ex. Stockholm. Mötet hölls i går.",
        ["Det gäller t.ex. Stockholm.", "Mötet hölls i går."],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_split_table(lang: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text, lang)] == expected


def test_paragraphs_lines_lists_and_headings_are_boundaries() -> None:
    text = (
        "Crosshead\nThe first paragraph goes on\nover a wrapped line and ends here.\n\n"
        "Items:\n- one thing\n- another thing\nFoto: NTB\nA new line starts here."
    )
    got = [s.text for s in split_sentences(text, "en")]
    assert got == [
        "Crosshead",
        "The first paragraph goes on\nover a wrapped line and ends here.",
        "Items:",
        "- one thing",
        "- another thing",
        "Foto: NTB",
        "A new line starts here.",
    ]


def test_no_sentence_without_capital_after_period() -> None:
    assert len(split_sentences("Prices rose 3. that is odd but one sentence.", "en")) == 1


@pytest.mark.parametrize("lang", ["en", "no", "da", "sv", "de", "fr", "es", "xx", "und"])
def test_offsets_index_the_text(lang: str) -> None:
    text = "  Title line\n\nA sentence here. Another one, with 3.5 and 26. februar!\n\n  Tail.  "
    spans = split_sentences(text, lang, 12)
    assert spans
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert s.start >= 12
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_start_and_end_bound_the_split() -> None:
    text = "One here. Two here. Three here."
    assert [s.text for s in split_sentences(text, "en", 10, 19)] == ["Two here."]


def test_unknown_language_uses_english_rules() -> None:
    assert rules_for("xx") == rules_for("en")
    assert rules_for("nb") == rules_for("no")


def test_sumy_tokenizer_without_nltk_data() -> None:
    tok = SumyTokenizer("no")
    assert tok.language == "norwegian"
    assert SumyTokenizer("norwegian").language == "norwegian"
    assert tok.to_sentences("Det skjedde 26. februar. Hun gikk.") == (
        "Det skjedde 26. februar.",
        "Hun gikk.",
    )
    assert tok.to_words("Sør-Koreas 3000 soldater, «ifølge» CNN's kilder.") == (
        "Sør-Koreas",
        "soldater",
        "ifølge",
        "CNN's",
        "kilder",
    )


def test_sumy_plaintext_parser_accepts_our_tokenizer() -> None:
    from sumy.parsers.plaintext import PlaintextParser

    doc = PlaintextParser.from_string(
        "Han kom f.eks. i går. Hun gikk.\n\nNy del her.", SumyTokenizer("no")
    ).document
    assert [str(s) for s in doc.sentences] == ["Han kom f.eks. i går.", "Hun gikk.", "Ny del her."]
