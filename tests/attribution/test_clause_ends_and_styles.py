"""Where reported words end, and a cleric's style before a name (invented texts)."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Marr said the pitch was too slow but Tennis Wales's Ana Dell rejected his claims.",
        "Ivo Marr said the pitch was too slow but Lena Ruiz disputed that.",
    ],
)
def test_reported_words_end_where_another_named_speaker_answers_them(sentence: str) -> None:
    assert ("Ivo Marr", "the pitch was too slow") in attributed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bishop of Leeds, the Reverend Tom Hale, told the BBC that the church wanted peace.",
        "The Most Rev Tom Hale said the church wanted peace.",
        "The Right Reverend Tom Hale said the church wanted peace.",
    ],
)
def test_a_cleric_s_style_is_no_part_of_the_name(sentence: str) -> None:
    assert attributed(sentence) == [("Tom Hale", "the church wanted peace")]
