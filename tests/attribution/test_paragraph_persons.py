"""A "he" after a body that spoke is the one person its own paragraph names before it, and a
contracted pronoun ("We've") is a pronoun, never a name; each on a short invented text."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_he_is_the_one_person_of_his_paragraph_not_the_body_before() -> None:
    quotes = attributed(
        "Fares rose after the rail group Tarvex said it would cut services.",
        "Following the remarks of Tarvex chief David Okoro, shares fell 5p. He said that "
        "demand for tickets was weak.",
    )
    assert quotes[-1] == ("David Okoro", "demand for tickets was weak")


def test_he_after_a_possessive_name_is_that_person() -> None:
    quotes = attributed(
        "The board has delayed the publication of Martin Hale's report on fares. He said the "
        "city had the dearest buses in the region.",
    )
    assert quotes == [("Martin Hale", "the city had the dearest buses in the region")]


def test_two_people_in_the_paragraph_leave_the_pronoun_as_it_was() -> None:
    quotes = attributed(
        "Fares rose after the rail group Tarvex said it would cut services.",
        "Following talks between David Okoro and Peter Lamb, shares fell 5p. He said that "
        "demand for tickets was weak.",
    )
    assert all(speaker not in {"David Okoro", "Peter Lamb"} for speaker, _ in quotes)


def test_a_contracted_pronoun_is_no_name() -> None:
    quotes = attributed(
        "We've called for the bus fares to be frozen until the spring.",
        "They're asking for a new station, and we're backing them.",
    )
    assert all(speaker not in {"We've", "They're"} for speaker, _ in quotes)
