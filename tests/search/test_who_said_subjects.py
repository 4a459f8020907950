"""'Who said ...?' names the one who spoke, not the one spoken of: a person the question names,
in full or, typed in any case, by the surname alone ("who called beating brandvik ..."), is what
the words were about, even where their own words share more of the question."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "final.txt": """Brandvik lifts the Harbour Cup

Veteran Tomas Brandvik won the Harbour Cup on Sunday. Brandvik described the cup victory as the
highlight of his career.
""",
    "semi.txt": """Ferrando stuns the favourite

Lukas Ferrando, 19, beat Brandvik in the Valdora quarter-final on Friday in straight sets.

"This is the most important win of my life, because Brandvik is one of the best players in the
world," said Ferrando.
""",
    "weather.txt": """Storm closes the harbour road

Heavy rain closed the harbour road for a second day, and the council said repairs would take
a week. Residents were told to use the hill road instead.
""",
}


@pytest.fixture(scope="module")
def cup_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("subjects"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "who called beating brandvik the biggest victory of his career",
        "Who said beating Brandvik was the biggest victory of his career?",
    ],
)
def test_a_surname_in_the_question_is_the_subject_not_the_speaker(
    cup_index: Index, question: str
) -> None:
    result = answer(cup_index, question)
    assert result.quotes
    assert result.quotes[0].speaker == "Lukas Ferrando"


def test_the_person_named_still_answers_what_they_said(cup_index: Index) -> None:
    result = answer(cup_index, "who said the Harbour Cup victory was the highlight of his career")
    assert result.quotes
    assert result.quotes[0].speaker == "Tomas Brandvik"
