"""Who-said ranking: one person left unnamed, or a spokesperson asked for by the role, is no
group weighed down beside a named person; a body or a plural still is. A speaker's statement
weighed down below nothing takes nothing from their best."""

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
    fits = {"Howe's spokesman", "the Tories", "Ola Berg"}
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


def test_a_spokesperson_holding_the_role_asked_is_not_weighed_down() -> None:
    assert ranked(quote("Howe's spokesman", SAID_MORE), role=True)[0] == "Howe's spokesman"


def test_the_body_itself_still_yields_to_a_named_person_of_its_side() -> None:
    assert ranked(quote("the Tories", SAID_MORE), role=True)[0] == "Ola Berg"


def test_a_spokesperson_for_a_named_person_yields_when_no_role_is_asked() -> None:
    assert ranked(quote("Howe's spokesman", SAID_MORE), role=False)[0] == "Ola Berg"


def test_one_person_left_unnamed_is_not_weighed_down_as_a_group() -> None:
    assert ranked(quote("one Tory trader", SAID_MORE), role=False)[0] == "one Tory trader"


def test_a_plural_description_still_yields_to_a_named_person() -> None:
    assert ranked(quote("Tory traders", SAID_MORE), role=False)[0] == "Ola Berg"


def test_a_statement_weighed_down_below_nothing_takes_nothing_from_its_speaker() -> None:
    said = "The hit list of seats is a stunt"
    quotes = [
        quote("Ola Berg", said),
        quote("Ada Vale", said),
        quote("Ola Berg", "A stunt, nothing more", "a3"),  # of another story, weighed down
    ]
    hits = [
        (Passage(f"{article}:0", article, 0, 0, 100, "x" * 100), score)
        for article, score in (("a1", 1.0), ("a2", 0.2))
    ]
    first = rank_who_said(
        quotes,
        tokenize(QUESTION),
        Context.of(hits),
        unnamed=lambda q: 1.0 if q.article_id == "a3" else 0.0,
    )[0]
    assert first.speaker == "Ola Berg"
