"""langdetect's language profiles, loaded in a sixth of the time.

Why: langdetect's loader gives every one of its ~88,000 n-grams a list of 55
probabilities up front (0.3 s of a `reader summary` that should take about one
second), though detecting one article looks up only a few thousand of them. Here
an n-gram's probabilities are computed from the profiles when a detector first asks
for them; the list it gets is the one langdetect's own loader builds (same language
order, same float arithmetic), so detection results are identical.
"""

from __future__ import annotations

import json
import os
import threading
from typing import Any

_lock = threading.Lock()
_factory: Any = None


class LazyProbabilities:
    """n-gram -> per-language probabilities, computed on first lookup.

    langdetect's Detector only uses `word in map` and `map[word]`, both served here.
    """

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]], langsize: int) -> None:
        self._profiles = profiles  # (n-gram counts, n-grams per length), langlist order
        self._known: set[object] = set()  # n-grams asked for and found in some profile
        self._lists: dict[str, list[float]] = {}
        self.langsize = langsize

    def __contains__(self, word: object) -> bool:
        # Looked up in the profiles when first asked: a detection asks about a few
        # thousand n-grams; the union of all 88,000 took a fifth of the loading time.
        # Only n-grams that are known are remembered: the profiles' 88,000 at most, where
        # remembering every n-gram asked about would grow with every article read.
        if word in self._known:
            return True
        if any(word in freq for freq, _ in self._profiles):
            self._known.add(word)
            return True
        return False

    def __len__(self) -> int:
        return len(set().union(*(freq for freq, _ in self._profiles)))

    def __getitem__(self, word: str) -> list[float]:
        full = self._lists.get(word)
        if full is None:
            if word not in self:
                raise KeyError(word)
            full = [0.0] * self.langsize
            length = len(word)
            if 1 <= length <= 3:
                for index, (freq, n_words) in enumerate(self._profiles):
                    count = freq.get(word)
                    if count is not None:
                        full[index] = 1.0 * count / n_words[length - 1]
            self._lists[word] = full
        return full


def load(directory: str) -> tuple[list[str], LazyProbabilities]:
    """The language list and probability map langdetect's `load_profile` would build."""
    files = os.listdir(directory)  # langdetect's order: os.listdir, unsorted
    langsize = len(files)  # langdetect sizes the lists by every directory entry
    langs: list[str] = []
    profiles: list[tuple[dict[str, int], list[int]]] = []
    for name in files:
        path = os.path.join(directory, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            profile = json.load(f)
        langs.append(profile["name"])
        profiles.append((profile["freq"], profile["n_words"]))
    return langs, LazyProbabilities(profiles, langsize)


def factory() -> Any:
    """A langdetect DetectorFactory with every bundled profile, built once per process.

    Seeded: langdetect draws random n-gram samples, so an unseeded factory can give
    different answers for the same text in different processes.
    """
    global _factory
    with _lock:
        if _factory is None:
            from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
            from langdetect.lang_detect_exception import ErrorCode, LangDetectException

            made = DetectorFactory()
            made.seed = 0  # each Detector copies its factory's seed
            try:
                made.langlist, made.word_lang_prob_map = load(PROFILES_DIRECTORY)
            except (OSError, ValueError, KeyError, TypeError) as exc:
                # as langdetect's own loader does: callers treat this as "und"
                raise LangDetectException(
                    ErrorCode.FormatError, f"language profiles unreadable: {exc}"
                ) from exc
            _factory = made
        return _factory
