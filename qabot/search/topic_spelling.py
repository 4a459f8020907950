"""The topic of a "what did X say about Y" question spelt as the articles spell it: a word of
it no article holds, one letter from a word they do, is read as that word (`spelling`), as an
ordinary question's words are, before the speaker is resolved and X's words are ranked by it.

Without this "what did the home secretary say about migartion?" found no words on the topic
("none of them on migartion") though Charles Clarke's words on migration were there. Only in an
archive large enough that a word none of its articles holds is news (`MISSING_MIN_PASSAGES`):
in a small one it is as likely an everyday word they happen not to use ("news" is no "new"),
and a topic word misread costs more than one left as typed (X's words are still shown).
"""

from __future__ import annotations

import re
from dataclasses import replace

from qabot.indexing import Index
from qabot.search.questions import SpeechQuestion
from qabot.search.spelling import MISSING_MIN_PASSAGES, check_spelling
from qabot.text.lexicon.other_languages import english_words, folded, other_language_words


def spelled_topic(
    index: Index, speech: SpeechQuestion, *, from_passages: int = MISSING_MIN_PASSAGES
) -> tuple[SpeechQuestion, tuple[tuple[str, str], ...]]:
    """Return the speech question with its topic's misspelt words corrected, and the
    corrections (as typed, as read); the question itself when none is, or when the archive
    has fewer than `from_passages` passages."""
    if speech.kind != "what_said" or not speech.topic or len(index.engine) < from_passages:
        return speech, ()
    spelling = check_spelling(index, speech.topic)
    # a common word of another language is no slip ("what did kim say sobre the festival" is
    # not "soared the festival"): it stays as typed, and the answer says no article has it
    corrected = tuple(
        (wrong, right) for wrong, right in spelling.corrected if not foreign_word(wrong)
    )
    if not corrected:
        return speech, ()
    topic = spelling.words
    if corrected != spelling.corrected:
        topic = _respelt(speech.topic, corrected)
    asked = _respelt(speech.asked, corrected) if speech.asked else speech.asked
    # (the lead's "said about migration", not the word typed)
    return replace(speech, topic=topic, asked=asked), corrected


def _respelt(text: str, corrected: tuple[tuple[str, str], ...]) -> str:
    """Return `text` with each word typed wrong replaced by the word read."""
    for wrong, right in corrected:
        text = re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right, text)
    return text


def foreign_word(word: str) -> bool:
    """Return whether `word` is a common word of another language and no English one."""
    spelt = folded(word)
    return spelt in other_language_words() and spelt not in english_words()


def spelling_note(corrected: tuple[tuple[str, str], ...]) -> str:
    """Return the lead's note on the topic's words read otherwise: "No article has
    “migartion”; read as “migration”."."""
    typed = ", ".join(f"“{wrong}”" for wrong, _ in corrected)
    read = ", ".join(f"“{right}”" for _, right in corrected)
    return f"No article has {typed}; read as {read}."
