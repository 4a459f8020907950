"""Tied people: friends, aides, allies and kin of a person speak, not the person they are tied
to; each on a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed

INTRO = "Ian Vance runs the harbour ferry."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Friends of Mr Vance said the fares would rise.", "friends of Ian Vance"),
        ("Aides to Mr Vance say the fares would rise.", "aides to Ian Vance"),
        ("People close to Mr Vance said the fares would rise.", "people close to Ian Vance"),
        ("A close friend of Ian Vance said the fares would rise.", "a close friend of Ian Vance"),
        ("The wife of Mr Vance said the fares would rise.", "the wife of Ian Vance"),
        ("Critics of Ian Vance said the fares would rise.", "critics of Ian Vance"),
        ("The family of Mr Vance said the fares would rise.", "the family of Ian Vance"),
        ("Those close to Mr Vance said the fares would rise.", "those close to Ian Vance"),
    ],
)
def test_people_tied_to_a_person_speak_for_themselves(sentence: str, speaker: str) -> None:
    quotes = attributed(INTRO, sentence)
    assert quotes == [(speaker, "the fares would rise")]


def test_a_later_pronoun_is_not_read_as_the_tied_people() -> None:
    quotes = attributed(
        INTRO,
        "Friends of Mr Vance said the fares would rise.",
        "He said: \u201cThe fares will stay as they are this summer.\u201d",
    )
    assert quotes[-1] == ("Ian Vance", "The fares will stay as they are this summer.")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Officials at the Harbour Board said the fares would rise.", "officials"),
        ("The Secretary of State Ian Vance said the fares would rise.", "Ian Vance"),
    ],
)
def test_people_where_they_work_or_an_office_are_read_as_before(
    sentence: str, speaker: str
) -> None:
    assert attributed(INTRO, sentence) == [(speaker, "the fares would rise")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The former aide to Mr Vance said the fares would rise.", "the former aide to Ian Vance"),
        ("The lawyer for Ian Vance said the fares would rise.", "the lawyer for Ian Vance"),
    ],
)
def test_a_role_after_the_tied_to_a_person_is_not_that_person(sentence: str, speaker: str) -> None:
    assert attributed(INTRO, sentence) == [(speaker, "the fares would rise")]


def test_a_role_after_the_tied_to_a_person_is_the_one_named_in_it_before() -> None:
    quotes = attributed(
        INTRO,
        "Sam Reed, an aide to Mr Vance, spoke on Monday.",
        "The former aide to Mr Vance said the fares would rise.",
    )
    assert quotes[-1] == ("Sam Reed", "the fares would rise")


@pytest.mark.parametrize(
    "sentence",
    [
        "Adviser to Ian Vance Jo Lee said the fares would rise.",
        "An aide to Mr Vance Jo Lee said the fares would rise.",
    ],
)
def test_a_name_after_the_person_tied_to_is_the_one_in_the_role(sentence: str) -> None:
    assert attributed(INTRO, sentence) == [("Jo Lee", "the fares would rise")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "An aide to Mr Tom Henry Pellow said the fares would rise.",
            "an aide to Tom Henry Pellow",
        ),
        (
            "A lawyer for Dr Mary Ann Pellow said the fares would rise.",
            "a lawyer for Mary Ann Pellow",
        ),
    ],
)
def test_a_middle_name_after_the_tie_is_no_second_person(sentence: str, speaker: str) -> None:
    """A first name right after a first name is a middle name: one person, never "Henry Pellow"."""
    assert attributed(INTRO, sentence) == [(speaker, "the fares would rise")]


def test_a_person_s_friends_are_stored_as_the_friends() -> None:
    quotes = attributed(INTRO, "Vance's friends said the fares would rise.")
    assert quotes == [("Vance's friends", "the fares would rise")]
