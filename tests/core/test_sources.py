"""Named sources: tables of (language, sentence, expected sources) plus span invariants.

The annotated evaluation set (tests/data/highlights/sources/<lang>.txt) is scored by
bench/highlights.py; `test_evaluation_set_regression` keeps it from sliding back.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.sources import find_sources, lexicon
from tests.paths import SEED_SAMPLE

ROOT = Path(__file__).resolve().parents[2]
SEED = SEED_SAMPLE
LANGS = ("en", "no", "da", "sv", "de", "fr", "es")


def texts(text: str, lang: str) -> list[str]:
    return [s.text for s in find_sources(text, lang)]


POSITIVE = [
    # verb after the name, verb before it (inversion), prepositions
    ("en", "Seoul said the troops had been sent.", ["Seoul"]),
    ("en", "The ceasefire will hold, said Seoul.", ["Seoul"]),
    ("en", "According to Reuters, the deal collapsed.", ["Reuters"]),
    (
        "en",
        '"We will not retreat," said Foreign Minister Anne Lie on Tuesday.',
        ["Foreign Minister Anne Lie"],
    ),
    ("en", "Jane Roe, a spokeswoman for the ministry, said the talks were over.", ["Jane Roe"]),
    ("en", "Ursula von der Leyen said Europe must act.", ["Ursula von der Leyen"]),
    (
        "en",
        "The World Health Organization (WHO) said the outbreak was contained.",
        ["World Health Organization"],
    ),
    ("en", "Police in Manchester said two men had been arrested.", ["Police in Manchester"]),
    ("no", "Troppene er drept, sa Seoul.", ["Seoul"]),
    (
        "no",
        "Det kom i januar, ifølge Sør -Koreas felles stabssjefer.",
        ["Sør -Koreas felles stabssjefer"],
    ),
    (
        "no",
        "Flyet har russiske deler, sa talsperson for felles sjef Lee Seong-Jun.",
        ["talsperson for felles sjef Lee Seong-Jun"],
    ),
    ("no", "«Det er alvorlig», sier utenriksminister Anne Lie.", ["utenriksminister Anne Lie"]),
    ("no", "Prisene steg, ifølge Statistisk sentralbyrå (SSB).", ["Statistisk sentralbyrå (SSB)"]),
    ("no", "– Vi er bekymret, sier Kari Nordmann (45) til NRK.", ["Kari Nordmann"]),
    ("no", "Det skriver avisen VG.", ["VG"]),
    ("da", "Der er ingen tilskadekomne, oplyser politiet.", ["politiet"]),
    ("sv", "Det uppger SVT.", ["SVT"]),
    ("sv", "Enligt Europeiska kommissionen växer ekonomin.", ["Europeiska kommissionen"]),
    (
        "de",
        "Das sei ernst, sagte Außenministerin Annalena Baerbock am Montag.",
        ["Außenministerin Annalena Baerbock"],
    ),
    ("de", "Reuters zufolge stehen die Gespräche kurz vor dem Abschluss.", ["Reuters"]),
    ("de", "Die Polizei teilte mit, dass niemand verletzt wurde.", ["Polizei"]),
    (
        "de",
        "Die Lage sei ernst, so Finanzminister Christian Lindner.",
        ["Finanzminister Christian Lindner"],
    ),
    ("fr", "Selon l'AFP, le bilan est lourd.", ["AFP"]),
    (
        "fr",
        "« C'est grave », a déclaré le porte-parole du ministère des Affaires étrangères.",
        ["porte-parole du ministère des Affaires étrangères"],
    ),
    ("fr", "C'est ce qu'a rapporté l'agence Reuters jeudi.", ["Reuters"]),
    ("es", "Según el ministerio, hay doce heridos.", ["ministerio"]),
    ("es", "Felipe de la Vega explicó que la empresa cerrará.", ["Felipe de la Vega"]),
    (
        "es",
        "Las acciones cayeron después de que Inditex advirtiera de una demanda débil.",
        ["Inditex"],
    ),
    (
        "fr",
        "« Non », a écrit le maire de Kiev, Vitali Klitschko, sur Telegram.",
        ["maire de Kiev, Vitali Klitschko"],
    ),
    ("no", "Eksporten økte, viser tall fra Statistisk sentralbyrå.", ["Statistisk sentralbyrå"]),
    ("no", "To personer ble drept, melder den greske kringkasteren ERT.", ["ERT"]),
    ("sv", "Aktien föll efter att H&M varnade för svagare försäljning.", ["H&M"]),
    (
        "de",
        "Hier sei es ernst, sagte der Hydrologe Prof. Martin Seidel von der TU Dresden.",
        ["Hydrologe Prof. Martin Seidel"],
    ),
    (
        "de",
        "Der Pegel erreichte 7,84 Metern, fast drei Meter über Normal, teilte das "
        "Landeshochwasserzentrum mit.",
        ["Landeshochwasserzentrum"],
    ),
    # found by the third blind batch (tests/data/highlights/articles/*-4, *-5)
    ("no", "Ingen ble skadet, oppgir Innlandet politidistrikt.", ["Innlandet politidistrikt"]),
    ("no", "Rekkverket manglet, ifølge politiets rapport.", ["politiets"]),
    (
        "no",
        "– Vi anker, sier selskapets forsvarer, advokat Hilde Brekke, til Aftenposten.",
        ["selskapets forsvarer, advokat Hilde Brekke"],
    ),
    (
        "en",
        '"It is a signal," Professor Tom Hale of King\'s College London told the BBC.',
        ["Professor Tom Hale"],
    ),
    ("en", "Care costs £42 billion a year, a sum the charity says could double.", ["charity"]),
    (
        "en",
        "Philip Morris said the company's main lawyer William Ohlemeyer told the BBC so.",
        ["Philip Morris", "company's main lawyer William Ohlemeyer"],
    ),
    ("en", "Yukos claims that it is being punished.", ["Yukos"]),
    ("fr", "Le risque est élevé, a précisé l'Inserm à l'AFP.", ["Inserm"]),
    ("fr", "Selon un décompte de l'AFP, 9 villes sur 10 sont concernées.", ["AFP"]),
    ("fr", "Selon une étude de l'Inserm publiée mercredi, les jeunes dorment moins.", ["Inserm"]),
    (
        "es",
        "La misión empieza en abril, anunció el martes el Ministerio de Defensa.",
        ["Ministerio de Defensa"],
    ),
    (
        "es",
        "De acuerdo con los registros de World Athletics, solo 6 hombres lo lograron.",
        ["World Athletics"],
    ),
    ("es", "«Es así», dijo Pedro Sánchez a Efe.", ["Pedro Sánchez"]),
    (
        "de",
        "Laut einer Auswertung der Universität Bern hat die Zahl zugenommen.",
        ["Universität Bern"],
    ),
    # fourth blind batch: asides, ages, portals, compound report words, employers
    ("en", "The jet descended, according to tracking data from Flightradar24.", ["Flightradar24"]),
    ("en", '"We will win the seat," claimed the Home Office.', ["Home Office"]),
    ("en", "John Smith of the university said the work was done.", ["John Smith"]),
    ("da", "Prisen steg, oplyser boligportalen Boligsiden, og det er højt.", ["Boligsiden"]),
    ("da", "– Vi tabte, siger 29-årige Sofie Holm, der har ledt længe.", ["Sofie Holm"]),
    (
        "da",
        '"Vi vinder," sagde den nye statsminister Mette Frederiksen.',
        ["nye statsminister Mette Frederiksen"],
    ),
    ("sv", "S tappar, enligt Opinionslabbets väljarbarometer för november.", ["Opinionslabbets"]),
    ("sv", "Enligt SCB:s partisympatiundersökning i maj låg partiet på 34,5 procent.", ["SCB:s"]),
    ("fr", "Le prix baisse, a expliqué le régulateur lors d'une conférence.", ["régulateur"]),
    (
        "fr",
        "Ils vont baisser, a indiqué à l'AFP une porte-parole de l'Association "
        "nationale des opérateurs détaillants en énergie.",
        ["porte-parole de l'Association nationale des opérateurs détaillants"],
    ),
    (
        "fr",
        "C'est rare, comme l'a souligné sur BFMTV Jérôme Castel, ancien pilote.",
        ["Jérôme Castel"],
    ),
    (
        "fr",
        "« Oui », a estimé la présidente de l'association Énergie Solidarité, Claire "
        "Fontanel. Elle insiste.",
        ["présidente de l'association Énergie Solidarité, Claire Fontanel"],
    ),
    (
        "fr",
        "« Non », a rappelé l'association de consommateurs UFC-Que Choisir. Mais non.",
        ["UFC-Que Choisir"],
    ),
    ("fr", "« Oui », a déclaré Jean Dupont de la mairie.", ["Jean Dupont"]),
    (
        "es",
        "Los precios suben, dijo a EFE el portavoz de Idealista, Javier Montero. Y ya.",
        ["portavoz de Idealista, Javier Montero"],
    ),
    # fifth blind batch: an age in an apposition, media asides, participles, names
    (
        "en",
        "Jenna Morrow, 41, a nurse from the village of Pritchard, said she watched.",
        ["Jenna Morrow"],
    ),
    (
        "en",
        "One passenger, Hannah Okoro, 34, from Stockport, told the BBC she saw it.",
        ["Hannah Okoro"],
    ),
    ("de", "Wie das Fachmagazin Kicker berichtete, ist ein Club bereit.", ["Kicker"]),
    (
        "fr",
        "« Le feu repart », a déclaré à la presse le lieutenant-colonel Thierry Masson.",
        ["lieutenant-colonel Thierry Masson"],
    ),
    (
        "fr",
        "Le bâtiment, un ancien couvent du XVIIe siècle, a gagné 1 300 m² d'espaces, a "
        "annoncé jeudi la directrice du musée, Hélène Marchetti, lors d'une visite.",
        ["directrice du musée, Hélène Marchetti"],
    ),
    (
        "fr",
        "D'après la maison de ventes Tessier & Sarrou, le tableau était là.",
        ["Tessier & Sarrou"],
    ),
    ("fr", "Il a été entendu, d'après France 3 Occitanie.", ["France 3 Occitanie"]),
    (
        "es",
        "«Es mucho», ha lamentado la alcaldesa de Alcuneza, Rosa Blanco, en declaraciones.",
        ["alcaldesa de Alcuneza, Rosa Blanco"],
    ),
    ("es", "Sanidad ha recordado que no hay riesgo.", ["Sanidad"]),
    ("fr", "Renault, qui a racheté Nissan en partie, a annoncé une baisse.", ["Renault"]),
    ("es", "Iberdrola, que ha invertido mucho, anunció nuevas inversiones.", ["Iberdrola"]),
    ("en", '"We won," claimed the Home Office.', ["Home Office"]),
    # sixth blind batch: wire-style attributions
    ("en", "Samples go to Europe by icebreaker, the consortium said.", ["consortium"]),
    (
        "da",
        "Ledigheden faldt, fremgår det af en pressemeddelelse fra Danmarks Statistik.",
        ["Danmarks Statistik"],
    ),
    (
        "de",
        "Das Land trägt die Hälfte, heißt es in einer Mitteilung des Thüringer "
        "Verkehrsministeriums.",
        ["Thüringer Verkehrsministeriums"],
    ),
    (
        "fr",
        "Ils étaient 1 240 000, a-t-on appris auprès de la CCI de Corse, qui les gère.",
        ["CCI de Corse"],
    ),
    ("fr", "Il a gagné 1,5 point en un an, note l'agence.", ["agence"]),
    ("sv", "– Det handlar om scheman, fortsätter Sjögren.", ["Sjögren"]),
    ("no", "Analytikere i DNB Markets mener at renten stiger.", ["DNB Markets"]),
]

NEGATIVE = [
    ("en", "He said the decision was final."),
    ("en", "Officials said the road would reopen on Sunday."),
    ("en", "Experts warned that the drought could last another year."),
    ("en", "A spokesperson said the company was cooperating."),
    ("en", "The minister said the plan was affordable."),
    ("en", "By Jane Doe"),
    ("en", "Republicans said the bill was dead on arrival."),
    ("no", "Han sa at det var for tidlig."),
    ("no", "Kilder sier at avtalen er klar."),
    ("no", "Eksperter mener at renten vil falle."),
    ("no", "I Oslo sa mange at de var fornøyde."),
    ("no", "Statsministeren sa at hun ikke ville kommentere saken."),
    ("no", "Den russiske presidenten Vladimir Putin og Kim hadde bekreftet alliansen i fjor."),
    ("da", "Myndighederne oplyser, at vejen er lukket."),
    ("sv", "Källor uppger att avtalet är klart."),
    ("de", "Experten warnen vor einer Rezession."),
    ("de", "Sie kündigte Soforthilfen in Höhe von 25 Mio. Euro an."),
    ("de", "Ein Sprecher sagte, das Unternehmen kooperiere."),
    ("fr", "Selon des sources proches du dossier, l'accord est signé."),
    ("fr", "« Nous n'abandonnerons pas », a-t-elle affirmé."),
    ("es", "Según fuentes cercanas al caso, el acuerdo está firmado."),
    ("es", "«Es inaceptable», dijo."),
    ("no", "Undersøkelsen viser Norge på topp."),
    ("no", "Telenor vil ikke kommentere, men en kilde nær selskapet sier at avtalen er død."),
    ("en", "Her office later confirmed that a review had begun."),
    ("de", "Laut Medienberichten starben mehrere Soldaten."),
    # third blind batch: an unnamed study, a role alone, calling and winning are no speech
    ("en", "Fewer than 3,000, according to a large British study published on Tuesday."),
    ("en", "France claimed victory in the last race."),
    ("en", "Ireland conceded a penalty close to their own line."),
    ("en", "Mr Blair recalls how he once advised him."),
    ("sv", "Kommunalrådet sade till VLT att kompromissen var klar."),
    ("fr", "« Nous ferons face », a assuré la maire à Ouest-France."),
    ("no", "Han kritiserte vedtaket og kalte Clinton en «rar dame»."),
    ("es", "Fuentes del hospital han señalado que no."),
    ("en", "Sources at the ministry said it was over."),
    ("no", "En kilde nær den amerikanske regjeringen sier til CNN at USA visste det."),
    ("en", "David Marr, 56, of Guildford, had admitted 11 counts of fraud."),
    # second review: objects after ^verbs, places before "for the", media as sources
    ("en", "Liverpool claimed the title on Sunday."),
    ("en", "Visitors to Buckingham Palace for the coronation said it was moving."),
    ("en", "According to estimates of losses from Storm Ciarán, the cost is high."),
    ("es", "«No», dijo a Radio Nacional."),
    ("fr", "« Oui », a déclaré à France Info."),
    ("no", "Mange bønder i Innlandet sier at de vurderer det."),
    ("sv", "Trafikregionrådet kallar strejken ett slag."),
    ("en", "Prices continued to rise."),
    ("fr", "Il travaille auprès de la mairie."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE)
def test_named_sources_found(lang: str, text: str, expected: list[str]) -> None:
    assert texts(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_pronouns_and_unnamed_groups_are_not_sources(lang: str, text: str) -> None:
    assert texts(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "cue"),
    [
        ("en", "According to Reuters, it collapsed.", "According to"),
        ("fr", "« Non », a déclaré Marine Le Pen.", "a déclaré"),
        (
            "de",
            "Nach Angaben des Statistischen Bundesamtes stiegen die Preise.",
            "Nach Angaben des",
        ),
        ("no", "Det opplyser politiet.", "opplyser"),
    ],
)
def test_cue_span(lang: str, text: str, cue: str) -> None:
    (source,) = find_sources(text, lang)
    assert source.cue.text == cue
    assert text[source.cue.start : source.cue.end] == cue


@pytest.mark.skipif(not SEED.exists(), reason="seed sample not available")
def test_seed_sample() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = find_sources(text, "no")
    names = [s.text for s in found]
    assert "CNN" in names
    assert any("Sør -Koreas felles stabssjefer" in n for n in names)
    assert "talsperson for felles sjef Lee Seong-Jun" in names
    pronouns = {"han", "hun", "de", "vi", "det", "den", "jeg"}
    assert not any(n.lower() in pronouns for n in names)
    _assert_valid(text, found)


def _assert_valid(text: str, found: list) -> None:
    last = -1
    for s in found:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text
        assert text[s.cue.start : s.cue.end] == s.cue.text
        assert s.start >= last, "sorted and non-overlapping"
        last = s.end
        assert not (s.cue.start < s.end and s.start < s.cue.end), "cue outside the source"


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_a_lexicon(lang: str) -> None:
    lex = lexicon(lang)
    assert lex is not None and lex.cues and lex.pronouns and lex.nonsources[0]


def test_unknown_language_gives_nothing() -> None:
    assert find_sources("Seoul said so.", "xx") == []
    assert find_sources("", "en") == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Seoul",
                "said",
                "sa",
                "ifølge",
                "according",
                "to",
                "the",
                "Sør",
                "-Koreas",
                "he",
                "l'AFP",
                "selon",
                ",",
                ".",
                "«",
                "»",
                "(",
                "SSB",
                ")",
                "of",
                "Police",
                "in",
                "\n",
                "officials",
                "Lee",
                "Seong-Jun",
                "talsperson",
                "for",
                "45",
                "Dr",
                "J.",
            ]
        ),
        max_size=30,
    ),
    st.sampled_from(LANGS),
)
def test_spans_always_valid(words: list[str], lang: str) -> None:
    text = " ".join(words)
    _assert_valid(text, find_sources(text, lang))


def test_fast_on_a_long_article() -> None:
    """≤ 50 ms for 5,000 words is the target; the bound here leaves room for slow CI."""
    line = (
        "Troppene er drept, sa Seoul. Ifølge Sør -Koreas felles stabssjefer er 3000 "
        "soldater sendt. Han sa at det var alvorlig, rapporterte CNN torsdag. "
    )
    text = line * (5000 // len(line.split()) + 1)
    find_sources(text, "no")
    best = min(_timed(text) for _ in range(3))
    assert best < 0.25


def _timed(text: str) -> float:
    """CPU seconds, not wall: on a shared machine at load 8 the wall time of this same
    work was seen above the bound while its CPU time stays ~0.08 s."""
    t0 = time.process_time()
    find_sources(text, "no")
    return time.process_time() - t0


def _scorer():
    path = ROOT / "bench" / "highlights.py"
    if not path.exists():
        pytest.skip("bench/highlights.py not available")
    if "bench_highlights" in sys.modules:  # already loaded by test_figures.py
        return sys.modules["bench_highlights"]
    spec = importlib.util.spec_from_file_location("bench_highlights", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_highlights", module)  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", LANGS)
def test_evaluation_set_regression(lang: str) -> None:
    """Measured F1 is 0.99-1.00 per language; fail if any falls below 0.93 (overlap)."""
    bench = _scorer()
    examples = [ex for ex in bench.load("sources") if ex.lang == lang]
    assert len(examples) >= 45
    report = bench.evaluate("sources", examples)
    counts = report.by_lang[lang]
    assert counts["overlap"].f1 >= 0.93, report.errors
    assert counts["exact"].f1 >= 0.90, report.errors


# After-fix overlap F1 on the held-out articles, per language. Blind, before the fixes:
# en 0.88, no 0.94, da 0.88, sv 0.67, de 0.82, fr 0.84, es 0.95 (batch 1, 14 articles);
# en 0.86, no 0.91, da 0.95, sv 0.96, de 0.97, fr 0.72, es 0.90 (batch 3, 14 articles);
# en 0.91, no 1.00, da 0.80, sv 0.75, de 1.00, fr 0.81, es 0.94 (batch 4, 8 articles);
# en 0.95, no 1.00, da 1.00, sv 1.00, de 0.91, fr 0.81, es 0.84 (batch 5, 10 articles);
# en 0.77, no 0.93, da 0.93, sv 0.89, de 0.75, fr 0.88, es 0.90 (batch 6, 7 articles).
ARTICLE_FLOOR = {"en": 0.95, "no": 0.95, "da": 0.92, "sv": 0.95, "de": 0.92, "fr": 0.93, "es": 0.95}


@pytest.mark.parametrize("lang", LANGS)
def test_held_out_articles_regression(lang: str) -> None:
    """Whole held-out articles scored through loader + pipeline (as `reader show --json`);
    floors a little below the after-fix F1 (en 1.00, no 1.00, da 0.98, sv 1.00, de 0.98,
    fr 0.99, es 1.00; 7-9 articles a language, so one miss moves F1 by 0.01-0.03)."""
    bench = _scorer()
    examples = bench.load_articles("sources", (lang,))
    assert len(examples) >= 5
    report = bench.evaluate("sources", examples, predict=bench.pipeline_predictor("sources"))
    counts = report.by_lang[lang]
    assert counts["overlap"].f1 >= ARTICLE_FLOOR[lang], report.errors
    assert counts["overlap"].precision >= 0.90, report.errors


# Issue 14 (real news): error classes seen on real BBC and NorSumm articles (dev part),
# each as a general rule; sentences written for the tests, not quoted from the articles.
ISSUE_14 = [
    # reporting verbs beyond say/tell, as data per language
    ("en", "Mr Brown believes the plan will work.", ["Mr Brown"]),
    ("en", "Athletics Ireland have hinted that he may run.", ["Athletics Ireland"]),
    ("en", "The Japanese government has forecast that growth will slow.", ["Japanese government"]),
    ("no", "Ola Hansen tror imidlertid at det går.", ["Ola Hansen"]),
    ("no", "Regjeringen har fastslått at røyking er farlig.", ["Regjeringen"]),
    ("da", "Kommissionen bebuder et nyt forslag.", ["Kommissionen"]),
    ("sv", "Anna Ek tror att priserna stiger.", ["Anna Ek"]),
    # a noun reading of a ^verb after a possessive is no cue
    ("en", "It is below Chancellor Gordon Brown's forecast of 3%.", []),
    ("fr", "Le musée espère accueillir 60 000 visiteurs.", []),
    # the organisation behind an unnamed spokesperson is named
    ("en", "A BBC spokesman said the show would return.", ["BBC spokesman"]),
    ("en", "The band's spokesman said that they would review the dates.", ["band's spokesman"]),
    ("en", "A US researcher has suggested that games help.", []),
    ("en", "Her spokesman said that they would review the dates.", []),
    # passive attribution
    (
        "en",
        "The rise, as announced by the Office for National Statistics, was small.",
        ["Office for National Statistics"],
    ),
    # two names joined by and/og are two sources; one person's two roles stay one
    ("en", "Jane Doe and John Smith said the deal was done.", ["Jane Doe", "John Smith"]),
    ("no", "Kari Hansen og Ola Nordmann sier at det er bra.", ["Kari Hansen", "Ola Nordmann"]),
    (
        "no",
        "Ifølge Arbeiderpartiets generalsekretær og lederen i LO kan staten gjøre det.",
        ["Arbeiderpartiets generalsekretær", "lederen i LO"],
    ),
    (
        "fr",
        "Le président de la République et le ministre de l'Intérieur ont indiqué qu'il y aura "
        "un débat.",
        ["président de la République", "ministre de l'Intérieur"],
    ),
    (
        "en",
        '"It was solid," GM chairman and chief executive Rick Wagoner said.',
        ["GM chairman and chief executive Rick Wagoner"],
    ),
    (
        "en",
        "The Department of Health and Social Care said so.",
        ["Department of Health and Social Care"],
    ),
    ("en", "Marks and Spencer said sales rose.", ["Marks and Spencer"]),
    # a span never runs across a sentence end (a short name before a dot is no initial)
    (
        "no",
        "Saken fikk stor oppmerksomhet, blant annet i Sky News. Kari Hansen (13) har sagt nei.",
        ["Kari Hansen"],
    ),
    ("en", "The book is by J. K. Rowling, said Dr. Ann Lee.", ["Dr. Ann Lee"]),
    # a role, where it is held, then the name
    ("no", "- Det går bra, sier rektor ved skolen Kari Hansen.", ["rektor ved skolen Kari Hansen"]),
    (
        "no",
        "Ifølge landbruks- og matminister Lars Peder Brekk (Sp) må kjedene bli flinkere.",
        ["landbruks- og matminister Lars Peder Brekk"],
    ),
    (
        "no",
        "- Det gikk fint, sier ordførerens bror Pål W. Olsen til avisen.",
        ["ordførerens bror Pål W. Olsen"],
    ),
    # a role after a possessive pronoun, with the name apposed: the role and the name
    (
        "en",
        "Profits rose, said its chief executive, Sir Terry Leahy.",
        ["chief executive, Sir Terry Leahy"],
    ),
    ("en", "Profits rose, said its chief executive.", []),
    ("no", "- Det er bra, sier hans advokat, Kari Hansen.", ["advokat, Kari Hansen"]),
    # the author of a report: "Research from X … suggests", "X's figures indicate"
    (
        "en",
        "Research from Halifax, the country's biggest mortgage lender, suggests prices rise.",
        ["Halifax"],
    ),
    ("en", "The Halifax's figures indicate that prices rose.", ["Halifax's"]),
    ("en", "Figures suggest that prices rose.", []),
    ("en", "His figures suggest it.", []),
    # the antecedent of "who" said it
    (
        "en",
        "The figures were given by economics minister Heizo Takenaka who said growth would slow.",
        ["economics minister Heizo Takenaka"],
    ),
    ("en", "Rover told BBC News that reports of job cuts were speculation.", ["Rover"]),
    # a long relative clause between commas (up to 16 tokens) still leads to the name
    (
        "en",
        "Mr Hague, who recently had published the biography of William Pitt the Younger, also "
        "said he would write.",
        ["Mr Hague"],
    ),
    # groups stay unnamed: plural acronyms, majorities
    ("en", "Prices will rise, say MPs.", []),
    ("no", "Flertallet av Høyre-velgerne mener partiet kan danne regjering.", []),
    ("no", "Det var dårlig. Fortsatt sier hver fjerde velger nei.", []),
    # Norwegian "gå ut i media / gå (hardt) ut mot": a public statement; not a walk outside
    ("no", "Ordfører Arne Sandnes gikk ut i media og talte for veien.", ["Ordfører Arne Sandnes"]),
    ("no", "Naturvernforbundet har gått hardt ut mot planene.", ["Naturvernforbundet"]),
    ("no", "Kari Hansen gikk ut i skogen.", []),
    # a lower-case verb after "!" or "?" continues the quote: the source follows
    ("no", "- Nå ble jeg glad! jubler SVs Bjørn Jacobsen.", ["SVs Bjørn Jacobsen"]),
    # lower-case words inside an organisation's name, local papers, German clause openers
    ("no", "Clinton kom, men Det hvite hus benekter dette.", ["hvite hus"]),
    ("no", "Det var eneste utvei, ifølge lokalavisen.", ["lokalavisen"]),
    (
        "de",
        "Wie das Statistische Bundesamt weiter mitteilt, stieg die Zahl.",
        ["Statistische Bundesamt"],
    ),
    # a name in quotation marks after its cue
    ("de", "Nach Angaben der „Netzeitung“ waren es viele.", ["Netzeitung"]),
    ("no", "Ifølge «Dagens Næringsliv» er det slik.", ["Dagens Næringsliv"]),
    ("en", 'He said "Yes" to it.', []),
    # V2: a sentence-initial preposition and its adjectives make a fronted adverbial
    (
        "de",
        "Zum gemeinsamen Handels- und Investitionsabkommen TTIP sagte der Kommissionspräsident, "
        "man wolle es.",
        ["Kommissionspräsident"],  # not TTIP (hl-src3: a role compounded with its body)
    ),
    # a statistic is no source, whatever its capital: the compound's head decides
    ("da", "Ifølge BNP-indikatoren var væksten høj.", []),
    ("da", "Det steg, som ifølge Prisindeks for indenlandsk vareforsyning er sket.", []),
    ("en", "The Royal College of Physicians said it was wrong.", ["Royal College of Physicians"]),
    # German verb-final participles of saying: the subject after the fronted auxiliary
    (
        "de",
        "Nach der Haftentlassung hat die Europäische Kommission die Türkei vor einem "
        "Missbrauch gewarnt.",
        ["Europäische Kommission"],
    ),
    ("de", "Die Kommission hat am Montag angekündigt, dass es geht.", ["Kommission"]),
    ("de", "Gestern hat er den Plan angekündigt.", []),
    ("de", "In Berlin hat sie viel gesagt.", []),
    # "&" inside an apposition; a spaced dash opens a sentence
    (
        "da",
        "Martin Merrild, formand for Landbrug & Fødevarer, vurderer, at der er brug for mere.",
        ["Martin Merrild"],
    ),
    (
        "de",
        "(08.07.2016) - Zum gemeinsamen Abkommen TTIP sagte der Kommissionspräsident, es gehe.",
        ["Kommissionspräsident"],
    ),
    # a title naming whose statement follows
    (
        "fr",
        "Déclaration de M. Bruno Le Maire, ministre de l'économie, sur les mesures.",
        ["M. Bruno Le Maire"],
    ),
    # Russian cues (data/cues/ru.json)
    ("ru", "По словам Ивана Петрова, всё хорошо.", ["Ивана Петрова"]),
    ("ru", "«Я виноват», — признался Иван Петров.", ["Иван Петров"]),
    ("ru", "Об этом заявил министр Сергей Лавров.", ["министр Сергей Лавров"]),
    ("ru", "Он заявил, что всё хорошо.", []),
    # languages without their own lists: "according to"-style cues, a verb after a quote
    ("it", "Secondo l'Istat, i prezzi sono saliti.", ["Istat"]),
    ("it", "«Non è vero», ha detto Mario Rossi ai giornalisti.", ["Mario Rossi"]),
    ("nl", "Volgens het CBS is de inflatie gestegen.", ["CBS"]),
    ("xx", "Seoul said so.", []),
    # fourth en batch (branch hl-en2): indefinite pronouns and bare plural groups are no
    # sources; a definite company-type noun refers back to a named body
    ("en", '"Everybody says that the prices will rise," he said.', []),
    ("en", "Organisers said in a statement that the event was sold out.", []),
    ("en", "Tickets sold out, but organisers confirmed a second date.", []),
    ("en", "Profits fell last year, as the brewer said in May.", ["brewer"]),
    ("en", "Sales rose by 3%, the group said.", ["group"]),
    # a name that opens a quotation, before its verb, is cited by the quoted speaker
    ("en", '"GM reported solid results in 2004," he said.', []),
    ("en", '"The committee believes that these arguments fail," Mr Denham said.', ["Mr Denham"]),
    ("en", 'Sales fell. "We will grow," the company said.', ["company"]),
    ("no", "«Regjeringen har sagt at det er bra», sier Ola Hansen.", ["Ola Hansen"]),
    ("en", 'Ms Roe said: "Reuters reported it first."', ["Ms Roe"]),
    # passive attribution with "revealed by", "disclosed by"; pronoun contractions
    ("en", "The plan was revealed by the Financial Times on Monday.", ["Financial Times"]),
    ("en", "The figures were disclosed by the Treasury.", ["Treasury"]),
    ("en", "Friends linked my site. I'd say most of the money came from strangers.", []),
    ("en", "It was hard. I’ve said before that I can walk away.", []),
    # a group named by its members after "the" (a party, a nation's team) is no source
    ("en", "The Tories say they will vote against it.", []),
    ("en", "Despite losing, the Italians confirmed their improvement.", []),
    ("en", "Supporters say it would let firms protect their inventions.", []),
    ("en", "Mr Blair's supporters say such a deal never existed.", []),
    ("en", "The Times reported that the talks had failed.", ["Times"]),
    ("es", "«Fue difícil», dijo Ana de la Fuente ayer.", ["Ana de la Fuente"]),
    # a person's name, then a role phrase without a name in apposition: the person speaks
    ("en", "Jane Roe, Halifax chief economist, said prices would fall.", ["Jane Roe"]),
    ("en", "John Smith, BT's futurologist, told the BBC it was a shame.", ["John Smith"]),
    ("en", "Tom Brown, Labour's election strategist told the radio it was close.", ["Tom Brown"]),
    ("en", "Putin's adviser, Sergei Shoigu, said it was over.", ["Sergei Shoigu"]),
    ("en", "Huw Jones, Plaid Cymru health spokesman said it was slow.", ["Huw Jones"]),
    # a two-letter acronym before a dot ends the sentence; it is no initial
    ("en", "Most sales are outside the UK. Cadbury said it was confident.", ["Cadbury"]),
    ("en", "It follows a plan in the US. GM said it wanted change.", ["GM"]),
    ("en", "The book by J. K. Rowling said so, according to J. Smith.", ["J. Smith"]),
    # more en role words before a name (producer, star, biographer, boss …)
    (
        "en",
        '"It matters," said Sideways producer Michael London.',
        ["Sideways producer Michael London"],
    ),
    (
        "en",
        "Chelsea boss Jose Mourinho has insisted that they were lucky.",
        ["Chelsea boss Jose Mourinho"],
    ),
    ("en", "A close associate of former Yukos boss Mikhail Khodorkovsky has told a court so.", []),
    # a role in apposition without its closing comma, then the employer before the verb
    (
        "en",
        "Marc Ostwald, a strategist at Monument Securities told Reuters it was bad.",
        ["Marc Ostwald"],
    ),
    # a time between the name and its verb
    (
        "en",
        "Band Aid founder Bob Geldof in July said he was sick of it.",
        ["Band Aid founder Bob Geldof"],
    ),
    ("en", "Mr Hilton on Tuesday said he was considering legal action.", ["Mr Hilton"]),
    ("en", "Prime Minister Theresa May said it was over.", ["Prime Minister Theresa May"]),
    # "the source" and "the media" (definite forms) are no named sources
    ("no", "Kilden understreker at besøket ikke er offentlig.", []),
    ("no", "Media reagerer på kvinneskikkelser i idretten.", []),
    ("da", "Kilden understreger, at besøget ikke er officielt.", []),
    ("sv", "Källan uppger att besöket inte är officiellt.", []),
    ("en", "In London, the BBC spokesman said it was over.", ["BBC spokesman"]),
    ("en", "According to the organisation, tariffs hurt trade.", ["organisation"]),
    ("en", "The newspaper reported that the talks had failed.", ["newspaper"]),
    (
        "en",
        "A Labour Party spokesman said the date was a matter for Mr Blair.",
        ["Labour Party spokesman"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ISSUE_14)
def test_issue_14_real_news_rules(lang: str, text: str, expected: list[str]) -> None:
    found = find_sources(text, lang)
    assert [s.text for s in found] == expected
    _assert_valid(text, found)


def test_apposed_role_needs_a_person_before_the_comma() -> None:
    # a place before the comma is not the holder of the role that follows it
    found = find_sources("In New York, a strategist at Barclays told Reuters it was bad.", "en")
    assert "New York" not in [s.text for s in found]


# Norwegian fresh batch (hl-no2): quotations opened by a dash, and a role as the subject
NO_FRESH = [
    # a name inside a dash quotation is cited by the quoted speaker, not by the article
    (
        "no",
        "– Vår medfølelse går til de rammede. Norge understreker sin støtte, sier "
        "utenriksminister Børge Brende.",
        ["utenriksminister Børge Brende"],
    ),
    (
        "no",
        "Det sier Kari Holm og legger til: – Politiet mener at det går bra.",
        ["Kari Holm"],
    ),
    (
        "no",
        "-Trykket er stort. Politiet sier at det er bra, sier Monica Mæland.",
        ["Monica Mæland"],
    ),
    # after the closing attribution the narration is no longer quoted
    ("no", "- Bra, sier Ola Dahl. Politiet sier at det går bra.", ["Ola Dahl", "Politiet"]),
    # an unattributed quotation is left alone: narration may follow it in the same line
    ("no", "- Bare gå etter lukten. Politiet sier at det er bra.", ["Politiet"]),
    # a dash inside a sentence is no quotation
    (
        "no",
        "Tallene - som er nye - viser at Politiet sier ja, sier Ola Dahl.",
        ["Politiet", "Ola Dahl"],
    ),
    # a role that opens the sentence is the subject: what follows the verb is its object
    ("no", "Statsministeren kommenterer Trine Skei Grandes avgang", []),
    ("no", "I går sa Trine Skei Grande at det var bra.", ["Trine Skei Grande"]),
    ("sv", "Statsministern kommenterar Anna Ekstrands avgång.", []),
    # a possessive owner right after "viser", before a report noun, is the source
    ("no", "Det viser SSBs historiske nasjonalregnskapsstatistikk.", ["SSBs"]),
    ("no", "Det viser SSBs ferske tall for mai.", ["SSBs"]),
    # not when the run after the possessive ends on an ordinary noun
    ("no", "Kartet viser Oslos nye bydeler.", []),
    ("no", "Det viser Norges fotballag.", []),
    # months are lower case in Norwegian: a capitalised one inside a sentence is a name
    (
        "no",
        "Boka kommer i høst, bekrefter forlagssjef i Oktober, Geir Berdahl, overfor Klassekampen.",
        ["forlagssjef i Oktober, Geir Berdahl"],
    ),
    ("no", "Fredag sa Ola Dahl at det var bra.", ["Ola Dahl"]),
    ("no", "Det sa Ola Dahl fredag.", ["Ola Dahl"]),
    # Danish and Swedish share both conventions (data: dash_quotes, lowercase_times)
    (
        "da",
        "– Vi står sammen. Norge understreger sin støtte, siger udenrigsminister Lars Løkke "
        "Rasmussen.",
        ["udenrigsminister Lars Løkke Rasmussen"],
    ),
    (
        "sv",
        "– Vi står tillsammans. Norge understryker sitt stöd, säger utrikesminister Tobias "
        "Billström.",
        ["utrikesminister Tobias Billström"],
    ),
    (
        "da",
        "Bogen udkommer, bekræfter forlagschef i Oktober, Geir Berdahl.",
        ["forlagschef i Oktober, Geir Berdahl"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NO_FRESH)
def test_norwegian_fresh_batch_rules(lang: str, text: str, expected: list[str]) -> None:
    found = find_sources(text, lang)
    assert [s.text for s in found] == expected
    _assert_valid(text, found)


def test_dash_quotes_are_data() -> None:
    # the dash-quotation rule is switched on per language in the cue data
    no = lexicon("no")
    en = lexicon("en")
    assert no is not None and no.dash_quotes
    assert en is not None and not en.dash_quotes


# Third round (hl-src3): complete reporting-verb paradigms per language (present, past,
# perfect participle where it is no noun or adjective), plus guards found while adding them.
SRC3_VERBS = [
    ("en", "Parmalat Finanziaria detailed the plans on Wednesday.", ["Parmalat Finanziaria"]),
    ("en", "Amnesty International condemned the decision.", ["Amnesty International"]),
    ("en", "Mr Brown vowed to cut taxes.", ["Mr Brown"]),
    ("en", '"Why now?" asked Ms Ellis.', ["Ms Ellis"]),
    ("no", "Naturvernforbundet kritiserer planen kraftig.", ["Naturvernforbundet"]),
    ("no", "Utenriksminister Børge Brende fordømmer angrepet.", ["Utenriksminister Børge Brende"]),
    ("no", "Det har Kari Holm skrevet i et brev til styret.", ["Kari Holm"]),
    ("da", "Det har Lars Holm fortalt til DR.", ["Lars Holm"]),
    ("da", "Dansk Industri erkender, at prisen stiger.", ["Dansk Industri"]),
    ("sv", "Det har Anna Ek berättat för SVT.", ["Anna Ek"]),
    ("sv", "Amnesty fördömer attacken.", ["Amnesty"]),
    ("de", "Das Ministerium beteuerte, alles sei korrekt.", ["Ministerium"]),
    # German verbs with common non-speech senses are left out ("Der Bau erinnert an …")
    ("de", "Der Bau erinnert an eine Burg.", []),
    ("de", "Der Verein bestreitet das Spiel am Samstag.", []),
    ("de", "Kanzler Olaf Scholz verwies auf die Kosten.", ["Kanzler Olaf Scholz"]),
    ("fr", "Jimmy Wales a dévoilé un nouveau site.", ["Jimmy Wales"]),
    ("fr", "« C'est fini », déclara le maire de Lyon.", ["maire de Lyon"]),
    ("es", "Antes lo comentaba Antonio López en la radio.", ["Antonio López"]),
    ("es", "El ministerio informaba ayer de la decisión.", ["ministerio"]),
    # guards: "fikk konstatert" is a diagnosis; a plural group with a plural verb form
    ("no", "Hannah Jones fikk konstatert leukemi da hun var fem år.", []),
    ("no", "Demonstrantene krever mer penger til skolene.", []),
    # (not in Swedish: party names end like plurals, "Moderaterna", "Socialdemokraterna")
    ("sv", "Socialdemokraterna säger att det är fel.", ["Socialdemokraterna"]),
    ("en", "Southcorp confirmed the brewer had asked for talks.", ["Southcorp"]),
    ("de", "Die Europaabgeordneten betonen, dass Apps sicher sein müssen.", []),
]


# A statement named by a noun, then its preposition (`statements` x `statement_preps`)
SRC3_STATEMENTS = [
    ("en", "In a statement from the White House, officials denied it.", ["White House"]),
    ("en", "A comment by Jane Roe was read out.", ["Jane Roe"]),
    ("no", "Bekreftelsen fra USA kom i går.", ["USA"]),
    ("no", "Foredrag av statsråd Sylvia Brustad på møtet.", ["statsråd Sylvia Brustad"]),
    ("da", "Budskabet fra Dronning Margrethe var klart.", ["Dronning Margrethe"]),
    ("sv", "I ett pressmeddelande från Trafikverket står det att vägen stängs.", ["Trafikverket"]),
    ("de", "In einer Mitteilung des Ministeriums hieß es, man prüfe.", ["Ministeriums"]),
    ("fr", "Le communiqué de l'Élysée est tombé.", ["Élysée"]),
    ("es", "Tras las declaraciones del Consejo, se votó.", ["Consejo"]),
    # a lower-case complement is no name: no source
    ("es", "La declaración de la renta vence en junio.", []),
    ("en", "A statement from the family was read.", []),
]


SRC3_GRAMMAR = [
    # a role compounded with its body is role + body (not after "ein": an unnamed speaker)
    ("de", "Dazu sagte der Kommissionspräsident, man wolle verhandeln.", ["Kommissionspräsident"]),
    ("de", "Das bestätigte der Kreml-Sprecher am Montag.", ["Kreml-Sprecher"]),
    ("de", "Ein Regierungssprecher sagte, man äußere sich nicht.", []),
    ("de", "Der Sprecher sagte, man äußere sich nicht.", []),
    # the antecedent of a non-restrictive relative clause with a verb of saying
    (
        "en",
        "The event is held by the Muslim Association of Britain (MAB), which believes it helps.",
        ["Muslim Association of Britain (MAB)"],
    ),
    ("no", "Saken ble meldt til Datatilsynet, som mener at loven er brutt.", ["Datatilsynet"]),
    ("en", "Growth slowed, which suggests that rates will fall.", []),
    # a lower-case institution joined to a name by "and/og" is a source of its own
    (
        "no",
        "Ifølge politiet og Riksadvokatembetet er trusselen økende.",
        ["politiet", "Riksadvokatembetet"],
    ),
    ("en", "According to the police and Interpol, the gang fled.", ["police", "Interpol"]),
    ("no", "Helse- og omsorgsdepartementet opplyser at ordningen videreføres.", None),
    ("en", "The Department of Health and Social Care said it was safe.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SRC3_GRAMMAR)
def test_third_round_grammar(lang: str, text: str, expected: list[str] | None) -> None:
    found = find_sources(text, lang)
    if expected is None:  # one body, not split at its coordinator
        assert len(found) == 1
    else:
        assert [s.text for s in found] == expected
    _assert_valid(text, found)


SRC3_FRESH = [
    # a report noun owned by an acronym before the verb; a possessive owner before "viser"
    ("en", "The FAO report said that support for farmers was high.", ["FAO"]),
    ("da", "Rettens beretning viser, at Kommissionen har accepteret.", ["Rettens"]),
    ("no", "Tallene viser at prisene stiger.", []),
    # recommending counts only with a reported clause after it
    ("sv", "Folkhälsomyndigheten rekommenderar resenärer att använda munskydd.", []),
    (
        "sv",
        "Folkhälsomyndigheten rekommenderar att äldre vaccineras igen.",
        ["Folkhälsomyndigheten"],
    ),
    # making clear, pleading with
    ("en", "Manchester City has pleaded with fans not to protest.", ["Manchester City"]),
    ("en", "Manchester City pleaded guilty to the charge.", []),
    (
        "de",
        "Kanzler Olaf Scholz stellte klar, dass es keine Steuern gebe.",
        ["Kanzler Olaf Scholz"],
    ),
    # German "zum/zur" opens a topic, not the rest of a name; weak nouns ("Präsidenten")
    (
        "de",
        "Erklärung des Präsidenten des Europäischen Rates zum Ergebnis des Referendums",
        ["Präsidenten des Europäischen Rates"],
    ),
    (
        "es",
        "Observaciones del presidente Donald Tusk sobre la reunión",
        ["presidente Donald Tusk"],
    ),
]


SRC3_STRUCTURE = [
    # an apposition between spaced dashes, as between commas
    ("en", "But the government - the largest land owner - say they are cautious.", ["government"]),
    ("en", "Prices - which rose by 5% - say little.", []),
    # a comma, "from" and an employer with the closing comma missing: the person speaks
    ("en", "Emmanuel Ferry, from Exane BNP Paribas told Reuters it was bad.", ["Emmanuel Ferry"]),
    ("en", "In London, from Monday, the strike will go on.", []),
    # a weaker verb after "has" may take a named object: still a report
    ("en", "Anil has accused Anand Jain of creating a rift.", ["Anil"]),
    ("no", "Putin og Kim hadde bekreftet nasjonenes allianse.", []),
    # progressive forms; a newsroom's own knowledge ("understands", "erfarer", "erfuhr")
    (
        "en",
        "The Lord Chancellor, Lord Falconer, was insisting he should decide.",
        ["Lord Falconer"],
    ),
    ("en", "The BBC understands that talks failed.", ["BBC"]),
    ("en", "It is understood that the board agreed.", []),
    ("no", "NRK erfarer at saken er løst.", ["NRK"]),
]


SRC3_PASSIVE = [
    # passive attribution: the agent of a reporting verb is the source, in every language
    ("en", "Anand Jain, accused by Anil of creating a rift, resigned.", ["Anil"]),
    ("no", "Tallene er bekreftet av Statistisk sentralbyrå.", ["Statistisk sentralbyrå"]),
    ("da", "Tallet er oplyst af Rigspolitiet.", ["Rigspolitiet"]),
    ("sv", "Uppgiften bekräftades av Polismyndigheten.", ["Polismyndigheten"]),
    ("de", "Die Zahl wurde bestätigt von der Polizei.", ["Polizei"]),
    (
        "fr",
        "L'attaque a été confirmée par le ministère de l'Intérieur.",
        ["ministère de l'Intérieur"],
    ),
    ("es", "La cifra fue confirmada por el Ministerio de Sanidad.", ["Ministerio de Sanidad"]),
    # "forderte … auf" (urging) is a cue with an object after it
    (
        "de",
        "Parlamentspräsident Martin Schulz forderte die Regierungschefs auf, zu handeln.",
        ["Parlamentspräsident Martin Schulz"],
    ),
]


SRC3_SHARED_SUBJECT = [
    # a verb of saying after "and/but/og/und/et/y" shares the subject that opens the sentence
    ("en", "The Fed did not rule out raising rates but noted that inflation was low.", ["Fed"]),
    ("no", "Equinor la fram tallene og sa at kvartalet var godt.", ["Equinor"]),
    ("sv", "Volvo redovisade en förlust och meddelade att 500 jobb försvinner.", ["Volvo"]),
    ("de", "Die Bundesbank senkte die Prognose und warnte vor einer Rezession.", ["Bundesbank"]),
    ("fr", "La SNCF a supprimé des trains et a indiqué que le trafic reprendrait.", ["SNCF"]),
    ("es", "El Gobierno aprobó el plan y anunció nuevas medidas.", ["Gobierno"]),
    # not a pronoun, a group, or a sentence opened by an adverbial
    ("en", "He left the room and said nothing.", []),
    ("en", "Prices rose and analysts said it was bad.", []),
    ("en", "Yesterday the bank cut rates and said growth would slow.", []),
]


SRC3_STATEMENT_DATES = [
    # a date or time between a statement noun and its preposition
    ("sv", "Uttalande den 24 juni av Europeiska rådets ordförande om resultatet", None),
    (
        "en",
        "In a statement on Monday by the Foreign Office, officials denied it.",
        ["Foreign Office"],
    ),
    ("no", "Uttalelsen i går fra Forsvaret var klar.", ["Forsvaret"]),
    # anything else between them: no cue
    ("en", "A statement in the newspaper from the company was read.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SRC3_STATEMENT_DATES)
def test_third_round_statement_with_date(lang: str, text: str, expected: list[str] | None) -> None:
    found = find_sources(text, lang)
    if expected is None:
        assert [s.text for s in found] == ["Europeiska rådets ordförande"]
    else:
        assert [s.text for s in found] == expected
    _assert_valid(text, found)


SRC3_COORDINATION = [
    # the preposition repeated after "y/and/og": a second source
    (
        "es",
        "Tras las declaraciones del Consejo y de la Comisión presentada ayer",
        ["Consejo", "Comisión"],
    ),
    ("en", "According to the police and to Interpol, the gang fled.", ["police", "Interpol"]),
    ("en", "According to the police and to the public, the gang fled.", ["police"]),
    # two one-word names joined by og/und (data: split_single_names; not in English)
    ("da", "Det skriver man ifølge Børsen og Jyllands-Posten.", ["Børsen", "Jyllands-Posten"]),
    ("de", "Laut Bund und Ländern ist das gut.", ["Bund", "Ländern"]),
    ("en", "According to Marks and Spencer, sales rose.", ["Marks and Spencer"]),
    # German capitalises every noun: two institutions joined by "und" are two sources
    ("de", "Laut Polizei und Feuerwehr gab es keine Verletzten.", ["Polizei", "Feuerwehr"]),
    (
        "de",
        "Laut Bundesamt für Migration und Flüchtlinge stieg die Zahl.",
        ["Bundesamt für Migration und Flüchtlinge"],
    ),
    # a participle after an institution is not part of its name (Romance)
    ("fr", "Selon le ministère chargé des Transports, tout va bien.", ["ministère"]),
]


SRC3_PRECISION = [
    # ambiguous verbs left out or fenced: "spricht dafür", "weist … aus", "accused of"
    ("de", "Vieles spricht dafür, dass es klappt.", []),
    ("de", "Die Statistik weist einen Anstieg aus.", []),
    ("en", "Police accused of racism.", []),
    ("en", "Police accused the gang of theft.", ["Police"]),
    ("en", "Chelsea slammed three goals past them.", []),
]


SRC3_MORE = [
    # a Spanish closing dash ends an apposed name after the cue
    (
        "es",
        "—No vamos a ceder —dijo el ministro de Economía, Carlos Cuerpo—.",
        ["ministro de Economía, Carlos Cuerpo"],
    ),
    # "hopes" with a clause after it; the noun after a possessive or opening a sentence is not
    ("en", "Parmalat, the Italian dairy company, hopes to be back on the exchange.", ["Parmalat"]),
    ("en", "Germany's hopes of a title faded.", []),
    ("en", "Hopes of a deal faded.", []),
]


SRC3_PREPS = [
    # "according to"-class prepositions completed per language
    ("en", "Reuters reported, citing the ministry, that talks failed.", ["Reuters", "ministry"]),
    ("en", "The wire reported, citing sources, that talks failed.", []),
    ("de", "Nach Informationen des Spiegels ist der Plan tot.", ["Spiegels"]),
    ("sv", "Enligt vad SVT erfar är planen död.", ["SVT"]),
    ("da", "Efter hvad DR erfarer, er planen død.", ["DR"]),
    (
        "es",
        "En palabras de la ministra Teresa Ribera, el plan funciona.",
        ["ministra Teresa Ribera"],
    ),
    (
        "fr",
        "Selon les propos du ministre de l'Intérieur, tout va bien.",
        ["ministre de l'Intérieur"],
    ),
    (
        "no",
        "Det skriver VG med henvisning til Politiets sikkerhetstjeneste.",
        ["VG", "Politiets sikkerhetstjeneste"],
    ),
]


def test_third_round_possessive_before_a_cue_word() -> None:
    # a subject never ends in an apostrophe possessive: the cue word is an adjective there
    assert find_sources("The company's detailed plans were leaked.", "en") == []
    assert [s.text for s in find_sources("The BBC's Nick Robinson said so.", "en")] == [
        "BBC's Nick Robinson"
    ]


def test_third_round_contracted_preposition_after_verb() -> None:
    # "al"/"au" after a verb opens its object or recipient, not an inverted subject
    text = "Los sindicatos rechazaron la propuesta y criticaron al Gobierno."
    assert find_sources(text, "es") == []
    text = "a déclaré au Parisien le maire de Lyon."
    assert [s.text for s in find_sources(text, "fr")] == ["maire de Lyon"]


SRC3_GOING_PUBLIC = [
    # going public in a named medium is a cue; going out into a place is not
    (
        "no",
        "Naturvernforbundet har gått ut i Sunnmørsposten og lagt ned veto.",
        ["Naturvernforbundet"],
    ),
    ("no", "Ola Hansen gikk ut i skogen.", []),
    ("da", "Dansk Folkeparti går ud i Berlingske med kritik.", ["Dansk Folkeparti"]),
    ("sv", "Moderaterna går ut i DN med ett förslag.", ["Moderaterna"]),
    ("sv", "Barnen gick ut i trädgården.", []),
]


SRC3_CLAIM_NOUNS = [
    # a noun of claim or demand with a named owner before it and "that" after it
    ("en", "However, Anil's demand that Anand Jain be thrown out was not met.", ["Anil's"]),
    ("en", "The Kremlin's claim that it was attacked is false.", ["Kremlin's"]),
    ("en", "His claim that it was false was rejected.", []),
    ("en", "The claim that it was false was rejected.", []),
    ("no", "Regjeringens krav om at skatten skal ned, møtte motstand.", ["Regjeringens"]),
    # "fears" only with a clause after it ("Market fears grew" is a noun)
    ("en", "The union fears that jobs will go.", ["union"]),
    ("en", "Market fears grew as prices fell.", []),
]


# Each SRC3_ table above is one mechanism of the third round; the check is the same for all.
SRC3_CASES = [
    pytest.param(lang, text, expected, id=f"{name}-{i}")
    for name, table in {
        "verbs": SRC3_VERBS,
        "statements": SRC3_STATEMENTS,
        "fresh": SRC3_FRESH,
        "structure": SRC3_STRUCTURE,
        "passive": SRC3_PASSIVE,
        "shared_subject": SRC3_SHARED_SUBJECT,
        "coordination": SRC3_COORDINATION,
        "precision": SRC3_PRECISION,
        "more": SRC3_MORE,
        "preps": SRC3_PREPS,
        "going_public": SRC3_GOING_PUBLIC,
        "claim_nouns": SRC3_CLAIM_NOUNS,
    }.items()
    for i, (lang, text, expected) in enumerate(table)
]


@pytest.mark.parametrize(("lang", "text", "expected"), SRC3_CASES)
def test_third_round_sources(lang: str, text: str, expected: list[str]) -> None:
    found = find_sources(text, lang)
    assert [s.text for s in found] == expected
    _assert_valid(text, found)


# ---- fourth round (branch hl-src4): mechanisms found from attribution shapes, not dev lines
SRC4_EMPLOYER = [
    # a role, its affiliation preposition, a capitalised employer, then the holder
    (
        "da",
        "Det oplyser vagtchef ved Østjyllands Politi Jens Jensen til Ritzau.",
        ["vagtchef ved Østjyllands Politi Jens Jensen"],
    ),
    (
        "no",
        "Det sier professor ved Universitetet i Oslo Kari Hansen.",
        ["professor ved Universitetet i Oslo Kari Hansen"],
    ),
    (
        "sv",
        "Det uppger presstalesperson på Polisen, Anna Ek, för TT.",
        ["presstalesperson på Polisen, Anna Ek"],
    ),
    (
        "sv",
        "Det säger professor vid Lunds universitet Anna Ek.",
        ["professor vid Lunds universitet Anna Ek"],
    ),
    # guards: without a full name after the employer the role stays unnamed
    ("da", "Det siger vagtchef ved Østjyllands Politi.", []),
    ("no", "Det sier professor ved Universitetet i Oslo.", []),
]

SRC4_PRONOMINAL = [
    # French and Spanish pronominal verbs of saying, the whole paradigm, after a quotation
    ("fr", "« C'est une victoire », s'est félicité le maire, Jean Dupont.", ["maire, Jean Dupont"]),
    ("fr", "« C'est grave », s’est indignée Marine Tondelier.", ["Marine Tondelier"]),
    ("fr", "« Nous étions prêts », se félicite la SNCF.", ["SNCF"]),
    ("es", '"¿Por qué ahora?", se preguntó Ayuso.', ["Ayuso"]),
    # only after a quotation or comma: before its subject the verb is an emotion, not a report
    ("fr", "Emmanuel Macron s'est réjoui de l'accord.", []),
    ("es", "El PP se felicitó por el resultado.", []),
]

SRC4_REPORT_AUTHOR = [
    # a report noun after an article (and adjectives) opens the clause; its author is the source
    (
        "en",
        "A report by the National Audit Office said costs had doubled.",
        ["National Audit Office"],
    ),
    (
        "en",
        "A new study from Imperial College suggests that the effect is small.",
        ["Imperial College"],
    ),
    # guards: adjectives without an article, a group as author
    ("en", "Prices rose, and new data from the ONS showed that.", []),
    ("en", "A report by MPs said the scheme failed.", []),
]

SRC4_SEPARABLE = [
    # German separable verbs: the finite part counts when its particle closes the clause
    ("de", "Dies gab das Landesamt für Umwelt am Montag bekannt.", ["Landesamt für Umwelt"]),
    ("de", "Die NASA gab am Montag an, die Mission sei erfolgreich.", ["NASA"]),
    ("de", "Das geht aus einem Bericht des Bundesrechnungshofs hervor.", ["Bundesrechnungshofs"]),
    (
        "de",
        "Wie aus einem Bericht des Bundesrechnungshofs hervorgeht, stiegen die Kosten.",
        ["Bundesrechnungshofs"],
    ),
    # guards: no particle, another particle, "an" without a reported clause after it
    ("de", "Die Firma gab den Kunden Geld.", []),
    ("de", "Die Firma gibt den Takt an.", []),
    ("de", "Er ging aus dem Haus der Stadt Köln.", []),
]

SRC4_INSTITUTIONS = [
    # the same closed list of institution nouns in every language: a definite one is a source
    ("en", "The party said it was reviewing the case.", ["party"]),
    ("en", "The watchdog said it was reviewing the case.", ["watchdog"]),
    ("no", "Det opplyser partiet i en pressemelding.", ["partiet"]),
    ("da", "Det oplyser museet i en pressemeddelelse.", ["museet"]),
    ("sv", "Det meddelar föreningen i ett pressmeddelande.", ["föreningen"]),
    ("fr", "« Nous agirons », a indiqué le parti.", ["parti"]),
    ("es", '"Actuaremos", ha indicado la fundación.', ["fundación"]),
    # the opposition is a group, not a body
    ("en", "The opposition said it was reviewing the case.", []),
    # an institution inside a name before a spokesperson word ("a Labour Party spokesman")
    ("en", "A Labour Party spokesman said it.", ["Labour Party spokesman"]),
    ("en", "A police spokesman said it.", []),
    # verb-second: an unnamed group opening the clause is the subject, what follows the object
    ("no", "Flertallet av Høyre-velgerne mener partiet kan danne regjering.", []),
]

SRC4_TITLES = [
    # titles of works are no speakers: a capitalised function word or pronoun inside a
    # sentence opens a title ("Only Fools and Horses", "Who's Your Daddy")
    (
        "en",
        "And last week Only Fools and Horses star David Jason criticised British TV.",
        ["Only Fools and Horses star David Jason"],
    ),
    ("en", "Stations refused the show. Who's Your Daddy promises $100,000 to a winner.", []),
    # names that look like pronouns stay names
    ("en", "I think, said He Yafei.", ["He Yafei"]),
    ("no", "Statsminister Han Duck-soo sier at det er bra.", ["Statsminister Han Duck-soo"]),
]

SRC4_RELATIVE_APPOSITION = [
    # a relative clause between commas may run long and may follow another apposition
    (
        "en",
        "Jane Roe, who has run the charity for 20 years and was awarded an OBE in 2019 for "
        "her work with homeless people in London, said the cuts were cruel.",
        ["Jane Roe"],
    ),
    (
        "en",
        "Peter Smith, 45, from Leeds, whose son was injured, said he was angry.",
        ["Peter Smith"],
    ),
    (
        "de",
        "Tom Ellery, ein Glaziologe der Universität Tasmanien, der nicht an der Studie "
        "beteiligt war, sagte, die Ergebnisse seien klar.",
        ["Tom Ellery"],
    ),
    (
        "fr",
        "Marie Dupont, qui dirige l'association depuis vingt ans et qui a reçu la Légion "
        "d'honneur en 2019 pour son travail, a déclaré que les coupes étaient cruelles.",
        ["Marie Dupont"],
    ),
    # guards: a long stretch that is no relative clause; a pronoun before the relative
    (
        "en",
        "Jane Roe, after twenty long years at the head of the charity, many awards for her "
        "work with homeless people in London and Leeds and a book about all of it that was "
        "published last spring, said the cuts were cruel.",
        [],
    ),
    ("en", "He, who has run the charity for 20 years, said the cuts were cruel.", []),
]

SRC4_PRIVATIVE_NAMES = [
    # "X without Y" names one organisation, even when X is a group word
    ("en", "Doctors without Borders said the hospital was hit.", ["Doctors without Borders"]),
    (
        "de",
        "Ärzte ohne Grenzen teilte mit, das Krankenhaus sei getroffen worden.",
        ["Ärzte ohne Grenzen"],
    ),
    (
        "fr",
        "Médecins sans frontières estime que l'hôpital a été touché.",
        ["Médecins sans frontières"],
    ),
    ("no", "Leger uten grenser opplyser at sykehuset ble truffet.", ["Leger uten grenser"]),
    # guards: a lower-case noun after a name is an adverbial; a group alone stays unnamed
    ("es", "Trump sin embargo dijo que no.", []),
    ("en", "Trump without doubt said it.", []),
    ("en", "Doctors said the hospital was hit.", []),
]

SRC4_S_PASSIVE = [
    # Scandinavian s-passives of the reporting verbs with their agent preposition
    ("da", "Det oplyses af Københavns Politi, at to er anholdt.", ["Københavns Politi"]),
    ("no", "Det opplyses fra Oslo politidistrikt at to er pågrepet.", ["Oslo politidistrikt"]),
    ("sv", "Det meddelas från Försvarsmakten att fartyget skickas.", ["Försvarsmakten"]),
    # guards: authorship is no report; no named agent
    ("sv", "Boken skrivs av Anna Ek.", []),
    ("da", "Der meldes fra flere steder om oversvømmelser.", []),
]

SRC4_RAISING = [
    # English reportative frames: the subject of "was quoted as saying", "is reported to
    # have said", "went on to say"
    ("en", "Mr Putin was quoted as saying the deal was dead.", ["Mr Putin"]),
    ("en", "Jane Doe is understood to have told colleagues she would quit.", ["Jane Doe"]),
    ("en", "Jane Doe went on to say the plan had failed.", ["Jane Doe"]),
    # guards: a pronoun or a role alone as the subject
    ("en", "He went on to say it.", []),
    ("en", "The singer was quoted as saying she was sorry.", []),
]

SRC4_OPENER_NAMES = [
    # a sentence opener that occurs in lower case too is still a name when the article
    # also has it capitalised inside a sentence
    (
        "en",
        "Prices rose nationwide. The Nationwide survey found more. Nationwide said prices rose.",
        ["Nationwide"],
    ),
    # guard: without an inner capital it stays an ordinary word
    ("en", "Prices rose nationwide. Nationwide protests said little.", []),
]

SRC4_POSTED = [
    # "posted" reports only with a clause after it: results are posted, not said
    ("en", "Tesco posted a 10% rise in profits.", []),
    ("en", "Elon Musk posted on X that the deal was off.", ["Elon Musk"]),
]

SRC4_SUBORDINATE = [
    # German verb-final subordinate clauses (`clause_openers`: nachdem, weil, dass …)
    (
        "de",
        "Die Aktie fiel, nachdem BASF vor einer schwächeren Nachfrage gewarnt hatte.",
        ["BASF"],
    ),
    ("de", "Die Aktie fiel, weil die Bundesbank mitteilte, die Lage sei ernst.", ["Bundesbank"]),
    # guards: a pronoun object first, a role alone
    ("de", "Nachdem ihn die Polizei gewarnt hatte, floh er.", []),
    ("de", "Als der Minister gewarnt hatte, fiel die Aktie.", []),
]

SRC4_REPORT_AFTER_VERB = [
    # a report noun and its bridge between an inverted verb and the author
    ("fr", "« C'est grave », indique un rapport de la Cour des comptes.", ["Cour des comptes"]),
    ("es", '"Es grave", señala un informe del Banco de España.', ["Banco de España"]),
    ("en", '"It is grave," says a report by the National Audit Office.', ["National Audit Office"]),
    ("fr", "« C'est grave », indique le rapport.", []),
    # "heter det i" / "hedder det i" / "står det i" + a report of a named body (no, da, sv)
    ("no", "– Det er alvorlig, heter det i en rapport fra Riksrevisjonen.", ["Riksrevisjonen"]),
    ("da", "Det hedder det i en rapport fra Rigsrevisionen.", ["Rigsrevisionen"]),
    ("sv", "Det står i lagen.", []),
    # Spanish perfect participles of the clause-taking verbs
    (
        "es",
        "La portavoz del Gobierno, Pilar Alegría, ha defendido que la medida es necesaria.",
        ["Pilar Alegría"],
    ),
]

SRC4_THATLESS = [
    # a that-less clause after a clause-taking verb: an article, a short noun phrase, a
    # finite verb (`finite_markers`)
    ("en", "Victor Conte claims the American sprinter was taking drugs.", ["Victor Conte"]),
    ("en", "Owen admitted the Grand Slam had been mentioned.", ["Owen"]),
    # guards: an object noun phrase, a coordinated verb, a relative clause
    ("en", "Liverpool claimed the title.", []),
    ("en", "Mr Smith admitted the charge and was jailed.", []),
    ("en", "Liverpool claimed the title that had eluded them.", []),
]

SRC4_LONG_NAMES = [
    # an official name of up to 15 tokens before its verb
    (
        "fr",
        "L'Agence nationale de sécurité du médicament et des produits de santé (ANSM) a "
        "averti que le produit était dangereux.",
        ["Agence nationale de sécurité du médicament et des produits de santé"],
    ),
]

SRC4_AFTER_VALIDATION = [
    # classes completed after VALIDATION's errors were read (13:55): no longer blind
    ("de", "Themessl sprach von einem drohenden Abrutschen.", ["Themessl"]),
    (
        "de",
        "Das ist nach Auffassung von Ministerpräsident Prof. Dr. Wolfgang Böhmer klar.",
        ["Ministerpräsident Prof. Dr. Wolfgang Böhmer"],
    ),
    ("sv", "Skatteverket tillstyrker förslaget.", ["Skatteverket"]),
    # a compound whose head is a statement noun, then the noun's preposition
    (
        "da",
        "Afvarsling af beredskabsmeddelelse fra Sydøstjyllands Politi.",
        ["Sydøstjyllands Politi"],
    ),
    (
        "de",
        "Das steht in einer Regierungserklärung des Bundeskanzlers Olaf Scholz.",
        ["Bundeskanzlers Olaf Scholz"],
    ),
    ("da", "Det står i beredskabsmeddelelsen.", []),
    (
        "en",
        "Jane Doe, inventor of the World Wide Web and a member of the Public Sector "
        "Transparency Board, said it is good.",
        ["Jane Doe"],
    ),
    (
        "en",
        "Rabbi Jane Cohen, founder of Jewish human rights group the Simon Centre said it.",
        ["Rabbi Jane Cohen"],
    ),
    (
        "en",
        "The Secretary of State for Justice David Gauke said it.",
        ["Secretary of State for Justice David Gauke"],
    ),
    ("sv", "Han pekar på kartan.", []),
    (
        "en",
        "Then deputy Conservative Chairman Howard Flight was reported to have suggested "
        "Mr Howard was planning cuts.",
        ["deputy Conservative Chairman Howard Flight"],
    ),
]

SRC4_CASES = [
    pytest.param(lang, text, expected, id=f"{name}-{i}")
    for name, table in {
        "employer": SRC4_EMPLOYER,
        "pronominal": SRC4_PRONOMINAL,
        "report_author": SRC4_REPORT_AUTHOR,
        "separable": SRC4_SEPARABLE,
        "institutions": SRC4_INSTITUTIONS,
        "titles": SRC4_TITLES,
        "relative_apposition": SRC4_RELATIVE_APPOSITION,
        "privative_names": SRC4_PRIVATIVE_NAMES,
        "s_passive": SRC4_S_PASSIVE,
        "raising": SRC4_RAISING,
        "opener_names": SRC4_OPENER_NAMES,
        "posted": SRC4_POSTED,
        "subordinate": SRC4_SUBORDINATE,
        "report_after_verb": SRC4_REPORT_AFTER_VERB,
        "thatless": SRC4_THATLESS,
        "long_names": SRC4_LONG_NAMES,
        "after_validation": SRC4_AFTER_VALIDATION,
    }.items()
    for i, (lang, text, expected) in enumerate(table)
]


@pytest.mark.parametrize(("lang", "text", "expected"), SRC4_CASES)
def test_fourth_round_sources(lang: str, text: str, expected: list[str]) -> None:
    found = find_sources(text, lang)
    assert [s.text for s in found] == expected
    _assert_valid(text, found)


def test_one_long_line_of_cues_is_linear() -> None:
    """Every cue asks whether it sits inside a dash quotation; each used to walk back to the
    line start, so one 112 KB line of Danish cues took ~10 s (now ~0.4 s: the walks are
    shared). At 224 KB that is ~40 s against ~0.8 s: 8 s tells them apart on any machine."""
    line = "meddelelse fra Rigspolitiet " * 8000
    start = time.process_time()
    found = find_sources(line, "da")
    assert time.process_time() - start < 8.0
    assert len(found) == 8000


# Fifth round (hl-src5): Nynorsk and complete reporting-verb classes. Crafted sentences.
SRC5_NYNORSK = [
    (
        "no",
        "– Vi er nøgde med avtalen, seier fylkesordførar Kari Lid.",
        ["fylkesordførar Kari Lid"],
    ),
    ("no", "– Det var eit krevjande år, fortalde Lid etter møtet.", ["Lid"]),
    ("no", "Rådmann Per Dale meiner kommunen må spare meir.", ["Rådmann Per Dale"]),
    ("no", "Ifølgje Statistisk sentralbyrå auka folketalet i fjor.", ["Statistisk sentralbyrå"]),
    (
        "no",
        "Styreleiar Anne Vik understreka at det ikkje var tatt noko val.",
        ["Styreleiar Anne Vik"],
    ),
    ("no", "Fylkesmannen åtvarar mot flaum i helga.", ["Fylkesmannen"]),
    ("no", "– Vi held fram arbeidet, skreiv Noregs Bondelag i ei fråsegn.", ["Noregs Bondelag"]),
    # a Nynorsk pronoun subject is no source; a plural group is none either
    ("no", "Ho meiner at vegen må byggjast.", []),
    ("no", "Forskarane meiner talet er for lågt.", []),
]


def test_nynorsk_is_detected_as_norwegian() -> None:
    from reader.analysis.language import detect_language

    text = (
        "Fylkesordføraren seier at ho er nøgd med møtet, og at dei skal halde fram med "
        "arbeidet. Ho meiner kommunane må få meir pengar frå staten."
    )
    assert detect_language(text) == "no"


def test_nynorsk_cues_are_complete() -> None:
    """bench/nynorsk_cues.py adds a Nynorsk form for every bokmål entry it maps; nothing
    is missing from no.json (the script is idempotent)."""
    spec = importlib.util.spec_from_file_location("nynorsk_cues", ROOT / "bench/nynorsk_cues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    import json

    data = json.loads((ROOT / "reader/analysis/data/cues/no.json").read_text("utf-8"))
    assert module.nynorsk(data) == {}
    for word in ("seier", "fortalde", "meiner", "understreka", "peikar på", "legg til"):
        assert any(e.lstrip("<>^") == word for e in data["say"] + data["verbs"]), word
    assert {"ordførar", "fylkesordførar", "leiar", "rådmann"} <= set(data["roles"])


SRC5_ENGLISH_VERBS = [
    ("en", "The Royal Society hailed the report as a landmark.", ["Royal Society"]),
    ("en", "Jane Ross intimated that the deal was close.", ["Jane Ross"]),
    ("en", "The Treasury questioned whether the figures were reliable.", ["Treasury"]),
    (
        "en",
        '"Prices will fall next year," predicted Acme Bank economist Tom Hale.',
        ["Acme Bank economist Tom Hale"],
    ),
    ("en", "Unison welcomed the decision to delay the vote.", ["Unison"]),
    ("en", "Acme Corp contends that the rules are unfair.", ["Acme Corp"]),
    ("en", "Mr Hale expressed concern about the pace of reform.", ["Mr Hale"]),
    ("en", "Oxfam affirmed its support for the scheme.", ["Oxfam"]),
    ("en", "Oxfam proclaimed the campaign a success.", ["Oxfam"]),
    ("en", "Greenpeace cited a rise in emissions as the reason.", ["Greenpeace"]),
    # precision: the noun readings and "hail from" are no reports
    ("en", "The Beatles hailed from Liverpool.", []),
    ("en", "The Treasury questioned a man about the leak.", []),
    ("en", "Acme Corp questions remain unanswered.", []),
]

SRC5_ADVERBS = [
    (
        "en",
        "Sir Ian Hale, chair of the Statistics Board, warmly welcomed the appointment.",
        ["Sir Ian Hale"],
    ),
    ("en", "The Treasury strongly denied the claim.", ["Treasury"]),
    (
        "en",
        "Health Minister Ann Lee has today responded to the review.",
        ["Health Minister Ann Lee"],
    ),
    ("en", "John Smith yesterday said the plan was dead.", ["John Smith"]),
    # "family" is a noun, not an adverb: the Smith family is no named source here
    ("en", "The Smith family said they were relieved.", []),
    ("no", "I går sa Forsvaret at alt var roleg.", ["Forsvaret"]),
]

SRC5_GLUED_SENTENCE_END = [
    (
        "sv",
        "Vägarna blir bättre, menar Ingemar Skog.Huvudkontoret ligger i Borlänge.",
        ["Ingemar Skog"],
    ),
    ("en", "The talks failed, said John Smith.Officials later left the room.", ["John Smith"]),
]


def test_inner_dots_stay_in_the_word() -> None:
    """Only a dot after two lower-case letters and before a capital splits a word."""
    from reader.analysis.sources import _TOKEN

    assert _TOKEN.findall("U.S.A e.V Ph.D bbc.co.uk Skog.Huvudkontoret") == [
        "U.S.A",
        "e.V",
        "Ph.D",
        "bbc.co.uk",
        "Skog",
        ".",
        "Huvudkontoret",
    ]


SRC5_OTHER_VERBS = [
    ("sv", "Trafikverket välkomnar regeringens beslut om nya vägar.", ["Trafikverket"]),
    ("sv", "Facket ifrågasätter att beslutet är lagligt.", ["Facket"]),
    ("da", "Dansk Industri roser regeringens udspil.", ["Dansk Industri"]),
    ("da", "Dansk Industri hilser udspillet velkommen.", ["Dansk Industri"]),
    ("no", "NHO ønsker forslaget velkommen.", ["NHO"]),
    ("no", "Fylkesmannen hylla innsatsen til frivillige.", ["Fylkesmannen"]),
    ("no", "NHO stiller spørsmål ved om tallene stemmer.", ["NHO"]),
    ("de", "Die Gewerkschaft bezweifelte, dass die Zahlen stimmen.", ["Gewerkschaft"]),
    ("de", "Der Bundesrat lobte den Kompromiss.", ["Bundesrat"]),
    ("fr", "La CGT a salué la décision du gouvernement.", ["CGT"]),
    (
        "es",
        "El presidente de la Junta, Juanma Moreno, ha incidido en la importancia del acuerdo.",
        ["Juanma Moreno"],
    ),
    ("es", "Greenpeace ha cuestionado que el plan sea suficiente.", ["Greenpeace"]),
    ("es", "El Consejo elogió la labor de los voluntarios.", ["Consejo"]),
    # precision: "begrüßen" also greets, "konstaterat" also diagnoses, "estimado" is an adjective
    ("de", "Vorsitzender Mayntz begrüßt StS Seibert.", []),
    ("sv", "Region Sörmland har konstaterat ett fall av viruset.", []),
    ("es", "Valor estimado del contrato: 17 euros.", []),
]

SRC5_EMPLOYER_MODIFIER_TITLE = [
    (
        "en",
        "BBC political editor Nick Robinson said the vote was close.",
        ["BBC political editor Nick Robinson"],
    ),
    (
        "en",
        '"Rates will fall," predicted Acme Bank bond strategist Tom Hale.',
        ["Acme Bank bond strategist Tom Hale"],
    ),
]

SRC5_BODIES = [
    ("en", 'The Booker jury declared the novel "a triumph".', ["Booker jury"]),
    ("en", "The Welsh Assembly concluded that the plan had failed.", ["Welsh Assembly"]),
]

SRC5_OWNERS = [
    # a claim noun with one adjective between its possessive owner and "that"
    ("en", "Acme's recent announcement that it would cut jobs hit the shares.", ["Acme's"]),
    ("en", "Acme's recent results were poor.", []),
    # an organisation-type noun before a name describes it: only the name is the source
    ("en", "Meanwhile, oil giant BP said prices would rise.", ["BP"]),
    ("en", "The trade bloc Mercosur said tariffs would fall.", ["Mercosur"]),
]

SRC5_INVERTED = [
    (
        "no",
        "– Dette er et godt forslag, roser fylkesordfører Kari Lid.",
        ["fylkesordfører Kari Lid"],
    ),
    ("no", "– Dette er eit godt forslag, seier ordførar Kari Lid.", ["ordførar Kari Lid"]),
    (
        "sv",
        "– Det är ett bra beslut, välkomnar Trafikverkets chef Lena Berg.",
        ["Trafikverkets chef Lena Berg"],
    ),
    (
        "da",
        "– Det er en god aftale, roser Dansk Industris direktør Lars Sand.",
        ["Dansk Industris direktør Lars Sand"],
    ),
    (
        "de",
        "„Das ist ein guter Kompromiss“, lobte Verkehrsminister Peter Braun.",
        ["Verkehrsminister Peter Braun"],
    ),
    ("en", '"This is a historic day," hailed Acme chairman Tom Hale.', ["Acme chairman Tom Hale"]),
    ("de", "Die Bundesregierung machte deutlich, dass sie bleiben wolle.", ["Bundesregierung"]),
    ("de", "Das Ministerium stellte klar, dass es keine Pläne gebe.", ["Ministerium"]),
]

SRC5_GROUPS_AFTER_COMMA = [
    ("en", 'Commenting, Ministers said: "We are pleased."', []),
    ("en", "In a statement, Officials said the road would reopen.", []),
    ("en", "In a statement, Network Rail said the line would reopen.", ["Network Rail"]),
]

SRC5_TABLES: dict[str, list[tuple[str, str, list[str]]]] = {
    "groups_after_comma": SRC5_GROUPS_AFTER_COMMA,
    "inverted": SRC5_INVERTED,
    "owners": SRC5_OWNERS,
    "bodies": SRC5_BODIES,
    "employer_modifier_title": SRC5_EMPLOYER_MODIFIER_TITLE,
    "other_verbs": SRC5_OTHER_VERBS,
    "nynorsk": SRC5_NYNORSK,
    "english_verbs": SRC5_ENGLISH_VERBS,
    "adverbs": SRC5_ADVERBS,
    "glued_sentence_end": SRC5_GLUED_SENTENCE_END,
}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(lang, text, expected, id=f"{name}-{i}")
        for name, table in SRC5_TABLES.items()
        for i, (lang, text, expected) in enumerate(table)
    ],
)
def test_fifth_round_sources(lang: str, text: str, expected: list[str]) -> None:
    found = find_sources(text, lang)
    assert [s.text for s in found] == expected
    _assert_valid(text, found)


# Sixth round (branch hl-src6): new attribution shapes and precision guards. Crafted
# sentences (not dev lines); each table holds the shape and the look-alike it must not take.
SRC6_REPORT_OWNERS = [
    # a possessive owner before a report noun with a complement, then a report verb
    (
        "en",
        "Acme Research's poll of 3,000 voters found that most were undecided.",
        ["Acme Research's"],
    ),
    (
        "en",
        "Gallup's survey on the state of the housing market showed prices falling.",
        ["Gallup's"],
    ),
    ("en", "Kantar' survey found nothing.", []),  # (a stray quote mark after a name is no owner)
    ("en", "Nielsens' tally showed that 40 stations closed.", ["Nielsens'"]),
    ("en", "The regulator's annual review found that fees were too high.", ["regulator's"]),
    # a named body compounded with the report noun, before a relative
    (
        "en",
        "Shares fell after a UK government study that showed exports were down.",
        ["UK government"],
    ),
    ("en", "Shares fell after a government study that showed exports were down.", []),
    # a statement noun after its owner: the owner speaks
    ("en", "Ms Ray's speech called for more teachers.", ["Ms Ray's"]),
    # a verb inside the complement ends it: no owner across a clause
    ("en", "He said the Fed's view of growth was positive but noted risks.", []),
    # report verbs need a report noun as subject
    ("en", "Police found a body in the river.", []),
    ("en", "The survey found that most people agree.", []),
    ("en", "The plan calls for 500 new homes.", []),
    ("en", "Labour has called for an inquiry.", ["Labour"]),
]

SRC6_PERSON_OF_EMPLOYER = [
    ("en", "Maria Lopez of Oxfam said the aid was late.", ["Maria Lopez"]),
    ("en", "Tom Reed of the Royal Society told MPs the data was clear.", ["Tom Reed"]),
    ("en", "The Bank of England said rates would rise.", ["Bank of England"]),
    ("en", "Friends of the Earth said the plan was bad.", ["Friends of the Earth"]),
    ("en", "The Royal College of Nursing said staff were tired.", ["Royal College of Nursing"]),
    ("en", "British Chambers of Commerce said exports fell.", ["British Chambers of Commerce"]),
    ("en", "Doctor Jane Fox of Leeds University said it was safe.", ["Doctor Jane Fox"]),
]

SRC6_SPANS = [
    # an outlet's kind after its name is outside; a body's own noun stays
    ("en", "The Sentinel newspaper said on Friday that it had the papers.", ["Sentinel"]),
    ("en", "The strike will go ahead, the RMT union said.", ["RMT union"]),
    # a brand name that opens with digits is one name
    ("en", "4Music's Dan Hill says the album sold well.", ["4Music's Dan Hill"]),
    ("en", "Sales rose 4% and Tom Hill says the album sold well.", ["Tom Hill"]),
]

SRC6_PRECISION = [
    # a rate preposition after a number or a noun is no "according to"
    ("en", "The rupee closed at 43.31 per US dollar on Thursday.", []),
    ("en", "The car does 40 miles per gallon, per Reuters.", ["Reuters"]),
    # a role written in capitals is still a role alone
    ("en", '"It will be huge," says the DJ.', []),
    ("en", '"It will be huge," says the BBC.', ["BBC"]),
]

SRC6_MORE = [
    # the passive of a listed verb with its agent; criticism and praise in the passive
    ("en", "The merger was confirmed by Acme Bank on Monday.", ["Acme Bank"]),
    ("en", "The road is maintained by Kent County Council.", []),
    ("en", "The minister was welcomed by Mayor Tom Hale at the airport.", []),
    (
        "en",
        "Hospitals were singled out by health chief, Anne Moss, for delays.",
        ["health chief, Anne Moss"],
    ),
    ("en", "The news was announced by email on Friday.", []),
    ("en", "The winner was congratulated by the Film Council on Friday.", ["Film Council"]),
    ("en", "He was questioned by Kent Police on Friday.", []),  # (interrogation, not a report)
    # French plural honorifics, two people joined by "et"
    (
        "fr",
        "Selon MM. Jean Roux et Paul Petit, le texte est prêt.",
        ["MM. Jean Roux", "Paul Petit"],
    ),
    (
        "fr",
        "Elle a entendu une communication de Mmes Anne Roy et Lise Blanc.",
        ["Mmes Anne Roy", "Lise Blanc"],
    ),
    # a document kind opening a title is no statement; a line in capitals is a heading
    ("fr", "Communication de la Commission au Parlement européen", []),
    ("en", "STATEMENT FROM THE PRIME MINISTER", []),
    ("en", "RATES WILL RISE, BANK OF ENGLAND SAYS", []),
]

SRC6_PERIPHRASES = [
    # Spanish periphrases before a verb of saying (the infinitive or gerund of a listed verb)
    ("es", "La alcaldesa, Ana Ruiz, ha vuelto a reclamar más fondos.", ["Ana Ruiz"]),
    ("es", "El ministro Luis Gil acaba de anunciar un plan.", ["ministro Luis Gil"]),
    ("es", "La Junta sigue insistiendo en que el plan es bueno.", ["Junta"]),
    ("es", "Juan Pérez volvió a ganar el partido.", []),
    # German two-word final participles of making clear
    (
        "de",
        "Ministerin Anna Weber hatte gestern ihre Haltung deutlich gemacht.",
        ["Ministerin Anna Weber"],
    ),
    ("de", "Der Arzt hat eine Entzündung festgestellt.", []),
]

SRC6_GUARDS = [
    # a rank word before a capitalised role is part of the title: a role alone, no source
    ("en", "Statement by the First Minister and deputy First Minister", []),
    ("en", "First Minister Alex Salmond said the plan was good.", ["First Minister Alex Salmond"]),
    # a counted or numbered statement noun names documents, not a statement
    ("de", "Die 1. Pressemitteilung des Landesamtes wurde 1992 veröffentlicht.", []),
    ("de", "Laut einer Pressemitteilung des Landesamtes stieg der Umsatz.", ["Landesamtes"]),
]

SRC6_INFINITIVE = [
    # a bare infinitive after "to … and" shares the infinitive, not the subject's report
    ("en", "Tom Hale seems certain to end the row on Monday and announce a vote.", []),
    ("en", "The Fed declined to comment but noted that rates were low.", ["Fed"]),
    ("en", "Acme plans to cut jobs and announced a new chief.", ["Acme"]),
]

SRC6_GIVEN_NAME = [
    # "per" is also a given name: before a name and a verb it is no "according to"
    ("en", "Per Nilsson said the deal was done.", ["Nilsson"]),
    ("en", "Per Acme Bank, the deal was done.", ["Acme Bank"]),
]

SRC6_NUMBERED_NAMES = [
    # a channel's number between its name and the verb stays in the name
    ("en", "Radio 4 said the programme would return.", ["Radio 4"]),
    ("en", "By May 5 said nothing.", []),
]

SRC6_REPORT_FRAMES = [
    # a fronted report and its author before "står det" / "heter det": the author
    ("no", "I rapporten fra Riksrevisjonen står det at pengene er brukt feil.", ["Riksrevisjonen"]),
    ("sv", "I rapporten från Skatteverket står det att reglerna är oklara.", ["Skatteverket"]),
    ("no", "I rapporten står det at pengene er brukt feil.", []),
    ("no", "I Oslo står det et hus.", []),
]

SRC6_INTENSIFIERS = [
    # an intensifier between the subject and its verb
    ("no", "Jeg merket meg at Mattilsynet selv sier at tiltakene skal virke.", ["Mattilsynet"]),
    ("en", "The company itself said profits rose.", ["company"]),
    ("no", "Han sier selv at det går bra.", []),
]

SRC6_OWNER_GUARDS = [
    # a time word or a place's superlative before a report is no owner
    ("en", "Monday's survey found that prices fell.", []),
    ("en", "Britain's biggest survey found that prices fell.", []),
    (
        "en",
        "Halifax's own monthly figures on house sales suggest the market is cooling.",
        ["Halifax's"],
    ),
]

SRC6_REPORT_APPOSITION = [
    # a report noun with its author between commas, then the verb
    (
        "en",
        "The figures, published by the Office for National Statistics, showed a rise.",
        ["Office for National Statistics"],
    ),
    (
        "en",
        "The report, by the Institute for Fiscal Studies, found that taxes rose.",
        ["Institute for Fiscal Studies"],
    ),
    ("en", "The report, which was late, said nothing.", []),
    ("en", "Prices, by the way, rose sharply.", []),
]

SRC6_ASKING = [
    # asking a question or asking someone to act is a cue before its subject too
    ("en", "Why is this fair, the Labour leader asked.", ["Labour leader"]),
    ("en", "The Acme board has asked regulators to review the deal.", ["Acme board"]),
    ("en", "Acme had asked for talks.", []),  # (a request for something: no statement)
]

SRC6_GROUPS = [
    # plural nouns for people are unnamed groups, also opening a sentence
    ("en", "Investors said the plan was bad.", []),
    ("en", "Pensioners told the BBC the rebate was too small.", []),
    ("de", "Verbraucher sagten, der Plan sei schlecht.", []),
    ("no", "Foreldre sier at planen er dårlig.", []),
    (
        "fr",
        "L'association de consommateurs UFC-Que Choisir a rappelé les règles.",
        ["UFC-Que Choisir"],
    ),
]

SRC6_ROLES_ALONE = [
    # capitalised roles alone, also with a portfolio or rank word, are no sources
    ("en", "The Home Secretary said the plan was bad.", []),
    ("en", "The Archbishop said the plan was bad.", []),
    ("de", "Der Erzbischof sagte, der Plan sei schlecht.", []),
    ("de", "Bischof Georg Bätzing sagte, der Plan sei schlecht.", ["Bischof Georg Bätzing"]),
    (
        "en",
        "Home Secretary David Blunkett said the plan was bad.",
        ["Home Secretary David Blunkett"],
    ),
    ("en", "The Health Department said the plan was bad.", ["Health Department"]),
]

SRC6_AFTER_A_YEAR = [
    # a person's full name after a fronted year is whole; a counted group stays none
    ("en", "In 2004 Tom Hill says the album sold well.", ["Tom Hill"]),
    ("en", "Some 300 Tesco staff said they would strike.", []),
]

SRC6_FR_PERIPHRASES = [
    # French "venir de" + the infinitive of a listed verb (elided "d'" too)
    ("fr", "Le gouvernement vient de déclarer l'état d'urgence.", ["gouvernement"]),
    ("fr", "La préfecture vient d’annoncer la fermeture de la route.", ["préfecture"]),
    ("fr", "Le train vient de partir.", []),
]

SRC6_TABLES: dict[str, list[tuple[str, str, list[str]]]] = {
    "report_owners": SRC6_REPORT_OWNERS,
    "person_of_employer": SRC6_PERSON_OF_EMPLOYER,
    "spans": SRC6_SPANS,
    "precision": SRC6_PRECISION,
    "more": SRC6_MORE,
    "periphrases": SRC6_PERIPHRASES,
    "guards": SRC6_GUARDS,
    "infinitive": SRC6_INFINITIVE,
    "given_name": SRC6_GIVEN_NAME,
    "numbered_names": SRC6_NUMBERED_NAMES,
    "report_frames": SRC6_REPORT_FRAMES,
    "intensifiers": SRC6_INTENSIFIERS,
    "owner_guards": SRC6_OWNER_GUARDS,
    "report_apposition": SRC6_REPORT_APPOSITION,
    "asking": SRC6_ASKING,
    "groups": SRC6_GROUPS,
    "roles_alone": SRC6_ROLES_ALONE,
    "after_a_year": SRC6_AFTER_A_YEAR,
    "fr_periphrases": SRC6_FR_PERIPHRASES,
}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(lang, text, expected, id=f"{name}-{i}")
        for name, table in SRC6_TABLES.items()
        for i, (lang, text, expected) in enumerate(table)
    ],
)
def test_sixth_round_sources(lang: str, text: str, expected: list[str]) -> None:
    found = find_sources(text, lang)
    assert [s.text for s in found] == expected
    _assert_valid(text, found)


# Seventh round (branch hl-src7): classes found by a precision audit on unannotated dev
# texts of the summary sets (bench/source_audit.py). Crafted sentences (not audit lines);
# each table holds the false or wrongly bounded shape and a look-alike that must stay.
SRC7_TABLES: dict[str, list[tuple[str, str, list[str]]]] = {
    "lowercase_title": [
        ("de", "„Das ist gut“, sagte der zufriedene Berger am Abend.", []),
        ("de", "So sieht Müller die Lage ganz anders.", []),
        ("de", "So entwickelt Frankreich eine neue Drohne.", []),
        (
            "de",
            "„Wir bleiben“, sagte Bundesministerin Anna Weber.",
            ["Bundesministerin Anna Weber"],
        ),
        (
            "es",
            "La ingeniera civil Ana Ruiz explicó que el edificio es seguro.",
            ["ingeniera civil Ana Ruiz"],
        ),
        ("no", "Det er for tidlig, sier pressevakt Ola Hansen.", ["pressevakt Ola Hansen"]),
    ],
    "noun_phrase_tail": [
        ("de", "Die Wagen verkauften sich schlecht, mehr Glück versprach man sich von Bussen.", []),
        ("de", "„Wir sind bereit“, betonte der Chef seinem Manuskript zufolge.", []),
        ("de", "Der Schaden lag dem LKA zufolge bei fünf Millionen Euro.", ["LKA"]),
        ("de", 'Er sagte:\n\n"Dieser Gedenktag verlangt von uns allen Mut."', []),
    ],
    "object_determiners": [
        ("de", "Er hatte den Vorstoß der Regierung für zulässig erklärt.", []),
        ("de", "Frau Berg, Sie haben einen neuen Roman geschrieben, in dem es um Berlin geht.", []),
        ("de", "In ihrem Buch beschreibt Anna Kurz den Fuchs als Helfer.", ["Anna Kurz"]),
        ("de", "Nach der Sitzung hat die Kommission die Regierung gewarnt.", ["Kommission"]),
    ],
    "apposed_role_after_full_name": [
        (
            "de",
            "„Wir wachsen“, sagt Dr. Jan Berg, Vorstandsvorsitzender Alphatec.",
            ["Dr. Jan Berg"],
        ),
        (
            "fr",
            "« Nous tiendrons », a écrit le maire de Kiev, Vitali Klitschko, sur Telegram.",
            ["maire de Kiev, Vitali Klitschko"],
        ),
    ],
    "document_nonsources": [
        ("de", "Laut Gesetz muss die Firma zahlen.", []),
        ("de", "Der Legende zufolge erfand er den Drink.", []),
        ("de", "Die Lage ist nach Einschätzung der deutschen Sicherheitsbehörden ernst.", []),
        ("de", "Laut Polizei wurde niemand verletzt.", ["Polizei"]),
    ],
    "separable_not_cues": [
        ("de", "Das schreibt die Verordnung Euro 6 vor, die seit 2014 gilt.", []),
        ("de", "Der Verein sagte das Konzert am Montag ab.", []),
        ("de", "„Es reicht“, schreibt die Süddeutsche Zeitung.", ["Süddeutsche Zeitung"]),
        ("de", "Das Landesamt gab die Zahlen am Montag bekannt.", ["Landesamt"]),
    ],
    "german_lexicon": [
        (
            "de",
            "Anlässlich der Verhandlungen fordert der Sozialverband VdK eine Reform.",
            ["Sozialverband VdK"],
        ),
        ("de", "Später kündigte der Manager dann doch sein Kommen an.", []),
        (
            "de",
            "Betriebsratschefin und Aufsichtsrätin Petra Lind kritisierte den Plan.",
            ["Betriebsratschefin und Aufsichtsrätin Petra Lind"],
        ),
        ("de", "Viele Wehren kauften neu, so auch die BF Kassel.", []),
        (
            "de",
            "„Das reicht nicht“, so der Auto-Experte Jan Lehr vom ADAC.",
            ["Auto-Experte Jan Lehr"],
        ),
        (
            "de",
            "Wie das Statistische Bundesamt (Destatis) am Montag mitteilte, stiegen die Preise.",
            ["Statistische Bundesamt"],
        ),
    ],
    "romance_verbs_and_places": [
        ("es", "«Seguiremos», señaló Petro en Cali, durante su visita.", ["Petro"]),
        ("es", "Según la Policía Nacional, el detenido huyó.", ["Policía Nacional"]),
        ("es", "Los secuestradores exigieron G. 500 millones.", []),
        ("da", "Det er for sent, skriver Kenneth L.", ["Kenneth L"]),
    ],
    "spanish_boundaries": [
        (
            "es",
            "Lo anunció el propio presidente del Gobierno, que viajará el martes.",
            ["presidente del Gobierno"],
        ),
        (
            "es",
            "Según el presidente Carlos Mesa, presente en la cumbre, no habrá acuerdo.",
            ["presidente Carlos Mesa"],
        ),
        (
            "es",
            "Declaraciones del presidente Carlos Mesa previas a la reunión del Consejo.",
            ["presidente Carlos Mesa"],
        ),
    ],
    "party_brackets": [
        ("da", "Det er godt, siger Mette Holm (SF).", ["Mette Holm"]),
        (
            "da",
            "Priserne falder, ifølge Forenede Danske Motorejere (FDM).",
            ["Forenede Danske Motorejere (FDM)"],
        ),
        ("no", "Dette er riktig, sier Kari Lie (Ap).", ["Kari Lie"]),
    ],
    "scandinavian_function_words": [
        ("da", "Sådan sagde præsten Ole Lund til avisen.", ["præsten Ole Lund"]),
        (
            "da",
            "Tilsynet bad om en kontrol, hvilket tjenesten erklærede sig enig i.",
            ["tjenesten"],
        ),
        ("no", "Slik sa presten Ola Lund til avisen.", ["presten Ola Lund"]),
        (
            "sv",
            "Det finns inga bevis, påstod advokaten Rudi Hadi vilket väckte ilska.",
            ["advokaten Rudi Hadi"],
        ),
        ("sv", "Försvarsadvokaten kallade åtalet oklart.", []),
    ],
    "french_verbs_and_prepositions": [
        ("fr", "Le stratège qui a conduit au Brexit a affirmé qu'il avait agi légalement.", []),
        (
            "fr",
            "Il a harcelé la société civile potentiellement critique, selon Amnesty.",
            ["Amnesty"],
        ),
        (
            "fr",
            "Macron a déploré les retards, Edouard Philippe ayant déploré la légèreté.",
            ["Macron", "Edouard Philippe"],
        ),
        (
            "fr",
            "« Nous investirons », a déclaré l'adjoint aux finances, Marc Le Goff, en séance.",
            ["adjoint aux finances, Marc Le Goff"],
        ),
        (
            "fr",
            "Selon l'Organisation mondiale de la santé, le virus recule.",
            ["Organisation mondiale de la santé"],
        ),
    ],
    "written_is_a_weaker_verb": [
        ("no", "Både Ola Berg og Kari Lie har skrevet memoarer om krigen.", []),
        ("no", "Avisen VG har skrevet at saken er henlagt.", ["VG"]),
        ("da", "Både Ole Berg og Karen Lund har skrevet erindringer om krigen.", []),
        ("sv", "Både Ola Berg och Karin Lund har skrivit memoarer om kriget.", []),
    ],
    "answering_only_inverted": [
        ("da", "Men Callan O'Reilly svarede igen med to birdies på de sidste huller.", []),
        ("no", "Det blir en hemmelighet helt til Ap, SV og Sp svarer.", []),
        ("da", "Det er ikke relevant, svarer Kristian Jensen.", ["Kristian Jensen"]),
    ],
    "ordinal_in_fronted_adverbial": [
        (
            "de",
            "Lager befreit. Zum 60. Jahrestag der Befreiung erklärte die Vollversammlung den Tag.",
            ["Vollversammlung"],
        ),
        (
            "de",
            "Zum gemeinsamen Abkommen TTIP sagte der Kommissionspräsident, man wolle verhandeln.",
            ["Kommissionspräsident"],
        ),
    ],
    "german_second_batch": [
        ("de", "Nein, Martin teilt mit dem Bettler seinen Mantel.", []),
        (
            "de",
            "Das Ministerium teilte am Montag mit, dass die Straße gesperrt bleibt.",
            ["Ministerium"],
        ),
        ("de", "„Wir sind bereit“, teilte die Polizei mit.", ["Polizei"]),
        ("de", "Vereinfacht gesagt entsteht das Wasser an kalten Scheiben.", []),
        ("de", "Für diese Berufe gibt es Regeln, die bis jetzt kein Staat sagt.", []),
        ("de", "Das soll, so die Hoffnung, mehr Betriebe anlocken.", []),
        ("de", "Es waren 500 Euro, hieß es in den Unterlagen, die Bloomberg sah.", []),
    ],
    "german_place_after_a_name": [
        (
            "de",
            "„Ich habe meinen Job gemacht“, sagte Yücel im Gespräch mit der Moderatorin.",
            ["Yücel"],
        ),
        (
            "de",
            "Dazu meldete Signa Development in dem Bericht einen Verlust.",
            ["Signa Development"],
        ),
        (
            "de",
            "„Die Lage ist ernst“, sagte ein Sprecher der Polizei in Berlin.",
            ["Sprecher der Polizei in Berlin"],
        ),
    ],
}


def _table_cases(tables: dict[str, list[tuple[str, str, list[str]]]]) -> list:
    """One case per row of a round's tables ("<class>-<row>" ids), so that a failure names
    the class of fix it belongs to."""
    return [
        pytest.param(lang, text, expected, id=f"{name}-{i}")
        for name, table in tables.items()
        for i, (lang, text, expected) in enumerate(table)
    ]


def _check_sources(lang: str, text: str, expected: list[str]) -> None:
    found = find_sources(text, lang)
    assert [s.text for s in found] == expected
    _assert_valid(text, found)


@pytest.mark.parametrize(("lang", "text", "expected"), _table_cases(SRC7_TABLES))
def test_seventh_round_sources(lang: str, text: str, expected: list[str]) -> None:
    _check_sources(lang, text, expected)


def test_seventh_round_romance_verb_ends_a_name() -> None:
    # es `verb_endings`: a finite verb after a name is no trailing adjective
    text = "Operarios de la CFE acudieron al lugar y confirmaron que no había daños."
    found = find_sources(text, "es")
    assert found and not any("acudieron" in s.text for s in found)
    _assert_valid(text, found)


# hl-src8: classes of missed sources from the recall audit (bench/source_recall.py, sample
# 1 of da/de/fr); each table has the fixed shape and look-alikes that must stay unmarked.
SRC8_TABLES: dict[str, list[tuple[str, str, list[str]]]] = {
    "soft_hyphen_inside_a_name": [
        ("de", "Ilya \u00adBudraitskis forderte einen Bruch.", ["Ilya \u00adBudraitskis"]),
        ("de", "Olaf Kisten\u00admacher kritisierte die Parteinahme.", ["Olaf Kisten\u00admacher"]),
        ("de", "Er forderte einen \u00adBruch mit der Geschichte.", []),
    ],
    "medium_aside_after_the_verb": [
        (
            "fr",
            "Ils ont agressé des salariés, a dénoncé dans un tweet le secrétaire général du "
            "syndicat, Laurent Berger.",
            ["secrétaire général du syndicat, Laurent Berger"],
        ),
        ("fr", "Il a dénoncé dans un tweet le projet de loi.", []),
    ],
    "epithet_after_an_indefinite": [
        (
            "da",
            "Jeg er chokeret,” sagde en følelsesladet Maja Panduro på valgnatten.",
            ["Maja Panduro"],
        ),
        ("en", '"It is bad," said a tearful John Smith.', ["John Smith"]),
        ("en", '"It is bad," said a senior Foreign Office official.', []),
        ("de", "„Es ist gut“, sagte ein aktiver Benutzer von Wikinews.", []),
    ],
    "object_clitic_after_an_inversion_word": [
        ("fr", "Le propriétaire a réglé la note, comme le précise Closer.", ["Closer"]),
        ("es", "La empresa pagó la multa, como lo informó El País.", ["El País"]),
        ("fr", "Le chat le précise bien.", []),
    ],
    "citation_bracket_before_the_verb": [
        (
            "de",
            "Peter Korig (»Jungle World« 35/2023) befürchtet, es könne sich wiederholen.",
            ["Peter Korig"],
        ),
        ("de", "Ola Berg (»Jungle World«) befürchtet, es könne sich wiederholen.", []),
    ],
    "particle_before_a_bracket": [
        (
            "de",
            "Udo Wolter wies auf eine Gleichzeitigkeit in der Geschichte hin (»Jungle World« "
            "39/2023).",
            ["Udo Wolter"],
        ),
        ("de", "Udo Wolter wies den Weg (nach Hause).", []),
    ],
    "report_nouns_after_according_to": [
        (
            "fr",
            "Il fera froid, selon des chiffres de la Préfecture de police.",
            ["Préfecture de police"],
        ),
        ("fr", "Selon les informations de PurePeople, elle partira.", ["PurePeople"]),
        ("fr", "Il sera jugé selon des modalités fixées par la loi.", []),
    ],
    "adverb_after_an_inverted_subject": [
        (
            "de",
            "Es sei nie ihr Ziel gewesen, sagt Birgit Kelle gleich zu Anfang.",
            ["Birgit Kelle"],
        ),
        ("de", "Das sagte Müller gleich ab.", []),
    ],
    "party_tag_inside_an_apposition": [
        (
            "da",
            "Formanden for regionernes sundhedsudvalg, Ulla Astman (S), erkender, at målet "
            "ikke er nået.",
            ["Ulla Astman"],
        ),
        (
            "da",
            "Han mødte formanden for sundhedsudvalget, Ulla Astman (S), og hun erkender, at "
            "målet ikke er nået.",
            [],
        ),
    ],
    "danish_roles_added": [
        (
            "da",
            "Det fortæller områdets beboerrepræsentant, Kaj Larssen, efter fredagens melding.",
            ["områdets beboerrepræsentant, Kaj Larssen"],
        ),
        ("da", "Det fortæller områdets beboere efter fredagens melding.", []),
    ],
    "german_weak_noun_before_a_name": [
        ("de", "Das wird laut dem Experten Peter Kuo anders.", ["Experten Peter Kuo"]),
        (
            "de",
            "Das wird laut dem bekannten Apple-Analysten Ming-Chi Kuo anders.",
            ["bekannten Apple-Analysten Ming-Chi Kuo"],
        ),
        ("de", "Das sagten Experten Anfang Mai.", []),
        ("de", "Das sagten Experten der Deutschen Bank.", []),
    ],
    "verbs_added": [
        ("de", "Das Landgericht urteilte, die Klage sei unbegründet.", ["Landgericht"]),
        ("de", "Peter Korig befürchtet, es könne sich wiederholen.", ["Peter Korig"]),
        ("de", "Befürchtet wird ein Anstieg der Preise.", []),
        (
            "fr",
            "« La bonne foi, c'est cela », a argumenté Édouard Philippe lundi.",
            ["Édouard Philippe"],
        ),
    ],
}


@pytest.mark.parametrize(("lang", "text", "expected"), _table_cases(SRC8_TABLES))
def test_eighth_round_sources(lang: str, text: str, expected: list[str]) -> None:
    _check_sources(lang, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised adjective opens the description between the commas: the name
        # before the first comma is the source, with or without a bracketed short name
        (
            "Dr Richard Lewis, Welsh secretary of the British Medical Association (BMA), "
            'welcomed the new targets "to make further progress".',
            ["Dr Richard Lewis"],
        ),
        (
            "Richard Lewis, Welsh secretary of the British Medical Association, said the "
            "plan was good.",
            ["Richard Lewis"],
        ),
        # look-alikes: a name between the commas stays the source
        (
            'Scottish Finance Minister, Tom McCabe MSP, said: "We announced more."',
            ["Tom McCabe MSP"],
        ),
        (
            "Last year's honorary winner, Stephen King, accused the industry of snobbery.",
            ["Stephen King"],
        ),
    ],
)
def test_a_description_between_commas_leaves_the_name_before_it(
    text: str, expected: list[str]
) -> None:
    found = find_sources(text, "en")
    assert [s.text for s in found] == expected
    _assert_valid(text, found)
