"""The boilerplate line classifier (issue 14, fourth round): data, gates, only-adds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.analysis import boilerplate as bp
from reader.analysis.languages import data_root

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "data" / "highlights" / "real"
_BODY = "The first paragraph of the article is here and it is long enough."
_MORE = "Another paragraph of text follows here, with a sentence end."


def _reasons(text: str) -> dict[str, str]:
    return {text[o : text.index("\n", o)]: why for o, why in bp.line_reasons(text).items()}


def _candidates(text: str) -> set[str]:
    lines = bp._lines(text)
    reasons = bp.rule_reasons(text)
    title = bp._title_index(lines)
    return {lines[i].text for i, _ in bp.candidate_features(text, lines, reasons, title)}


def _off() -> bp._Model:
    return bp._Model(False, (), (), 0.0, 1.0)


def test_the_model_is_data_over_known_features() -> None:
    raw = json.loads(data_root().joinpath("boilerplate/classifier.json").read_text("utf-8"))
    assert set(raw["features"]) <= set(bp.FEATURES)
    assert len(raw["features"]) == len(raw["weights"])
    assert 0.0 < raw["threshold"] < 1.0
    model = bp._classifier()
    assert model.enabled is raw["enabled"]


def test_a_stamp_line_between_paragraphs_is_added_by_the_classifier(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = f"Title\n\n{_BODY}\n\nNyhet 14:05\n\n{_MORE}\n"
    assert "Nyhet 14:05" not in bp.rule_reasons(text).values()
    assert _reasons(text) == {"Nyhet 14:05": "classifier"}
    monkeypatch.setattr(bp, "_classifier", _off)
    assert _reasons(text) == {}  # switched off in the data: the rules alone


def test_a_short_paragraph_next_to_furniture_is_never_a_candidate() -> None:
    text = f"Title\n\n{_BODY}\n\n{_MORE}\n\nDel på Facebook\n\nTips oss\n\nPersonvern\n"
    assert _MORE not in _candidates(text)  # a sentence of four words or more: running text
    assert _MORE not in _reasons(text)


def test_the_title_and_running_prose_are_never_candidates() -> None:
    two = "Klokka 14:05 kom han. Han gikk igjen."
    long = " ".join(["ord"] * 45)
    text = f"Nyhet 14:05\n\n{_BODY}\n\n{two}\n\n{long}\n\n{_MORE}\n"
    cands = _candidates(text)
    assert "Nyhet 14:05" not in cands  # the title
    assert two not in cands and long not in cands
    assert "Nyhet 14:05" not in _reasons(text)


def test_content_shapes_are_never_candidates() -> None:
    text = (
        f"Title\n\nDer erste Satz.\n\n{_BODY}\n\nNICOLAS DEMORAND\n\n3.9.2024\n\n78,000\n\n"
        "Mauritius v Madagascar\n\nNamibia v Botswana\n\nand a sentence continued\n\n"
        f"KTH tillägger:\n\n{_MORE}\n\nOla Nordmann\n"
    )
    cands = _candidates(text)
    for content in (
        "Der erste Satz.",  # the lead (first line ending as a sentence)
        "NICOLAS DEMORAND",  # a speaker label
        "3.9.2024",  # a dateline
        "78,000",  # a number alone
        "Mauritius v Madagascar",  # rows of one template
        "Namibia v Botswana",
        "KTH tillägger:",  # introduces the paragraph under it
        "and a sentence continued",  # running text broken over lines
        "Ola Nordmann",  # one closing line: a signature
    ):
        assert content not in cands, content
    assert "• 3.9.2024" in _candidates(f"Title\n\n{_BODY}\n\n• 3.9.2024\n\n{_MORE}\n")


def test_features_are_bounded_and_complete() -> None:
    text = (
        f"Title\n\nNyheter\n\n• Kategori\n\n{_BODY}\n\nLes mer her\n\nNyhet 14:05\n\n"
        f"{_MORE}\n\nRING 22 33 44 55\n\nwww.example.org\n\nNEWS | MORE\n"
    )
    lines = bp._lines(text)
    reasons = bp.rule_reasons(text)
    cands = bp.candidate_features(text, lines, reasons, bp._title_index(lines))
    assert cands
    for _, feats in cands:
        assert tuple(feats) == bp.FEATURES
        assert all(0.0 <= v <= 1.0 for v in feats.values())


@pytest.mark.parametrize("path", sorted(REAL.glob("*/dev/*.txt"))[::7], ids=lambda p: p.stem)
def test_the_classifier_only_adds_marks(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    rules = bp.rule_reasons(text)
    both = bp.line_reasons(text)
    assert {k: both[k] for k in rules} == rules
    # what the classifier adds, and the tail blurbs its marks may bound (`_tail_blurbs` runs
    # after it: a blurb between two classifier marks is a blurb of the rules' kind)
    assert all(why in ("classifier", "blurb") for k, why in both.items() if k not in rules)


def test_paragraphs_of_scripts_without_spaces_are_prose() -> None:
    """zh/ja text has no spaces, so word counts see one word a line; its sentence ends and
    runs of Han or kana say prose (the classifier marked such paragraphs before)."""
    zh = (
        "城市交通\n\n市政府今天宣布新的公交计划。计划将在明年开始实施。\n\n"
        "新线路将连接东部和西部的住宅区\n\n"
        "市长表示，这项计划的总投资为三十亿元。\n\n"
        "据统计，去年全市公交乘客超过五亿人次，比前年增加了百分之八。\n"
    )
    ja = (
        "市の交通\n\n市は新しいバス路線を発表した。来年から運行する。\n\n"
        "市長は計画について説明した。\n"
    )
    for text in (zh, ja):
        for line in text.splitlines()[2:]:
            if line:
                assert line not in _candidates(text), line
        assert "classifier" not in _reasons(text).values()
    assert bp._is_prose("100\u00a0000") and bp._is_prose("78\u202f000")  # a number alone


def test_a_blank_line_with_spaces_is_a_gap() -> None:
    text = f"Title\n\n{_BODY}\n\nNyhet 14:05\n\n{_MORE}\n"
    spaced = text.replace("\n\n", "\n \t\n")
    assert _reasons(spaced) == _reasons(text) == {"Nyhet 14:05": "classifier"}

    def features(t: str) -> list[dict[str, float]]:
        lines = bp._lines(t)
        reasons = bp.rule_reasons(t)
        return [f for _, f in bp.candidate_features(t, lines, reasons, bp._title_index(lines))]

    assert features(spaced) == features(text)
    assert all(f["gap_before"] == 1.0 for f in features(spaced))


def _hidden_one_by_one(text: str) -> list[tuple[int, dict[str, float]]]:
    """The training lines as hl-bp4 computed them: for every line, the whole page's candidates
    again with that line's own rule mark removed (quadratic per page)."""
    lines = bp._lines(text)
    reasons = bp.rule_reasons(text)
    title = bp._title_index(lines)
    out = []
    for i in range(title + 1, len(lines)):
        without = {k: v for k, v in reasons.items() if k != lines[i].start}
        feats = dict(bp._classifiable(text, lines, without, title, hide_own=False)).get(i)
        if feats is not None:
            out.append((i, feats))
    return out


