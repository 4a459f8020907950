"""A year no article is dated in is searched as a word the passages must write, and in a
sentence of what is asked, not anywhere: "Its keeper took the helm in 2016" tells no lamp
mended in 2016."""

from __future__ import annotations

import pytest

from qabot.records import Passage
from qabot.search.asked_years import year_beside

_TEXT = "Its new keeper took the helm in 2016. The harbour lamp was mended in the spring."


def _passage(text: str) -> Passage:
    return Passage("keeper:0", "keeper", 0, 0, len(text), text)


@pytest.mark.parametrize(
    ("year", "words", "beside"),
    [
        ("2016", "when was the harbour lamp mended", False),  # 2016 is the helm's
        ("2016", "when did the keeper take the helm", True),
        ("2015 to 2016", "who took the helm", True),  # a year of a range asked
        ("2019", "who took the helm", False),  # not written at all
    ],
)
def test_a_year_is_told_only_beside_another_word_asked(
    year: str, words: str, beside: bool
) -> None:
    assert year_beside(_passage(_TEXT), year, words) is beside
