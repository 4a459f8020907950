"""A two-word name the lexicon cannot tell ("Morgan Freeman", "Shami Chakrabarti": first names
it does not know) read as a person's when the article's own context says so: the name opens a
sentence and the next sentence opens with "He" or "She", the gender that pronoun gives it
("Shami Chakrabarti, from the group Liberty, joined calls for ... She said: ...")."""

from __future__ import annotations

from qabot.attribution.name_clues import PLACE_OR_NUMBER
from qabot.attribution.sentence_roles import opens_sentence
from qabot.text.lexicon import (
    BOUNDARY_WORDS,
    NOT_NAME,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    TITLE_WORDS,
    is_known_gentilic,
)
from qabot.text.patterns import lazy

# the end of a sentence: a full stop, "!" or "?" (after any closing quote mark) and a space
_STOP = lazy(r"[.!?][\"”’']?[^\S\n]+")
_PRONOUN = lazy(r"(He|She)\b")
# what follows a name that is its sentence's subject: a verb or an apposition, not more words
# of a title or a role ("Essential Guide to ...", "Acme Books editor Jo Lee")
_NEXT_WORD = lazy(r"(?:,|[^\S\n]+([a-z][\w'’-]*))")
_NOT_AFTER_SUBJECT = (
    BOUNDARY_WORDS | PERSON_NOUNS | frozenset("of to for and or in on at from with by".split())
)
_PRONOUN_GENDER = {"He": "m", "She": "f"}
_SHAPE = lazy(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")  # "Chakrabarti", "Bonham-Carter"


def pronoun_subject(text: str, start: int, end: int, words: list[str]) -> str | None:
    """Return the gender ("m"/"f") of the "He"/"She" opening the sentence after the one the
    name `words` (at text[start:end]) opens, or None: no such sentence, or the words may be a
    place, a body or a role ("Downing Street", "Fox News", "Labour Party")."""
    if len(words) != 2 or not opens_sentence(text, start):
        return None
    for word in words:
        key = word.casefold()
        if (
            not _SHAPE.fullmatch(word)
            or key in ORGANISATION_WORDS
            or key in NOT_NAME
            or key in BOUNDARY_WORDS
            or key in TITLE_WORDS
            or key in PERSON_NOUNS
            or key in PLACE_OR_NUMBER
            or is_known_gentilic(word)  # "Italian", "NATO" (not by ending: "Chakrabarti")
        ):
            return None
    after = _NEXT_WORD.match(text, end)
    if after is None or (after.group(1) or ",").casefold() in _NOT_AFTER_SUBJECT:
        return None  # "Essential Guide to British Quangos author Dan Lewis said": a title
    # the first stop after the name ends its sentence ("Mr." too: then no pronoun follows it)
    stop = _STOP.search(text, end)
    if stop is None or "\n" in text[end : stop.start()]:
        return None
    following = _PRONOUN.match(text, stop.end())
    return _PRONOUN_GENDER[following.group(1)] if following else None
