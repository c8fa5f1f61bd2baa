# mypy: ignore-errors
# ruff: noqa
"""NLTK's Snowball stemmers (the ones the language table uses), copied so that stemming
does not import NLTK.

Why: `import nltk.stem.snowball` runs NLTK's package ``__init__`` (corpora, chunkers,
metrics, translation...): 0.3-0.5 s of start-up that `reader summary` paid for every
stemmed language, for a few pure-Python classes. This file is nltk 3.10.4's
``nltk/stem/snowball.py`` (Apache License 2.0; Copyright (C) 2001-2026 NLTK Project;
authors Peter Michael Stahl, Peter Ljunglof; algorithms Dr Martin Porter) with only
these changes: the classes kept are the languages of ``data/languages.json`` that
NLTK stems, except Arabic (which needs NLTK's regex wrapper: `reader.analysis.stems`
imports NLTK for it); `SnowballStemmer`, `PorterStemmer`, `demo` and the imports are
left out; `StemmerI` (an abstract base with no behaviour) is dropped as a base class;
``ignore_stopwords=True`` (NLTK's stop-word corpus, never used by the reader) raises;
`suffix_replace` / `prefix_replace` are nltk.stem.util's; and (for speed, issue 15 fifth
round) each loop ``for suffix in TUPLE: if X.endswith(suffix): ...`` whose whole body is
that one ``if`` (no ``elif``/``else``, no for-``else``) has ``if X.endswith(TUPLE):`` in
front of it: a loop that finds no suffix does nothing, and ``str.endswith`` tries the
whole tuple in C (43 loops; stemming 1.1-4x faster). The stems are NLTK's, word for word:
tests/core/test_summarise.py compares every class with the installed NLTK (and every class
gave NLTK's stem for all 194,101 word types of our data after that change).
"""


def suffix_replace(original, old, new):
    """
    Replaces the old suffix of the original string by a new suffix
    """
    return original[: -len(old)] + new


def prefix_replace(original, old, new):
    """
    Replaces the old prefix of the original string by a new suffix

    :param original: string
    :param old: string
    :param new: string
    :return: string
    """
    return new + original[len(old) :]


class _LanguageSpecificStemmer:
    """
    This helper subclass offers the possibility
    to invoke a specific stemmer directly.
    This is useful if you already know the language to be stemmed at runtime.

    Create an instance of the Snowball stemmer.

    :param ignore_stopwords: If set to True, stopwords are
                             not stemmed and returned unchanged.
                             Set to False by default.
    :type ignore_stopwords: bool
    """

    def __init__(self, ignore_stopwords=False):
        # The language is the name of the class, minus the final "Stemmer".
        language = type(self).__name__.lower()
        if language.endswith("stemmer"):
            language = language[:-7]

        self.stopwords = set()
        if ignore_stopwords:  # reader: NLTK's stop-word corpus is not used here
            raise ValueError(f"{self!r}: ignore_stopwords is not supported in this copy")

    def __repr__(self):
        """
        Print out the string representation of the respective class.

        """
        return f"<{type(self).__name__}>"


class _ScandinavianStemmer(_LanguageSpecificStemmer):
    """
    This subclass encapsulates a method for defining the string region R1.
    It is used by the Danish, Norwegian, and Swedish stemmer.

    """

    def _r1_scandinavian(self, word, vowels):
        """
        Return the region R1 that is used by the Scandinavian stemmers.

        R1 is the region after the first non-vowel following a vowel,
        or is the null region at the end of the word if there is no
        such non-vowel. But then R1 is adjusted so that the region
        before it contains at least three letters.

        :param word: The word whose region R1 is determined.
        :type word: str or unicode
        :param vowels: The vowels of the respective language that are
                       used to determine the region R1.
        :type vowels: unicode
        :return: the region R1 for the respective word.
        :rtype: unicode
        :note: This helper method is invoked by the respective stem method of
               the subclasses DanishStemmer, NorwegianStemmer, and
               SwedishStemmer. It is not to be invoked directly!

        """
        r1 = ""
        for i in range(1, len(word)):
            if word[i] not in vowels and word[i - 1] in vowels:
                if 3 > len(word[: i + 1]) > 0:
                    r1 = word[3:]
                elif len(word[: i + 1]) >= 3:
                    r1 = word[i + 1 :]
                else:
                    return word
                break

        return r1


class _StandardStemmer(_LanguageSpecificStemmer):
    """
    This subclass encapsulates two methods for defining the standard versions
    of the string regions R1, R2, and RV.

    """

    def _r1r2_standard(self, word, vowels):
        """
        Return the standard interpretations of the string regions R1 and R2.

        R1 is the region after the first non-vowel following a vowel,
        or is the null region at the end of the word if there is no
        such non-vowel.

        R2 is the region after the first non-vowel following a vowel
        in R1, or is the null region at the end of the word if there
        is no such non-vowel.

        :param word: The word whose regions R1 and R2 are determined.
        :type word: str or unicode
        :param vowels: The vowels of the respective language that are
                       used to determine the regions R1 and R2.
        :type vowels: unicode
        :return: (r1,r2), the regions R1 and R2 for the respective word.
        :rtype: tuple
        :note: This helper method is invoked by the respective stem method of
               the subclasses DutchStemmer, FinnishStemmer,
               FrenchStemmer, GermanStemmer, ItalianStemmer,
               PortugueseStemmer, RomanianStemmer, and SpanishStemmer.
               It is not to be invoked directly!
        :note: A detailed description of how to define R1 and R2
               can be found at http://snowball.tartarus.org/texts/r1r2.html

        """
        r1 = ""
        r2 = ""
        for i in range(1, len(word)):
            if word[i] not in vowels and word[i - 1] in vowels:
                r1 = word[i + 1 :]
                break

        for i in range(1, len(r1)):
            if r1[i] not in vowels and r1[i - 1] in vowels:
                r2 = r1[i + 1 :]
                break

        return (r1, r2)

    def _rv_standard(self, word, vowels):
        """
        Return the standard interpretation of the string region RV.

        If the second letter is a consonant, RV is the region after the
        next following vowel. If the first two letters are vowels, RV is
        the region after the next following consonant. Otherwise, RV is
        the region after the third letter.

        :param word: The word whose region RV is determined.
        :type word: str or unicode
        :param vowels: The vowels of the respective language that are
                       used to determine the region RV.
        :type vowels: unicode
        :return: the region RV for the respective word.
        :rtype: unicode
        :note: This helper method is invoked by the respective stem method of
               the subclasses ItalianStemmer, PortugueseStemmer,
               RomanianStemmer, and SpanishStemmer. It is not to be
               invoked directly!

        """
        rv = ""
        if len(word) >= 2:
            if word[1] not in vowels:
                for i in range(2, len(word)):
                    if word[i] in vowels:
                        rv = word[i + 1 :]
                        break

            elif word[0] in vowels and word[1] in vowels:
                for i in range(2, len(word)):
                    if word[i] not in vowels:
                        rv = word[i + 1 :]
                        break
            else:
                rv = word[3:]

        return rv


