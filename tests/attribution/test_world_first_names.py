"""First names common in international news give a gender as the English ones do, so "she
said" finds the woman who was named last; short invented texts."""

from __future__ import annotations

import pytest

from qabot.text.lexicon import first_name_gender
from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Daniela", "f"), ("Svetlana", "f"), ("Céline", "f"), ("Marat", "m"), ("Thierry", "m")],
)
def test_an_international_first_name_has_its_gender(name: str, gender: str) -> None:
    assert first_name_gender(name) == gender


@pytest.mark.parametrize("place", ["Carolina", "Sofia", "Mercedes"])
def test_a_first_name_that_is_a_place_or_a_brand_has_no_gender(place: str) -> None:
    assert first_name_gender(place) is None


def test_she_after_a_woman_named_by_an_international_first_name_is_hers() -> None:
    quotes = attributed(
        "Katerina Vasko reached the semi-finals in Doha after a 6-2 6-3 win.",
        "Mary Lund was unhappy. \u201cThe wind was awful,\u201d she said. But Vasko is in upbeat "
        "mood ahead of her meeting with the older Lund sister. \u201cI like these courts,\u201d "
        "she said.",
    )
    assert ("Katerina Vasko", "I like these courts") in quotes
