"""The people a "what did X say about Y" topic names, and the topic's passages that may hold
words about it rather than only those people's names: a report of a match names both players
beside every word of theirs, none of it on the topic."""

from __future__ import annotations

from itertools import pairwise

from qabot.attribution.speaker_words import fold_name
from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.quote_ranking import Context
from qabot.text import terms_of
from qabot.text.patterns import lazy

# two or more capitalised words: a person's name as the reader wrote it ("Gavin Henson's")
_PERSON_RUN = lazy(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")


def beside_topic(
    topic: set[str],
    people: set[str],
    hits: list[tuple[Passage, float]],
    topical: Context,
    weak: set[str] | None = None,
) -> Context:
    """Return the topic's passages that may hold words about it: those holding a word of the
    topic other than the name of someone quoted it holds (`people`, "Gavin Henson's tackles": a
    report of a match names both players beside every word of theirs, none of it on tackles)
    or its `weak` word (`telling_words.weakest`); all of them when the topic is only such
    words, or names no one quoted and has no weak word."""
    rest = topic - people - (weak or set())
    if not (people or weak) or not rest:
        return topical
    kept = [
        (passage, score)
        for passage, score in hits
        if not rest.isdisjoint(passage.stored_terms() or terms_of(passage.text))
    ]
    return Context(Context.of(kept).spans, topical.best)


def people_named(index: Index, topic: str) -> list[str]:
    """Return the names of people quoted that `topic` writes: a run of capitalised words the
    speaker directory knows as a name, or two words typed in lower case that are a quoted
    person's whole name ("gavin henson's tackles")."""
    runs = [run.removesuffix("'s").removesuffix("’s") for run in _PERSON_RUN.findall(topic)]
    words = [word.removesuffix("'s").removesuffix("’s") for word in topic.split()]
    runs += [" ".join(pair) for pair in pairwise(words) if " ".join(pair).islower()]
    named = []
    for run in runs:
        match = index.speakers.match(run)
        if match.how == "name" and (
            not run.islower() or any(fold_name(p) == fold_name(run) for p in match.people)
        ):
            named.append(run)
    return named