@pytest.mark.parametrize("path", sorted(REAL.glob("*/dev/*.txt"))[3::11], ids=lambda p: p.stem)
def test_training_features_are_the_candidates_with_the_own_mark_hidden(path: Path) -> None:
    """One pass over the page (`training_features`) gives what the per-line recomputation
    gave: the same lines, the same features, in the same order."""
    text = path.read_text(encoding="utf-8")
    lines = bp._lines(text)
    got = bp.training_features(text, lines, bp.rule_reasons(text), bp._title_index(lines))
    assert got == _hidden_one_by_one(text)


def test_a_marked_sentence_above_the_lead_is_a_training_line_of_its_own() -> None:
    """A rule-marked line ending as a sentence above the lead would be the lead once its mark
    is hidden: it is no training line then, while the lead is one for the other lines."""
    text = (
        f"Title\n\nDel på Facebook.\n\nSiste nytt 14:05\n\nDer erste Satz.\n\n{_BODY}\n\n"
        f"Tips oss\n\n{_MORE}\n"
    )
    lines = bp._lines(text)
    reasons = bp.rule_reasons(text)
    got = bp.training_features(text, lines, reasons, bp._title_index(lines))
    assert got == _hidden_one_by_one(text)
    assert got


def _features_of(text: str, line: str) -> dict[str, float]:
    lines = bp._lines(text)
    reasons = bp.rule_reasons(text)
    title = bp._title_index(lines)
    return dict((lines[i].text, f) for i, f in bp.training_features(text, lines, reasons, title))[
        line
    ]


