"""Paywall prompts: the word check before the pattern changes no answer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qabot.ingest.page_kinds import _PAYWALL, _TO_THE_READER, PAYWALL_WORDS, is_paywall_prompt

_PIECES = st.sampled_from(
    [
        *"Subscribe subscriber SIGN in up Log login register Members already to read the".split(),
        *"full story article is for only available paying subscribers you please continue".split(),
        *"reading access unlimited x ſubscribe".split(),
        " ",
        "  ",
        ".",
    ]
)


@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_paywall_prompt_is_what_the_patterns_say(line: str) -> None:
    expected = (
        len(line.split()) <= PAYWALL_WORDS
        and bool(_PAYWALL.search(line))
        and bool(_TO_THE_READER.search(line))
    )
    assert is_paywall_prompt(line) == expected


def test_a_paywall_prompt_is_found() -> None:
    assert is_paywall_prompt("Subscribe now to continue reading the full story.")
    assert not is_paywall_prompt("The council met on Monday to discuss the budget.")
