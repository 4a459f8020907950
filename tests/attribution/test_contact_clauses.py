"""A relative clause with no relative word whose cue claims what a noun is ("a probe the agency
said was ongoing"): the noun and the clause are the speaker's words."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nora Quill is suing over a design she says was copied from her shop.",
            ("Nora Quill", "a design she says was copied from her shop"),
        ),
        (
            "The harbour board opened an inquiry, a review the ferry company said was overdue.",
            ("the ferry company", "a review the ferry company said was overdue"),
        ),
        (
            "Acme is suing over a design Nora Quill claims is her own.",
            ("Nora Quill", "a design Nora Quill claims is her own"),
        ),
    ],
)
def test_a_contact_clause_gives_the_noun_and_the_clause(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert attributed("The shop opened in May. " + sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # the sentence's subject: its own verb follows the clause
        "The man the harbour police said was armed fled the scene.",
        # a thought, not a claim
        "Nora Quill hired the sailors she thought were the best fit.",
        # no noun before the speaker: a noun read as a cue
        "The number of missed calls is rising.",
    ],
)
def test_no_contact_clause_where_no_noun_is_claimed_about(sentence: str) -> None:
    assert attributed("The shop opened in May. " + sentence) == []
