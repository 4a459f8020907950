"""Clause cues after "but" or ", and" whose speaker is a description ("but the Kiwi said"): the
first speaker's words end there, and the second clause is its own speaker's; each on a short
invented text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize("join", [", but", " but", ", and"])
@pytest.mark.parametrize("description", ["the union", "the 23-year-old", "the Welsh club"])
def test_a_description_s_own_cue_after_but_ends_the_first_speaker_s_words(
    join: str, description: str
) -> None:
    quotes = attributed(
        f"Tom Vance said the fares would rise{join} {description} insisted they would fall."
    )
    assert quotes[0] == ("Tom Vance", "the fares would rise")
    assert quotes[1][1] == "they would fall"
    assert quotes[1][0] != "Tom Vance"


@pytest.mark.parametrize(
    ("share", "speaker"),
    [("three-quarters", "three-quarters"), ("most voters", "most voters"), ("40% of them", None)],
)
def test_a_share_s_own_cue_after_and_ends_the_first_speaker_s_words(
    share: str, speaker: str | None
) -> None:
    quotes = attributed(f"Six in 10 voters said the fares were fair, and {share} said the same.")
    assert quotes[0] == ("six in 10 voters", "the fares were fair")
    assert quotes[1] == (speaker or share, "the same")


def test_words_after_but_with_no_cue_of_their_own_stay_the_speaker_s() -> None:
    quotes = attributed("Tom Vance said the fares would rise but the trams would run late.")
    assert quotes == [("Tom Vance", "the fares would rise but the trams would run late")]


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Tom Vance said",
                " the fares would rise",
                ", but",
                " but",
                ", and",
                " the 23-year-old",
                " the union",
                " his lawyer",
                " insisted",
                " said",
                '"',
                ".",
                " ",
            ]
        ),
        max_size=25,
    ).map("".join)
)
def test_every_quote_read_around_but_has_a_speaker_and_words(text: str) -> None:
    for speaker, words in attributed(text):
        assert speaker.strip()
        assert words.strip()
