"""Source reading: a question's date and outlet words read as filters (`read_filters`), with
the name where only a source goes read as an outlet no article is from when it is one.

"according to the bbc, what did Stoltenberg say about Russia" over an archive that never
writes the BBC as an outlet kept "according to the bbc" in the topic ("No words of Jens
Stoltenberg name russia according to the bbc"). A speech question's source is never what was
said: when its topic would keep an "according to" or "reported by" phrase, or end on one (",
the bbc reported", "as the bbc reported"), it is read again with `source_outlet`, which also
takes an initialism no person is called for an outlet.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from qabot.indexing import Index
from qabot.search.absent_outlets import source_outlet, unheld_outlet, written_outlet
from qabot.search.date_phrases import split_words
from qabot.search.filter_reading import (
    REPORTED_AFTER,
    FilterReading,
    read_filters,
    trailing_source,
)
from qabot.search.questions import parse_speech_question

# where only a source goes ("as reported by the bbc" too): `filter_reading` reads them
_SOURCE_PHRASES = ("according to ", "reported by ", "written by ", "published by ", "covered by ")


def _holds_source(text: str) -> bool:
    folded = text.casefold()
    if any(phrase in folded for phrase in _SOURCE_PHRASES):
        return True
    if not any(verb in folded for verb in REPORTED_AFTER):
        # no verb a source may end on: most questions are not split into words to look for
        # one (case folding goes a character at a time: a folded word is in the folded text)
        return False
    return trailing_source(split_words(text)) is not None  # "..., the bbc reported"


def read_sources(index: Index, text: str, reference: date | None) -> FilterReading:
    """Return the filters of `text` and its other words; a name where only a source goes that
    names an outlet no article is from is taken out and named (`FilterReading.absent`)."""
    dated = index.newest_date is not None
    reading = read_filters(
        text,
        reference=reference,
        outlets=index.outlets,
        dated=dated,
        unheld=partial(unheld_outlet, index),  # "according to the kestrel": newspaper-shaped
        told=partial(written_outlet, index, text),  # "the report in the Sunday Express" of others
    )
    if reading.absent or not _holds_source(text):
        return reading
    speech = parse_speech_question(reading.words)
    if speech is None or not _holds_source(speech.topic or ""):
        return reading
    again = read_filters(
        text,
        reference=reference,
        outlets=index.outlets,
        dated=dated,
        unheld=partial(source_outlet, index),
        told=partial(written_outlet, index, text),
    )
    return again if again.absent else reading
