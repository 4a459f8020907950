"""Pronoun speakers: "it said" is the latest body that spoke or was the subject, never a person,
and a role with "the" is the one the article gives that role, or the role itself; each on a
short invented text."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_it_is_the_body_that_spoke_not_the_person_after_it() -> None:
    quotes = attributed(
        "Larkmoor Motors said on Monday it would close its plant. Union leader Tom Price said "
        "the move was a blow.",
        "\u201cWe regret the decision,\u201d it said.",
    )
    assert quotes[-1] == ("Larkmoor Motors", "We regret the decision")


def test_it_is_the_latest_body_not_an_earlier_one() -> None:
    quotes = attributed(
        "The Harbour Board said the fares would rise. Fenwick Quay said its rents would not.",
        "\u201cOur tenants can plan for the year,\u201d it added.",
    )
    assert quotes[-1] == ("Fenwick Quay", "Our tenants can plan for the year")


def test_it_is_never_a_person_of_unknown_first_name_described_by_a_role() -> None:
    quotes = attributed(
        "The Harbour Board said the fares would rise. \u201cThat is fair,\u201d said Ulrich "
        "Brannigan, an economist at Lanner Bank.",
        "It added that the ferries would run all winter.",
    )
    assert quotes[-1] == ("Harbour Board", "the ferries would run all winter")


def test_it_is_not_a_country_named_as_a_speaker() -> None:
    quotes = attributed(
        "The Harbour Board said the fares would rise. Spain said its ferries would not.",
        "It added that the ferries would run all winter.",
    )
    assert quotes[-1] == ("Harbour Board", "the ferries would run all winter")
