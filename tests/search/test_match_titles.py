"""`one_side`: a title naming the owner as one side of a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.search.match_titles import one_side


@pytest.mark.parametrize(
    ("title", "owner", "side"),
    [
        ("Preview: Wexford v Carlow (Sun)", ["Wexford"], True),
        ("Carlow vs. Wexford", ["Wexford"], True),
        ("Wexford 2-1 Carlow", ["wexford"], True),
        ("Wexford edge out Carlow", ["Wexford"], False),
        ("Acme Mining in new gas find", ["Acme", "Mining"], False),
        ("Preview: Wexford v Carlow", [""], False),
    ],
)
def test_one_side(title: str, owner: list[str], side: bool) -> None:
    assert one_side(title, owner) is side


# "v", "vs", "versus" or a score between the sides, as `one_side` reads them
_AGAINST = r"\s+(?:v|vs|versus|\d+\s*-\s*\d+)\.?\s+"


def _every_word_tried(title: str, owner: list[str]) -> bool:
    """`one_side` as it was: a pattern of each owner word tried on every title."""
    return any(
        re.search(rf"\b{re.escape(word)}\b{_AGAINST}|{_AGAINST}{re.escape(word)}\b", title, re.I)
        for word in owner
        if word
    )


_TITLE_WORDS = st.sampled_from(
    ["Wexford", "Carlow", "v", "V.", "vs", "versus", "2-1", "3 - 0", "x"]
)


@given(
    st.lists(_TITLE_WORDS, max_size=6).map(" ".join),
    st.lists(st.sampled_from(["Wexford", "carlow", "V", "", "x"]), max_size=3),
)
def test_a_title_with_no_match_in_it_is_told_without_the_owner_patterns(
    title: str, owner: list[str]
) -> None:
    # the sides' separator is looked for alone first: the same answer as every word's pattern
    assert one_side(title, owner) is _every_word_tried(title, owner)
