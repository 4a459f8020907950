"""`one_side`: a title naming the owner as one side of a match."""

from __future__ import annotations

import pytest

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
