"""A role and a name ending a speaker phrase too long for one noun phrase, and a one-word name
in apposition after a role that follows its cue (invented texts)."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"The fund will open in May," the regional water board\'s deputy chair Ingrid'
            " Solvang Berg said.",
            "Ingrid Solvang Berg",
        ),
        (
            '"Accounts will open soon," the central bank\'s vice president Tarvik Omar Ben'
            " Haddou said.",
            "Tarvik Omar Ben Haddou",  # the whole name after the role, not from "Omar"
        ),
        (
            "At the trade fair in Hanover last week Acme boss Rolf Okafor said sales would rise.",
            "Rolf Okafor",
        ),
    ],
)
def test_a_role_and_name_end_a_long_speaker_phrase(sentence: str, speaker: str) -> None:
    assert [who for who, _ in attributed(sentence)] == [speaker]


def test_a_role_and_name_after_of_are_not_the_speaker() -> None:
    speakers = [
        who
        for who, _ in attributed(
            "A close friend of the former Acme chairman Rolf Okafor has told a court that"
            " the charges are false."
        )
    ]
    assert "Rolf Okafor" not in speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (['"She loved the sea," said her husband, Thomas.'], "Thomas"),
        (
            [
                'Juninho told the paper: "I am happy here."',
                'The club\'s coach, Ed Mills, praised him. "He wants to stay," said the'
                " midfielder, Juninho.",
            ],
            "Juninho",
        ),
    ],
)
def test_a_one_word_name_after_a_role_speaks(paragraphs: list[str], speaker: str) -> None:
    assert attributed(*paragraphs)[-1][0] == speaker


def test_a_day_after_a_role_is_no_name() -> None:
    assert attributed('"We will appeal," said the spokesman, Friday.') == [
        ("the spokesman", "We will appeal")
    ]


INTRO = "The harbour board met on Monday to discuss the ferry."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (  # the role of a capitalised body, whole: not a bare "chairman"
            '"Orders rose," said chairman of the KPQ\'s survey panel.',
            "chairman of the KPQ's survey panel",
        ),
        ('"Orders rose," said chairman of the Fair Pay Board.', "Fair Pay Board"),
        # no capitalised body after "of": the bare role, as before
        ('"Orders rose," said the head of the harbour board.', "the head"),
    ],
)
def test_a_role_of_a_capitalised_body_after_an_inverted_cue(sentence: str, speaker: str) -> None:
    assert attributed(INTRO, sentence) == [(speaker, "Orders rose")]
