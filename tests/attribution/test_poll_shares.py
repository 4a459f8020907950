"""Poll shares: a share of those asked speaks what they said ("47 percent said ..."), as a
description, and no pronoun after it means it; each on a short invented text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.poll_shares import share_of_those_asked
from tests.attribution.test_quotes import attributed

INTRO = "A poll of harbour users was published on Monday."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Among ferry users, 74 percent said they wanted more boats.", "74 percent"),
        ("Twenty-four per cent said they wanted more boats.", "twenty-four per cent"),
        ("More than six in 10 said they wanted more boats.", "six in 10"),
        ("About half said they wanted more boats.", "half"),
        (
            "Nearly a third of those asked said they wanted more boats.",
            "nearly a third of those asked",
        ),
        ("In the survey, 42% of them said they wanted more boats.", "42% of them"),
        (
            "Nine in 10 registered Green voters said they wanted more boats.",
            "nine in 10 registered Green voters",
        ),
    ],
)
def test_a_share_of_those_asked_speaks_what_they_said(sentence: str, speaker: str) -> None:
    assert attributed(INTRO, sentence) == [(speaker, "they wanted more boats")]


def test_no_pronoun_after_a_share_means_it() -> None:
    quotes = attributed(
        INTRO,
        "Harbour analysts said costs would rise, and 40% said they used the ferry less."
        " \u201cThe board has no choice,\u201d they added.",
    )
    assert ("harbour analysts", "The board has no choice") in [
        (s.casefold(), t) for s, t in quotes
    ]


@pytest.mark.parametrize(
    "phrase", ["the percent", "Ann Pike", "two of the officials", "a third party", "ten voters"]
)
def test_other_phrases_are_no_share(phrase: str) -> None:
    assert share_of_those_asked(phrase.split()) is None


@given(st.lists(st.sampled_from(["47", "percent", "of", "voters", "about", "in", "10", "x"])))
def test_a_share_is_a_description_written_as_its_words(words: list[str]) -> None:
    share = share_of_those_asked(words)
    if share is not None:
        assert share.name.casefold() == " ".join(words).casefold()
        assert share.organisation and share.share
