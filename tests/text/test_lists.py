"""A list in running text reads the same in an answer and in a listing command."""

from __future__ import annotations

import pytest

from qabot.text import listed


@pytest.mark.parametrize(
    ("items", "last", "written"),
    [
        ([], "or", ""),
        (["Jo Lind"], "or", "Jo Lind"),
        (["Jo Lind", "another"], "or", "Jo Lind or another"),
        (["Jo Lind", "Ann Lind", "another"], "or", "Jo Lind, Ann Lind or another"),
        (["2004", "2005"], "and", "2004 and 2005"),
    ],
)
def test_items_are_listed_as_a_sentence_lists_them(
    items: list[str], last: str, written: str
) -> None:
    assert listed(items, last) == written


def test_a_list_is_joined_by_or_unless_told() -> None:
    assert listed(["“a”", "“b”", "“c”"]) == "“a”, “b” or “c”"
