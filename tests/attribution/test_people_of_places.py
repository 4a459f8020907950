"""People tied to a place or a group by "from", "of", "with" or "at" in a speaker phrase ("a
woman from Georgia", "The residents of Little Rock", "CIA officers with no knowledge of the
case"): the people speak, not the place nor a modifier; a body after "from" still speaks for
its people ("a spokesman from Acme")."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed

INTRO = "The ferry to the island was cancelled again on Monday."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A woman from Georgia says the ferry should run.", "a woman"),
        ("The senator from Vermont said the ferry should run.", "the senator"),
        (
            "The residents of Little Rock said the ferry should run.",
            "the residents of Little Rock",
        ),
        ("A spokesman from Acme said the ferry should run.", "Acme"),
        ("Researchers from Leeds University warned the ferry should run.", "Leeds University"),
    ],
)
def test_people_from_or_of_a_place_speak_not_the_place(sentence: str, speaker: str) -> None:
    assert [s for s, _ in attributed(INTRO, sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Other CIA officers with no knowledge of the case chafed at the delay and said the "
            "ferry should run.",
            "other CIA officers",
        ),
        (
            "But some Welsh strategists fear that Jo Ruiz missed a chance and warn that the "
            "ferry will not run.",
            "Welsh strategists",
        ),
    ],
)
def test_a_plural_noun_of_people_before_its_modifier_is_the_subject(
    sentence: str, speaker: str
) -> None:
    assert [s for s, _ in attributed(INTRO, sentence)] == [speaker]


def test_a_plural_noun_after_of_heads_no_subject() -> None:
    """ "That's the consensus of experts in law, ..., saying ...": no one speaks."""
    sentence = (
        "That's the consensus of experts in maritime law, who were not surprised by the delay, "
        "saying such a ruling would set a new standard."
    )
    assert attributed(INTRO, sentence) == []
