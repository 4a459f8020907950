"""A description tied to the story by a participle ("people briefed on the talks") or headed by
"person" speaks; a demonstrative opening the words said ("said this was illegal") is their
subject, not when they were said ("said this week"); how the words were given after the quote
closing them ("... in a statement") is not theirs. Short invented texts."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "People briefed on the harbour talks said the ferry would stop.",
            [("People briefed on the harbour talks", "the ferry would stop")],
        ),
        (
            "A person familiar with the meeting said the vote would be delayed.",
            [("a person familiar with the meeting", "the vote would be delayed")],
        ),
        # a long description opening its sentence: the whole of it
        (
            "A person familiar with the planning for the harbour board's meeting said the vote"
            " would be delayed.",
            [
                (
                    "a person familiar with the planning for the harbour board's meeting",
                    "the vote would be delayed",
                )
            ],
        ),
        (
            "The deputy head of the ferry union's delegation to the forum said fares would rise.",
            [("the deputy head of the ferry union's delegation to the forum", "fares would rise")],
        ),
        # a thing with a tie is no speaker
        ("The roof of the old station in the town said nothing.", []),
        ("The report by the head of the delegation to the ferry forum said fares would rise.", []),
    ],
)
def test_a_description_tied_by_a_participle_speaks(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert attributed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ann Lee said this was illegal under the harbour rules.",
            [("Ann Lee", "this was illegal under the harbour rules")],
        ),
        ("Ann Lee said these were hard times.", [("Ann Lee", "these were hard times")]),
        # when it was said, then the words
        ("Ann Lee said this week the ferry is safe.", [("Ann Lee", "the ferry is safe")]),
    ],
)
def test_a_demonstrative_opening_the_words_is_their_subject(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert attributed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Acme said its new ferry “will cross the bay in an hour” in a statement on Monday.",
            [("Acme", "its new ferry “will cross the bay in an hour”")],
        ),
        (
            "Ann Lee called the plan “a disgrace to the harbour” on Twitter.",
            [("Ann Lee", "the plan “a disgrace to the harbour”")],
        ),
        # where the quoted words say it happens is theirs
        (
            "Ann Lee said the ferry would “run every hour” in the summer.",
            [("Ann Lee", "the ferry would “run every hour” in the summer")],
        ),
    ],
)
def test_how_the_words_were_given_after_their_quote_is_not_theirs(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert attributed(sentence) == expected