class DanishStemmer(_ScandinavianStemmer):
    """
    The Danish Snowball stemmer.

    :cvar __vowels: The Danish vowels.
    :type __vowels: unicode
    :cvar __consonants: The Danish consonants.
    :type __consonants: unicode
    :cvar __double_consonants: The Danish double consonants.
    :type __double_consonants: tuple
    :cvar __s_ending: Letters that may directly appear before a word final 's'.
    :type __s_ending: unicode
    :cvar __step1_suffixes: Suffixes to be deleted in step 1 of the algorithm.
    :type __step1_suffixes: tuple
    :cvar __step2_suffixes: Suffixes to be deleted in step 2 of the algorithm.
    :type __step2_suffixes: tuple
    :cvar __step3_suffixes: Suffixes to be deleted in step 3 of the algorithm.
    :type __step3_suffixes: tuple
    :note: A detailed description of the Danish
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/danish/stemmer.html

    """

    # The language's vowels and other important characters are defined.
    __vowels = "aeiouy\xe6\xe5\xf8"
    __consonants = "bcdfghjklmnpqrstvwxz"
    __double_consonants = (
        "bb",
        "cc",
        "dd",
        "ff",
        "gg",
        "hh",
        "jj",
        "kk",
        "ll",
        "mm",
        "nn",
        "pp",
        "qq",
        "rr",
        "ss",
        "tt",
        "vv",
        "ww",
        "xx",
        "zz",
    )
    __s_ending = "abcdfghjklmnoprtvyz\xe5"

    # The different suffixes, divided into the algorithm's steps
    # and organized by length, are listed in tuples.
    __step1_suffixes = (
        "erendes",
        "erende",
        "hedens",
        "ethed",
        "erede",
        "heden",
        "heder",
        "endes",
        "ernes",
        "erens",
        "erets",
        "ered",
        "ende",
        "erne",
        "eren",
        "erer",
        "heds",
        "enes",
        "eres",
        "eret",
        "hed",
        "ene",
        "ere",
        "ens",
        "ers",
        "ets",
        "en",
        "er",
        "es",
        "et",
        "e",
        "s",
    )
    __step2_suffixes = ("gd", "dt", "gt", "kt")
    __step3_suffixes = ("elig", "l\xf8st", "lig", "els", "ig")

    def stem(self, word):
        """
        Stem a Danish word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        # Every word is put into lower case for normalization.
        word = word.lower()

        if word in self.stopwords:
            return word

        # After this, the required regions are generated
        # by the respective helper method.
        r1 = self._r1_scandinavian(word, self.__vowels)

        # Then the actual stemming process starts.
        # Every new step is explicitly indicated
        # according to the descriptions on the Snowball website.

        # STEP 1
        if r1.endswith(self.__step1_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1_suffixes:
                if r1.endswith(suffix):
                    if suffix == "s":
                        if word[-2] in self.__s_ending:
                            word = word[:-1]
                            r1 = r1[:-1]
                    else:
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]
                    break

        # STEP 2
        if r1.endswith(self.__step2_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step2_suffixes:
                if r1.endswith(suffix):
                    word = word[:-1]
                    r1 = r1[:-1]
                    break

        # STEP 3
        if r1.endswith("igst"):
            word = word[:-2]
            r1 = r1[:-2]

        if r1.endswith(self.__step3_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step3_suffixes:
                if r1.endswith(suffix):
                    if suffix == "l\xf8st":
                        word = word[:-1]
                        r1 = r1[:-1]
                    else:
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]

                        if r1.endswith(self.__step2_suffixes):
                            word = word[:-1]
                            r1 = r1[:-1]
                    break

        # STEP 4: Undouble
        for double_cons in self.__double_consonants:
            if word.endswith(double_cons) and len(word) > 3:
                word = word[:-1]
                break

        return word


class DutchStemmer(_StandardStemmer):
    """
    The Dutch Snowball stemmer.

    :cvar __vowels: The Dutch vowels.
    :type __vowels: unicode
    :cvar __step1_suffixes: Suffixes to be deleted in step 1 of the algorithm.
    :type __step1_suffixes: tuple
    :cvar __step3b_suffixes: Suffixes to be deleted in step 3b of the algorithm.
    :type __step3b_suffixes: tuple
    :note: A detailed description of the Dutch
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/dutch/stemmer.html

    """

    __vowels = "aeiouy\xe8"
    __step1_suffixes = ("heden", "ene", "en", "se", "s")
    __step3b_suffixes = ("baar", "lijk", "bar", "end", "ing", "ig")

    def stem(self, word):
        """
        Stem a Dutch word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        word = word.lower()

        if word in self.stopwords:
            return word

        step2_success = False

        # Vowel accents are removed.
        word = (
            word.replace("\xe4", "a")
            .replace("\xe1", "a")
            .replace("\xeb", "e")
            .replace("\xe9", "e")
            .replace("\xed", "i")
            .replace("\xef", "i")
            .replace("\xf6", "o")
            .replace("\xf3", "o")
            .replace("\xfc", "u")
            .replace("\xfa", "u")
        )

        # An initial 'y', a 'y' after a vowel,
        # and an 'i' between self.__vowels is put into upper case.
        # As from now these are treated as consonants.
        if word.startswith("y"):
            word = "".join(("Y", word[1:]))

        # Mutate a list in place and join once: rebuilding the whole string on
        # each match is O(n) per match, so a crafted token was O(n**2) (CWE-407).
        # Reads see earlier upper-casings just as the rebuilt string did.
        chars = list(word)
        for i in range(1, len(chars)):
            if chars[i - 1] in self.__vowels and chars[i] == "y":
                chars[i] = "Y"

        for i in range(1, len(chars) - 1):
            if chars[i - 1] in self.__vowels and chars[i] == "i" and chars[i + 1] in self.__vowels:
                chars[i] = "I"
        word = "".join(chars)

        r1, r2 = self._r1r2_standard(word, self.__vowels)

        # R1 is adjusted so that the region before it
        # contains at least 3 letters.
        for i in range(1, len(word)):
            if word[i] not in self.__vowels and word[i - 1] in self.__vowels:
                if 3 > len(word[: i + 1]) > 0:
                    r1 = word[3:]
                elif len(word[: i + 1]) == 0:
                    return word
                break

        # STEP 1
        if r1.endswith(self.__step1_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1_suffixes:
                if r1.endswith(suffix):
                    if suffix == "heden":
                        word = suffix_replace(word, suffix, "heid")
                        r1 = suffix_replace(r1, suffix, "heid")
                        if r2.endswith("heden"):
                            r2 = suffix_replace(r2, suffix, "heid")

                    elif (
                        suffix in ("ene", "en")
                        and not word.endswith("heden")
                        and word[-len(suffix) - 1] not in self.__vowels
                        and word[-len(suffix) - 3 : -len(suffix)] != "gem"
                    ):
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]
                        r2 = r2[: -len(suffix)]
                        if word.endswith(("kk", "dd", "tt")):
                            word = word[:-1]
                            r1 = r1[:-1]
                            r2 = r2[:-1]

                    elif (
                        suffix in ("se", "s")
                        and word[-len(suffix) - 1] not in self.__vowels
                        and word[-len(suffix) - 1] != "j"
                    ):
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]
                        r2 = r2[: -len(suffix)]
                    break

        # STEP 2
        if r1.endswith("e") and word[-2] not in self.__vowels:
            step2_success = True
            word = word[:-1]
            r1 = r1[:-1]
            r2 = r2[:-1]

            if word.endswith(("kk", "dd", "tt")):
                word = word[:-1]
                r1 = r1[:-1]
                r2 = r2[:-1]

        # STEP 3a
        if r2.endswith("heid") and word[-5] != "c":
            word = word[:-4]
            r1 = r1[:-4]
            r2 = r2[:-4]

            if r1.endswith("en") and word[-3] not in self.__vowels and word[-5:-2] != "gem":
                word = word[:-2]
                r1 = r1[:-2]
                r2 = r2[:-2]

                if word.endswith(("kk", "dd", "tt")):
                    word = word[:-1]
                    r1 = r1[:-1]
                    r2 = r2[:-1]

        # STEP 3b: Derivational suffixes
        if r2.endswith(self.__step3b_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step3b_suffixes:
                if r2.endswith(suffix):
                    if suffix in ("end", "ing"):
                        word = word[:-3]
                        r2 = r2[:-3]

                        if r2.endswith("ig") and word[-3] != "e":
                            word = word[:-2]
                        else:
                            if word.endswith(("kk", "dd", "tt")):
                                word = word[:-1]

                    elif suffix == "ig" and word[-3] != "e":
                        word = word[:-2]

                    elif suffix == "lijk":
                        word = word[:-4]
                        r1 = r1[:-4]

                        if r1.endswith("e") and word[-2] not in self.__vowels:
                            word = word[:-1]
                            if word.endswith(("kk", "dd", "tt")):
                                word = word[:-1]

                    elif suffix == "baar":
                        word = word[:-4]

                    elif suffix == "bar" and step2_success:
                        word = word[:-3]
                    break

        # STEP 4: Undouble vowel
        if len(word) >= 4:
            if word[-1] not in self.__vowels and word[-1] != "I":
                if word[-3:-1] in ("aa", "ee", "oo", "uu"):
                    if word[-4] not in self.__vowels:
                        word = "".join((word[:-3], word[-3], word[-1]))

        # All occurrences of 'I' and 'Y' are put back into lower case.
        word = word.replace("I", "i").replace("Y", "y")

        return word


class EnglishStemmer(_StandardStemmer):
    """
    The English Snowball stemmer.

    :cvar __vowels: The English vowels.
    :type __vowels: unicode
    :cvar __double_consonants: The English double consonants.
    :type __double_consonants: tuple
    :cvar __li_ending: Letters that may directly appear before a word final 'li'.
    :type __li_ending: unicode
    :cvar __step0_suffixes: Suffixes to be deleted in step 0 of the algorithm.
    :type __step0_suffixes: tuple
    :cvar __step1a_suffixes: Suffixes to be deleted in step 1a of the algorithm.
    :type __step1a_suffixes: tuple
    :cvar __step1b_suffixes: Suffixes to be deleted in step 1b of the algorithm.
    :type __step1b_suffixes: tuple
    :cvar __step2_suffixes: Suffixes to be deleted in step 2 of the algorithm.
    :type __step2_suffixes: tuple
    :cvar __step3_suffixes: Suffixes to be deleted in step 3 of the algorithm.
    :type __step3_suffixes: tuple
    :cvar __step4_suffixes: Suffixes to be deleted in step 4 of the algorithm.
    :type __step4_suffixes: tuple
    :cvar __step5_suffixes: Suffixes to be deleted in step 5 of the algorithm.
    :type __step5_suffixes: tuple
    :cvar __special_words: A dictionary containing words
                           which have to be stemmed specially.
    :type __special_words: dict
    :note: A detailed description of the English
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/english/stemmer.html
    """

    __vowels = "aeiouy"
    __double_consonants = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
    __li_ending = "cdeghkmnrt"
    __step0_suffixes = ("'s'", "'s", "'")
    __step1a_suffixes = ("sses", "ied", "ies", "us", "ss", "s")
    __step1b_suffixes = ("eedly", "ingly", "edly", "eed", "ing", "ed")
    __step2_suffixes = (
        "ization",
        "ational",
        "fulness",
        "ousness",
        "iveness",
        "tional",
        "biliti",
        "lessli",
        "entli",
        "ation",
        "alism",
        "aliti",
        "ousli",
        "iviti",
        "fulli",
        "enci",
        "anci",
        "abli",
        "izer",
        "ator",
        "alli",
        "bli",
        "ogi",
        "li",
    )
    __step3_suffixes = (
        "ational",
        "tional",
        "alize",
        "icate",
        "iciti",
        "ative",
        "ical",
        "ness",
        "ful",
    )
    __step4_suffixes = (
        "ement",
        "ance",
        "ence",
        "able",
        "ible",
        "ment",
        "ant",
        "ent",
        "ism",
        "ate",
        "iti",
        "ous",
        "ive",
        "ize",
        "ion",
        "al",
        "er",
        "ic",
    )
    __step5_suffixes = ("e", "l")
    __special_words = {
        "skis": "ski",
        "skies": "sky",
        "dying": "die",
        "lying": "lie",
        "tying": "tie",
        "idly": "idl",
        "gently": "gentl",
        "ugly": "ugli",
        "early": "earli",
        "only": "onli",
        "singly": "singl",
        "sky": "sky",
        "news": "news",
        "howe": "howe",
        "atlas": "atlas",
        "cosmos": "cosmos",
        "bias": "bias",
        "andes": "andes",
        "inning": "inning",
        "innings": "inning",
        "outing": "outing",
        "outings": "outing",
        "canning": "canning",
        "cannings": "canning",
        "herring": "herring",
        "herrings": "herring",
        "earring": "earring",
        "earrings": "earring",
        "proceed": "proceed",
        "proceeds": "proceed",
        "proceeded": "proceed",
        "proceeding": "proceed",
        "exceed": "exceed",
        "exceeds": "exceed",
        "exceeded": "exceed",
        "exceeding": "exceed",
        "succeed": "succeed",
        "succeeds": "succeed",
        "succeeded": "succeed",
        "succeeding": "succeed",
    }

    def stem(self, word):
        """
        Stem an English word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        word = word.lower()

        if word in self.stopwords or len(word) <= 2:
            return word

        elif word in self.__special_words:
            return self.__special_words[word]

        # Map the different apostrophe characters to a single consistent one
        word = word.replace("\u2019", "\x27").replace("\u2018", "\x27").replace("\u201b", "\x27")

        if word.startswith("\x27"):
            word = word[1:]

        if word.startswith("y"):
            word = "".join(("Y", word[1:]))

        # In-place mutation joined once; a per-match rebuild was O(n**2) on a
        # crafted token (CWE-407).
        chars = list(word)
        for i in range(1, len(chars)):
            if chars[i - 1] in self.__vowels and chars[i] == "y":
                chars[i] = "Y"
        word = "".join(chars)

        step1a_vowel_found = False
        step1b_vowel_found = False

        r1 = ""
        r2 = ""

        if word.startswith(("gener", "commun", "arsen")):
            if word.startswith(("gener", "arsen")):
                r1 = word[5:]
            else:
                r1 = word[6:]

            for i in range(1, len(r1)):
                if r1[i] not in self.__vowels and r1[i - 1] in self.__vowels:
                    r2 = r1[i + 1 :]
                    break
        else:
            r1, r2 = self._r1r2_standard(word, self.__vowels)

        # STEP 0
        if word.endswith(self.__step0_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step0_suffixes:
                if word.endswith(suffix):
                    word = word[: -len(suffix)]
                    r1 = r1[: -len(suffix)]
                    r2 = r2[: -len(suffix)]
                    break

        # STEP 1a
        if word.endswith(self.__step1a_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1a_suffixes:
                if word.endswith(suffix):
                    if suffix == "sses":
                        word = word[:-2]
                        r1 = r1[:-2]
                        r2 = r2[:-2]

                    elif suffix in ("ied", "ies"):
                        if len(word[: -len(suffix)]) > 1:
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]
                        else:
                            word = word[:-1]
                            r1 = r1[:-1]
                            r2 = r2[:-1]

                    elif suffix == "s":
                        for letter in word[:-2]:
                            if letter in self.__vowels:
                                step1a_vowel_found = True
                                break

                        if step1a_vowel_found:
                            word = word[:-1]
                            r1 = r1[:-1]
                            r2 = r2[:-1]
                    break

        # STEP 1b
        if word.endswith(self.__step1b_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1b_suffixes:
                if word.endswith(suffix):
                    if suffix in ("eed", "eedly"):
                        if r1.endswith(suffix):
                            word = suffix_replace(word, suffix, "ee")

                            if len(r1) >= len(suffix):
                                r1 = suffix_replace(r1, suffix, "ee")
                            else:
                                r1 = ""

                            if len(r2) >= len(suffix):
                                r2 = suffix_replace(r2, suffix, "ee")
                            else:
                                r2 = ""
                    else:
                        for letter in word[: -len(suffix)]:
                            if letter in self.__vowels:
                                step1b_vowel_found = True
                                break

                        if step1b_vowel_found:
                            word = word[: -len(suffix)]
                            r1 = r1[: -len(suffix)]
                            r2 = r2[: -len(suffix)]

                            if word.endswith(("at", "bl", "iz")):
                                word = "".join((word, "e"))
                                r1 = "".join((r1, "e"))

                                if len(word) > 5 or len(r1) >= 3:
                                    r2 = "".join((r2, "e"))

                            elif word.endswith(self.__double_consonants):
                                word = word[:-1]
                                r1 = r1[:-1]
                                r2 = r2[:-1]

                            elif (
                                r1 == ""
                                and len(word) >= 3
                                and word[-1] not in self.__vowels
                                and word[-1] not in "wxY"
                                and word[-2] in self.__vowels
                                and word[-3] not in self.__vowels
                            ) or (
                                r1 == ""
                                and len(word) == 2
                                and word[0] in self.__vowels
                                and word[1] not in self.__vowels
                            ):
                                word = "".join((word, "e"))

                                if len(r1) > 0:
                                    r1 = "".join((r1, "e"))

                                if len(r2) > 0:
                                    r2 = "".join((r2, "e"))
                    break

        # STEP 1c
        if len(word) > 2 and word[-1] in "yY" and word[-2] not in self.__vowels:
            word = "".join((word[:-1], "i"))
            if len(r1) >= 1:
                r1 = "".join((r1[:-1], "i"))
            else:
                r1 = ""

            if len(r2) >= 1:
                r2 = "".join((r2[:-1], "i"))
            else:
                r2 = ""

        # STEP 2
        if word.endswith(self.__step2_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step2_suffixes:
                if word.endswith(suffix):
                    if r1.endswith(suffix):
                        if suffix == "tional":
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]

                        elif suffix in ("enci", "anci", "abli"):
                            word = "".join((word[:-1], "e"))

                            if len(r1) >= 1:
                                r1 = "".join((r1[:-1], "e"))
                            else:
                                r1 = ""

                            if len(r2) >= 1:
                                r2 = "".join((r2[:-1], "e"))
                            else:
                                r2 = ""

                        elif suffix == "entli":
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]

                        elif suffix in ("izer", "ization"):
                            word = suffix_replace(word, suffix, "ize")

                            if len(r1) >= len(suffix):
                                r1 = suffix_replace(r1, suffix, "ize")
                            else:
                                r1 = ""

                            if len(r2) >= len(suffix):
                                r2 = suffix_replace(r2, suffix, "ize")
                            else:
                                r2 = ""

                        elif suffix in ("ational", "ation", "ator"):
                            word = suffix_replace(word, suffix, "ate")

                            if len(r1) >= len(suffix):
                                r1 = suffix_replace(r1, suffix, "ate")
                            else:
                                r1 = ""

                            if len(r2) >= len(suffix):
                                r2 = suffix_replace(r2, suffix, "ate")
                            else:
                                r2 = "e"

                        elif suffix in ("alism", "aliti", "alli"):
                            word = suffix_replace(word, suffix, "al")

                            if len(r1) >= len(suffix):
                                r1 = suffix_replace(r1, suffix, "al")
                            else:
                                r1 = ""

                            if len(r2) >= len(suffix):
                                r2 = suffix_replace(r2, suffix, "al")
                            else:
                                r2 = ""

                        elif suffix == "fulness":
                            word = word[:-4]
                            r1 = r1[:-4]
                            r2 = r2[:-4]

                        elif suffix in ("ousli", "ousness"):
                            word = suffix_replace(word, suffix, "ous")

                            if len(r1) >= len(suffix):
                                r1 = suffix_replace(r1, suffix, "ous")
                            else:
                                r1 = ""

                            if len(r2) >= len(suffix):
                                r2 = suffix_replace(r2, suffix, "ous")
                            else:
                                r2 = ""

                        elif suffix in ("iveness", "iviti"):
                            word = suffix_replace(word, suffix, "ive")

                            if len(r1) >= len(suffix):
                                r1 = suffix_replace(r1, suffix, "ive")
                            else:
                                r1 = ""

                            if len(r2) >= len(suffix):
                                r2 = suffix_replace(r2, suffix, "ive")
                            else:
                                r2 = "e"

                        elif suffix in ("biliti", "bli"):
                            word = suffix_replace(word, suffix, "ble")

                            if len(r1) >= len(suffix):
                                r1 = suffix_replace(r1, suffix, "ble")
                            else:
                                r1 = ""

                            if len(r2) >= len(suffix):
                                r2 = suffix_replace(r2, suffix, "ble")
                            else:
                                r2 = ""

                        elif suffix == "ogi" and word[-4] == "l":
                            word = word[:-1]
                            r1 = r1[:-1]
                            r2 = r2[:-1]

                        elif suffix in ("fulli", "lessli"):
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]

                        elif suffix == "li" and word[-3] in self.__li_ending:
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]
                    break

        # STEP 3
        if word.endswith(self.__step3_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step3_suffixes:
                if word.endswith(suffix):
                    if r1.endswith(suffix):
                        if suffix == "tional":
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]

                        elif suffix == "ational":
                            word = suffix_replace(word, suffix, "ate")

                            if len(r1) >= len(suffix):
                                r1 = suffix_replace(r1, suffix, "ate")
                            else:
                                r1 = ""

                            if len(r2) >= len(suffix):
                                r2 = suffix_replace(r2, suffix, "ate")
                            else:
                                r2 = ""

                        elif suffix == "alize":
                            word = word[:-3]
                            r1 = r1[:-3]
                            r2 = r2[:-3]

                        elif suffix in ("icate", "iciti", "ical"):
                            word = suffix_replace(word, suffix, "ic")

                            if len(r1) >= len(suffix):
                                r1 = suffix_replace(r1, suffix, "ic")
                            else:
                                r1 = ""

                            if len(r2) >= len(suffix):
                                r2 = suffix_replace(r2, suffix, "ic")
                            else:
                                r2 = ""

                        elif suffix in ("ful", "ness"):
                            word = word[: -len(suffix)]
                            r1 = r1[: -len(suffix)]
                            r2 = r2[: -len(suffix)]

                        elif suffix == "ative" and r2.endswith(suffix):
                            word = word[:-5]
                            r1 = r1[:-5]
                            r2 = r2[:-5]
                    break

        # STEP 4
        if word.endswith(self.__step4_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step4_suffixes:
                if word.endswith(suffix):
                    if r2.endswith(suffix):
                        if suffix == "ion":
                            if word[-4] in "st":
                                word = word[:-3]
                                r1 = r1[:-3]
                                r2 = r2[:-3]
                        else:
                            word = word[: -len(suffix)]
                            r1 = r1[: -len(suffix)]
                            r2 = r2[: -len(suffix)]
                    break

        # STEP 5
        if r2.endswith("l") and word[-2] == "l":
            word = word[:-1]
        elif r2.endswith("e"):
            word = word[:-1]
        elif r1.endswith("e"):
            if len(word) >= 4 and (
                word[-2] in self.__vowels
                or word[-2] in "wxY"
                or word[-3] not in self.__vowels
                or word[-4] in self.__vowels
            ):
                word = word[:-1]

        word = word.replace("Y", "y")

        return word


class FinnishStemmer(_StandardStemmer):
    """
    The Finnish Snowball stemmer.

    :cvar __vowels: The Finnish vowels.
    :type __vowels: unicode
    :cvar __restricted_vowels: A subset of the Finnish vowels.
    :type __restricted_vowels: unicode
    :cvar __long_vowels: The Finnish vowels in their long forms.
    :type __long_vowels: tuple
    :cvar __consonants: The Finnish consonants.
    :type __consonants: unicode
    :cvar __double_consonants: The Finnish double consonants.
    :type __double_consonants: tuple
    :cvar __step1_suffixes: Suffixes to be deleted in step 1 of the algorithm.
    :type __step1_suffixes: tuple
    :cvar __step2_suffixes: Suffixes to be deleted in step 2 of the algorithm.
    :type __step2_suffixes: tuple
    :cvar __step3_suffixes: Suffixes to be deleted in step 3 of the algorithm.
    :type __step3_suffixes: tuple
    :cvar __step4_suffixes: Suffixes to be deleted in step 4 of the algorithm.
    :type __step4_suffixes: tuple
    :note: A detailed description of the Finnish
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/finnish/stemmer.html
    """

    __vowels = "aeiouy\xe4\xf6"
    __restricted_vowels = "aeiou\xe4\xf6"
    __long_vowels = ("aa", "ee", "ii", "oo", "uu", "\xe4\xe4", "\xf6\xf6")
    __consonants = "bcdfghjklmnpqrstvwxz"
    __double_consonants = (
        "bb",
        "cc",
        "dd",
        "ff",
        "gg",
        "hh",
        "jj",
        "kk",
        "ll",
        "mm",
        "nn",
        "pp",
        "qq",
        "rr",
        "ss",
        "tt",
        "vv",
        "ww",
        "xx",
        "zz",
    )
    __step1_suffixes = (
        "kaan",
        "k\xe4\xe4n",
        "sti",
        "kin",
        "han",
        "h\xe4n",
        "ko",
        "k\xf6",
        "pa",
        "p\xe4",
    )
    __step2_suffixes = ("nsa", "ns\xe4", "mme", "nne", "si", "ni", "an", "\xe4n", "en")
    __step3_suffixes = (
        "siin",
        "tten",
        "seen",
        "han",
        "hen",
        "hin",
        "hon",
        "h\xe4n",
        "h\xf6n",
        "den",
        "tta",
        "tt\xe4",
        "ssa",
        "ss\xe4",
        "sta",
        "st\xe4",
        "lla",
        "ll\xe4",
        "lta",
        "lt\xe4",
        "lle",
        "ksi",
        "ine",
        "ta",
        "t\xe4",
        "na",
        "n\xe4",
        "a",
        "\xe4",
        "n",
    )
    __step4_suffixes = (
        "impi",
        "impa",
        "imp\xe4",
        "immi",
        "imma",
        "imm\xe4",
        "mpi",
        "mpa",
        "mp\xe4",
        "mmi",
        "mma",
        "mm\xe4",
        "eja",
        "ej\xe4",
    )

    def stem(self, word):
        """
        Stem a Finnish word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        word = word.lower()

        if word in self.stopwords:
            return word

        step3_success = False

        r1, r2 = self._r1r2_standard(word, self.__vowels)

        # STEP 1: Particles etc.
        if r1.endswith(self.__step1_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1_suffixes:
                if r1.endswith(suffix):
                    if suffix == "sti":
                        if suffix in r2:
                            word = word[:-3]
                            r1 = r1[:-3]
                            r2 = r2[:-3]
                    else:
                        if word[-len(suffix) - 1] in "ntaeiouy\xe4\xf6":
                            word = word[: -len(suffix)]
                            r1 = r1[: -len(suffix)]
                            r2 = r2[: -len(suffix)]
                    break

        # STEP 2: Possessives
        if r1.endswith(self.__step2_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step2_suffixes:
                if r1.endswith(suffix):
                    if suffix == "si":
                        if word[-3] != "k":
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]

                    elif suffix == "ni":
                        word = word[:-2]
                        r1 = r1[:-2]
                        r2 = r2[:-2]
                        if word.endswith("kse"):
                            word = suffix_replace(word, "kse", "ksi")

                        if r1.endswith("kse"):
                            r1 = suffix_replace(r1, "kse", "ksi")

                        if r2.endswith("kse"):
                            r2 = suffix_replace(r2, "kse", "ksi")

                    elif suffix == "an":
                        if word[-4:-2] in ("ta", "na") or word[-5:-2] in (
                            "ssa",
                            "sta",
                            "lla",
                            "lta",
                        ):
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]

                    elif suffix == "\xe4n":
                        if word[-4:-2] in ("t\xe4", "n\xe4") or word[-5:-2] in (
                            "ss\xe4",
                            "st\xe4",
                            "ll\xe4",
                            "lt\xe4",
                        ):
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]

                    elif suffix == "en":
                        if word[-5:-2] in ("lle", "ine"):
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]
                    else:
                        word = word[:-3]
                        r1 = r1[:-3]
                        r2 = r2[:-3]
                    break

        # STEP 3: Cases
        if r1.endswith(self.__step3_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step3_suffixes:
                if r1.endswith(suffix):
                    if suffix in ("han", "hen", "hin", "hon", "h\xe4n", "h\xf6n"):
                        if (
                            (suffix == "han" and word[-4] == "a")
                            or (suffix == "hen" and word[-4] == "e")
                            or (suffix == "hin" and word[-4] == "i")
                            or (suffix == "hon" and word[-4] == "o")
                            or (suffix == "h\xe4n" and word[-4] == "\xe4")
                            or (suffix == "h\xf6n" and word[-4] == "\xf6")
                        ):
                            word = word[:-3]
                            r1 = r1[:-3]
                            r2 = r2[:-3]
                            step3_success = True

                    elif suffix in ("siin", "den", "tten"):
                        if (
                            word[-len(suffix) - 1] == "i"
                            and word[-len(suffix) - 2] in self.__restricted_vowels
                        ):
                            word = word[: -len(suffix)]
                            r1 = r1[: -len(suffix)]
                            r2 = r2[: -len(suffix)]
                            step3_success = True
                        else:
                            continue

                    elif suffix == "seen":
                        if word[-6:-4] in self.__long_vowels:
                            word = word[:-4]
                            r1 = r1[:-4]
                            r2 = r2[:-4]
                            step3_success = True
                        else:
                            continue

                    elif suffix in ("a", "\xe4"):
                        if word[-2] in self.__vowels and word[-3] in self.__consonants:
                            word = word[:-1]
                            r1 = r1[:-1]
                            r2 = r2[:-1]
                            step3_success = True

                    elif suffix in ("tta", "tt\xe4"):
                        if word[-4] == "e":
                            word = word[:-3]
                            r1 = r1[:-3]
                            r2 = r2[:-3]
                            step3_success = True

                    elif suffix == "n":
                        word = word[:-1]
                        r1 = r1[:-1]
                        r2 = r2[:-1]
                        step3_success = True

                        if word[-2:] == "ie" or word[-2:] in self.__long_vowels:
                            word = word[:-1]
                            r1 = r1[:-1]
                            r2 = r2[:-1]
                    else:
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]
                        r2 = r2[: -len(suffix)]
                        step3_success = True
                    break

        # STEP 4: Other endings
        if r2.endswith(self.__step4_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step4_suffixes:
                if r2.endswith(suffix):
                    if suffix in ("mpi", "mpa", "mp\xe4", "mmi", "mma", "mm\xe4"):
                        if word[-5:-3] != "po":
                            word = word[:-3]
                            r1 = r1[:-3]
                            r2 = r2[:-3]
                    else:
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]
                        r2 = r2[: -len(suffix)]
                    break

        # STEP 5: Plurals
        if step3_success and len(r1) >= 1 and r1[-1] in "ij":
            word = word[:-1]
            r1 = r1[:-1]

        elif not step3_success and len(r1) >= 2 and r1[-1] == "t" and r1[-2] in self.__vowels:
            word = word[:-1]
            r1 = r1[:-1]
            r2 = r2[:-1]
            if r2.endswith("imma"):
                word = word[:-4]
                r1 = r1[:-4]
            elif r2.endswith("mma") and r2[-5:-3] != "po":
                word = word[:-3]
                r1 = r1[:-3]

        # STEP 6: Tidying up
        if r1[-2:] in self.__long_vowels:
            word = word[:-1]
            r1 = r1[:-1]

        if len(r1) >= 2 and r1[-2] in self.__consonants and r1[-1] in "a\xe4ei":
            word = word[:-1]
            r1 = r1[:-1]

        if r1.endswith(("oj", "uj")):
            word = word[:-1]
            r1 = r1[:-1]

        if r1.endswith("jo"):
            word = word[:-1]
            r1 = r1[:-1]

        # If the word ends with a double consonant
        # followed by zero or more vowels, the last consonant is removed.
        for i in range(1, len(word)):
            if word[-i] in self.__vowels:
                continue
            else:
                if i == 1:
                    if word[-i - 1 :] in self.__double_consonants:
                        word = word[:-1]
                else:
                    if word[-i - 1 : -i + 1] in self.__double_consonants:
                        word = "".join((word[:-i], word[-i + 1 :]))
                break

        return word


