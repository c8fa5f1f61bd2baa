"""Which language an article is in: an ISO 639-1 code, or "und" when we can't tell.

langdetect is random unless seeded; the factory from `reader.analysis.langprofiles` is seeded
and we run it on a bounded sample, so the same text gives the same answer in every
process. Norwegian variants ("nb", "nn") are reported as "no", as the contract asks
(the aliases are in data/languages.json).
"""

from __future__ import annotations

import re
import threading

from reader.analysis import languages

UNDETERMINED = "und"
MIN_LETTERS = 20  # below this, any guess is noise
MIN_PROBABILITY = 0.60
_SAMPLE_CHARS = 4000

_lock = threading.Lock()
_LETTER = re.compile(r"[^\W\d_]")


def canonical(code: str | None) -> str | None:
    """Normalise a user- or front-matter-given code ("nb", "NO", "en-GB") to ISO 639-1.

    Aliases come from the language table (`reader.analysis.languages`)."""
    return languages.normalise(code)


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text`, or "und" when it is too short or too mixed."""
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return UNDETERMINED
    from langdetect.lang_detect_exception import LangDetectException  # slow: lazily

    from reader.analysis.langprofiles import factory

    with _lock:  # the factory's probability map fills in as detectors read it
        try:
            detector = factory().create()  # what langdetect.detect_langs does
            detector.append(sample)
            guesses = detector.get_probabilities()
        except LangDetectException:
            return UNDETERMINED
    if not guesses or guesses[0].prob < MIN_PROBABILITY:
        return UNDETERMINED
    return canonical(guesses[0].lang) or UNDETERMINED


def resolve_language(text: str, given: str | None = None, declared: str | None = None) -> str:
    """The language to use: the command line wins, then front matter, then detection."""
    return canonical(given) or canonical(declared) or detect_language(text)
