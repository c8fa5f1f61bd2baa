"""Word stems, for summaries (sumy's Snowball stemmers) and for search.

Search matches a query word with the words of an article through their stems in the
article's language ("tunnels" finds "tunnel", "regjeringens" finds "regjeringen"):
the index stores `index_terms(text, lang)` next to the text, and a query word is
stemmed with the stemmer of every language in the library. Han and kana runs have no
spaces between words, so their terms are character bigrams (`reader.analysis.scripts`),
which lets a search for a Chinese or Japanese word find it inside a sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from reader.analysis import languages
from reader.analysis.scripts import tokens


@cache
def stemmer(lang: str) -> Callable[[str], str]:
    """A memoised Snowball stemmer (lower-cases first); identity for unknown languages.

    This is exactly what sumy's `Stemmer(name)` calls (`nltk.stem.snowball.<Name>Stemmer
    ().stem`), taken directly: importing `sumy.nlp.stemmers` also imports `requests`.
    """
    row = languages.languages().get(lang)
    name = None if row is None else row.stemmer
    stem: Callable[[str], str] = str.lower
    if name is not None:
        from nltk.stem import snowball

        cls = getattr(snowball, name.capitalize() + "Stemmer", None)
        if cls is not None:
            stem = cls().stem
    memo: dict[str, str] = {}

    def cached(word: str) -> str:
        try:
            return memo[word]
        except KeyError:
            memo[word] = out = stem(word.lower())
            return out

    return cached


def has_stemmer(lang: str) -> bool:
    """Whether the table gives `lang` a Snowball stemmer (else stems are the words)."""
    row = languages.get(lang)
    if row is None or row.stemmer is None:
        return False
    from nltk.stem import snowball

    return hasattr(snowball, row.stemmer.capitalize() + "Stemmer")


def index_terms(text: str, lang: str) -> str:
    """The distinct stems (and Han/kana bigrams) of `text` in `lang`, sorted, one space
    between: what the search index stores for an article (order and repeats do not
    matter to a match, and a sorted set is small and the same in every process)."""
    code = languages.normalise(lang) or ""
    stem = stemmer(code) if has_stemmer(code) else str.lower
    return " ".join(sorted({stem(t) for t in tokens(text)}))
