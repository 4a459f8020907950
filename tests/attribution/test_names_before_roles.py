"""A name, then a comma and its role with no comma closing it before the cue, speaks (not the
role alone); short invented texts."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_name_before_a_long_role_at_a_body_speaks() -> None:
    quotes = attributed(
        "Critics have called for the prince to visit the museum.",
        "He should see \u201cthe harm done by the symbol he chose to wear\u201d, Rabbi Aaron "
        "Velt, founder of Dutch human rights group the Tessel Centre said.",
    )
    assert ("Aaron Velt", "the harm done by the symbol he chose to wear") in quotes


def test_a_name_before_its_ministers_role_speaks() -> None:
    quotes = attributed(
        "\u201cWe want the bank to stay here,\u201d Anton Riel, its minister for economic "
        "affairs added.",
    )
    assert quotes == [("Anton Riel", "We want the bank to stay here")]


def test_a_shows_title_before_a_named_guest_is_no_quote() -> None:
    quotes = attributed(
        "Friday on Channel Nine\u2019s \u201cMorning Hour,\u201d Sen. Ann Lorne, a supporter of "
        "the plan told the host she believed it would pass.",
    )
    assert all(text != "Morning Hour" for _, text in quotes)
