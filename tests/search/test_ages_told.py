"""An age answers "how old is X?" only when it is X's: beside X's name, in a sentence naming X
before it, or, opening a sentence ("The 29-year-old ..."), when X is the one last named or the
story's title names X; another person's age in a passage naming X is no answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

# our own: Dara Quill is named beside two other people's ages; Nell Ashby's and Owen Frith's
# ages are told of them
ARTICLES = {
    "derby.txt": (
        "Rovers ready for derby\n\n"
        "Winger Dara Quill will face Harbury in Saturday's derby at Kelton Park. "
        "“It will be a hard game,” Bram Osgood said. "
        "The 29-year-old admitted the squad was tired. "
        "Lina, 36, watched Dara Quill train with the reserves on Monday."
    ),
    "singer.txt": (
        "Ashby tops the chart\n\n"
        "Folk singer Nell Ashby has reached number one. The 24-year-old recorded the album in "
        "a week at her home studio."
    ),
    "mayor.txt": (
        "Mayor looks back\n\n"
        "Mayor Owen Frith spoke of his first campaign. “I was 19 when I first stood for the "
        "council,” Frith said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("ages")), ARTICLES)


def test_other_peoples_ages_beside_the_name_are_no_answer(index: Index) -> None:
    result = answer(index, "how old is dara quill")
    assert not result.found and not result.passages


def test_an_age_opening_a_sentence_is_the_title_subjects(index: Index) -> None:
    result = answer(index, "how old is nell ashby")
    assert result.found and "The 24-year-old" in result.passages[0].passage.text


def test_an_age_told_in_the_first_person_is_the_speakers(index: Index) -> None:
    result = answer(index, "how old was owen frith when he first stood for the council")
    assert result.found and "I was 19 when" in result.passages[0].passage.text
