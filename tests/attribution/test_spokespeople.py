"""Spokespeople: a person's spokesman is not the person, a body's speaks for it, and "the
spokesman" is the spokesman introduced before; each on a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A spokesman for Mr Vance said the fares would rise.", "a spokesman for Mr Vance"),
        (
            "A spokeswoman for Ian Vance said the fares would rise.",
            "a spokeswoman for Ian Vance",
        ),
    ],
)
def test_a_person_s_spokesman_is_not_the_person(sentence: str, speaker: str) -> None:
    quotes = attributed("Ian Vance runs the harbour ferry.", sentence)
    assert [s for s, _ in quotes] == [speaker.replace("Mr Vance", "Ian Vance")]


@pytest.mark.parametrize("role", ["Union leader", "Mayor", "Ferry company director"])
def test_a_spokesman_for_someone_given_a_persons_role_is_not_them(role: str) -> None:
    # "Ada" is no first name the lists know: the role says she is a person, not a body
    quotes = attributed(
        f"{role} Ada Vale runs the harbour ferry.",
        "A spokesman for Ada Vale said: \u201cThe fares will rise in May.\u201d",
    )
    assert quotes == [("a spokesman for Ada Vale", "The fares will rise in May.")]


def test_a_body_s_spokesman_gives_the_body_s_words() -> None:
    quotes = attributed(
        "The Harbour Board met on Monday.",
        "A spokeswoman for the Harbour Board said: \u201cThe fares will rise in May.\u201d",
    )
    assert quotes == [("Harbour Board", "The fares will rise in May.")]


def test_a_portfolio_after_for_keeps_the_spokesman_s_own_name() -> None:
    quotes = attributed(
        "Party spokeswoman for transport Ana Ruiz said: \u201cThe fares must fall.\u201d"
    )
    assert quotes == [("Ana Ruiz", "The fares must fall.")]


def test_the_spokesman_is_the_one_introduced_not_the_person_spoken_of() -> None:
    quotes = attributed(
        "Ian Vance left the harbour board on Monday. A spokesman for the board was asked "
        "about his plans.",
        "\u201cHe is free to speak for himself,\u201d the spokesman said.",
    )
    assert [s for s, _ in quotes] == ["the spokesman"]


def test_the_spokesman_refers_back_to_the_unnamed_spokesman_of_a_person() -> None:
    quotes = attributed(
        "A spokesman for Ian Vance said the fares would rise.",
        "\u201cHe believes the ferry must pay its way,\u201d the spokesman said.",
    )
    assert [s for s, _ in quotes] == ["a spokesman for Ian Vance"] * 2


def test_the_official_is_the_official_introduced_before() -> None:
    quotes = attributed(
        "A senior harbour official said the talks were over.",
        "\u201cWe are done here,\u201d the official said.",
    )
    assert [s for s, _ in quotes] == ["a senior harbour official"] * 2
