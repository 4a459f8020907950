"""Outlets named bare in a question: "salon emissions", "gothamist rezoning", "intercept gaza".

A reader who knows where a story ran types the outlet's name as one more word. An outlet's name
is seldom in its own articles' text, so searched as a word it finds other stories ("a salon"
in Houston) or none. With no phrase to say it is a source ("in", "according to"), the name may
also be a word of the question ("the salon owner"): the outlet is only tried, and its reading
kept when that outlet's articles hold every other word of the question.
"""

from __future__ import annotations

from dataclasses import replace

from qabot.indexing import Index
from qabot.search.date_phrases import split_words
from qabot.search.outlet_names import outlet_names
from qabot.search.question_record import Question
from qabot.search.relevance import question_terms
from qabot.search.removed_words import without_words


def bare_outlet(index: Index, read: Question) -> Question | None:
    """Return `read` narrowed to the outlet its words name bare, without those words, or None:
    no outlet named, one already asked for ("in the Guardian"), or nothing else asked."""
    if read.filters.sources or read.speech is not None or read.resumed is not None:
        return None
    if not index.outlets:
        return None
    names = outlet_names(index.outlets)
    words = split_words(read.words)
    for at in range(len(words)):
        found = names.bare_at(words, at)
        if found is None:
            continue
        end, keys = found
        rest = without_words(read.words, words, [(at, end)])
        terms = question_terms(rest)
        if not terms:
            return None  # "gothamist" alone: its name as a word is all there is to search
        filters = replace(read.filters, sources=names.names(keys))
        return replace(read, words=rest, terms=terms, filters=filters)
    return None