def test_the_here_feature_is_the_rules_here_matcher() -> None:
    """One definition of "here": entries of several tokens ("ci-dessous") match, and a word
    that only ends in a "here" word does not."""
    for line, here in (
        ("Le programme ci-dessous", 1.0),
        ("Le programme ci-dessous »", 1.0),
        ("Programmet finner du nedenfor", 1.0),
        ("Voir là", 1.0),
        ("Die Landesregierung hier", 1.0),
        ("Verfügbarkeit dessous", 0.0),
        ("Nyheter fra Norge", 0.0),
    ):
        text = f"Title\n\n{_BODY}\n\n{line}\n\n{_MORE}\n"
        assert _features_of(text, line)["here"] == here, line
        assert (bp._here_end().search(line) is not None) == bool(here), line


_NB = (
    "Regjeringen la i dag fram planen for den nye veien mellom byene, og arbeidet starter neste år."
)
_NM = "Ordføreren mener at prosjektet vil gi kortere reisetid for mange tusen pendlere i regionen."


def test_a_broken_verse_line_is_never_a_candidate() -> None:
    """The first line of a verse or sentence broken over lines (its continuation starts
    lowercase right under it) is text, as the continuation is, also next to furniture."""
    verse = (
        f"Diktet om fjorden\n\n{_NB}\n\nDel på Facebook\n\nOg kvelden kom\nover fjorden\n\n{_NM}\n"
    )
    assert "Og kvelden kom" not in _candidates(verse)
    assert "Og kvelden kom" not in _reasons(verse)
    # across a blank line (a link lost in the paste: "Double Olympic champion" / "marked …")
    apart = verse.replace("Og kvelden kom\nover", "Og kvelden kom\n\nover")
    assert "Og kvelden kom" not in _candidates(apart)
    # a sentence end closes the line: the next one is a line of its own
    closed = verse.replace("Og kvelden kom\nover", "Og kvelden kom.\n\nover")
    assert not bp._continued(bp._lines(closed), 3)


def test_a_subheading_above_a_label_box_is_never_a_candidate() -> None:
    """A fact box inside the text: its heading is a subheading (content), whether the rules
    mark the labels under it or not, and with or without a blank line between. Since the
    sixth round the rules leave such a box as text (after the first running text, no
    metadata sign), and its labels are no furniture either."""
    box = "Kostnad: 2,1 milliarder kroner\nByggestart: 2026\nAnsvarlig: Statens vegvesen"
    for text in (
        f"Ny vei over fjellet\n\n{_NB}\n\nFakta om utbyggingen\n{box}\n\n{_NM}\n",
        f"Ny vei over fjellet\n\n{_NB}\n\n{_NM}\n\nSlik blir veien\n\n{box}\n",
    ):
        heading = "Fakta om utbyggingen" if "Fakta" in text else "Slik blir veien"
        assert "label-box" not in bp.rule_reasons(text).values()
        assert heading not in _candidates(text)
        assert heading not in _reasons(text)
        for label in box.split("\n"):
            assert label not in _reasons(text), label
    # the same labels with a date value, or above the first text, are a metadata box
    dated = box.replace("2026", "01.03.2026")
    text = f"Ny vei over fjellet\n\n{_NB}\n\nFakta om utbyggingen\n{dated}\n\n{_NM}\n"
    assert "label-box" in bp.rule_reasons(text).values()
    text = f"Ny vei over fjellet\n\n{box}\n\n{_NB}\n\n{_NM}\n"
    assert "label-box" in bp.rule_reasons(text).values()


def test_a_written_date_alone_is_content() -> None:
    """A dateline or month heading written with the month's name is content, as a numeric
    date alone is; a label with a date is not a date alone."""
    for line in ("28. februar 2020", "Mai 2020", "2 de marzo de 2025", "March 2, 2025"):
        assert bp._is_prose(line), line
        text = f"Ny vei over fjellet\n\n{_NB}\n\n{line}\n\n{_NM}\n"
        assert line not in _candidates(text), line
    for line in ("Publisert 28. februar 2020", "Mai", "Pressemitteilungen 2017 - Januar"):
        assert not bp._is_prose(line), line


