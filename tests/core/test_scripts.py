"""Languages beyond the seven: sentence ends, words, tokens and figures in other scripts
(reader.analysis.scripts and its users)."""

from __future__ import annotations

import pytest

from reader.analysis.figures import find_figures
from reader.analysis.language import detect_language
from reader.analysis.scripts import count_words, to_ascii_digits, tokens
from reader.analysis.sentences import SumyTokenizer, split_sentences
from reader.analysis.summarise import stop_words, summarise


def _sentences(text: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


def test_cjk_sentences_end_at_full_stops_without_spaces() -> None:
    text = "政府は5日、計画を発表した。反対も多い！本当か？最後の文。"
    assert _sentences(text, "ja") == [
        "政府は5日、計画を発表した。",
        "反対も多い！",
        "本当か？",
        "最後の文。",
    ]


def test_a_cjk_full_stop_inside_quotes_or_brackets_does_not_end_the_sentence() -> None:
    text = "首相は「これは重要だ。必ず実行する」と述べた。次の文だ。"
    assert _sentences(text, "ja") == [
        "首相は「これは重要だ。必ず実行する」と述べた。",
        "次の文だ。",
    ]
    text = "报告说：“经济增长5.2%。”他说。另一句话。"
    assert _sentences(text, "zh") == ["报告说：“经济增长5.2%。”他说。", "另一句话。"]


def test_arabic_question_mark_and_devanagari_danda_end_sentences() -> None:
    assert _sentences("هل هذا صحيح؟ نعم. قال الوزير ذلك.", "ar") == [
        "هل هذا صحيح؟",
        "نعم.",
        "قال الوزير ذلك.",
    ]
    assert _sentences("यह एक वाक्य है। यह दूसरा है।", "hi") == ["यह एक वाक्य है।", "यह दूसरा है।"]


def test_tokens_are_character_bigrams_in_han_and_kana_and_words_elsewhere() -> None:
    assert tokens("日本政府は発表") == ["日本", "本政", "政府", "府は", "は発", "発表"]
    assert tokens("中 Tokyo's test-case") == ["中", "Tokyo's", "test-case"]
    assert tokens("정부는 예산을 발표했다") == ["정부는", "예산을", "발표했다"]
    assert SumyTokenizer("zh").to_words("国务院发布") == ("国务", "务院", "院发", "发布")
    assert SumyTokenizer("zh").language == "chinese"


def test_word_counts_count_han_and_kana_characters() -> None:
    assert count_words("Plain words, as split() counts them – here") == 8  # as str.split()
    assert count_words("政府は発表した。") == 7  # seven characters; 。 is no word
    assert count_words("2024年3月5日，国务院发布。") == 3 + 8  # three numbers, eight Han
    assert count_words("정부는 예산을 발표했다") == 3  # Hangul: space-separated words


def test_digits_of_any_script_read_as_ascii_with_offsets_kept() -> None:
    text = "٢٠٢٤ ٥٫٢٪ ２０２４ १२३ ３．５％"
    mapped = to_ascii_digits(text)
    assert mapped == "2024 5.2% 2024 123 3.5%"
    assert len(mapped) == len(text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "zh",
            "2024年3月5日，约1,200万人受益，投资达3.5亿元，增长5.2%，已有三万人撤离，12人死亡。",
            [
                ("2024年3月5日", "date"),
                ("1,200万人", "number"),
                ("3.5亿元", "money"),
                ("5.2%", "percent"),
                ("三万人", "number"),
                ("12人", "number"),
            ],
        ),
        ("zh", "统一了标准，一方面如此。", []),  # a lone 一 is not "one"
        (
            "ja",
            "２０２４年度の予算は112兆円で、3万5000人が影響を受け、10日間続いた。",
            [
                ("２０２４年", "date"),
                ("112兆円", "money"),
                ("3万5000人", "number"),
                ("10日間", "quantity"),
            ],
        ),
        (
            "ko",
            "정부는 2024년 3월 5일 100억 원을 투입하며 3명이 다쳤다.",
            [("2024년 3월 5일", "date"), ("100억 원", "money"), ("3명", "number")],
        ),
        (
            "ar",
            "قتل ٣٠ شخصا في عام ٢٠٢٤، وارتفعت الأسعار ٥٫٢٪ وبلغت 300 مليون دولار.",
            [("٣٠", "number"), ("٢٠٢٤", "date"), ("٥٫٢٪", "percent"), ("300 مليون دولار", "money")],
        ),
        ("hi", "सरकार ने २०२४ में ५० करोड़ खर्च किए।", [("२०२४", "date"), ("५०", "number")]),
        (
            "ru",
            "5 марта 2024 года ущерб составил 5,2 млн рублей, на 3 процента больше.",
            [("5 марта 2024", "date"), ("5,2 млн рублей", "money"), ("3 процента", "percent")],
        ),
        ("en", "G7 met in 2024 with ＭＨ17 files.", [("2024", "date")]),
        # Hebrew prefix letters take a hyphen; a Latin model name does not become a figure
        ("he", "עלות של כ-480 מיליון, מטוס F-35.", [("480", "number")]),
        ("ko", "공사는 약 4년이 걸렸다.", [("4년", "quantity")]),
    ],
)
def test_figures_in_other_scripts(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_figures(text, lang)
    assert [(f.text, f.kind) for f in found] == expected
    assert all(text[f.start : f.end] == f.text for f in found)


def test_a_round_number_before_a_caseless_word_is_a_count_not_a_year() -> None:
    assert [(f.text, f.kind) for f in find_figures("عمل فيه ٢٠٠٠ عامل.", "ar")] == [
        ("٢٠٠٠", "number")
    ]


def test_detection_reports_chinese_as_zh() -> None:
    assert (
        detect_language("国务院今天发布报告，经济增长百分之五，就业形势总体稳定，物价保持平稳。")
        == "zh"
    )


def test_cjk_summary_has_whole_sentences_and_uses_stop_words() -> None:
    assert "的" in stop_words("zh") and "これ" in stop_words("ja")
    text = (
        "临江市统计局发布数据，全市生产总值增长。"
        "其中第三季度增长较快，比第二季度回落。"
        "负责人表示经济运行总体回升向好。"
        "居民人均可支配收入实际增长。"
        "分析人士认为全年目标有望实现。"
    )
    summary = summarise(text, "zh", count=2)
    assert len(summary.sentences) == 2
    assert all(s.text.endswith("。") for s in summary.sentences)
