"""Word stems, for summaries (sumy's Snowball stemmers) and for search.

Search matches a query word with the words of an article through their stems in the
article's language ("tunnels" finds "tunnel", "regjeringens" finds "regjeringen"):
the index stores `index_terms(text, lang)` next to the text, and a query word is
stemmed with the stemmer of every language in the library (`search_stemmer`). Han and
kana runs have no spaces between words, so their terms are character bigrams
(`reader.analysis.scripts`): a search for a Chinese or Japanese word finds it inside a
sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from reader.analysis import languages
from reader.analysis.scripts import tokens

# `nltk.stem.snowball.SnowballStemmer.languages`: names outside it (chinese, greek, ...)
# have no NLTK stemmer either, so they must not pay for importing NLTK to learn that.
NLTK_SNOWBALL = frozenset(
    [
        "arabic",
        "danish",
        "dutch",
        "english",
        "finnish",
        "french",
        "german",
        "hungarian",
        "italian",
        "norwegian",
        "portuguese",
        "romanian",
        "russian",
        "spanish",
        "swedish",
    ]
)


@cache
def stemmer(lang: str) -> Callable[[str], str]:
    """A memoised Snowball stemmer (lower-cases first); identity for unknown languages.

    This is exactly what sumy's `Stemmer(name)` calls (`nltk.stem.snowball.<Name>Stemmer
    ().stem`), taken directly: importing `sumy.nlp.stemmers` also imports `requests`.
    The class comes from `reader.analysis.snowball`, a copy of NLTK's code (importing
    NLTK costs 0.3-0.5 s); only a language that copy lacks (Arabic) imports NLTK.
    """
    row = languages.languages().get(lang)
    name = None if row is None else row.stemmer
    stem: Callable[[str], str] = str.lower
    if name is not None:
        from reader.analysis import snowball as ours

        cls = getattr(ours, name.capitalize() + "Stemmer", None)
        if cls is None and name in NLTK_SNOWBALL:
            from nltk.stem import snowball

            cls = getattr(snowball, name.capitalize() + "Stemmer", None)
        if cls is not None:
            stem = cls().stem
    return _memoised(stem)


@cache
def search_stemmer(lang: str) -> Callable[[str], str] | None:
    """The Snowball stemmer search uses for `lang` (lower-cases first), or None.

    From `snowballstemmer` (the Snowball project's own Python output: 0.1 s to import)
    rather than NLTK's port (0.4-0.9 s): the index stems every new article, and the first
    screen of a cold library must not wait for NLTK. Index and queries use the same one.
    """
    row = languages.get(lang)
    if row is None or row.stemmer is None:
        return None
    import snowballstemmer

    if row.stemmer not in snowballstemmer.algorithms():
        return None
    stem_word = snowballstemmer.stemmer(row.stemmer).stemWord
    return _memoised(lambda word: str(stem_word(word)))


def _memoised(stem: Callable[[str], str]) -> Callable[[str], str]:
    """`stem` of the lower-cased word, each word stemmed once."""
    memo: dict[str, str] = {}

    def cached(word: str) -> str:
        try:
            return memo[word]
        except KeyError:
            memo[word] = out = stem(word.lower())
            return out

    return cached


def index_terms(text: str, lang: str) -> str:
    """The distinct stems (and Han/kana bigrams) of `text` in `lang`, sorted, one space
    between: what the search index stores for an article (order and repeats do not
    matter to a match, and a sorted set is small and the same in every process)."""
    words = {t.lower() for t in tokens(text)}
    stem = search_stemmer(languages.normalise(lang) or "")
    return " ".join(sorted({stem(w) for w in words} if stem else words))
