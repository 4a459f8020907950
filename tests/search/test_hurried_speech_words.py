""" "Say" and "about" typed in a hurry in a speech question ("what did X sey abut the budget")
are read as meant: both are too short for the spelling check, and "abut" is a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.search import answer
from qabot.search.question_phrasing import as_meant
from tests.support.indexes import index_of

_ARTICLES = {
    "budget.txt": (
        'Budget plan\n\nJane Morrow said the budget was "a careful plan for hard times".\n'
    ),
    "ferry.txt": "Ferry strike\n\nThe harbour ferry crews went on strike over pay.\n",
    "rates.txt": "Rates held\n\nThe bank held rates at 5% on Thursday.\n",
    "road.txt": "Road homes\n\nThe new houses abut the coast road near the old mill.\n",
}


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wat did jane morrow sey abut the budget", "what did jane morrow say about the budget"),
        ("what did the minister siad", "what did the minister said"),
        ("did she sya abt it", "did she say about it"),
        ("who sed the plan was dead", "who said the plan was dead"),
        ("what does Morrow sez on tax", "what does Morrow says on tax"),
        # no speech question: the words stay
        ("the houses abut the road", "the houses abut the road"),
        ("what is sed", "what is sed"),
        ("what did Sey Lim say", "what did Sey Lim say"),
    ],
)
def test_hurried_say_and_about_are_read_as_meant(typed: str, meant: str) -> None:
    assert as_meant(typed) == meant


def test_a_speech_question_with_hurried_words_finds_the_quote(tmp_path: Path) -> None:
    index = index_of(tmp_path, _ARTICLES)
    result = answer(index, "wat did jane morrow sey abut the budget")
    assert result.found, result.lead
    assert result.lead == "What Jane Morrow said about the budget:", result.lead
    assert [hit.speaker for hit in result.quotes] == ["Jane Morrow"]
