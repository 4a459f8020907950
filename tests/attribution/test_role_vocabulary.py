"""Role words no one is given: whether a word is close to a held one, as difflib tells it."""

from __future__ import annotations

import difflib

from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.role_vocabulary import CLOSE_ROLE, MAX_SHORT_ROLE, CloseWords, unheld

HELD = sorted(
    "chairman chief controller director coach manager minister physiotherapist prop "
    "secretary spokesman spokeswoman striker superintendent treasurer".split()
)


def _by_difflib(word: str) -> bool:
    return len(word) > MAX_SHORT_ROLE and not difflib.get_close_matches(
        word, HELD, n=1, cutoff=CLOSE_ROLE
    )


def test_a_misspelt_role_word_is_held_and_another_word_is_not() -> None:
    close = CloseWords(HELD)
    assert not unheld(close, "controler")  # the controller misspelt
    assert not unheld(close, "secretery")
    assert unheld(close, "kitman")
    assert not unheld(close, "ds")  # short: what the articles write out


def test_a_word_asked_again_is_answered_as_before() -> None:
    close = CloseWords(HELD)
    assert [unheld(close, "kitman") for _ in range(2)] == [True, True]
    assert close.found == {"kitman": True}


@given(st.text(alphabet="aceghimnoprstuz-é", max_size=18))
def test_unheld_is_what_difflib_finds_over_every_held_word(word: str) -> None:
    assert unheld(CloseWords(HELD), word) is _by_difflib(word)


@given(st.sampled_from(HELD), st.integers(0, 20), st.sampled_from("aeiostx"))
def test_a_held_word_a_letter_changed_is_what_difflib_finds(
    word: str, at: int, letter: str
) -> None:
    for typed in (word[:at] + letter + word[at + 1 :], word[:at] + word[at + 1 :], word + letter):
        assert unheld(CloseWords(HELD), typed) is _by_difflib(typed)
