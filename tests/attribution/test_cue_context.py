"""The words before a cue that say nobody spoke ("refused to say", "as if to say"), told by a
look at their last word before the patterns: the same answers as the patterns alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.cue_context import (
    _ASKED_WOULD,
    _DENIED,
    _DETERMINERS,
    _IMAGINED,
    no_speech_before,
)


def searched(left: str) -> bool:
    """What the patterns alone say (every one tried over all the words)."""
    last = left.rsplit(None, 1)[-1:]
    return bool(
        _IMAGINED.search(left)
        or _DENIED.search(left)
        or _ASKED_WOULD.search(left)
        or (last and last[0].casefold() in _DETERMINERS)
    )


PIECES = st.sampled_from(
    ["as", "if", "though", "to", "TO", "not", "Never", "refused", "n't", "n’t", "DIDN'T", "yet",
     "publicly", "PUBL\u0130CLY", "publ\u0131cly", "asked", "whether", "he", "would", "W\u0130LL",
     "can", "might", "the", "his", "cannot", "x", " ", "\n", "\t", "\xa0", "\x1c", ","]
)  # fmt: skip


@given(st.lists(PIECES, max_size=9).map("".join))
def test_the_last_words_look_says_what_the_patterns_say(left: str) -> None:
    assert no_speech_before(left) == searched(left)


@pytest.mark.parametrize(
    ("left", "silent"),
    [
        ("The minister refused to ", True),
        ("He has not ", True),
        ("She didn't publicly ", True),
        ("He was asked whether he would ", True),
        ("She shouted as if to ", True),
        ("The minister ", False),
        ("Officials at the bank ", False),
    ],
)
def test_words_saying_nobody_spoke(left: str, silent: bool) -> None:
    assert no_speech_before(left) is silent
