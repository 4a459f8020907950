"""A cue closing its sentence with its speaker after a comma (", said Mr Ruiz.", ", he said.",
", she noted.") takes the sentence whole, a cue inside it included; short invented texts."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


def test_a_claim_inside_a_sentence_closed_by_argued_is_the_arguers_account() -> None:
    quotes = attributed(
        "Opposition leader Tomas Ruiz spoke to MPs.",
        "It was no good Mr Varga claiming the pledges were left to the manifesto, argued Mr "
        "Ruiz. Pointing to pensions, he added: \u201cEveryone knows the levy will rise.\u201d",
    )
    assert (
        "Tomas Ruiz",
        "It was no good Mr Varga claiming the pledges were left to the manifesto",
    ) in quotes
    assert ("Tomas Ruiz", "Everyone knows the levy will rise.") in quotes
    assert all(speaker != "Varga" for speaker, _ in quotes)


def test_words_a_lawyer_had_said_told_by_a_minister_are_the_ministers_account() -> None:
    quotes = attributed(
        "Home Secretary Ana Kerr spoke on Monday.",
        "The lawyer who had acted for the farmer had said the rules were unfair to him, said "
        "Ms Kerr.",
    )
    assert (
        "Ana Kerr",
        "The lawyer who had acted for the farmer had said the rules were unfair to him",
    ) in quotes


def test_a_plain_said_with_its_speaker_after_the_words_is_unchanged() -> None:
    quotes = attributed(
        "Home Secretary Ana Kerr spoke on Monday.",
        "The rules were unfair to householders, said Ms Kerr.",
    )
    assert ("Ana Kerr", "The rules were unfair to householders") in quotes


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Social media has added another link to the rumour mill, she noted.",
            "Social media has added another link to the rumour mill",
        ),
        (
            "Mr Varga, who has argued a case before the court, will do well, Ms Kerr maintains.",
            "Mr Varga, who has argued a case before the court, will do well",
        ),
    ],
)
def test_other_verbs_of_speech_closing_a_sentence_take_it_whole(sentence: str, words: str) -> None:
    """ ", she noted.", ", X maintains.": a cue inside ("has added", "has argued") is no one's."""
    quotes = attributed("Home Secretary Ana Kerr spoke on Monday.", sentence)
    assert quotes == [("Ana Kerr", words)]