def test_an_item_of_a_list_of_the_text_is_never_a_candidate() -> None:
    """The last item of a list of the text above the page's furniture was marked alone."""
    items = "\n".join(
        f"• {item}"
        for item in (
            "Bedre dialog med næringene",
            "Bedre kommunikasjon og kvalitet",
            "Et betydelig løft på havbruk",
        )
    )
    source = "Kilde: Pressemelding fra departementet"
    text = f"Ny vei over fjellet\n\n{_NB}\n\n{_NM}\n\n{items}\n\n{source}\n"
    for item in items.splitlines():
        assert item not in _candidates(text), item
        assert item not in _reasons(text), item


def test_the_heading_of_the_text_is_never_a_candidate() -> None:
    """The line right above the first running text (or above its date line) is the text's
    heading: content, next to furniture or not."""
    text = f"Title\n\nSkip to content\n\nInnledning\n\n{_BODY}\n"
    assert "Innledning" not in _candidates(text)
    dated = f"Title\n\nSkip to content\n\nJuncker Finnland\n\n21/08/2017\n\n{_BODY}\n"
    assert "Juncker Finnland" not in _candidates(dated)
    venue = f"Leeds v Saracens\n\nHeadingley\n\nFriday, 25 February\n\n2000 GMT\n\n{_BODY}\n"
    assert "Headingley" not in _candidates(venue)  # above its date and time lines
    lines = bp._lines(text)
    reasons = bp.rule_reasons(text)
    trained = bp.training_features(text, lines, reasons, bp._title_index(lines))
    assert "Innledning" in {lines[i].text for i, _ in trained}  # still a training line


def test_like_marked_is_a_shape_shared_with_a_rule_marked_line() -> None:
    assert bp._shape_key("07/05 2024") == bp._shape_key("• 08/05 2024") == "0/0 0"
    text = (
        f"Title\n\n{_BODY}\n\nDel på Facebook\n\n{_MORE}\n\nValget i Bergen\n\n{_MORE}\n\n"
        f"Skolen idag\n\n{_MORE}\n"
    )
    lines = bp._lines(text)
    reasons = bp.rule_reasons(text)
    assert [text[o : text.index("\n", o)] for o in reasons] == ["Del på Facebook"]
    feats = dict(
        (lines[i].text, f)
        for i, f in bp.training_features(text, lines, reasons, bp._title_index(lines))
    )
    assert feats["Valget i Bergen"]["like_marked"] == 1.0  # "a a a", as "Del på Facebook"
    assert feats["Skolen idag"]["like_marked"] == 0.0
    assert feats["Del på Facebook"]["like_marked"] == 0.0  # its own mark does not count


def test_a_teaser_heading_over_its_date_label_is_never_a_candidate() -> None:
    """Front-page teasers: heading, its date label (rule-marked), its paragraph. The heading is
    content (the rules' teaser-heading decision); it stays a training line."""
    teasers = "".join(
        f"{head}\n\nPressemelding 0{k}.06.2023\n\n{body}\n\n"
        for k, (head, body) in enumerate(
            ((_NB[:40], _NM), ("Statsministeren mottok rapporten", _NB)), 2
        )
    )
    text = f"Regjeringen\n\n{_BODY}\n\nNett-tv\n\nSe sendingen her\n\n{teasers}Del på Facebook\n"
    reasons = bp.rule_reasons(text)
    assert "Pressemelding 03.06.2023" in {text[o : text.index("\n", o)] for o in reasons}
    assert "Statsministeren mottok rapporten" not in _candidates(text)
    assert "Statsministeren mottok rapporten" not in _reasons(text)
    lines = bp._lines(text)
    trained = bp.training_features(text, lines, reasons, bp._title_index(lines))
    assert "Statsministeren mottok rapporten" in {lines[i].text for i, _ in trained}


