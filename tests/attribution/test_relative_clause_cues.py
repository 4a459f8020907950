"""A cue inside a relative clause on the speaker ("X, who called it “a farce”, said ..."): its
words end before the main clause, whose verb is the same person's cue."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


def test_words_called_in_a_relative_clause_end_before_the_main_cue() -> None:
    found = attributed(
        'Residents met on Monday. Tom Baker, who called the plan "a farce", said the council '
        "should resign."
    )
    assert ("Tom Baker", 'the plan "a farce"') in found
    assert ("Tom Baker", "the council should resign") in found
    assert not any("said the council" in words for _, words in found)


def test_main_clause_after_a_relative_clause_of_speech_is_the_same_speaker() -> None:
    found = attributed(
        "Jo Ruiz, who described the ruling as unfair, told reporters she would appeal. Jo Ruiz, "
        "who said the fee was too high, says the town will pay."
    )
    assert ("Jo Ruiz", "the ruling as unfair") in found
    assert ("Jo Ruiz", "she would appeal") in found
    assert ("Jo Ruiz", "the fee was too high") in found
    assert ("Jo Ruiz", "the town will pay") in found


def test_a_relative_clause_before_a_verb_of_no_speech_still_ends_there() -> None:
    found = attributed("Jo Ruiz, who said the fee was too high, backed the plan.")
    assert found == [("Jo Ruiz", "the fee was too high")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "But progressive groups that have endorsed him say the vote should be held again.",
            ("progressive groups", "the vote should be held again"),
        ),
        (
            "The state officials whose laws were struck down say the courts have changed.",
            ("the state officials", "the courts have changed"),
        ),
    ],
)
def test_a_that_or_whose_clause_on_a_plural_noun_leaves_the_noun_speaking(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert attributed("The ruling came on Monday. " + sentence) == [expected]


def test_a_that_clause_with_no_verb_of_its_own_is_no_clause_on_the_speaker() -> None:
    found = attributed(
        "So busy is the town that two residents of the streets that is Old Quarter told me they "
        "would leave."
    )
    assert not any(speaker.casefold() == "the streets" for speaker, _ in found)


def test_a_cue_in_a_relative_clause_on_the_subject_leaves_the_main_cue_its_speaker() -> None:
    found = attributed(
        "The ferry board met on Monday. The lifelong sailor who wrote the harbour report says he"
        " will not vote for the plan."
    )
    assert [words for _, words in found] == ["he will not vote for the plan"]
    assert not any(words.startswith("the harbour report") for _, words in found)


def test_words_said_in_a_restrictive_relative_clause_end_before_the_main_cue() -> None:
    found = attributed(
        "The ferry board met on Monday. The man who said the fares were too high says he will sue."
    )
    assert ("the man", "the fares were too high") in found
    assert ("the man", "he will sue") in found


@pytest.mark.parametrize(
    ("sentence", "called"),
    [
        (
            'Tom Baker, who called the plan "a farce," said the council should resign.',
            'the plan "a farce,"',
        ),
        (
            "Tom Baker, who called the plan “a farce,” said the council should resign.",
            "the plan “a farce,”",
        ),
    ],
)
def test_a_comma_inside_the_closing_mark_ends_the_relative_clause_too(
    sentence: str, called: str
) -> None:
    found = attributed("Residents met on Monday. " + sentence)
    assert ("Tom Baker", called) in found
    assert ("Tom Baker", "the council should resign") in found


def test_a_quote_closing_with_no_comma_of_its_own_ends_no_relative_clause() -> None:
    found = attributed(
        'Tom Baker, who called the "reform" proposed by the mayor a farce, said the council '
        "should resign."
    )
    assert ("Tom Baker", 'the "reform" proposed by the mayor a farce') in found
    assert ("Tom Baker", "the council should resign") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "We will lose the freedom which Ada Vale and Tom Baker constantly tell us we have.",
        "The levy, which the minister says she will drop, is unpopular.",
    ],
)
def test_a_cue_whose_relative_word_is_the_object_after_it_gives_no_words(sentence: str) -> None:
    # what follows the cue lacks its object, the relative word: no whole words were said
    assert attributed(sentence) == []


def test_a_cue_whose_relative_word_is_the_subject_after_it_still_gives_the_clause() -> None:
    found = attributed("The levy, which the minister says will fail, is unpopular.")
    assert [speaker for speaker, _ in found] == ["the minister"]
