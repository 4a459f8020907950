"""One edit of a typed word: the slips spelling corrections and name checks read; and how many
edits part two words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qabot.text import edit_distance, neighbour_swaps, one_edit


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


def test_edit_distance_counts_letters_dropped_added_changed_and_swapped() -> None:
    assert edit_distance("hantukova", "hantuchova") == 2
    assert edit_distance("philipousis", "philippoussis") == 2
    assert edit_distance("micheal", "michael") == 1
    assert edit_distance("", "abc") == 3 and edit_distance("abc", "abc") == 0


@given(st.text(alphabet="abcd", min_size=1, max_size=7))
def test_every_one_edit_of_a_word_is_one_edit_from_it(word: str) -> None:
    assert all(edit_distance(word, edit) == 1 for edit in one_edit(word, "abcd"))


@given(st.text(alphabet="abc", max_size=7), st.text(alphabet="abc", max_size=7))
def test_edit_distance_is_symmetric_and_at_most_the_longer_length(first: str, second: str) -> None:
    assert edit_distance(first, second) == edit_distance(second, first)
    assert edit_distance(first, second) <= max(len(first), len(second))
