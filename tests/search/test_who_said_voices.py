"""Who-said ranking: a body's unnamed spokesperson asked for by the role is no group."""

from __future__ import annotations

from qabot.records import Passage, Quote
from qabot.search import Context, rank_who_said
from qabot.text import tokenize

QUESTION = "the hit list of seats was a stunt by a party in deep trouble"


def quote(speaker: str, text: str, article: str = "a1") -> Quote:
    return Quote(article, speaker, text, "direct", "said", 0, len(text), text)


def ranked(first: Quote, *, role: bool) -> list[str]:
    """Return the speakers ranked: `first` against a named Tory with a little less of the
    question in the same story, and a third speaker of another story; with `role`, the
    question asks "who answered for the Tories" (all but the third hold that role)."""
    quotes = [
        first,
        quote("Ola Berg", "The hit list of seats is a stunt by a party in trouble"),
        quote("Ada Vale", "We are in deep water", "a2"),
    ]
    hits = [
        (Passage(f"{article}:0", article, 0, 0, 100, "x" * 100), score)
        for article, score in (("a1", 1.0), ("a2", 0.2))
    ]
    fits = {"a Tory spokesman", "the Tories", "Ola Berg"}
    return [
        q.speaker
        for q in rank_who_said(
            quotes,
            tokenize(QUESTION),
            Context.of(hits),
            role_of=(lambda q: 0.8 if q.speaker in fits else 0.0) if role else None,
        )
    ]


SAID_MORE = "The hit list of seats is a stunt by a party in deep trouble"


def test_an_unnamed_spokesperson_holding_the_role_asked_is_not_weighed_down() -> None:
    assert ranked(quote("a Tory spokesman", SAID_MORE), role=True)[0] == "a Tory spokesman"


def test_the_body_itself_still_yields_to_a_named_person_of_its_side() -> None:
    assert ranked(quote("the Tories", SAID_MORE), role=True)[0] == "Ola Berg"


def test_an_unnamed_spokesperson_still_yields_when_no_role_is_asked() -> None:
    assert ranked(quote("a Tory spokesman", SAID_MORE), role=False)[0] == "Ola Berg"
