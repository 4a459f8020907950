"""An office and its tie before a name: one test, read by every step that cuts a name run."""

from __future__ import annotations

import pytest

from qabot.attribution.sentence_roles import office_before


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("said the Chancellor of the", ["Chancellor", "of", "the"]),  # the fewest that are one
        ("Secretary of State for", ["Secretary", "of", "State", "for"]),
        ("But Chief Secretary to the", ["Secretary", "to", "the"]),
        ("the minister of the", None),  # written in lower case: no office's title
        ("Lord Bach, Minister for", ["Minister", "for"]),
        ("Lord Bach, Minister", None),  # no tie
        ("Deputy Chief Press Officer to the", ["Officer", "to", "the"]),
        ("of", None),
        ("", None),
    ],
)
def test_office_before_returns_the_fewest_last_words_that_are_an_office_and_its_tie(
    words: str, expected: list[str] | None
) -> None:
    assert office_before(words.split()) == expected
