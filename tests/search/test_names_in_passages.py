"""names_in_passages.capitalised_runs: the runs of capitalised words a close name is read from."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.search.names_in_passages import capitalised_runs


def runs_as_first_written(text: str, words: int) -> set[str]:
    """The rule before the pattern left out words opening in lower case: every run of whole
    words of letters, then those capitalised kept."""
    run = re.compile(r"(?=\b(" + r"\s+".join([r"[^\W\d_][^\W\d_]+"] * words) + r")\b)")
    return {
        " ".join(written.split())
        for written in run.findall(text)
        if all(w[:1].isupper() and w[1:].islower() for w in written.split())
    }


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The film by Ridley Scot opened.", 2, {"Ridley Scot"}),
        ("said Marta  Velázquez\nLópez", 2, {"Marta Velázquez", "Velázquez López"}),
        ("Él habló con Ana", 1, {"Él", "Ana"}),
        ("Tom2 Lee_ Ann-Marie O", 1, {"Ann", "Marie"}),
        ("McCain and DE GAULLE", 1, set()),
    ],
)
def test_capitalised_runs(text: str, words: int, expected: set[str]) -> None:
    assert capitalised_runs(text, words) == expected


@given(
    st.text(alphabet="aAbBzZéÉßçÇıİ019_ -\n.,'’", max_size=80),
    st.integers(min_value=1, max_value=3),
)
def test_the_same_runs_as_first_written(text: str, words: int) -> None:
    assert capitalised_runs(text, words) == runs_as_first_written(text, words)
