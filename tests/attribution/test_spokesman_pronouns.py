"""A pronoun after a body's spokesman spoke means the spokesman, not the last person named before
him. Short invented texts."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_he_after_a_bodys_spokesman_is_the_spokesman() -> None:
    assert attributed(
        "Farmer Geoff Fenwick said the ban was ridiculous.",
        "The Association of Harbour Pilots has issued guidance on the new rules. A spokesman "
        "said: “It will be based on intelligence received.” The decision will be left to local "
        "crews. He said pilots would consider evidence on its merits.",
    ) == [
        ("Geoff Fenwick", "the ban was ridiculous"),
        ("Association of Harbour Pilots", "It will be based on intelligence received."),
        ("Association of Harbour Pilots", "pilots would consider evidence on its merits"),
    ]


def test_he_after_a_person_named_since_the_spokesman_is_that_person() -> None:
    assert attributed(
        "Farmer Geoff Fenwick said the ban was ridiculous.",
        "The Association of Harbour Pilots has issued guidance. A spokesman said: “It will be "
        "based on intelligence.” Mr Fenwick disagreed. He said pilots would never look.",
    )[-1] == ("Geoff Fenwick", "pilots would never look")
