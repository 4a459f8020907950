"""Stray words: one capitalised word read as a speaker that names no one (a step inside
`qabot.attribution.speaker_reading`).

A word opening a sentence is capitalised whether or not it is a name: "Overall, asking prices
have fallen", "Currently, says Dr Paniccia", "Having said that", "Analysts said". Whether it is
a name is read from the article itself: a name is written with a capital inside sentences too
("in which Gervais plays"), a sentence's opening word is not ("overall", "currently"). Text
only: no people, no lexicon beyond `qabot.text.lexicon`.
"""

from __future__ import annotations

import functools
import re

from qabot.attribution.sentence_roles import opens_sentence
from qabot.text import name_starts
from qabot.text.lexicon import (
    ADVERB,
    ADVERBS_IN_S,
    OPENING_ADVERBS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    first_name_gender,
    is_capitalised,
)
from qabot.text.patterns import lazy

_NUMBER = lazy(r"\d{1,3}")
_SUFFIX = lazy(r"(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?")
# a word before a comma, a described role closed by a comma and a verb of speech: "Connolly, a
# former minister, said" (a surname), not "Finally, a former minister said" (no closing comma)
_APPOSED_ROLE_CUE = lazy(
    r",\s+(?:a|an|the)\s+[a-z][^,.;:!?\"“”()]{0,60},\s+(?:said|says|told|tells|added|argued|"
    r"warned|insisted|claimed|admitted|explained|wrote|writes)\b"
)
_CAPITAL_ING = lazy(r"[A-Z][a-z]+ing")
# a number before a one-word name is no part of it after these ("the 50 Jets", "about 20
# Tories"): a count, not a stage name ("50 Cent")
_COUNTED_AFTER = frozenset("the a an of about some all top over under nearly almost".split())
# answers of `capitalised_inside` kept: a few articles' words (each entry keeps its text alive)
CAPITALS_KEPT = 512


@functools.lru_cache(maxsize=CAPITALS_KEPT)
def capitalised_inside(text: str, word: str) -> bool:
    """Return True when `word` is written with a capital inside a sentence somewhere in
    `text` (so it is a name), not only where a sentence opens.

    Kept per text and word: an article asks it of the same words again at each of their cues,
    and each answer reads the whole text (a long page asked it of one name some hundred times,
    a quadratic cost). Its places are where it stands as a whole word (`name_starts`)."""
    return any(not opens_sentence(text, at) for at in name_starts(text, word))


def is_sentence_opener(text: str, word: str, position: int) -> bool:
    """Return True when `word`, found at or just after `position`, is a sentence's opening
    word and no name: an adverb before a comma ("Overall,", "Currently,", "Soon, though,") or
    an -ing word ("Having said that", "Following claims that"), never written with a capital
    inside a sentence of the article."""
    at = text.find(word, position, position + len(word) + 4)
    if at < 0 or not opens_sentence(text, at):
        return False
    after = text[at + len(word) : at + len(word) + 1]
    if _CAPITAL_ING.fullmatch(word):
        return not capitalised_inside(text, word)
    if after != ",":
        return False
    # an adverb: "-ly", one of the few others, or a word the article also writes in lower case
    # ("Goldberg, editor of The Forward, wrote" is a surname)
    lower = word.lower()
    written_lower = re.search(rf"(?<![\w'’-]){re.escape(lower)}(?![\w-])", text) is not None
    if (
        lower not in OPENING_ADVERBS
        and not written_lower
        and _APPOSED_ROLE_CUE.match(text, at + len(word)) is not None
    ):
        return False  # "Connolly, a former minister, said": a surname in -ly, described
    adverb = ADVERB.fullmatch(lower) is not None or lower in OPENING_ADVERBS or written_lower
    return adverb and not capitalised_inside(text, word)


def is_common_plural(text: str, word: str) -> bool:
    """Return True for a plural noun opening a sentence ("Analysts said", "Proponents, including
    ..., say"): a word ending in s, no adverb ("Nevertheless", "Perhaps"), that the article
    never writes with a capital inside a sentence (a surname such as "Gervais" it does)."""
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and word.casefold() not in ADVERBS_IN_S
        and not capitalised_inside(text, word)
    )


def numbered_name(words: list[str], run: list[str]) -> list[str]:
    """Return a one-word name run with the number before it when they make one name ("50
    Cent" said, "US rap star 50 Cent said"), else the run as it was."""
    stop = len(words) - len(run) - 1
    if len(run) != 1 or stop < 0 or not _NUMBER.fullmatch(words[stop]):
        return run
    if stop and words[stop - 1].casefold() in _COUNTED_AFTER:
        return run
    if run[0].endswith("s"):
        return run  # "20 Tories said": a count of people
    return [words[stop], *run]


def from_first_name(name_words: list[str]) -> list[str]:
    """Return a name run from its first name when words that are no first name come before it
    ("Minister for Children, Young People and Families Margaret Hodge": the run after the
    comma is "Families Margaret Hodge"), else the run as it was."""
    if len(name_words) < 3 or first_name_gender(name_words[0]) or name_words[0].isupper():
        return name_words
    for index in range(1, len(name_words) - 1):
        if first_name_gender(name_words[index]):
            return name_words[index:]
    return name_words


def is_suffix(word: str) -> bool:
    """Return True for a generation's suffix that ends a name ("Jr", "Sr.", "III")."""
    return _SUFFIX.fullmatch(word) is not None


def epithet_name(words: list[str], run: list[str]) -> list[str]:
    """Return a one-word name run with the first name and "the" before it when they make one
    name with an epithet ("Ivan the Terrible", "Alfred the Great"), else the run as it was:
    a known first name opening its own run, "the", then one capitalised word ending the
    phrase that is no title, role or body ("Tom the Mayor", "Jo the BBC": not one name)."""
    at = len(words) - len(run) - 2
    if len(run) != 1 or at < 0 or words[at + 1] != "the" or not first_name_gender(words[at]):
        return run
    epithet = run[0].casefold()
    if (
        not run[0][1:].islower()
        or epithet in TITLE_WORDS | ROLE_NOUNS | PERSON_NOUNS | ORGANISATION_WORDS
        or (at and is_capitalised(words[at - 1]))
    ):
        return run
    return [words[at], "the", run[0]]
