"""Reported words that open with "about" or "over" and a number ("Police said about 30 people
were hurt"), told apart from what was spoken of and when, and that end before the narration's
", but he refused to" (invented texts)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Harbour police said about 30 people were hurt.", "about 30 people were hurt"),
        ("Tom Vance said over £5m had been spent.", "over £5m had been spent"),
        ("Tom Vance said about half of the boats had gone.", "about half of the boats had gone"),
        ("Tom Vance says over three thousand fans came.", "over three thousand fans came"),
    ],
)
def test_about_or_over_before_a_number_opens_the_words_said(sentence: str, words: str) -> None:
    assert [w for _, w in attributed(sentence)] == [words]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Vance said about the plan that it was rushed.",
        "Tom Vance said about 30 minutes later that it was over.",
    ],
)
def test_about_before_a_topic_or_a_time_opens_no_words(sentence: str) -> None:
    assert all(not w.startswith("about") for _, w in attributed(sentence))


def test_the_words_end_before_but_refused_or_did_not_say() -> None:
    quotes = attributed(
        "Tom Vance has said about 20 people want the seat, but he refuses to name them.",
        "Harbour Bank said it had sued more savers, but did not say how many.",
        "Ana Ruiz said the notes went to a committee, but would not have been final.",
    )
    assert [w for _, w in quotes] == [
        "about 20 people want the seat",
        "it had sued more savers",
        "the notes went to a committee, but would not have been final",
    ]


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Tom Vance said",
                " about",
                " over",
                " 30",
                " half",
                " minutes",
                " people were hurt",
                " £5m",
                " the plan",
                ".",
                " ",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_every_quote_read_around_approximate_figures_has_a_speaker_and_words(text: str) -> None:
    for speaker, words in attributed(text):
        assert speaker.strip()
        assert words.strip()
