"""Who-said ranking: for "who was the commuter quoted ...?", words that name the role's holders
("Some commuters have ...") are about them, not by one of them, when their speaker does not
hold the role."""

from __future__ import annotations

from qabot.records import Passage, Quote
from qabot.search import Context, rank_who_said
from qabot.text import tokenize

QUESTION = "the tram strike in the old town"


def quote(speaker: str, text: str, kind: str = "reported") -> Quote:
    return Quote("a1", speaker, text, kind, "said", 0, len(text), text)


def ranked(role: str | None, fits: frozenset[str] = frozenset()) -> list[str]:
    """Return the speakers ranked: a paper's report about commuters holding the question's
    words, and a named rider's own words holding fewer, both of one story."""
    quotes = [
        quote("the local paper", "commuters were angry at the tram strike in the old town"),
        quote("Ivo Marsh", "The strike means no trams run in town", "direct"),
    ]
    hits = [(Passage("a1:0", "a1", 0, 0, 100, "x" * 100), 1.0)]
    return [
        q.speaker
        for q in rank_who_said(
            quotes,
            tokenize(QUESTION),
            Context.of(hits),
            role_of=lambda q: 0.8 if q.speaker in fits else 0.0,
            role_terms=tokenize(role or ""),
        )
    ]


def test_words_naming_the_holders_of_the_role_asked_are_about_them() -> None:
    assert ranked("commuter")[0] == "Ivo Marsh"


def test_without_a_role_asked_the_words_closest_to_the_question_come_first() -> None:
    assert ranked(None)[0] == "the local paper"


def test_a_speaker_holding_the_role_asked_may_name_its_holders() -> None:
    assert ranked("commuter", frozenset({"the local paper"}))[0] == "the local paper"
