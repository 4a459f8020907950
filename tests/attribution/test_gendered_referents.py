"""A sentence start read back after a title's full stop ("Mr. Obama"): the same answer as the
pattern searched for from the text's start. Short invented texts."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.described_referents import _after_title
from qabot.text.lexicon import TITLE_ABBREVIATIONS

# what was searched from the text's start before: a title, its full stop, white space, the end
SEARCHED = re.compile(
    r"\b(?:" + "|".join(a.title() for a in sorted(TITLE_ABBREVIATIONS)) + r")\.[^\S\n]+$"
)
PIECES = st.sampled_from(
    ["Mr", "Mrs", "Dr", "Messrs", "Mr.", "aMr", "Prof", "St", ".", " ", "  ", "\n", "\t", "\r",
     "\xa0", "\u2003", "\u2028", "\x1c", "x", "word", "1", "é"]
)  # fmt: skip


@given(st.lists(PIECES, max_size=10).map("".join))
def test_a_title_read_back_is_what_the_search_from_the_start_finds(text: str) -> None:
    for start in range(3, len(text) + 1):
        assert _after_title(text, start) == bool(SEARCHED.search(text, 0, start))


def test_a_title_before_a_sentence_start_is_told() -> None:
    text = "In his speech, Mr. Obama argued."
    assert _after_title(text, text.index("Obama"))
    assert not _after_title(text, text.index("Mr."))
    assert _after_title("He met Dr. \nLee", len("He met Dr. \n"))  # before a line break ending it
    assert not _after_title("He met Dr.\nLee", len("He met Dr.\n"))  # no white space before it
