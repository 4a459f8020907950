"""A slash joins the names of a joint source ("a CNN/ORC poll", "a Times/Ipsos poll"): after
"according to" and before a document's "found that", the pollsters speak."""

from __future__ import annotations

import pytest

from qabot.attribution.documents import is_capitalised
from tests.attribution.test_quotes import attributed


def test_according_to_a_poll_by_slash_joined_names() -> None:
    quotes = attributed(
        "Ferry vote\n\nFares rose. Most riders back the plan, according to a BRN/WKT poll. "
        "According to a Harbour Times/Ipsos poll, few riders oppose it."
    )
    assert ("BRN/WKT", "Most riders back the plan") in quotes
    assert ("Harbour Times/Ipsos", "few riders oppose it") in quotes


def test_a_slash_joined_pollster_s_finding() -> None:
    assert attributed(
        "Ferry vote\n\nFares rose. A BRN/WKT poll of riders found that most back the plan."
    ) == [("BRN/WKT", "most back the plan")]


@pytest.mark.parametrize(
    ("word", "capital"),
    [("CNN/ORC", True), ("Times/Ipsos", True), ("CNN", True), ("and/or", False), ("", False)],
)
def test_a_slash_joined_word_is_a_name_s_when_each_part_is(word: str, capital: bool) -> None:
    assert is_capitalised(word) is capital
