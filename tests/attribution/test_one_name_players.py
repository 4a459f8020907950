"""A player described by position may be a person quoted before by one name (invented
texts)."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_position_means_the_player_quoted_by_one_name() -> None:
    found = attributed(
        "His agent, Ruben Okafor, says no offer has come in. Tiago had earlier told the"
        ' Evening Post: "I want to play every week." The attacking midfielder also claims he'
        " has not been given a chance since the summer.",
    )
    assert found[-1] == ("Tiago", "he has not been given a chance since the summer")
