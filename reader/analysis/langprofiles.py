"""langdetect's language profiles, loaded in a sixth of the time, or from a cache.

Why: langdetect's loader gives every one of its ~88,000 n-grams a list of 55
probabilities up front (0.3 s of a `reader summary` that should take about one
second), though detecting one article looks up only a few thousand of them. Here
an n-gram's probabilities are computed from the profiles when a detector first asks
for them; the list it gets is the one langdetect's own loader builds (same language
order, same float arithmetic), so detection results are identical.

Parsing the 55 JSON profiles (2.2 MB) is then still most of a detection's cost. When
the caller names a cache folder (`use_cache`; the CLI gives the platform cache folder,
never a folder of the user's files), the profiles' n-gram counts are also written
there once, atomically, as hash buckets of n-grams (`_Cache`), in a file named by the
sha256 of the profile files' names (in langdetect's order) and bytes: a later process
reads that one file and unpacks only the buckets of the n-grams it is asked about.
The counts are the JSON's integers and the probabilities are computed from them as
above, so the cache gives the same probabilities; a profile changed or reordered is a
new key, and an unreadable or damaged cache file is ignored (the JSON is read).
"""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import sys
import threading
import zlib
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_factory: Any = None
_cache_folder: Callable[[], Path] | None = None

_FORMAT = 1  # of the cache file; part of its key
_BUCKETS = 1 << 15  # ~3 n-grams a bucket
_CACHE_PREFIX = "langdetect-profiles-"

Profiles = list[tuple[dict[str, int], list[int]]]  # (n-gram counts, n-grams per length)


class LazyProbabilities:
    """n-gram -> per-language probabilities, computed on first lookup.

    langdetect's Detector only uses `word in map` and `map[word]`, both served here.
    """

    def __init__(self, profiles: Profiles, langsize: int) -> None:
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

    def _counts(self, word: str) -> Iterable[tuple[int, int]]:
        """(profile index, count) of `word` in every profile that has it, in index order."""
        for index, (freq, _) in enumerate(self._profiles):
            count = freq.get(word)
            if count is not None:
                yield index, count

    def _n_words(self, index: int) -> list[int]:
        return self._profiles[index][1]

    def __getitem__(self, word: str) -> list[float]:
        full = self._lists.get(word)
        if full is None:
            if word not in self:
                raise KeyError(word)
            full = [0.0] * self.langsize
            length = len(word)
            if 1 <= length <= 3:
                for index, count in self._counts(word):
                    full[index] = 1.0 * count / self._n_words(index)[length - 1]
            self._lists[word] = full
        return full


class _Cache(LazyProbabilities):
    """The same map over the cache file's buckets: bucket b holds, marshalled, the
    n-grams whose crc32 is b (mod `_BUCKETS`), each with its (index, count) pairs."""

    def __init__(
        self, n_words: list[list[int]], langsize: int, size: int, offsets: array[int], blob: bytes
    ) -> None:
        super().__init__([], langsize)
        self._n_words_of = n_words
        self._size = size
        self._offsets = offsets
        self._blob = memoryview(blob)
        self._buckets: dict[int, dict[str, tuple[int, ...]]] = {}
        self._found: dict[str, tuple[int, ...]] = {}

    def _pairs(self, word: object) -> tuple[int, ...] | None:
        if not isinstance(word, str):
            return None
        found = self._found.get(word)
        if found is not None:
            return found
        b = _bucket(word)
        bucket = self._buckets.get(b)
        if bucket is None:
            bucket = self._buckets[b] = marshal.loads(
                self._blob[self._offsets[b] : self._offsets[b + 1]]
            )
        found = bucket.get(word)
        if found is not None:  # known n-grams only: bounded by the profiles, as `_known`
            self._found[word] = found
        return found

    def __contains__(self, word: object) -> bool:
        return self._pairs(word) is not None

    def __len__(self) -> int:
        return self._size

    def _counts(self, word: str) -> Iterable[tuple[int, int]]:
        pairs = self._pairs(word) or ()
        return zip(pairs[::2], pairs[1::2], strict=True)

    def _n_words(self, index: int) -> list[int]:
        return self._n_words_of[index]


def _bucket(word: str) -> int:
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) & (_BUCKETS - 1)


