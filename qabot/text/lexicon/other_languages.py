"""Common words of the other languages a reader most likely types in (the stop lists that
jusText, trafilatura's paragraph classifier, ships), less every word English uses too: positive
evidence that a question is in another language. A question of English words a small folder
of articles lacks ("pizza recipe") holds none of them; "dove sono le notizie" does."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from qabot.text.analyzer import STOP_WORDS
from qabot.text.lexicon.first_names import (
    FEMALE_NAMES,
    MALE_NAMES,
    WORLD_FEMALE_NAMES,
    WORLD_MALE_NAMES,
)
from qabot.text.lexicon.synonyms import SYNONYM_GROUPS
from qabot.text.patterns import LETTER_WORD

# Latin-script languages whose stop lists are of function words; the long lists of other
# languages (Polish, Finnish, ...) hold many names and English loanwords
LANGUAGES = (
    "French German Spanish Italian Portuguese Dutch Swedish Danish Norwegian_Bokmal".split()
)
# English's own stop lists among jusText's
ENGLISH_LISTS = ("English", "Simple_English")
# English words those lists hold that neither English's list nor the synonyms table has
ENGLISH_TOO = frozenset(
    """data problem man centre center via met millions studio art direction van sex mayor sit
    dies pro opera professor actual pays fare mere till stark toe dock barn disco com ins pizza
    tv km ii""".split()
)
# each language's words for "said" and "say", which its stop list lacks: a reader asks what
# someone said in their own language ("was hat Blair gesagt?")
SAID = {
    "French": "dit disait declare",
    "German": "gesagt sagte sagt sagen",
    "Spanish": "dijo dicho decir declaro",
    "Italian": "detto disse dichiarato",
    "Portuguese": "disse dito dizer declarou",
    "Dutch": "gezegd zei zegt zeggen",
    "Swedish": "sagt sade",
    "Danish": "sagt sagde",
    "Norwegian_Bokmal": "sagt sagde",
}

# ... and its question words, which some stop lists lack ("wer hat die Wahl gewonnen?": "hat"
# and "die" are English words too), folded; "qu" of "qu'a", "qu'est-ce" as the words split
ASKED = {
    "French": "pourquoi quoi quel quelle quels quelles comment combien qu que",
    "German": "wer warum wann weshalb wieso welcher welches wessen",
    "Spanish": "cuanto cuantos cuantas quienes cual cuales",
    "Italian": "chi cosa quanto quanti quante perche",
    "Portuguese": "quantos quantas qual quais",
    "Dutch": "wie waarom wanneer hoe hoeveel welke",
    "Swedish": "vem vad varfor nar hur",
    "Danish": "hvem hvad hvorfor hvornar hvor",
    "Norwegian_Bokmal": "hvem hva hvorfor hvor",
}


# the words above, known without reading any stop list (tens of thousands of words): a question
# that found passages is judged only when it holds one, or a letter beyond ASCII
ASKING_WORDS = frozenset(
    word for table in (SAID, ASKED) for words in table.values() for word in words.split()
)


def folded(word: str) -> str:
    """Return `word` in lower case without accents ("Dónde" -> "donde"): readers type
    other languages' words with and without them."""
    if word.isascii():
        # ASCII is its own NFKD form and has no accents to drop: the tens of thousands of
        # words `english_words` folds at a process's first question cost ~0.05 CPU-s otherwise
        return word.lower()
    spelt = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in spelt if not unicodedata.combining(c))


def stoplist(language: str) -> frozenset[str]:
    """Return jusText's stop list of `language` as `justext.get_stoplist` reads it, from the
    package's data, without importing justext: its HTML parser and urllib cost ~0.07 CPU-s at
    the first question a process reads as perhaps not English."""
    spec = find_spec("justext")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("justext is not installed", name="justext")
    data = (Path(spec.origin).parent / "stoplists" / f"{language}.txt").read_bytes()
    return frozenset(word.decode("utf8").lower() for word in data.splitlines())


def folded_each(words: Iterable[str]) -> list[str]:
    """Return each of `words` (none holding a line break) `folded`, in order: folded in one
    call, for each step of folding is a character's own and a line break one of its own, so
    the folded text's lines are the folded words (the tens of thousands of `english_words`,
    word by word, cost ~5 CPU-ms of a process's first question)."""
    words = list(words)
    return folded("\n".join(words)).split("\n") if words else []


def letter_words(text: str) -> list[str]:
    """Return the runs of letters of `text`, as `LETTER_WORD` finds them: split at white space
    and slashes where nothing but letters stands between them (the synonyms table), ~4x
    faster than the pattern over its tens of thousands of words."""
    words = text.replace("/", " ").split()
    return words if "".join(words).isalpha() else LETTER_WORD.findall(text)


@cache
def english_words() -> frozenset[str]:
    """Return the English words known without the articles: English's stop lists and the
    words of the synonyms table, folded."""
    lists = set(STOP_WORDS).union(*(stoplist(language) for language in ENGLISH_LISTS))
    return frozenset(folded_letter_words(SYNONYM_GROUPS)).union(folded_each(lists))


def folded_letter_words(text: str) -> list[str]:
    """Return the `letter_words` of `text`, each `folded`. ASCII text is folded whole before it
    is split (lower case keeps each letter a letter and each space a space): the same words
    as folding each, without making the synonyms table's tens of thousands of words twice
    (~8 CPU-ms of a process's first question that might not be English)."""
    if text.isascii():
        return letter_words(text.lower())
    return folded_each(letter_words(text))


@cache
def language_words() -> dict[str, frozenset[str]]:
    """Return each of LANGUAGES' common words, folded, English ones too ("was", "hat" are
    German as well): whether such a word is English depends on the words beside it."""
    # first names stand in some lists ("paul"): a name is no sign of a language
    names = MALE_NAMES | FEMALE_NAMES | WORLD_MALE_NAMES | WORLD_FEMALE_NAMES
    folded_names = {folded(name) for name in names}
    return {
        language: frozenset(
            (
                {folded(word) for word in stoplist(language)}
                | set(SAID[language].split())
                | set(ASKED[language].split())
            )
            - folded_names
        )
        for language in LANGUAGES
    }


@cache
def any_language_words() -> frozenset[str]:
    """Return the common words of any of LANGUAGES, folded, English ones too: the little words
    of some language ("el", "the", "und")."""
    return frozenset().union(*language_words().values())


@cache
def other_language_words() -> frozenset[str]:
    """Return the common words of LANGUAGES that are not English words, folded."""
    return frozenset(any_language_words() - english_words() - ENGLISH_TOO)