class FrenchStemmer(_StandardStemmer):
    """
    The French Snowball stemmer.

    :cvar __vowels: The French vowels.
    :type __vowels: unicode
    :cvar __step1_suffixes: Suffixes to be deleted in step 1 of the algorithm.
    :type __step1_suffixes: tuple
    :cvar __step2a_suffixes: Suffixes to be deleted in step 2a of the algorithm.
    :type __step2a_suffixes: tuple
    :cvar __step2b_suffixes: Suffixes to be deleted in step 2b of the algorithm.
    :type __step2b_suffixes: tuple
    :cvar __step4_suffixes: Suffixes to be deleted in step 4 of the algorithm.
    :type __step4_suffixes: tuple
    :note: A detailed description of the French
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/french/stemmer.html
    """

    __vowels = "aeiouy\xe2\xe0\xeb\xe9\xea\xe8\xef\xee\xf4\xfb\xf9"
    __step1_suffixes = (
        "issements",
        "issement",
        "atrices",
        "atrice",
        "ateurs",
        "ations",
        "logies",
        "usions",
        "utions",
        "ements",
        "amment",
        "emment",
        "ances",
        "iqUes",
        "ismes",
        "ables",
        "istes",
        "ateur",
        "ation",
        "logie",
        "usion",
        "ution",
        "ences",
        "ement",
        "euses",
        "ments",
        "ance",
        "iqUe",
        "isme",
        "able",
        "iste",
        "ence",
        "it\xe9s",
        "ives",
        "eaux",
        "euse",
        "ment",
        "eux",
        "it\xe9",
        "ive",
        "ifs",
        "aux",
        "if",
    )
    __step2a_suffixes = (
        "issaIent",
        "issantes",
        "iraIent",
        "issante",
        "issants",
        "issions",
        "irions",
        "issais",
        "issait",
        "issant",
        "issent",
        "issiez",
        "issons",
        "irais",
        "irait",
        "irent",
        "iriez",
        "irons",
        "iront",
        "isses",
        "issez",
        "\xeemes",
        "\xeetes",
        "irai",
        "iras",
        "irez",
        "isse",
        "ies",
        "ira",
        "\xeet",
        "ie",
        "ir",
        "is",
        "it",
        "i",
    )
    __step2b_suffixes = (
        "eraIent",
        "assions",
        "erions",
        "assent",
        "assiez",
        "\xe8rent",
        "erais",
        "erait",
        "eriez",
        "erons",
        "eront",
        "aIent",
        "antes",
        "asses",
        "ions",
        "erai",
        "eras",
        "erez",
        "\xe2mes",
        "\xe2tes",
        "ante",
        "ants",
        "asse",
        "\xe9es",
        "era",
        "iez",
        "ais",
        "ait",
        "ant",
        "\xe9e",
        "\xe9s",
        "er",
        "ez",
        "\xe2t",
        "ai",
        "as",
        "\xe9",
        "a",
    )
    __step4_suffixes = ("i\xe8re", "I\xe8re", "ion", "ier", "Ier", "e", "\xeb")

    def stem(self, word):
        """
        Stem a French word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        word = word.lower()

        if word in self.stopwords:
            return word

        step1_success = False
        rv_ending_found = False
        step2a_success = False
        step2b_success = False

        # In-place mutation joined once; a per-match rebuild was O(n**2) on a
        # crafted token (CWE-407). Reads see earlier upper-casings as before.
        chars = list(word)
        # Every occurrence of 'u' after 'q' is put into upper case.
        for i in range(1, len(chars)):
            if chars[i - 1] == "q" and chars[i] == "u":
                chars[i] = "U"

        # Every occurrence of 'u' and 'i'
        # between vowels is put into upper case.
        # Every occurrence of 'y' preceded or
        # followed by a vowel is also put into upper case.
        for i in range(1, len(chars) - 1):
            if chars[i - 1] in self.__vowels and chars[i + 1] in self.__vowels:
                if chars[i] == "u":
                    chars[i] = "U"

                elif chars[i] == "i":
                    chars[i] = "I"

            if chars[i - 1] in self.__vowels or chars[i + 1] in self.__vowels:
                if chars[i] == "y":
                    chars[i] = "Y"
        word = "".join(chars)

        r1, r2 = self._r1r2_standard(word, self.__vowels)
        rv = self.__rv_french(word, self.__vowels)

        # STEP 1: Standard suffix removal
        if word.endswith(self.__step1_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1_suffixes:
                if word.endswith(suffix):
                    if suffix == "eaux":
                        word = word[:-1]
                        step1_success = True

                    elif suffix in ("euse", "euses"):
                        if suffix in r2:
                            word = word[: -len(suffix)]
                            step1_success = True

                        elif suffix in r1:
                            word = suffix_replace(word, suffix, "eux")
                            step1_success = True

                    elif suffix in ("ement", "ements") and suffix in rv:
                        word = word[: -len(suffix)]
                        step1_success = True

                        if word[-2:] == "iv" and "iv" in r2:
                            word = word[:-2]

                            if word[-2:] == "at" and "at" in r2:
                                word = word[:-2]

                        elif word[-3:] == "eus":
                            if "eus" in r2:
                                word = word[:-3]
                            elif "eus" in r1:
                                word = "".join((word[:-1], "x"))

                        elif word[-3:] in ("abl", "iqU"):
                            if "abl" in r2 or "iqU" in r2:
                                word = word[:-3]

                        elif word[-3:] in ("i\xe8r", "I\xe8r"):
                            if "i\xe8r" in rv or "I\xe8r" in rv:
                                word = "".join((word[:-3], "i"))

                    elif suffix == "amment" and suffix in rv:
                        word = suffix_replace(word, "amment", "ant")
                        rv = suffix_replace(rv, "amment", "ant")
                        rv_ending_found = True

                    elif suffix == "emment" and suffix in rv:
                        word = suffix_replace(word, "emment", "ent")
                        rv_ending_found = True

                    elif (
                        suffix in ("ment", "ments")
                        and suffix in rv
                        and not rv.startswith(suffix)
                        and rv[rv.rindex(suffix) - 1] in self.__vowels
                    ):
                        word = word[: -len(suffix)]
                        rv = rv[: -len(suffix)]
                        rv_ending_found = True

                    elif suffix == "aux" and suffix in r1:
                        word = "".join((word[:-2], "l"))
                        step1_success = True

                    elif (
                        suffix in ("issement", "issements")
                        and suffix in r1
                        and word[-len(suffix) - 1] not in self.__vowels
                    ):
                        word = word[: -len(suffix)]
                        step1_success = True

                    elif (
                        suffix
                        in (
                            "ance",
                            "iqUe",
                            "isme",
                            "able",
                            "iste",
                            "eux",
                            "ances",
                            "iqUes",
                            "ismes",
                            "ables",
                            "istes",
                        )
                        and suffix in r2
                    ):
                        word = word[: -len(suffix)]
                        step1_success = True

                    elif (
                        suffix in ("atrice", "ateur", "ation", "atrices", "ateurs", "ations")
                        and suffix in r2
                    ):
                        word = word[: -len(suffix)]
                        step1_success = True

                        if word[-2:] == "ic":
                            if "ic" in r2:
                                word = word[:-2]
                            else:
                                word = "".join((word[:-2], "iqU"))

                    elif suffix in ("logie", "logies") and suffix in r2:
                        word = suffix_replace(word, suffix, "log")
                        step1_success = True

                    elif suffix in ("usion", "ution", "usions", "utions") and suffix in r2:
                        word = suffix_replace(word, suffix, "u")
                        step1_success = True

                    elif suffix in ("ence", "ences") and suffix in r2:
                        word = suffix_replace(word, suffix, "ent")
                        step1_success = True

                    elif suffix in ("it\xe9", "it\xe9s") and suffix in r2:
                        word = word[: -len(suffix)]
                        step1_success = True

                        if word[-4:] == "abil":
                            if "abil" in r2:
                                word = word[:-4]
                            else:
                                word = "".join((word[:-2], "l"))

                        elif word[-2:] == "ic":
                            if "ic" in r2:
                                word = word[:-2]
                            else:
                                word = "".join((word[:-2], "iqU"))

                        elif word[-2:] == "iv":
                            if "iv" in r2:
                                word = word[:-2]

                    elif suffix in ("if", "ive", "ifs", "ives") and suffix in r2:
                        word = word[: -len(suffix)]
                        step1_success = True

                        if word[-2:] == "at" and "at" in r2:
                            word = word[:-2]

                            if word[-2:] == "ic":
                                if "ic" in r2:
                                    word = word[:-2]
                                else:
                                    word = "".join((word[:-2], "iqU"))
                    break

        # STEP 2a: Verb suffixes beginning 'i'
        if not step1_success or rv_ending_found:
            if word.endswith(self.__step2a_suffixes):  # no suffix: the loop does nothing
                for suffix in self.__step2a_suffixes:
                    if word.endswith(suffix):
                        if (
                            suffix in rv
                            and len(rv) > len(suffix)
                            and rv[rv.rindex(suffix) - 1] not in self.__vowels
                        ):
                            word = word[: -len(suffix)]
                            step2a_success = True
                        break

            # STEP 2b: Other verb suffixes
            if not step2a_success:
                if rv.endswith(self.__step2b_suffixes):  # no suffix: the loop does nothing
                    for suffix in self.__step2b_suffixes:
                        if rv.endswith(suffix):
                            if suffix == "ions" and "ions" in r2:
                                word = word[:-4]
                                step2b_success = True

                            elif suffix in (
                                "eraIent",
                                "erions",
                                "\xe8rent",
                                "erais",
                                "erait",
                                "eriez",
                                "erons",
                                "eront",
                                "erai",
                                "eras",
                                "erez",
                                "\xe9es",
                                "era",
                                "iez",
                                "\xe9e",
                                "\xe9s",
                                "er",
                                "ez",
                                "\xe9",
                            ):
                                word = word[: -len(suffix)]
                                step2b_success = True

                            elif suffix in (
                                "assions",
                                "assent",
                                "assiez",
                                "aIent",
                                "antes",
                                "asses",
                                "\xe2mes",
                                "\xe2tes",
                                "ante",
                                "ants",
                                "asse",
                                "ais",
                                "ait",
                                "ant",
                                "\xe2t",
                                "ai",
                                "as",
                                "a",
                            ):
                                word = word[: -len(suffix)]
                                rv = rv[: -len(suffix)]
                                step2b_success = True
                                if rv.endswith("e"):
                                    word = word[:-1]
                            break

        # STEP 3
        if step1_success or step2a_success or step2b_success:
            if word[-1] == "Y":
                word = "".join((word[:-1], "i"))
            elif word[-1] == "\xe7":
                word = "".join((word[:-1], "c"))

        # STEP 4: Residual suffixes
        else:
            if len(word) >= 2 and word[-1] == "s" and word[-2] not in "aiou\xe8s":
                word = word[:-1]

            if word.endswith(self.__step4_suffixes):  # no suffix: the loop does nothing
                for suffix in self.__step4_suffixes:
                    if word.endswith(suffix):
                        if suffix in rv:
                            if suffix == "ion" and suffix in r2 and rv[-4] in "st":
                                word = word[:-3]

                            elif suffix in ("ier", "i\xe8re", "Ier", "I\xe8re"):
                                word = suffix_replace(word, suffix, "i")

                            elif suffix == "e":
                                word = word[:-1]

                            elif suffix == "\xeb" and word[-3:-1] == "gu":
                                word = word[:-1]
                            break

        # STEP 5: Undouble
        if word.endswith(("enn", "onn", "ett", "ell", "eill")):
            word = word[:-1]

        # STEP 6: Un-accent
        for i in range(1, len(word)):
            if word[-i] not in self.__vowels:
                i += 1
            else:
                if i != 1 and word[-i] in ("\xe9", "\xe8"):
                    word = "".join((word[:-i], "e", word[-i + 1 :]))
                break

        word = word.replace("I", "i").replace("U", "u").replace("Y", "y")

        return word

    def __rv_french(self, word, vowels):
        """
        Return the region RV that is used by the French stemmer.

        If the word begins with two vowels, RV is the region after
        the third letter. Otherwise, it is the region after the first
        vowel not at the beginning of the word, or the end of the word
        if these positions cannot be found. (Exceptionally, u'par',
        u'col' or u'tap' at the beginning of a word is also taken to
        define RV as the region to their right.)

        :param word: The French word whose region RV is determined.
        :type word: str or unicode
        :param vowels: The French vowels that are used to determine
                       the region RV.
        :type vowels: unicode
        :return: the region RV for the respective French word.
        :rtype: unicode
        :note: This helper method is invoked by the stem method of
               the subclass FrenchStemmer. It is not to be invoked directly!

        """
        rv = ""
        if len(word) >= 2:
            if word.startswith(("par", "col", "tap")) or (word[0] in vowels and word[1] in vowels):
                rv = word[3:]
            else:
                for i in range(1, len(word)):
                    if word[i] in vowels:
                        rv = word[i + 1 :]
                        break

        return rv


class GermanStemmer(_StandardStemmer):
    """
    The German Snowball stemmer.

    :cvar __vowels: The German vowels.
    :type __vowels: unicode
    :cvar __s_ending: Letters that may directly appear before a word final 's'.
    :type __s_ending: unicode
    :cvar __st_ending: Letter that may directly appear before a word final 'st'.
    :type __st_ending: unicode
    :cvar __step1_suffixes: Suffixes to be deleted in step 1 of the algorithm.
    :type __step1_suffixes: tuple
    :cvar __step2_suffixes: Suffixes to be deleted in step 2 of the algorithm.
    :type __step2_suffixes: tuple
    :cvar __step3_suffixes: Suffixes to be deleted in step 3 of the algorithm.
    :type __step3_suffixes: tuple
    :note: A detailed description of the German
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/german/stemmer.html

    """

    __vowels = "aeiouy\xe4\xf6\xfc"
    __s_ending = "bdfghklmnrt"
    __st_ending = "bdfghklmnt"

    __step1_suffixes = ("ern", "em", "er", "en", "es", "e", "s")
    __step2_suffixes = ("est", "en", "er", "st")
    __step3_suffixes = ("isch", "lich", "heit", "keit", "end", "ung", "ig", "ik")

    def stem(self, word):
        """
        Stem a German word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        word = word.lower()

        if word in self.stopwords:
            return word

        word = word.replace("\xdf", "ss")

        # Every occurrence of 'u' and 'y'
        # between vowels is put into upper case.
        # In-place mutation joined once; a per-match rebuild was O(n**2) on a
        # crafted token (CWE-407).
        chars = list(word)
        for i in range(1, len(chars) - 1):
            if chars[i - 1] in self.__vowels and chars[i + 1] in self.__vowels:
                if chars[i] == "u":
                    chars[i] = "U"

                elif chars[i] == "y":
                    chars[i] = "Y"
        word = "".join(chars)

        r1, r2 = self._r1r2_standard(word, self.__vowels)

        # R1 is adjusted so that the region before it
        # contains at least 3 letters.
        for i in range(1, len(word)):
            if word[i] not in self.__vowels and word[i - 1] in self.__vowels:
                if 3 > len(word[: i + 1]) > 0:
                    r1 = word[3:]
                elif len(word[: i + 1]) == 0:
                    return word
                break

        # STEP 1
        if r1.endswith(self.__step1_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1_suffixes:
                if r1.endswith(suffix):
                    if (
                        suffix in ("en", "es", "e")
                        and word[-len(suffix) - 4 : -len(suffix)] == "niss"
                    ):
                        word = word[: -len(suffix) - 1]
                        r1 = r1[: -len(suffix) - 1]
                        r2 = r2[: -len(suffix) - 1]

                    elif suffix == "s":
                        if word[-2] in self.__s_ending:
                            word = word[:-1]
                            r1 = r1[:-1]
                            r2 = r2[:-1]
                    else:
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]
                        r2 = r2[: -len(suffix)]
                    break

        # STEP 2
        if r1.endswith(self.__step2_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step2_suffixes:
                if r1.endswith(suffix):
                    if suffix == "st":
                        if word[-3] in self.__st_ending and len(word[:-3]) >= 3:
                            word = word[:-2]
                            r1 = r1[:-2]
                            r2 = r2[:-2]
                    else:
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]
                        r2 = r2[: -len(suffix)]
                    break

        # STEP 3: Derivational suffixes
        if r2.endswith(self.__step3_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step3_suffixes:
                if r2.endswith(suffix):
                    if suffix in ("end", "ung"):
                        if (
                            "ig" in r2[-len(suffix) - 2 : -len(suffix)]
                            and "e" not in r2[-len(suffix) - 3 : -len(suffix) - 2]
                        ):
                            word = word[: -len(suffix) - 2]
                        else:
                            word = word[: -len(suffix)]

                    elif (
                        suffix in ("ig", "ik", "isch")
                        and "e" not in r2[-len(suffix) - 1 : -len(suffix)]
                    ):
                        word = word[: -len(suffix)]

                    elif suffix in ("lich", "heit"):
                        if (
                            "er" in r1[-len(suffix) - 2 : -len(suffix)]
                            or "en" in r1[-len(suffix) - 2 : -len(suffix)]
                        ):
                            word = word[: -len(suffix) - 2]
                        else:
                            word = word[: -len(suffix)]

                    elif suffix == "keit":
                        if "lich" in r2[-len(suffix) - 4 : -len(suffix)]:
                            word = word[: -len(suffix) - 4]

                        elif "ig" in r2[-len(suffix) - 2 : -len(suffix)]:
                            word = word[: -len(suffix) - 2]
                        else:
                            word = word[: -len(suffix)]
                    break

        # Umlaut accents are removed and
        # 'u' and 'y' are put back into lower case.
        word = (
            word.replace("\xe4", "a")
            .replace("\xf6", "o")
            .replace("\xfc", "u")
            .replace("U", "u")
            .replace("Y", "y")
        )

        return word


class ItalianStemmer(_StandardStemmer):
    """
    The Italian Snowball stemmer.

    :cvar __vowels: The Italian vowels.
    :type __vowels: unicode
    :cvar __step0_suffixes: Suffixes to be deleted in step 0 of the algorithm.
    :type __step0_suffixes: tuple
    :cvar __step1_suffixes: Suffixes to be deleted in step 1 of the algorithm.
    :type __step1_suffixes: tuple
    :cvar __step2_suffixes: Suffixes to be deleted in step 2 of the algorithm.
    :type __step2_suffixes: tuple
    :note: A detailed description of the Italian
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/italian/stemmer.html

    """

    __vowels = "aeiou\xe0\xe8\xec\xf2\xf9"
    __step0_suffixes = (
        "gliela",
        "gliele",
        "glieli",
        "glielo",
        "gliene",
        "sene",
        "mela",
        "mele",
        "meli",
        "melo",
        "mene",
        "tela",
        "tele",
        "teli",
        "telo",
        "tene",
        "cela",
        "cele",
        "celi",
        "celo",
        "cene",
        "vela",
        "vele",
        "veli",
        "velo",
        "vene",
        "gli",
        "ci",
        "la",
        "le",
        "li",
        "lo",
        "mi",
        "ne",
        "si",
        "ti",
        "vi",
    )
    __step1_suffixes = (
        "atrice",
        "atrici",
        "azione",
        "azioni",
        "uzione",
        "uzioni",
        "usione",
        "usioni",
        "amento",
        "amenti",
        "imento",
        "imenti",
        "amente",
        "abile",
        "abili",
        "ibile",
        "ibili",
        "mente",
        "atore",
        "atori",
        "logia",
        "logie",
        "anza",
        "anze",
        "iche",
        "ichi",
        "ismo",
        "ismi",
        "ista",
        "iste",
        "isti",
        "ist\xe0",
        "ist\xe8",
        "ist\xec",
        "ante",
        "anti",
        "enza",
        "enze",
        "ico",
        "ici",
        "ica",
        "ice",
        "oso",
        "osi",
        "osa",
        "ose",
        "it\xe0",
        "ivo",
        "ivi",
        "iva",
        "ive",
    )
    __step2_suffixes = (
        "erebbero",
        "irebbero",
        "assero",
        "assimo",
        "eranno",
        "erebbe",
        "eremmo",
        "ereste",
        "eresti",
        "essero",
        "iranno",
        "irebbe",
        "iremmo",
        "ireste",
        "iresti",
        "iscano",
        "iscono",
        "issero",
        "arono",
        "avamo",
        "avano",
        "avate",
        "eremo",
        "erete",
        "erono",
        "evamo",
        "evano",
        "evate",
        "iremo",
        "irete",
        "irono",
        "ivamo",
        "ivano",
        "ivate",
        "ammo",
        "ando",
        "asse",
        "assi",
        "emmo",
        "enda",
        "ende",
        "endi",
        "endo",
        "erai",
        "erei",
        "Yamo",
        "iamo",
        "immo",
        "irai",
        "irei",
        "isca",
        "isce",
        "isci",
        "isco",
        "ano",
        "are",
        "ata",
        "ate",
        "ati",
        "ato",
        "ava",
        "avi",
        "avo",
        "er\xe0",
        "ere",
        "er\xf2",
        "ete",
        "eva",
        "evi",
        "evo",
        "ir\xe0",
        "ire",
        "ir\xf2",
        "ita",
        "ite",
        "iti",
        "ito",
        "iva",
        "ivi",
        "ivo",
        "ono",
        "uta",
        "ute",
        "uti",
        "uto",
        "ar",
        "ir",
    )

    def stem(self, word):
        """
        Stem an Italian word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        word = word.lower()

        if word in self.stopwords:
            return word

        step1_success = False

        # All acute accents are replaced by grave accents.
        word = (
            word.replace("\xe1", "\xe0")
            .replace("\xe9", "\xe8")
            .replace("\xed", "\xec")
            .replace("\xf3", "\xf2")
            .replace("\xfa", "\xf9")
        )

        # In-place mutation joined once; a per-match rebuild was O(n**2) on a
        # crafted token (CWE-407).
        chars = list(word)
        # Every occurrence of 'u' after 'q'
        # is put into upper case.
        for i in range(1, len(chars)):
            if chars[i - 1] == "q" and chars[i] == "u":
                chars[i] = "U"

        # Every occurrence of 'u' and 'i'
        # between vowels is put into upper case.
        for i in range(1, len(chars) - 1):
            if chars[i - 1] in self.__vowels and chars[i + 1] in self.__vowels:
                if chars[i] == "u":
                    chars[i] = "U"

                elif chars[i] == "i":
                    chars[i] = "I"
        word = "".join(chars)

        r1, r2 = self._r1r2_standard(word, self.__vowels)
        rv = self._rv_standard(word, self.__vowels)

        # STEP 0: Attached pronoun
        if rv.endswith(self.__step0_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step0_suffixes:
                if rv.endswith(suffix):
                    if rv[-len(suffix) - 4 : -len(suffix)] in ("ando", "endo"):
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]
                        r2 = r2[: -len(suffix)]
                        rv = rv[: -len(suffix)]

                    elif rv[-len(suffix) - 2 : -len(suffix)] in ("ar", "er", "ir"):
                        word = suffix_replace(word, suffix, "e")
                        r1 = suffix_replace(r1, suffix, "e")
                        r2 = suffix_replace(r2, suffix, "e")
                        rv = suffix_replace(rv, suffix, "e")
                    break

        # STEP 1: Standard suffix removal
        if word.endswith(self.__step1_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1_suffixes:
                if word.endswith(suffix):
                    if suffix == "amente" and r1.endswith(suffix):
                        step1_success = True
                        word = word[:-6]
                        r2 = r2[:-6]
                        rv = rv[:-6]

                        if r2.endswith("iv"):
                            word = word[:-2]
                            r2 = r2[:-2]
                            rv = rv[:-2]

                            if r2.endswith("at"):
                                word = word[:-2]
                                rv = rv[:-2]

                        elif r2.endswith(("os", "ic")):
                            word = word[:-2]
                            rv = rv[:-2]

                        elif r2.endswith("abil"):
                            word = word[:-4]
                            rv = rv[:-4]

                    elif suffix in ("amento", "amenti", "imento", "imenti") and rv.endswith(suffix):
                        step1_success = True
                        word = word[:-6]
                        rv = rv[:-6]

                    elif r2.endswith(suffix):
                        step1_success = True
                        if suffix in ("azione", "azioni", "atore", "atori"):
                            word = word[: -len(suffix)]
                            r2 = r2[: -len(suffix)]
                            rv = rv[: -len(suffix)]

                            if r2.endswith("ic"):
                                word = word[:-2]
                                rv = rv[:-2]

                        elif suffix in ("logia", "logie"):
                            word = word[:-2]
                            rv = word[:-2]

                        elif suffix in ("uzione", "uzioni", "usione", "usioni"):
                            word = word[:-5]
                            rv = rv[:-5]

                        elif suffix in ("enza", "enze"):
                            word = suffix_replace(word, suffix, "te")
                            rv = suffix_replace(rv, suffix, "te")

                        elif suffix == "it\xe0":
                            word = word[:-3]
                            r2 = r2[:-3]
                            rv = rv[:-3]

                            if r2.endswith(("ic", "iv")):
                                word = word[:-2]
                                rv = rv[:-2]

                            elif r2.endswith("abil"):
                                word = word[:-4]
                                rv = rv[:-4]

                        elif suffix in ("ivo", "ivi", "iva", "ive"):
                            word = word[:-3]
                            r2 = r2[:-3]
                            rv = rv[:-3]

                            if r2.endswith("at"):
                                word = word[:-2]
                                r2 = r2[:-2]
                                rv = rv[:-2]

                                if r2.endswith("ic"):
                                    word = word[:-2]
                                    rv = rv[:-2]
                        else:
                            word = word[: -len(suffix)]
                            rv = rv[: -len(suffix)]
                    break

        # STEP 2: Verb suffixes
        if not step1_success:
            if rv.endswith(self.__step2_suffixes):  # no suffix: the loop does nothing
                for suffix in self.__step2_suffixes:
                    if rv.endswith(suffix):
                        word = word[: -len(suffix)]
                        rv = rv[: -len(suffix)]
                        break

        # STEP 3a
        if rv.endswith(("a", "e", "i", "o", "\xe0", "\xe8", "\xec", "\xf2")):
            word = word[:-1]
            rv = rv[:-1]

            if rv.endswith("i"):
                word = word[:-1]
                rv = rv[:-1]

        # STEP 3b
        if rv.endswith(("ch", "gh")):
            word = word[:-1]

        word = word.replace("I", "i").replace("U", "u")

        return word


class NorwegianStemmer(_ScandinavianStemmer):
    """
    The Norwegian Snowball stemmer.

    :cvar __vowels: The Norwegian vowels.
    :type __vowels: unicode
    :cvar __s_ending: Letters that may directly appear before a word final 's'.
    :type __s_ending: unicode
    :cvar __step1_suffixes: Suffixes to be deleted in step 1 of the algorithm.
    :type __step1_suffixes: tuple
    :cvar __step2_suffixes: Suffixes to be deleted in step 2 of the algorithm.
    :type __step2_suffixes: tuple
    :cvar __step3_suffixes: Suffixes to be deleted in step 3 of the algorithm.
    :type __step3_suffixes: tuple
    :note: A detailed description of the Norwegian
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/norwegian/stemmer.html

    """

    __vowels = "aeiouy\xe6\xe5\xf8"
    __s_ending = "bcdfghjlmnoprtvyz"
    __step1_suffixes = (
        "hetenes",
        "hetene",
        "hetens",
        "heter",
        "heten",
        "endes",
        "ande",
        "ende",
        "edes",
        "enes",
        "erte",
        "ede",
        "ane",
        "ene",
        "ens",
        "ers",
        "ets",
        "het",
        "ast",
        "ert",
        "en",
        "ar",
        "er",
        "as",
        "es",
        "et",
        "a",
        "e",
        "s",
    )

    __step2_suffixes = ("dt", "vt")

    __step3_suffixes = (
        "hetslov",
        "eleg",
        "elig",
        "elov",
        "slov",
        "leg",
        "eig",
        "lig",
        "els",
        "lov",
        "ig",
    )

    def stem(self, word):
        """
        Stem a Norwegian word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        word = word.lower()

        if word in self.stopwords:
            return word

        r1 = self._r1_scandinavian(word, self.__vowels)

        # STEP 1
        if r1.endswith(self.__step1_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1_suffixes:
                if r1.endswith(suffix):
                    if suffix in ("erte", "ert"):
                        word = suffix_replace(word, suffix, "er")
                        r1 = suffix_replace(r1, suffix, "er")

                    elif suffix == "s":
                        if word[-2] in self.__s_ending or (
                            word[-2] == "k" and word[-3] not in self.__vowels
                        ):
                            word = word[:-1]
                            r1 = r1[:-1]
                    else:
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]
                    break

        # STEP 2
        if r1.endswith(self.__step2_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step2_suffixes:
                if r1.endswith(suffix):
                    word = word[:-1]
                    r1 = r1[:-1]
                    break

        # STEP 3
        if r1.endswith(self.__step3_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step3_suffixes:
                if r1.endswith(suffix):
                    word = word[: -len(suffix)]
                    break

        return word


class PortugueseStemmer(_StandardStemmer):
    """
    The Portuguese Snowball stemmer.

    :cvar __vowels: The Portuguese vowels.
    :type __vowels: unicode
    :cvar __step1_suffixes: Suffixes to be deleted in step 1 of the algorithm.
    :type __step1_suffixes: tuple
    :cvar __step2_suffixes: Suffixes to be deleted in step 2 of the algorithm.
    :type __step2_suffixes: tuple
    :cvar __step4_suffixes: Suffixes to be deleted in step 4 of the algorithm.
    :type __step4_suffixes: tuple
    :note: A detailed description of the Portuguese
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/portuguese/stemmer.html

    """

    __vowels = "aeiou\xe1\xe9\xed\xf3\xfa\xe2\xea\xf4"
    __step1_suffixes = (
        "amentos",
        "imentos",
        "uço~es",
        "amento",
        "imento",
        "adoras",
        "adores",
        "a\xe7o~es",
        "logias",
        "\xeancias",
        "amente",
        "idades",
        "an\xe7as",
        "ismos",
        "istas",
        "adora",
        "a\xe7a~o",
        "antes",
        "\xe2ncia",
        "logia",
        "uça~o",
        "\xeancia",
        "mente",
        "idade",
        "an\xe7a",
        "ezas",
        "icos",
        "icas",
        "ismo",
        "\xe1vel",
        "\xedvel",
        "ista",
        "osos",
        "osas",
        "ador",
        "ante",
        "ivas",
        "ivos",
        "iras",
        "eza",
        "ico",
        "ica",
        "oso",
        "osa",
        "iva",
        "ivo",
        "ira",
    )
    __step2_suffixes = (
        "ar\xedamos",
        "er\xedamos",
        "ir\xedamos",
        "\xe1ssemos",
        "\xeassemos",
        "\xedssemos",
        "ar\xedeis",
        "er\xedeis",
        "ir\xedeis",
        "\xe1sseis",
        "\xe9sseis",
        "\xedsseis",
        "\xe1ramos",
        "\xe9ramos",
        "\xedramos",
        "\xe1vamos",
        "aremos",
        "eremos",
        "iremos",
        "ariam",
        "eriam",
        "iriam",
        "assem",
        "essem",
        "issem",
        "ara~o",
        "era~o",
        "ira~o",
        "arias",
        "erias",
        "irias",
        "ardes",
        "erdes",
        "irdes",
        "asses",
        "esses",
        "isses",
        "astes",
        "estes",
        "istes",
        "\xe1reis",
        "areis",
        "\xe9reis",
        "ereis",
        "\xedreis",
        "ireis",
        "\xe1veis",
        "\xedamos",
        "armos",
        "ermos",
        "irmos",
        "aria",
        "eria",
        "iria",
        "asse",
        "esse",
        "isse",
        "aste",
        "este",
        "iste",
        "arei",
        "erei",
        "irei",
        "aram",
        "eram",
        "iram",
        "avam",
        "arem",
        "erem",
        "irem",
        "ando",
        "endo",
        "indo",
        "adas",
        "idas",
        "ar\xe1s",
        "aras",
        "er\xe1s",
        "eras",
        "ir\xe1s",
        "avas",
        "ares",
        "eres",
        "ires",
        "\xedeis",
        "ados",
        "idos",
        "\xe1mos",
        "amos",
        "emos",
        "imos",
        "iras",
        "ada",
        "ida",
        "ar\xe1",
        "ara",
        "er\xe1",
        "era",
        "ir\xe1",
        "ava",
        "iam",
        "ado",
        "ido",
        "ias",
        "ais",
        "eis",
        "ira",
        "ia",
        "ei",
        "am",
        "em",
        "ar",
        "er",
        "ir",
        "as",
        "es",
        "is",
        "eu",
        "iu",
        "ou",
    )
    __step4_suffixes = ("os", "a", "i", "o", "\xe1", "\xed", "\xf3")

    def stem(self, word):
        """
        Stem a Portuguese word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        word = word.lower()

        if word in self.stopwords:
            return word

        step1_success = False
        step2_success = False

        word = (
            word.replace("\xe3", "a~")
            .replace("\xf5", "o~")
            .replace("q\xfc", "qu")
            .replace("g\xfc", "gu")
        )

        r1, r2 = self._r1r2_standard(word, self.__vowels)
        rv = self._rv_standard(word, self.__vowels)

        # STEP 1: Standard suffix removal
        if word.endswith(self.__step1_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1_suffixes:
                if word.endswith(suffix):
                    if suffix == "amente" and r1.endswith(suffix):
                        step1_success = True

                        word = word[:-6]
                        r2 = r2[:-6]
                        rv = rv[:-6]

                        if r2.endswith("iv"):
                            word = word[:-2]
                            r2 = r2[:-2]
                            rv = rv[:-2]

                            if r2.endswith("at"):
                                word = word[:-2]
                                rv = rv[:-2]

                        elif r2.endswith(("os", "ic", "ad")):
                            word = word[:-2]
                            rv = rv[:-2]

                    elif (
                        suffix in ("ira", "iras")
                        and rv.endswith(suffix)
                        and word[-len(suffix) - 1 : -len(suffix)] == "e"
                    ):
                        step1_success = True

                        word = suffix_replace(word, suffix, "ir")
                        rv = suffix_replace(rv, suffix, "ir")

                    elif r2.endswith(suffix):
                        step1_success = True

                        if suffix in ("logia", "logias"):
                            word = suffix_replace(word, suffix, "log")
                            rv = suffix_replace(rv, suffix, "log")

                        elif suffix in ("uça~o", "uço~es"):
                            word = suffix_replace(word, suffix, "u")
                            rv = suffix_replace(rv, suffix, "u")

                        elif suffix in ("\xeancia", "\xeancias"):
                            word = suffix_replace(word, suffix, "ente")
                            rv = suffix_replace(rv, suffix, "ente")

                        elif suffix == "mente":
                            word = word[:-5]
                            r2 = r2[:-5]
                            rv = rv[:-5]

                            if r2.endswith(("ante", "avel", "ivel")):
                                word = word[:-4]
                                rv = rv[:-4]

                        elif suffix in ("idade", "idades"):
                            word = word[: -len(suffix)]
                            r2 = r2[: -len(suffix)]
                            rv = rv[: -len(suffix)]

                            if r2.endswith(("ic", "iv")):
                                word = word[:-2]
                                rv = rv[:-2]

                            elif r2.endswith("abil"):
                                word = word[:-4]
                                rv = rv[:-4]

                        elif suffix in ("iva", "ivo", "ivas", "ivos"):
                            word = word[: -len(suffix)]
                            r2 = r2[: -len(suffix)]
                            rv = rv[: -len(suffix)]

                            if r2.endswith("at"):
                                word = word[:-2]
                                rv = rv[:-2]
                        else:
                            word = word[: -len(suffix)]
                            rv = rv[: -len(suffix)]
                    break

        # STEP 2: Verb suffixes
        if not step1_success:
            if rv.endswith(self.__step2_suffixes):  # no suffix: the loop does nothing
                for suffix in self.__step2_suffixes:
                    if rv.endswith(suffix):
                        step2_success = True

                        word = word[: -len(suffix)]
                        rv = rv[: -len(suffix)]
                        break

        # STEP 3
        if step1_success or step2_success:
            if rv.endswith("i") and word[-2] == "c":
                word = word[:-1]
                rv = rv[:-1]

        ### STEP 4: Residual suffix
        if not step1_success and not step2_success:
            if rv.endswith(self.__step4_suffixes):  # no suffix: the loop does nothing
                for suffix in self.__step4_suffixes:
                    if rv.endswith(suffix):
                        word = word[: -len(suffix)]
                        rv = rv[: -len(suffix)]
                        break

        # STEP 5
        if rv.endswith(("e", "\xe9", "\xea")):
            word = word[:-1]
            rv = rv[:-1]

            if (word.endswith("gu") and rv.endswith("u")) or (
                word.endswith("ci") and rv.endswith("i")
            ):
                word = word[:-1]

        elif word.endswith("\xe7"):
            word = suffix_replace(word, "\xe7", "c")

        word = word.replace("a~", "\xe3").replace("o~", "\xf5")

        return word


class RussianStemmer(_LanguageSpecificStemmer):
    """
    The Russian Snowball stemmer.

    :cvar __perfective_gerund_suffixes: Suffixes to be deleted.
    :type __perfective_gerund_suffixes: tuple
    :cvar __adjectival_suffixes: Suffixes to be deleted.
    :type __adjectival_suffixes: tuple
    :cvar __reflexive_suffixes: Suffixes to be deleted.
    :type __reflexive_suffixes: tuple
    :cvar __verb_suffixes: Suffixes to be deleted.
    :type __verb_suffixes: tuple
    :cvar __noun_suffixes: Suffixes to be deleted.
    :type __noun_suffixes: tuple
    :cvar __superlative_suffixes: Suffixes to be deleted.
    :type __superlative_suffixes: tuple
    :cvar __derivational_suffixes: Suffixes to be deleted.
    :type __derivational_suffixes: tuple
    :note: A detailed description of the Russian
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/russian/stemmer.html

    """

    __perfective_gerund_suffixes = (
        "ivshis'",
        "yvshis'",
        "vshis'",
        "ivshi",
        "yvshi",
        "vshi",
        "iv",
        "yv",
        "v",
    )
    __adjectival_suffixes = (
        "ui^ushchi^ui^u",
        "ui^ushchi^ai^a",
        "ui^ushchimi",
        "ui^ushchymi",
        "ui^ushchego",
        "ui^ushchogo",
        "ui^ushchemu",
        "ui^ushchomu",
        "ui^ushchikh",
        "ui^ushchykh",
        "ui^ushchui^u",
        "ui^ushchaia",
        "ui^ushchoi^u",
        "ui^ushchei^u",
        "i^ushchi^ui^u",
        "i^ushchi^ai^a",
        "ui^ushchee",
        "ui^ushchie",
        "ui^ushchye",
        "ui^ushchoe",
        "ui^ushchei`",
        "ui^ushchii`",
        "ui^ushchyi`",
        "ui^ushchoi`",
        "ui^ushchem",
        "ui^ushchim",
        "ui^ushchym",
        "ui^ushchom",
        "i^ushchimi",
        "i^ushchymi",
        "i^ushchego",
        "i^ushchogo",
        "i^ushchemu",
        "i^ushchomu",
        "i^ushchikh",
        "i^ushchykh",
        "i^ushchui^u",
        "i^ushchai^a",
        "i^ushchoi^u",
        "i^ushchei^u",
        "i^ushchee",
        "i^ushchie",
        "i^ushchye",
        "i^ushchoe",
        "i^ushchei`",
        "i^ushchii`",
        "i^ushchyi`",
        "i^ushchoi`",
        "i^ushchem",
        "i^ushchim",
        "i^ushchym",
        "i^ushchom",
        "shchi^ui^u",
        "shchi^ai^a",
        "ivshi^ui^u",
        "ivshi^ai^a",
        "yvshi^ui^u",
        "yvshi^ai^a",
        "shchimi",
        "shchymi",
        "shchego",
        "shchogo",
        "shchemu",
        "shchomu",
        "shchikh",
        "shchykh",
        "shchui^u",
        "shchai^a",
        "shchoi^u",
        "shchei^u",
        "ivshimi",
        "ivshymi",
        "ivshego",
        "ivshogo",
        "ivshemu",
        "ivshomu",
        "ivshikh",
        "ivshykh",
        "ivshui^u",
        "ivshai^a",
        "ivshoi^u",
        "ivshei^u",
        "yvshimi",
        "yvshymi",
        "yvshego",
        "yvshogo",
        "yvshemu",
        "yvshomu",
        "yvshikh",
        "yvshykh",
        "yvshui^u",
        "yvshai^a",
        "yvshoi^u",
        "yvshei^u",
        "vshi^ui^u",
        "vshi^ai^a",
        "shchee",
        "shchie",
        "shchye",
        "shchoe",
        "shchei`",
        "shchii`",
        "shchyi`",
        "shchoi`",
        "shchem",
        "shchim",
        "shchym",
        "shchom",
        "ivshee",
        "ivshie",
        "ivshye",
        "ivshoe",
        "ivshei`",
        "ivshii`",
        "ivshyi`",
        "ivshoi`",
        "ivshem",
        "ivshim",
        "ivshym",
        "ivshom",
        "yvshee",
        "yvshie",
        "yvshye",
        "yvshoe",
        "yvshei`",
        "yvshii`",
        "yvshyi`",
        "yvshoi`",
        "yvshem",
        "yvshim",
        "yvshym",
        "yvshom",
        "vshimi",
        "vshymi",
        "vshego",
        "vshogo",
        "vshemu",
        "vshomu",
        "vshikh",
        "vshykh",
        "vshui^u",
        "vshai^a",
        "vshoi^u",
        "vshei^u",
        "emi^ui^u",
        "emi^ai^a",
        "nni^ui^u",
        "nni^ai^a",
        "vshee",
        "vshie",
        "vshye",
        "vshoe",
        "vshei`",
        "vshii`",
        "vshyi`",
        "vshoi`",
        "vshem",
        "vshim",
        "vshym",
        "vshom",
        "emimi",
        "emymi",
        "emego",
        "emogo",
        "ememu",
        "emomu",
        "emikh",
        "emykh",
        "emui^u",
        "emai^a",
        "emoi^u",
        "emei^u",
        "nnimi",
        "nnymi",
        "nnego",
        "nnogo",
        "nnemu",
        "nnomu",
        "nnikh",
        "nnykh",
        "nnui^u",
        "nnai^a",
        "nnoi^u",
        "nnei^u",
        "emee",
        "emie",
        "emye",
        "emoe",
        "emei`",
        "emii`",
        "emyi`",
        "emoi`",
        "emem",
        "emim",
        "emym",
        "emom",
        "nnee",
        "nnie",
        "nnye",
        "nnoe",
        "nnei`",
        "nnii`",
        "nnyi`",
        "nnoi`",
        "nnem",
        "nnim",
        "nnym",
        "nnom",
        "i^ui^u",
        "i^ai^a",
        "imi",
        "ymi",
        "ego",
        "ogo",
        "emu",
        "omu",
        "ikh",
        "ykh",
        "ui^u",
        "ai^a",
        "oi^u",
        "ei^u",
        "ee",
        "ie",
        "ye",
        "oe",
        "ei`",
        "ii`",
        "yi`",
        "oi`",
        "em",
        "im",
        "ym",
        "om",
    )
    __reflexive_suffixes = ("si^a", "s'")
    __verb_suffixes = (
        "esh'",
        "ei`te",
        "ui`te",
        "ui^ut",
        "ish'",
        "ete",
        "i`te",
        "i^ut",
        "nno",
        "ila",
        "yla",
        "ena",
        "ite",
        "ili",
        "yli",
        "ilo",
        "ylo",
        "eno",
        "i^at",
        "uet",
        "eny",
        "it'",
        "yt'",
        "ui^u",
        "la",
        "na",
        "li",
        "em",
        "lo",
        "no",
        "et",
        "ny",
        "t'",
        "ei`",
        "ui`",
        "il",
        "yl",
        "im",
        "ym",
        "en",
        "it",
        "yt",
        "i^u",
        "i`",
        "l",
        "n",
    )
    __noun_suffixes = (
        "ii^ami",
        "ii^akh",
        "i^ami",
        "ii^am",
        "i^akh",
        "ami",
        "iei`",
        "i^am",
        "iem",
        "akh",
        "ii^u",
        "'i^u",
        "ii^a",
        "'i^a",
        "ev",
        "ov",
        "ie",
        "'e",
        "ei",
        "ii",
        "ei`",
        "oi`",
        "ii`",
        "em",
        "am",
        "om",
        "i^u",
        "i^a",
        "a",
        "e",
        "i",
        "i`",
        "o",
        "u",
        "y",
        "'",
    )
    __superlative_suffixes = ("ei`she", "ei`sh")
    __derivational_suffixes = ("ost'", "ost")

    def stem(self, word):
        """
        Stem a Russian word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        if word in self.stopwords:
            return word

        chr_exceeded = False
        for i in range(len(word)):
            if ord(word[i]) > 255:
                chr_exceeded = True
                break

        if not chr_exceeded:
            return word

        word = self.__cyrillic_to_roman(word)

        step1_success = False
        adjectival_removed = False
        verb_removed = False
        undouble_success = False
        superlative_removed = False

        rv, r2 = self.__regions_russian(word)

        # Step 1
        if rv.endswith(self.__perfective_gerund_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__perfective_gerund_suffixes:
                if rv.endswith(suffix):
                    if suffix in ("v", "vshi", "vshis'"):
                        if (
                            rv[-len(suffix) - 3 : -len(suffix)] == "i^a"
                            or rv[-len(suffix) - 1 : -len(suffix)] == "a"
                        ):
                            word = word[: -len(suffix)]
                            r2 = r2[: -len(suffix)]
                            rv = rv[: -len(suffix)]
                            step1_success = True
                            break
                    else:
                        word = word[: -len(suffix)]
                        r2 = r2[: -len(suffix)]
                        rv = rv[: -len(suffix)]
                        step1_success = True
                        break

        if not step1_success:
            if rv.endswith(self.__reflexive_suffixes):  # no suffix: the loop does nothing
                for suffix in self.__reflexive_suffixes:
                    if rv.endswith(suffix):
                        word = word[: -len(suffix)]
                        r2 = r2[: -len(suffix)]
                        rv = rv[: -len(suffix)]
                        break

            if rv.endswith(self.__adjectival_suffixes):  # no suffix: the loop does nothing
                for suffix in self.__adjectival_suffixes:
                    if rv.endswith(suffix):
                        if suffix in (
                            "i^ushchi^ui^u",
                            "i^ushchi^ai^a",
                            "i^ushchui^u",
                            "i^ushchai^a",
                            "i^ushchoi^u",
                            "i^ushchei^u",
                            "i^ushchimi",
                            "i^ushchymi",
                            "i^ushchego",
                            "i^ushchogo",
                            "i^ushchemu",
                            "i^ushchomu",
                            "i^ushchikh",
                            "i^ushchykh",
                            "shchi^ui^u",
                            "shchi^ai^a",
                            "i^ushchee",
                            "i^ushchie",
                            "i^ushchye",
                            "i^ushchoe",
                            "i^ushchei`",
                            "i^ushchii`",
                            "i^ushchyi`",
                            "i^ushchoi`",
                            "i^ushchem",
                            "i^ushchim",
                            "i^ushchym",
                            "i^ushchom",
                            "vshi^ui^u",
                            "vshi^ai^a",
                            "shchui^u",
                            "shchai^a",
                            "shchoi^u",
                            "shchei^u",
                            "emi^ui^u",
                            "emi^ai^a",
                            "nni^ui^u",
                            "nni^ai^a",
                            "shchimi",
                            "shchymi",
                            "shchego",
                            "shchogo",
                            "shchemu",
                            "shchomu",
                            "shchikh",
                            "shchykh",
                            "vshui^u",
                            "vshai^a",
                            "vshoi^u",
                            "vshei^u",
                            "shchee",
                            "shchie",
                            "shchye",
                            "shchoe",
                            "shchei`",
                            "shchii`",
                            "shchyi`",
                            "shchoi`",
                            "shchem",
                            "shchim",
                            "shchym",
                            "shchom",
                            "vshimi",
                            "vshymi",
                            "vshego",
                            "vshogo",
                            "vshemu",
                            "vshomu",
                            "vshikh",
                            "vshykh",
                            "emui^u",
                            "emai^a",
                            "emoi^u",
                            "emei^u",
                            "nnui^u",
                            "nnai^a",
                            "nnoi^u",
                            "nnei^u",
                            "vshee",
                            "vshie",
                            "vshye",
                            "vshoe",
                            "vshei`",
                            "vshii`",
                            "vshyi`",
                            "vshoi`",
                            "vshem",
                            "vshim",
                            "vshym",
                            "vshom",
                            "emimi",
                            "emymi",
                            "emego",
                            "emogo",
                            "ememu",
                            "emomu",
                            "emikh",
                            "emykh",
                            "nnimi",
                            "nnymi",
                            "nnego",
                            "nnogo",
                            "nnemu",
                            "nnomu",
                            "nnikh",
                            "nnykh",
                            "emee",
                            "emie",
                            "emye",
                            "emoe",
                            "emei`",
                            "emii`",
                            "emyi`",
                            "emoi`",
                            "emem",
                            "emim",
                            "emym",
                            "emom",
                            "nnee",
                            "nnie",
                            "nnye",
                            "nnoe",
                            "nnei`",
                            "nnii`",
                            "nnyi`",
                            "nnoi`",
                            "nnem",
                            "nnim",
                            "nnym",
                            "nnom",
                        ):
                            if (
                                rv[-len(suffix) - 3 : -len(suffix)] == "i^a"
                                or rv[-len(suffix) - 1 : -len(suffix)] == "a"
                            ):
                                word = word[: -len(suffix)]
                                r2 = r2[: -len(suffix)]
                                rv = rv[: -len(suffix)]
                                adjectival_removed = True
                                break
                        else:
                            word = word[: -len(suffix)]
                            r2 = r2[: -len(suffix)]
                            rv = rv[: -len(suffix)]
                            adjectival_removed = True
                            break

            if not adjectival_removed:
                if rv.endswith(self.__verb_suffixes):  # no suffix: the loop does nothing
                    for suffix in self.__verb_suffixes:
                        if rv.endswith(suffix):
                            if suffix in (
                                "la",
                                "na",
                                "ete",
                                "i`te",
                                "li",
                                "i`",
                                "l",
                                "em",
                                "n",
                                "lo",
                                "no",
                                "et",
                                "i^ut",
                                "ny",
                                "t'",
                                "esh'",
                                "nno",
                            ):
                                if (
                                    rv[-len(suffix) - 3 : -len(suffix)] == "i^a"
                                    or rv[-len(suffix) - 1 : -len(suffix)] == "a"
                                ):
                                    word = word[: -len(suffix)]
                                    r2 = r2[: -len(suffix)]
                                    rv = rv[: -len(suffix)]
                                    verb_removed = True
                                    break
                            else:
                                word = word[: -len(suffix)]
                                r2 = r2[: -len(suffix)]
                                rv = rv[: -len(suffix)]
                                verb_removed = True
                                break

            if not adjectival_removed and not verb_removed:
                if rv.endswith(self.__noun_suffixes):  # no suffix: the loop does nothing
                    for suffix in self.__noun_suffixes:
                        if rv.endswith(suffix):
                            word = word[: -len(suffix)]
                            r2 = r2[: -len(suffix)]
                            rv = rv[: -len(suffix)]
                            break

        # Step 2
        if rv.endswith("i"):
            word = word[:-1]
            r2 = r2[:-1]

        # Step 3
        if r2.endswith(self.__derivational_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__derivational_suffixes:
                if r2.endswith(suffix):
                    word = word[: -len(suffix)]
                    break

        # Step 4
        if word.endswith("nn"):
            word = word[:-1]
            undouble_success = True

        if not undouble_success:
            if word.endswith(self.__superlative_suffixes):  # no suffix: the loop does nothing
                for suffix in self.__superlative_suffixes:
                    if word.endswith(suffix):
                        word = word[: -len(suffix)]
                        superlative_removed = True
                        break
            if word.endswith("nn"):
                word = word[:-1]

        if not undouble_success and not superlative_removed:
            if word.endswith("'"):
                word = word[:-1]

        word = self.__roman_to_cyrillic(word)

        return word

    def __regions_russian(self, word):
        """
        Return the regions RV and R2 which are used by the Russian stemmer.

        In any word, RV is the region after the first vowel,
        or the end of the word if it contains no vowel.

        R2 is the region after the first non-vowel following
        a vowel in R1, or the end of the word if there is no such non-vowel.

        R1 is the region after the first non-vowel following a vowel,
        or the end of the word if there is no such non-vowel.

        :param word: The Russian word whose regions RV and R2 are determined.
        :type word: str or unicode
        :return: the regions RV and R2 for the respective Russian word.
        :rtype: tuple
        :note: This helper method is invoked by the stem method of the subclass
               RussianStemmer. It is not to be invoked directly!

        """
        r1 = ""
        r2 = ""
        rv = ""

        vowels = ("A", "U", "E", "a", "e", "i", "o", "u", "y")
        word = word.replace("i^a", "A").replace("i^u", "U").replace("e`", "E")

        for i in range(1, len(word)):
            if word[i] not in vowels and word[i - 1] in vowels:
                r1 = word[i + 1 :]
                break

        for i in range(1, len(r1)):
            if r1[i] not in vowels and r1[i - 1] in vowels:
                r2 = r1[i + 1 :]
                break

        for i in range(len(word)):
            if word[i] in vowels:
                rv = word[i + 1 :]
                break

        r2 = r2.replace("A", "i^a").replace("U", "i^u").replace("E", "e`")
        rv = rv.replace("A", "i^a").replace("U", "i^u").replace("E", "e`")

        return (rv, r2)

    def __cyrillic_to_roman(self, word):
        """
        Transliterate a Russian word into the Roman alphabet.

        A Russian word whose letters consist of the Cyrillic
        alphabet are transliterated into the Roman alphabet
        in order to ease the forthcoming stemming process.

        :param word: The word that is transliterated.
        :type word: unicode
        :return: the transliterated word.
        :rtype: unicode
        :note: This helper method is invoked by the stem method of the subclass
               RussianStemmer. It is not to be invoked directly!

        """
        word = (
            word.replace("\u0410", "a")
            .replace("\u0430", "a")
            .replace("\u0411", "b")
            .replace("\u0431", "b")
            .replace("\u0412", "v")
            .replace("\u0432", "v")
            .replace("\u0413", "g")
            .replace("\u0433", "g")
            .replace("\u0414", "d")
            .replace("\u0434", "d")
            .replace("\u0415", "e")
            .replace("\u0435", "e")
            .replace("\u0401", "e")
            .replace("\u0451", "e")
            .replace("\u0416", "zh")
            .replace("\u0436", "zh")
            .replace("\u0417", "z")
            .replace("\u0437", "z")
            .replace("\u0418", "i")
            .replace("\u0438", "i")
            .replace("\u0419", "i`")
            .replace("\u0439", "i`")
            .replace("\u041a", "k")
            .replace("\u043a", "k")
            .replace("\u041b", "l")
            .replace("\u043b", "l")
            .replace("\u041c", "m")
            .replace("\u043c", "m")
            .replace("\u041d", "n")
            .replace("\u043d", "n")
            .replace("\u041e", "o")
            .replace("\u043e", "o")
            .replace("\u041f", "p")
            .replace("\u043f", "p")
            .replace("\u0420", "r")
            .replace("\u0440", "r")
            .replace("\u0421", "s")
            .replace("\u0441", "s")
            .replace("\u0422", "t")
            .replace("\u0442", "t")
            .replace("\u0423", "u")
            .replace("\u0443", "u")
            .replace("\u0424", "f")
            .replace("\u0444", "f")
            .replace("\u0425", "kh")
            .replace("\u0445", "kh")
            .replace("\u0426", "t^s")
            .replace("\u0446", "t^s")
            .replace("\u0427", "ch")
            .replace("\u0447", "ch")
            .replace("\u0428", "sh")
            .replace("\u0448", "sh")
            .replace("\u0429", "shch")
            .replace("\u0449", "shch")
            .replace("\u042a", "''")
            .replace("\u044a", "''")
            .replace("\u042b", "y")
            .replace("\u044b", "y")
            .replace("\u042c", "'")
            .replace("\u044c", "'")
            .replace("\u042d", "e`")
            .replace("\u044d", "e`")
            .replace("\u042e", "i^u")
            .replace("\u044e", "i^u")
            .replace("\u042f", "i^a")
            .replace("\u044f", "i^a")
        )

        return word

    def __roman_to_cyrillic(self, word):
        """
        Transliterate a Russian word back into the Cyrillic alphabet.

        A Russian word formerly transliterated into the Roman alphabet
        in order to ease the stemming process, is transliterated back
        into the Cyrillic alphabet, its original form.

        :param word: The word that is transliterated.
        :type word: str or unicode
        :return: word, the transliterated word.
        :rtype: unicode
        :note: This helper method is invoked by the stem method of the subclass
               RussianStemmer. It is not to be invoked directly!

        """
        word = (
            word.replace("i^u", "\u044e")
            .replace("i^a", "\u044f")
            .replace("shch", "\u0449")
            .replace("kh", "\u0445")
            .replace("t^s", "\u0446")
            .replace("ch", "\u0447")
            .replace("e`", "\u044d")
            .replace("i`", "\u0439")
            .replace("sh", "\u0448")
            .replace("k", "\u043a")
            .replace("e", "\u0435")
            .replace("zh", "\u0436")
            .replace("a", "\u0430")
            .replace("b", "\u0431")
            .replace("v", "\u0432")
            .replace("g", "\u0433")
            .replace("d", "\u0434")
            .replace("e", "\u0435")
            .replace("z", "\u0437")
            .replace("i", "\u0438")
            .replace("l", "\u043b")
            .replace("m", "\u043c")
            .replace("n", "\u043d")
            .replace("o", "\u043e")
            .replace("p", "\u043f")
            .replace("r", "\u0440")
            .replace("s", "\u0441")
            .replace("t", "\u0442")
            .replace("u", "\u0443")
            .replace("f", "\u0444")
            .replace("''", "\u044a")
            .replace("y", "\u044b")
            .replace("'", "\u044c")
        )

        return word


class SpanishStemmer(_StandardStemmer):
    """
    The Spanish Snowball stemmer.

    :cvar __vowels: The Spanish vowels.
    :type __vowels: unicode
    :cvar __step0_suffixes: Suffixes to be deleted in step 0 of the algorithm.
    :type __step0_suffixes: tuple
    :cvar __step1_suffixes: Suffixes to be deleted in step 1 of the algorithm.
    :type __step1_suffixes: tuple
    :cvar __step2a_suffixes: Suffixes to be deleted in step 2a of the algorithm.
    :type __step2a_suffixes: tuple
    :cvar __step2b_suffixes: Suffixes to be deleted in step 2b of the algorithm.
    :type __step2b_suffixes: tuple
    :cvar __step3_suffixes: Suffixes to be deleted in step 3 of the algorithm.
    :type __step3_suffixes: tuple
    :note: A detailed description of the Spanish
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/spanish/stemmer.html

    """

    __vowels = "aeiou\xe1\xe9\xed\xf3\xfa\xfc"
    __step0_suffixes = (
        "selas",
        "selos",
        "sela",
        "selo",
        "las",
        "les",
        "los",
        "nos",
        "me",
        "se",
        "la",
        "le",
        "lo",
    )
    __step1_suffixes = (
        "amientos",
        "imientos",
        "amiento",
        "imiento",
        "acion",
        "aciones",
        "uciones",
        "ucion",
        "adoras",
        "adores",
        "ancias",
        "log\xedas",
        "encias",
        "amente",
        "idades",
        "anzas",
        "ismos",
        "ables",
        "ibles",
        "istas",
        "adora",
        "aci\xf3n",
        "antes",
        "ancia",
        "log\xeda",
        "uci\xf3n",
        "encia",
        "mente",
        "anza",
        "icos",
        "icas",
        "ismo",
        "able",
        "ible",
        "ista",
        "osos",
        "osas",
        "ador",
        "ante",
        "idad",
        "ivas",
        "ivos",
        "ico",
        "ica",
        "oso",
        "osa",
        "iva",
        "ivo",
    )
    __step2a_suffixes = (
        "yeron",
        "yendo",
        "yamos",
        "yais",
        "yan",
        "yen",
        "yas",
        "yes",
        "ya",
        "ye",
        "yo",
        "y\xf3",
    )
    __step2b_suffixes = (
        "ar\xedamos",
        "er\xedamos",
        "ir\xedamos",
        "i\xe9ramos",
        "i\xe9semos",
        "ar\xedais",
        "aremos",
        "er\xedais",
        "eremos",
        "ir\xedais",
        "iremos",
        "ierais",
        "ieseis",
        "asteis",
        "isteis",
        "\xe1bamos",
        "\xe1ramos",
        "\xe1semos",
        "ar\xedan",
        "ar\xedas",
        "ar\xe9is",
        "er\xedan",
        "er\xedas",
        "er\xe9is",
        "ir\xedan",
        "ir\xedas",
        "ir\xe9is",
        "ieran",
        "iesen",
        "ieron",
        "iendo",
        "ieras",
        "ieses",
        "abais",
        "arais",
        "aseis",
        "\xe9amos",
        "ar\xe1n",
        "ar\xe1s",
        "ar\xeda",
        "er\xe1n",
        "er\xe1s",
        "er\xeda",
        "ir\xe1n",
        "ir\xe1s",
        "ir\xeda",
        "iera",
        "iese",
        "aste",
        "iste",
        "aban",
        "aran",
        "asen",
        "aron",
        "ando",
        "abas",
        "adas",
        "idas",
        "aras",
        "ases",
        "\xedais",
        "ados",
        "idos",
        "amos",
        "imos",
        "emos",
        "ar\xe1",
        "ar\xe9",
        "er\xe1",
        "er\xe9",
        "ir\xe1",
        "ir\xe9",
        "aba",
        "ada",
        "ida",
        "ara",
        "ase",
        "\xedan",
        "ado",
        "ido",
        "\xedas",
        "\xe1is",
        "\xe9is",
        "\xeda",
        "ad",
        "ed",
        "id",
        "an",
        "i\xf3",
        "ar",
        "er",
        "ir",
        "as",
        "\xeds",
        "en",
        "es",
    )
    __step3_suffixes = ("os", "a", "e", "o", "\xe1", "\xe9", "\xed", "\xf3")

    def stem(self, word):
        """
        Stem a Spanish word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        word = word.lower()

        if word in self.stopwords:
            return word

        step1_success = False

        r1, r2 = self._r1r2_standard(word, self.__vowels)
        rv = self._rv_standard(word, self.__vowels)

        # STEP 0: Attached pronoun
        for suffix in self.__step0_suffixes:
            if not (word.endswith(suffix) and rv.endswith(suffix)):
                continue

            if (
                rv[: -len(suffix)].endswith(
                    (
                        "ando",
                        "\xe1ndo",
                        "ar",
                        "\xe1r",
                        "er",
                        "\xe9r",
                        "iendo",
                        "i\xe9ndo",
                        "ir",
                        "\xedr",
                    )
                )
            ) or (rv[: -len(suffix)].endswith("yendo") and word[: -len(suffix)].endswith("uyendo")):
                word = self.__replace_accented(word[: -len(suffix)])
                r1 = self.__replace_accented(r1[: -len(suffix)])
                r2 = self.__replace_accented(r2[: -len(suffix)])
                rv = self.__replace_accented(rv[: -len(suffix)])
            break

        # STEP 1: Standard suffix removal
        for suffix in self.__step1_suffixes:
            if not word.endswith(suffix):
                continue

            if suffix == "amente" and r1.endswith(suffix):
                step1_success = True
                word = word[:-6]
                r2 = r2[:-6]
                rv = rv[:-6]

                if r2.endswith("iv"):
                    word = word[:-2]
                    r2 = r2[:-2]
                    rv = rv[:-2]

                    if r2.endswith("at"):
                        word = word[:-2]
                        rv = rv[:-2]

                elif r2.endswith(("os", "ic", "ad")):
                    word = word[:-2]
                    rv = rv[:-2]

            elif r2.endswith(suffix):
                step1_success = True
                if suffix in (
                    "adora",
                    "ador",
                    "aci\xf3n",
                    "adoras",
                    "adores",
                    "acion",
                    "aciones",
                    "ante",
                    "antes",
                    "ancia",
                    "ancias",
                ):
                    word = word[: -len(suffix)]
                    r2 = r2[: -len(suffix)]
                    rv = rv[: -len(suffix)]

                    if r2.endswith("ic"):
                        word = word[:-2]
                        rv = rv[:-2]

                elif suffix in ("log\xeda", "log\xedas"):
                    word = suffix_replace(word, suffix, "log")
                    rv = suffix_replace(rv, suffix, "log")

                elif suffix in ("uci\xf3n", "uciones", "ucion"):
                    word = suffix_replace(word, suffix, "u")
                    rv = suffix_replace(rv, suffix, "u")

                elif suffix in ("encia", "encias"):
                    word = suffix_replace(word, suffix, "ente")
                    rv = suffix_replace(rv, suffix, "ente")

                elif suffix == "mente":
                    word = word[: -len(suffix)]
                    r2 = r2[: -len(suffix)]
                    rv = rv[: -len(suffix)]

                    if r2.endswith(("ante", "able", "ible")):
                        word = word[:-4]
                        rv = rv[:-4]

                elif suffix in ("idad", "idades"):
                    word = word[: -len(suffix)]
                    r2 = r2[: -len(suffix)]
                    rv = rv[: -len(suffix)]

                    for pre_suff in ("abil", "ic", "iv"):
                        if r2.endswith(pre_suff):
                            word = word[: -len(pre_suff)]
                            rv = rv[: -len(pre_suff)]

                elif suffix in ("ivo", "iva", "ivos", "ivas"):
                    word = word[: -len(suffix)]
                    r2 = r2[: -len(suffix)]
                    rv = rv[: -len(suffix)]
                    if r2.endswith("at"):
                        word = word[:-2]
                        rv = rv[:-2]
                else:
                    word = word[: -len(suffix)]
                    rv = rv[: -len(suffix)]
            break

        # STEP 2a: Verb suffixes beginning 'y'
        if not step1_success:
            for suffix in self.__step2a_suffixes:
                if rv.endswith(suffix) and word[-len(suffix) - 1 : -len(suffix)] == "u":
                    word = word[: -len(suffix)]
                    rv = rv[: -len(suffix)]
                    break

            # STEP 2b: Other verb suffixes
            if rv.endswith(self.__step2b_suffixes):  # no suffix: the loop does nothing
                for suffix in self.__step2b_suffixes:
                    if rv.endswith(suffix):
                        word = word[: -len(suffix)]
                        rv = rv[: -len(suffix)]
                        if suffix in ("en", "es", "\xe9is", "emos"):
                            if word.endswith("gu"):
                                word = word[:-1]

                            if rv.endswith("gu"):
                                rv = rv[:-1]
                        break

        # STEP 3: Residual suffix
        if rv.endswith(self.__step3_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step3_suffixes:
                if rv.endswith(suffix):
                    word = word[: -len(suffix)]
                    if suffix in ("e", "\xe9"):
                        rv = rv[: -len(suffix)]

                        if word[-2:] == "gu" and rv.endswith("u"):
                            word = word[:-1]
                    break

        word = self.__replace_accented(word)

        return word

    def __replace_accented(self, word):
        """
        Replaces all accented letters on a word with their non-accented
        counterparts.

        :param word: A spanish word, with or without accents
        :type word: str or unicode
        :return: a word with the accented letters (á, é, í, ó, ú) replaced with
                 their non-accented counterparts (a, e, i, o, u)
        :rtype: str or unicode
        """
        return (
            word.replace("\xe1", "a")
            .replace("\xe9", "e")
            .replace("\xed", "i")
            .replace("\xf3", "o")
            .replace("\xfa", "u")
        )


class SwedishStemmer(_ScandinavianStemmer):
    """
    The Swedish Snowball stemmer.

    :cvar __vowels: The Swedish vowels.
    :type __vowels: unicode
    :cvar __s_ending: Letters that may directly appear before a word final 's'.
    :type __s_ending: unicode
    :cvar __step1_suffixes: Suffixes to be deleted in step 1 of the algorithm.
    :type __step1_suffixes: tuple
    :cvar __step2_suffixes: Suffixes to be deleted in step 2 of the algorithm.
    :type __step2_suffixes: tuple
    :cvar __step3_suffixes: Suffixes to be deleted in step 3 of the algorithm.
    :type __step3_suffixes: tuple
    :note: A detailed description of the Swedish
           stemming algorithm can be found under
           http://snowball.tartarus.org/algorithms/swedish/stemmer.html

    """

    __vowels = "aeiouy\xe4\xe5\xf6"
    __s_ending = "bcdfghjklmnoprtvy"
    __step1_suffixes = (
        "heterna",
        "hetens",
        "heter",
        "heten",
        "anden",
        "arnas",
        "ernas",
        "ornas",
        "andes",
        "andet",
        "arens",
        "arna",
        "erna",
        "orna",
        "ande",
        "arne",
        "aste",
        "aren",
        "ades",
        "erns",
        "ade",
        "are",
        "ern",
        "ens",
        "het",
        "ast",
        "ad",
        "en",
        "ar",
        "er",
        "or",
        "as",
        "es",
        "at",
        "a",
        "e",
        "s",
    )
    __step2_suffixes = ("dd", "gd", "nn", "dt", "gt", "kt", "tt")
    __step3_suffixes = ("fullt", "l\xf6st", "els", "lig", "ig")

    def stem(self, word):
        """
        Stem a Swedish word and return the stemmed form.

        :param word: The word that is stemmed.
        :type word: str or unicode
        :return: The stemmed form.
        :rtype: unicode

        """
        word = word.lower()

        if word in self.stopwords:
            return word

        r1 = self._r1_scandinavian(word, self.__vowels)

        # STEP 1
        if r1.endswith(self.__step1_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step1_suffixes:
                if r1.endswith(suffix):
                    if suffix == "s":
                        if word[-2] in self.__s_ending:
                            word = word[:-1]
                            r1 = r1[:-1]
                    else:
                        word = word[: -len(suffix)]
                        r1 = r1[: -len(suffix)]
                    break

        # STEP 2
        if r1.endswith(self.__step2_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step2_suffixes:
                if r1.endswith(suffix):
                    word = word[:-1]
                    r1 = r1[:-1]
                    break

        # STEP 3
        if r1.endswith(self.__step3_suffixes):  # no suffix: the loop does nothing
            for suffix in self.__step3_suffixes:
                if r1.endswith(suffix):
                    if suffix in ("els", "lig", "ig"):
                        word = word[: -len(suffix)]
                    elif suffix in ("fullt", "l\xf6st"):
                        word = word[:-1]
                    break

        return word
