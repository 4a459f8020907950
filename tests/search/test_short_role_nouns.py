"""A person's noun typed short ("the physio", "the admin") asks for whoever the articles give
the noun written out ("physiotherapist", "administrator"), through answer(); invented
articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "ankle.txt": """Winger doubtful for the cup final

Harbour winger Tom Reyes is unlikely to play in the cup final because of an ankle injury.

"His ankle is still swollen and we will not rush him back," Harbour's team physiotherapist
Ada Morrow said.
""",
    "league.txt": """League confirms new fixtures

The league has published the fixtures for the new season after a long delay.

"Every club has agreed to the new calendar," said league administrator Piet Lorne.
""",
    "budget.txt": """City budget passed

The city budget was passed on Tuesday after a long debate in the chamber.

"The budget protects the libraries and the parks," said Mayor Ines Holt.
""",
}


@pytest.fixture(scope="module")
def short_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("short-roles"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("what did the physio say about the winger's ankle?", "Ada Morrow", "still swollen"),
        ("what did the admin say about the fixtures?", "Piet Lorne", "new calendar"),
    ],
)
def test_short_person_noun_asks_for_the_holder_of_the_noun_written_out(
    short_index: Index, question: str, speaker: str, words: str
) -> None:
    found = answer(short_index, question)
    assert found.speaker == speaker
    assert any(words in hit.quote.text for hit in found.quotes)


def test_word_beginning_no_noun_of_a_person_names_no_holder(short_index: Index) -> None:
    # "the budg" begins no one's noun ("budget" is no role): nobody is asked about
    found = answer(short_index, "what did the budg say about the libraries?")
    assert found.speaker is None
    assert not found.quotes
