"""A bare description of a body ("the company", "the group") after one body's words is that
body (invented texts)."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("named", "described"),
    [
        ("Brambleworth Ltd said", "The firm said"),
        ("Quillon said", "The company added"),  # one word no person nor place is called
        ("The Fenland Otter Trust said", "The group said"),
    ],
)
def test_a_body_description_is_the_one_body_that_spoke_before(named: str, described: str) -> None:
    found = attributed(
        f"{named} it would open a new depot in March.",
        f"{described} that sales had risen by a fifth.",
    )
    speaker = found[0][0]
    assert found == [
        (speaker, "it would open a new depot in March"),
        (speaker, "sales had risen by a fifth"),
    ]
    assert speaker[0].isupper()


def test_a_body_description_stays_one_when_two_bodies_spoke() -> None:
    found = attributed(
        "Brambleworth Ltd said it would open a new depot. Quillon Holdings Ltd said it would not.",
        "The company said that sales had risen by a fifth.",
    )
    assert found[-1] == ("the company", "sales had risen by a fifth")


@pytest.mark.parametrize(
    "named",
    [
        "The Home Office said",  # a public body is no company
        "Italy said",  # a place
        "Mr Quillon said",  # a person
        "Harbour police officers said",  # a body's people, not the body
    ],
)
def test_a_company_is_not_a_public_body_a_place_or_a_person(named: str) -> None:
    found = attributed(
        f"{named} the depot would open in March.",
        "The company said that sales had risen by a fifth.",
    )
    assert found[-1] == ("the company", "sales had risen by a fifth")


def test_a_he_after_a_body_description_is_not_the_body() -> None:
    found = attributed(
        "Quillon said it would open a new depot in March, said chief executive Ann Marlow.",
        "The company added that sales had risen. “We are pleased,” she said.",
    )
    assert found[-1] == ("Ann Marlow", "We are pleased")


def test_a_body_named_like_a_person_stays_a_body_an_it_means() -> None:
    found = attributed(
        "The market remains robust, according to lender Harwell Bank and housebuilder Gareth"
        " Pellow.",
        "Harwell Bank said lending would grow this year.",
        "Pellow said the market had been difficult. “Sales slowed sharply in the autumn,” it"
        " added.",
    )
    assert found[-1] == ("Gareth Pellow", "Sales slowed sharply in the autumn")


@pytest.mark.parametrize("country", ["Norway", "Lebanon", "Italy"])
def test_a_country_that_spoke_is_no_body_a_group_description_means(country: str) -> None:
    # "Norway" makes "Norwegian" by no ending: a place all the same
    found = attributed(
        f"{country} said it would send two ships to the region.",
        "The group said it had raised funds.",
    )
    assert found == [
        (country, "it would send two ships to the region"),
        ("the group", "it had raised funds"),
    ]