def _read_profiles(directory: str) -> tuple[list[str], int, list[Path], list[bytes]]:
    """langdetect's file order (os.listdir, unsorted), the list size it uses (every
    directory entry), and the profile files with their bytes."""
    files = os.listdir(directory)
    paths: list[Path] = []
    blobs: list[bytes] = []
    for name in files:
        path = os.path.join(directory, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        paths.append(Path(path))
        blobs.append(Path(path).read_bytes())
    return files, len(files), paths, blobs


def _parse(blobs: list[bytes]) -> tuple[list[str], Profiles]:
    langs: list[str] = []
    profiles: Profiles = []
    for blob in blobs:
        profile = json.loads(blob.decode("utf-8"))
        langs.append(profile["name"])
        profiles.append((profile["freq"], profile["n_words"]))
    return langs, profiles


def load(directory: str) -> tuple[list[str], LazyProbabilities]:
    """The language list and probability map langdetect's `load_profile` would build."""
    _, langsize, _, blobs = _read_profiles(directory)
    langs, profiles = _parse(blobs)
    return langs, LazyProbabilities(profiles, langsize)


def _key(files: list[str], paths: list[Path], blobs: list[bytes]) -> str:
    import hashlib  # only when the profiles are loaded (start-up time of other commands)

    h = hashlib.sha256(f"{_FORMAT} {_BUCKETS} marshal {marshal.version} {sys.version}".encode())
    for name in files:  # every entry, in langdetect's order: the order is the index
        h.update(name.encode("utf-8", "surrogateescape") + b"\0")
    for path, blob in zip(paths, blobs, strict=True):
        h.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
        h.update(hashlib.sha256(blob).digest())
    return h.hexdigest()


def _pack(key: str, langs: list[str], profiles: Profiles, langsize: int) -> bytes:
    pairs: dict[str, list[int]] = {}  # n-gram -> (index, count, index, count, ...)
    for index, (freq, _) in enumerate(profiles):
        for word, count in freq.items():
            pairs.setdefault(word, []).extend((index, count))
    buckets: list[dict[str, tuple[int, ...]]] = [{} for _ in range(_BUCKETS)]
    for word, found in pairs.items():
        buckets[_bucket(word)][word] = tuple(found)
    offsets = array("q", [0])
    parts = [marshal.dumps(bucket) for bucket in buckets]
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    size = len(pairs)
    n_words = [list(n) for _, n in profiles]
    blob = b"".join(parts)
    header = (_FORMAT, key, langs, n_words, langsize, size, offsets.tobytes(), zlib.crc32(blob))
    return marshal.dumps((*header, blob))


def _unpack(key: str, data: bytes) -> tuple[list[str], _Cache] | None:
    try:
        fmt, stored, langs, n_words, langsize, size, offsets_bytes, crc, blob = marshal.loads(data)
        offsets = array("q")
        offsets.frombytes(offsets_bytes)
    except (EOFError, ValueError, TypeError):
        return None  # damaged: read the JSON instead
    if fmt != _FORMAT or stored != key or len(offsets) != _BUCKETS + 1 or offsets[-1] != len(blob):
        return None
    if zlib.crc32(blob) != crc:  # a damaged bucket would give wrong counts, not an error
        return None
    return langs, _Cache(n_words, langsize, size, offsets, blob)


def _write(path: Path, data: bytes) -> None:
    """Atomically (a temp file in the same folder, then `os.replace`); errors ignored:
    the cache only saves time."""
    import tempfile  # only when the cache is written (start-up time)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=_CACHE_PREFIX, suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def load_cached(directory: str, folder: Path) -> tuple[list[str], LazyProbabilities]:
    """`load(directory)`, through the cache file in `folder` (written when missing)."""
    files, langsize, paths, blobs = _read_profiles(directory)
    key = _key(files, paths, blobs)
    path = folder / f"{_CACHE_PREFIX}{key[:24]}.marshal"
    try:
        data = path.read_bytes()
    except OSError:
        data = None
    cached = _unpack(key, data) if data is not None else None
    if cached is not None:
        return cached
    langs, profiles = _parse(blobs)
    _write(path, _pack(key, langs, profiles, langsize))
    return langs, LazyProbabilities(profiles, langsize)


def use_cache(folder: Callable[[], Path] | None) -> None:
    """Where the profiles' cache lives (a function, called only when the profiles are
    loaded), or None for no cache (the default: tests and library use read the JSON)."""
    global _cache_folder
    _cache_folder = folder


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
                if _cache_folder is None:
                    made.langlist, made.word_lang_prob_map = load(PROFILES_DIRECTORY)
                else:
                    made.langlist, made.word_lang_prob_map = load_cached(
                        PROFILES_DIRECTORY, _cache_folder()
                    )
            except (OSError, ValueError, KeyError, TypeError) as exc:
                # as langdetect's own loader does: callers treat this as "und"
                raise LangDetectException(
                    ErrorCode.FormatError, f"language profiles unreadable: {exc}"
                ) from exc
            _factory = made
        return _factory
