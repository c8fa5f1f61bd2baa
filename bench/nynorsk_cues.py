"""Add the Nynorsk forms of the Norwegian source cues to reader/analysis/data/cues/no.json.

Norwegian has two written standards; the cue lists were written in bokmål, and Nynorsk
text ("seier fylkesordførar Jenny Følling", "fortalde Skjæran") reached none of them.
Language detection reports Nynorsk as "no" (nn is an alias of no in data/languages.json),
so the Nynorsk words live in the same lists.

Each bokmål entry is mapped to its Nynorsk form(s): regular rules for the agent nouns
(-er -> -ar, leder -> leiar, plural -ere/-erne/-ene -> -arar/-arane/-ane) and a table
for the verbs (every tense of every listed verb: seier/sa/sagt, fortel/fortalde/fortalt,
understrekar/understreka, peikar på, legg til, held fram, åtvarar …), the function words,
pronouns and report nouns. Run it again after editing the bokmål lists: it only adds.

    python bench/nynorsk_cues.py          # rewrite no.json in place (idempotent)
    python bench/nynorsk_cues.py --check  # exit 1 if an entry is missing
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "reader/analysis/data/cues/no.json"

# bokmål verb form -> Nynorsk forms (markers such as "<", ">", "^" are kept from the
# bokmål entry). A form identical in both standards needs no row.
VERBS: dict[str, list[str]] = {
    "sier": ["seier"],
    "uttaler": ["uttalar"],
    "skriver": ["skriv"],
    "skrev": ["skreiv"],
    "forteller": ["fortel"],
    "fortalte": ["fortalde"],
    "legger til": ["legg til"],
    "understreker": ["understrekar"],
    "understreket": ["understreka"],
    "påpeker": ["påpeikar", "peikar på"],
    "påpekte": ["påpeika", "påpeikte"],
    "påpekt": ["påpeika", "påpeikt"],
    "hevder": ["hevdar"],
    "hevdet": ["hevda"],
    "mener": ["meiner"],
    "mente": ["meinte"],
    "forklarer": ["forklarar"],
    "oppgir": ["oppgjev"],
    "oppga": ["oppgav", "oppgjev"],
    "oppgitt": ["oppgjeve", "oppgitt"],
    "utdyper": ["utdjupar"],
    "utdypet": ["utdjupa"],
    "fremhever": ["framhevar", "framhevjar"],
    "fremhevet": ["framheva", "framhevja"],
    "påsto": ["påstod"],
    "medgir": ["vedgår", "vedkjenner"],
    "medga": ["vedgjekk", "vedkjende"],
    "medgitt": ["vedgått", "vedkjent"],
    "beskriver": ["beskriv", "skildrar"],
    "beskrev": ["beskreiv", "skildra"],
    "beskrevet": ["skildra"],
    "forsikrer": ["forsikrar"],
    "forsikret": ["forsikra"],
    "gjentar": ["gjentek"],
    "gjentatt": ["gjenteke"],
    "fortsetter": ["held fram", "fortset"],
    "fortsatte": ["heldt fram", "fortsette"],
    "tror": ["trur"],
    "trodde": ["trudde"],
    "trodd": ["trudd"],
    "håper": ["håpar"],
    "håpet": ["håpa"],
    "jubler": ["jublar"],
    "jublet": ["jubla"],
    "gikk ut i media": ["gjekk ut i media"],
    "gikk ut i pressen": ["gjekk ut i pressa"],
    "går ut i pressen": ["går ut i pressa"],
    "gått ut i pressen": ["gått ut i pressa"],
    "gikk ut mot": ["gjekk ut mot"],
    "gikk hardt ut mot": ["gjekk hardt ut mot"],
    "gikk ut i": ["gjekk ut i"],
    "uttrykker": ["uttrykkjer"],
    "twitret": ["twitra", "tvitra"],
    "bekrefter": ["stadfestar", "stadfester", "bekreftar"],
    "bekreftet": ["stadfesta", "stadfeste", "bekrefta"],
    "advarer": ["åtvarar"],
    "advarte": ["åtvara"],
    "advart": ["åtvara"],
    "kunngjør": ["kunngjer"],
    "innrømmer": ["vedgår"],
    "innrømmet": ["innrømde", "vedgjekk"],
    "varsler": ["varslar"],
    "varslet": ["varsla"],
    "svarer": ["svarar"],
    "beretter": ["fortel"],
    "fremholder": ["framheld"],
    "fraråder": ["frårår"],
    "frarådet": ["frårådde"],
    "oppfordrer": ["oppfordrar", "oppmodar"],
    "oppfordret": ["oppmoda"],
    "røper": ["røpar"],
    "røpet": ["røpte"],
    "antyder": ["antydar"],
    "antydet": ["antyda"],
    "kalte": ["kalla"],
    "kaller": ["kallar"],
    "benekter": ["nektar for"],
    "benektet": ["nekta for"],
    "avkrefter": ["avkreftar"],
    "avkreftet": ["avkrefta"],
    "krever": ["krev"],
    "krevde": ["kravde"],
    "frykter": ["fryktar"],
    "fryktet": ["frykta"],
    "gjør det klart": ["gjer det klart"],
    "anbefaler": ["tilrår"],
    "anbefalte": ["tilrådde"],
    "anbefalt": ["tilrådd"],
    "lover": ["lovar"],
    "lovet": ["lova"],
    "hyller": ["hyllar"],
    "roser": ["rosar"],
    "roste": ["rosa"],
    "betoner": ["betonar"],
    "betonet": ["betona"],
    "klager": ["klagar"],
    "klaget": ["klaga"],
    "forutsier": ["føreseier"],
    "forutså": ["føresåg"],
    "peker på": ["peikar på"],
    "pekte på": ["peikte på", "peika på"],
    "pekt på": ["peikt på", "peika på"],
}

SEPARABLE: dict[str, list[str]] = {"ønsker": ["ønskjer"], "ønsket": ["ønskte"]}

PREPS: dict[str, list[str]] = {
    "fremgår det av": ["går det fram av"],
    "heter det i": ["heiter det i"],
    "het det i": ["heitte det i"],
    "bekreftet av": ["stadfesta av"],
    "kritisert av": ["kritisert av"],
    "med henvisning til": ["med tilvising til"],
}

# word lists: bokmål word -> Nynorsk words
WORDS: dict[str, list[str]] = {
    # pronouns, determiners, articles
    "hun": ["ho"],
    "de": ["dei"],
    "jeg": ["eg"],
    "vi": ["me"],
    "dere": ["de", "dykk"],
    "ham": ["han"],
    "dem": ["dei"],
    "disse": ["desse"],
    "hennes": ["hennar"],
    "deres": ["deira", "dykkar"],
    "en": ["ein"],
    "et": ["eit"],
    # function words and adverbs
    "også": ["òg"],
    "nå": ["no"],
    "tidligere": ["tidlegare"],
    "senere": ["seinare"],
    "selv": ["sjølv"],
    "ikke": ["ikkje"],
    "videre": ["vidare"],
    "dessuten": ["dessutan"],
    "blant annet": ["mellom anna"],
    "hvor": ["kvar"],
    "da": ["då"],
    "hvis": ["viss"],
    "fra": ["frå"],
    "uten": ["utan"],
    "ble": ["vart", "blei"],
    "blir": ["vert", "blir"],
    "allerede": ["allereie"],
    "bare": ["berre"],
    "imidlertid": ["likevel"],
    "samtidig": ["samstundes"],
    "derfor": ["difor", "derfor"],
    "enten": ["anten"],
    "hver": ["kvar", "kvart"],
    "noen": ["nokon", "nokre", "nokre"],
    "flere": ["fleire"],
    "innen": ["innan"],
    "utenfor": ["utanfor"],
    "ellers": ["elles"],
    "altså": ["altså"],
    "trolig": ["truleg"],
    "antakelig": ["truleg"],
    "sannsynligvis": ["sannsynlegvis"],
    "seg": ["seg"],
    "angående": ["om"],
    "helgen": ["helga"],
    "mer": ["meir"],
    "nærmere": ["nærare"],
    "hvordan": ["korleis"],
    "hvorfor": ["kvifor"],
    "hva": ["kva"],
    "hvem": ["kven"],
    "fortsatt": ["framleis"],
    "fremdeles": ["framleis"],
    "riktignok": ["riktignok"],
    "frem": ["fram"],
    "mandag": ["måndag"],
    "tirsdag": ["tysdag"],
    "lørdag": ["laurdag"],
    "søndag": ["sundag"],
    "i morgen": ["i morgon"],
    "morgen": ["morgon"],
    "uke": ["veke"],
    "måned": ["månad"],
    "dag": ["dag"],
    "mandagens": ["måndagens"],
    # report and statement nouns
    "tall": ["tal"],
    "tallene": ["tala"],
    "undersøkelse": ["undersøking"],
    "undersøkelsen": ["undersøkinga"],
    "undersøkelser": ["undersøkingar"],
    "beregninger": ["utrekningar"],
    "beregningene": ["utrekningane"],
    "oversikten": ["oversikta"],
    "uttalelse": ["fråsegn", "utsegn"],
    "uttalelsen": ["fråsegna", "utsegna"],
    "uttalelser": ["fråsegner", "utsegner"],
    "uttalelsene": ["fråsegnene", "utsegnene"],
    "pressemeldingen": ["pressemeldinga"],
    "meldingen": ["meldinga"],
    "kunngjøring": ["kunngjering"],
    "kunngjøringen": ["kunngjeringa"],
    "bekreftelse": ["stadfesting"],
    "bekreftelsen": ["stadfestinga"],
    "budskap": ["bodskap"],
    "budskapet": ["bodskapen"],
    "advarsel": ["åtvaring"],
    "advarselen": ["åtvaringa"],
    "advarsler": ["åtvaringar"],
    "erklæringen": ["erklæringa"],
    "vurderingen": ["vurderinga"],
    "målingen": ["målinga"],
    "offentliggjort": ["offentleggjort"],
    "nyeste": ["nyaste"],
    "opptellingen": ["opptellinga"],
    "kartleggingen": ["kartlegginga"],
    "anslagene": ["anslaga"],
    "beretningen": ["forteljinga"],
    "oppfordring": ["oppmoding"],
    "løfte": ["lovnad"],
    "innrømmelse": ["innrømming", "vedkjenning"],
    # institutions and descriptors
    "regjeringen": ["regjeringa"],
    "etterretningen": ["etterretninga"],
    "etterretningstjenesten": ["etterretningstenesta"],
    "*tjenesten": ["*tenesta"],
    "kystvakten": ["kystvakta"],
    "sykehuset": ["sjukehuset"],
    "*avdelingen": ["*avdelinga"],
    "avisen": ["avisa"],
    "lokalavisen": ["lokalavisa"],
    "*avisen": ["*avisa"],
    "nettavisen": ["nettavisa"],
    "dagsavisen": ["dagsavisa"],
    "skolen": ["skulen"],
    "foreningen": ["foreininga"],
    "*foreningen": ["*foreininga"],
    "fagforeningen": ["fagforeininga"],
    "stiftelsen": ["stiftinga"],
    "utvalget": ["utvalet"],
    "nyhetsbyrå": ["nyheitsbyrå"],
    "nyhetsbyrået": ["nyheitsbyrået"],
    "kringkasteren": ["kringkastaren"],
    "statsforvalteren": ["statsforvaltaren"],
    "tankesmien": ["tankesmia"],
    "kjeden": ["kjeda"],
    "matvarekjeden": ["matvarekjeda"],
    "bilprodusenten": ["bilprodusenten"],
    "operatøren": ["operatøren"],
    "arrangøren": ["arrangøren"],
    "myndighetene": ["styresmaktene", "myndigheitene"],
    "myndigheter": ["styresmakter", "myndigheiter"],
    "tjenestemenn": ["tenestemenn"],
    "tjenestemennene": ["tenestemennene"],
    "tjenestemann": ["tenestemann"],
    "embetsmenn": ["embetsmenn"],
    "vitnene": ["vitna"],
    "medier": ["media"],
    "mediene": ["media"],
    "statsmedier": ["statsmedia"],
    "ansatte": ["tilsette"],
    "innbyggere": ["innbyggjarar"],
    "velgere": ["veljarar"],
    "*velgere": ["*veljarar"],
    "*velgerne": ["*veljarane"],
    "bønder": ["bønder"],
    "medlemmer": ["medlemer"],
    "sykehus": ["sjukehus"],
    "skoler": ["skular"],
    "selskaper": ["selskap"],
    "vitner": ["vitne"],
    "kilder": ["kjelder"],
    "kilde": ["kjelde"],
    "kildene": ["kjeldene"],
    "kilden": ["kjelda"],
    "folket": ["folket"],
    "flertallet": ["fleirtalet"],
    "mindretallet": ["mindretalet"],
    "værvarselet": ["vêrvarselet"],
    "værmeldingen": ["vêrmeldinga"],
    "sykepleiere": ["sjukepleiarar"],
    "frivillige": ["friviljuge"],
    "politifolk": ["politifolk"],
    "soldater": ["soldatar"],
    "tropper": ["troppar"],
    # roles that are not regular -er agent nouns
    "leder": ["leiar"],
    "*leder": ["*leiar"],
    "rådgiver": ["rådgjevar"],
    "*rådgiver": ["*rådgjevar"],
    "kommunikasjonsrådgiver": ["kommunikasjonsrådgjevar"],
    "politimester": ["politimeister"],
    "daglig": ["dagleg"],
    "konge": ["konge", "kong"],
    "talskvinne": ["talskvinne"],
    "overlege": ["overlege"],
    "påtaleansvarlig": ["påtaleansvarleg"],
}

# keys whose words get the WORDS map (and, for roles and groups, the -er -> -ar rules)
WORD_KEYS = (
    "aux",
    "pronouns",
    "determiners",
    "indefinites",
    "function",
    "preps_before",
    "time",
    "bridges",
    "statements",
    "claim_nouns",
    "institutions",
    "descriptors",
    "nonsources",
    "anonymous",
    "quantifiers",
    "possessive_pronouns",
    "affiliation",
    "bridge_preps",
    "statement_preps",
    "spokespersons",
    "roles",
)

# agent nouns: bokmål -er is Nynorsk -ar ("forsker" -> "forskar", "ordfører" -> "ordførar")
# except the loanwords that keep -er in both ("minister", "general", "premier")
KEEP_ER = ("minister", "premier", "general", "major", "partner", "leser")
AGENT_KEYS = ("roles", "spokespersons", "nonsources")

# roles that are the same in both standards but were missing from the list; the brief's
# "rådmann" (chief municipal executive) and the deputy forms of "ordfører"
EXTRA_ROLES = [
    "rådmann",
    "kommunedirektør",
    "fylkesrådmann",
    "*ordfører",
    "*ordførar",
    "varaordfører",
    "varaordførar",
    "fylkesvaraordførar",
    "fylkesvaraordfører",
]


def _agent(word: str) -> list[str]:
    """The Nynorsk form(s) of a bokmål agent noun or its plural, by the regular rules."""
    star = "*" if word.startswith("*") else ""
    w = word.lstrip("*")
    if any(w.endswith(k) for k in KEEP_ER) or " " in w or w.endswith("."):
        return []
    if "leder" in w:  # "leder" -> "leiar", "styreleder" -> "styreleiar", "lederne" -> "leiarane"
        return [
            star
            + w.replace("lederne", "leiarane")
            .replace("ledere", "leiarar")
            .replace("leder", "leiar")
        ]
    for bm, nn in (("erne", "arane"), ("ere", "arar"), ("ene", "ane"), ("er", "ar")):
        if w.endswith(bm) and len(w) > len(bm) + 2:
            return [star + w[: -len(bm)] + nn]
    return []


def _marked(entry: str) -> tuple[str, str]:
    marks = ""
    while entry and entry[0] in "<>^":
        marks, entry = marks + entry[0], entry[1:]
    return marks, entry


def nynorsk(data: dict[str, object]) -> dict[str, list[str]]:
    """The entries to add, by list key (those already present are left out)."""
    out: dict[str, list[str]] = {}

    def put(key: str, words: list[str]) -> None:
        have = data.get(key, [])
        assert isinstance(have, list)
        new = out.setdefault(key, [])
        for w in words:
            if w not in have and w not in new:
                new.append(w)

    for key in ("say", "verbs"):
        entries = data.get(key, [])
        assert isinstance(entries, list)
        for entry in entries:
            marks, verb = _marked(entry)
            # a form may already be listed (or added) in either strength list: skip it
            present = {
                _marked(e)[1]
                for k in ("say", "verbs")
                for e in [*data.get(k, []), *out.get(k, [])]  # type: ignore[misc]
            }
            put(key, [marks + nn for nn in VERBS.get(verb, []) if nn not in present])
    entries = data.get("preps", [])
    assert isinstance(entries, list)
    for entry in entries:
        put("preps", PREPS.get(entry, []))
    # the Nynorsk words themselves (from an earlier run) are not bokmål entries to map again
    made = {w for words in WORDS.values() for w in words} | set(EXTRA_ROLES)
    for key in AGENT_KEYS:
        made |= {w for e in data.get(key, []) for w in _agent(e)}  # type: ignore[union-attr]
    for key in WORD_KEYS:
        entries = data.get(key, [])
        assert isinstance(entries, list)
        for entry in entries:
            put(key, WORDS.get(entry, []))
            if key in AGENT_KEYS and entry not in WORDS and entry not in made:
                put(key, _agent(entry))
    put("roles", EXTRA_ROLES)
    put("plural_endings", ["arar", "arane", "ane"])
    entries = data.get("separable_verbs", [])
    assert isinstance(entries, list)
    for entry in entries:
        head, _, particle = entry.partition(" … ")
        put("separable_verbs", [f"{nn} … {particle}" for nn in SEPARABLE.get(head, [])])
    return {k: v for k, v in out.items() if v}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="list what is missing, exit 1 if anything is"
    )
    args = parser.parse_args(argv)  # `--help` must not rewrite no.json
    data = json.loads(PATH.read_text("utf-8"))
    add = nynorsk(data)
    if args.check:
        for key, words in add.items():
            print(f"{key}: {', '.join(words)}")
        return 1 if add else 0
    for key, words in add.items():
        data[key] = list(data.get(key, [])) + words
    data["_doc"] = (
        "Kildemarkører for norsk, bokmål og nynorsk (nynorskformene er lagt til med "
        "bench/nynorsk_cues.py). Se docs/highlights-sources.md."
    )
    PATH.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(sum(map(len, add.values())), "entries added")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
