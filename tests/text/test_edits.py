"""One edit of a typed word: the slips spelling corrections and name checks read."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qabot.text import neighbour_swaps, one_edit


def test_neighbour_swaps_are_every_two_neighbouring_letters_swapped() -> None:
    assert neighbour_swaps("abc") == {"bac", "acb"}
    assert neighbour_swaps("michael") >= {"micheal", "imchael"}
    assert neighbour_swaps("aa") == set() and neighbour_swaps("a") == set()


@given(st.text(alphabet="abcd", min_size=1, max_size=8))
def test_one_edit_holds_every_neighbour_swap_and_keeps_the_first_letter_otherwise(
    word: str,
) -> None:
    edits = one_edit(word)
    assert neighbour_swaps(word) <= edits
    assert word not in edits
    assert all(e[:1] == word[:1] for e in edits - neighbour_swaps(word))
