"""A description asked about with a slip in one of its words ("what did the home secretery
say?", "the foriegn secretary", "the chancelor"): read as the articles spell the word, as a
topic's misspelt word is (`topic_spelling`), and the lead says so.

The directory matches a role by any word of it, so "the home secretery" found everyone given
"home" and asked which of five was meant, and "the foriegn secretary" anyone called a
secretary. A word no passage holds, in an archive large enough that such a word is news
(`spelling.MISSING_MIN_PASSAGES`), is read as the close word the articles hold
(`spelling.check_spelling`), but only when the phrase so read names someone quoted: a role or
body nobody is quoted as stays as typed (the answer says no one is called so).
"""

from __future__ import annotations

from qabot.indexing import Index
from qabot.search.spelling import MISSING_MIN_PASSAGES, check_spelling
from qabot.search.topic_spelling import foreign_word

Respelt = tuple[tuple[str, str], ...]  # (as typed, as read) for each word read otherwise


def spelled_speaker(
    index: Index, phrase: str, *, from_passages: int = MISSING_MIN_PASSAGES
) -> tuple[str, Respelt]:
    """Return the description `phrase` ("the home secretery") with its misspelt words read as
    the articles spell them, and those words; the phrase itself and none when it needs none,
    is no description, or read so names no one quoted."""
    words = phrase.split()
    if len(words) < 2 or words[0].casefold() != "the" or len(index.engine) < from_passages:
        return phrase, ()
    spelling = check_spelling(index, phrase)
    corrected = tuple(pair for pair in spelling.corrected if not foreign_word(pair[0]))
    if (
        not corrected
        or corrected != spelling.corrected
        or not index.speakers.resolve(spelling.words)
    ):
        return phrase, ()
    return spelling.words, corrected