def test_label_boxes_that_are_text_sixth_round() -> None:
    """An attendance list ("• Name: Deltog", one value for every item), an invitation's
    practical lines introduced by a label alone, and event labels between paragraphs are
    text; the contact label under them stays furniture."""
    names = ["Sophie Andersen", "Leila Lindén", "Kim Rockhill", "Erik Gregersen"]
    attendance = "\n".join(f"• {n}: Deltog" for n in names)
    text = f"Møde i regionsrådet\n\n{_NB}\n\nMedlemmer\n{attendance}\n"
    reasons = _reasons(text)
    assert not any(f"• {n}: Deltog" in reasons for n in names)
    assert "Medlemmer" not in reasons  # the heading of a list of the text
    invitation = (
        f"Pressinbjudan\n\n{_NB}\n\nPlats och anmälan:\nPressträffen hålls på innergården, "
        "Våxnäsgatan 5, Karlstad\nSamling vid huvudentrén\nAnmäl dig till: karin@example.se\n"
        "För frågor:\nKarin Hovdebo, karin@example.se\n"
    )
    reasons = _reasons(invitation)
    assert "Plats och anmälan:" not in reasons
    assert "Samling vid huvudentrén" not in reasons
    assert "För frågor:" in reasons
    between = f"Pressinbjudan\n\n{_NB}\n\nTid: Onsdag 27/11 klockan 10:30\n\n{_NM}\n"
    assert "Tid: Onsdag 27/11 klockan 10:30" not in _reasons(between)
    boxed = between.replace("Tid: Onsdag", "Sted: Rådhuset\nTid: Onsdag")
    assert "Tid: Onsdag 27/11 klockan 10:30" not in _reasons(boxed)  # still between text
    under_title = f"Pressinbjudan\nTid: Onsdag 27/11 klockan 10:30\n\n{_NB}\n\n{_NM}\n"
    assert _reasons(under_title).get("Tid: Onsdag 27/11 klockan 10:30") == "label"


def test_weekday_datelines_and_stage_notes_are_never_candidates() -> None:
    for line in ("Wednesday, 18 July 2012", "onsdag 27. november 2024", "(Applaudissements)"):
        text = f"Statement by the ministers\n\n{_NB}\n\nDel på Facebook\n\n{line}\n\n{_NM}\n"
        assert line not in _candidates(text), line
    # a bracketed note of more words, or with a digit, stays classifiable
    for line in ("(Following Article from website)",):
        text = f"Statement by the ministers\n\n{_NB}\n\nDel på Facebook\n\n{line}\n\n{_NM}\n"
        assert line in _candidates(text), line


def test_salutations_and_place_datelines_are_never_candidates() -> None:
    for line in (
        "Bonjour.",
        "Thank you!",
        "Bruxelles, le 22.1.2020",
        "Madrid, 21 de noviembre de 2005",
    ):
        text = f"Statement by the ministers\n\n{_NB}\n\nDel på Facebook\n\n{line}\n\n{_NM}\n"
        assert line not in _candidates(text), line
    assert not bp._is_place_dateline("Oslo, Bergen og Trondheim")  # places, no date
    assert not bp._is_salutation("Read the report.")  # three words


def test_the_heading_of_a_numbered_list_is_text() -> None:
    """A heading over a numbered list of the text ("Punkter på dagsordenen" / "1. …") after a
    run of bare furniture lines: neither the bare-run rule nor the classifier marks it."""
    text = (
        f"Møde i regionsrådet\n\n{_NB}\n\nReferat\n\nWeb-tv\n\nVideo\n\nPunkter på dagsordenen\n\n"
        "1. Regionalvalg 2021 - nedsættelse af valgbestyrelse\n\n2. Status på budget 2021\n"
    )
    reasons = _reasons(text)
    assert reasons.get("Referat") == "bare-run"
    assert "Punkter på dagsordenen" not in reasons


def test_one_value_for_every_item_is_a_list_of_the_text() -> None:
    """`_same_value_list` alone: MIN_MENU or more labelled lines with one shared value
    (an attendance list) are text; other values, or too few items, are not such a list."""
    from reader.analysis.boilerplate import MIN_MENU, _lines, _same_value_list

    names = ["Sophie Andersen", "Leila Lindén", "Kim Rockhill", "Erik Gregersen"]
    same = _lines("\n".join(f"• {n}: Deltog" for n in names))
    assert _same_value_list(same, list(range(len(same))))
    assert not _same_value_list(same, list(range(MIN_MENU - 1)))  # too few items
    mixed = _lines("Tid: 10:30\nSted: Rådhuset\nKontakt: Karin Hovdebo")
    assert not _same_value_list(mixed, list(range(len(mixed))))  # a box of page metadata
    empty = _lines("Navn:\nAdresse:\nTelefon:")
    assert not _same_value_list(empty, list(range(len(empty))))  # labels with no value
