"""A title written with a hyphen ("vice-chairman", "vice-president"): English writes such
compounds of a prefix and a noun for a person either way ("vice chairman", "vice-chairman"), and
a reader types the one the articles did not write. The question's speaker phrase is asked again
with the hyphen as a space when, as typed, it names no one (`qabot.search.resolution`)."""

from __future__ import annotations

from qabot.text.lexicon import PERSON_NOUNS


def spaced_titles(phrase: str) -> str | None:
    """Return `phrase` with each hyphened word whose last part is a noun for a person written
    as two words ("arsenal vice-chairman dein" -> "arsenal vice chairman dein"), or None when it
    holds no such word (a hyphened name, "Jean-Paul", stays as typed)."""
    words = phrase.split(" ")
    spaced = [
        word.replace("-", " ")
        if "-" in word.strip("-") and word.strip("-").rsplit("-", 1)[1].casefold() in PERSON_NOUNS
        else word
        for word in words
    ]
    return " ".join(spaced) if spaced != words else None
