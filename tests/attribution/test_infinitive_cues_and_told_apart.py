"""A cue after "to" is spoken after a verb of doing it, never after a wish; a description the
article wrote as someone else beside a person is not that person; a body named by an acronym
after a clause and a comma speaks it; a country whose nationality an ending makes is a place
("Kenya" of "Kenyan"); each on a short invented text."""

from __future__ import annotations

import pytest

from qabot.text.lexicon.places import is_place, place_adjective
from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes preferred to say that the scheme had been a success.",
        "Tom Reyes was quick to point out that the scheme had been a success.",
        "Tom Reyes was keen to insist that the scheme had been a success.",
    ],
)
def test_a_cue_after_a_verb_of_doing_it_is_spoken(text: str) -> None:
    assert attributed(text) == [("Tom Reyes", "the scheme had been a success")]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes wants to say that the scheme had been a success.",
        "Planners like to argue that the scheme had been a success.",
        "It has become common to claim that the scheme had been a success.",
    ],
)
def test_a_cue_after_a_wish_or_a_feeling_is_no_one_speaking(text: str) -> None:
    assert attributed(text) == []


def test_a_description_written_beside_a_person_as_someone_else_is_not_them() -> None:
    quotes = attributed(
        "Lena Hart has no doubt that the mayor has delayed the bridge for years. The mayor "
        "claims the delay is the council's fault.",
    )
    assert ("Lena Hart", "the delay is the council's fault") not in quotes


def test_a_description_in_apposition_is_still_the_person() -> None:
    quotes = attributed(
        "Lena Hart, the mayor, opened the bridge on Monday. The mayor said the delay was "
        "the council's fault.",
    )
    assert quotes[-1] == ("Lena Hart", "the delay was the council's fault")


def test_an_acronym_after_a_clause_is_the_body_speaking() -> None:
    assert attributed("Ticket sales rose by a fifth last year, KLR said.") == [
        ("KLR", "Ticket sales rose by a fifth last year")
    ]


def test_an_acronym_after_a_name_is_still_its_title() -> None:
    assert attributed("\u201cThe case is weak,\u201d Ruth Bell, QC told the court.") == [
        ("Ruth Bell", "The case is weak")
    ]


def test_east_african_countries_are_places_with_their_nationalities() -> None:
    assert is_place("Kenya") and is_place("Uganda")
    assert place_adjective("Uganda") == "ugandan" and place_adjective("Rwanda") == "rwandan"


def test_a_longer_body_description_is_the_body_that_spoke() -> None:
    quotes = attributed(
        "Brackley Foods said profits rose by a tenth.",
        "The Leeds-based snack firm said sales of crisps had doubled.",
    )
    assert quotes[-1] == ("Brackley Foods", "sales of crisps had doubled")


def test_an_amount_added_before_a_clause_of_time_reports_no_words() -> None:
    quotes = attributed(
        "The board said it would act. They added an extra 6.4% to $27.24 in late trading "
        "after the session had closed.",
    )
    assert quotes == [("the board", "it would act")]


def test_a_description_before_the_name_in_apposition_is_the_person() -> None:
    quotes = attributed(
        "The Bishop of Lindford, the Rt Rev Tom Ashe, praised the novel. The bishop said "
        "there was a lack of evidence for its claims.",
    )
    assert quotes[-1] == ("Tom Ashe", "there was a lack of evidence for its claims")


def test_a_body_description_is_never_a_public_department() -> None:
    quotes = attributed(
        "The Department of Justice said it had charged 19 people.",
        "The piracy group said users had to share files to join.",
    )
    assert quotes[-1] == ("the piracy group", "users had to share files to join")
