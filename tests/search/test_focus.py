"""Focus: a question asking for an age, a date, a figure or a named thing is not answered by
passages that only mention what it is about."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.focus import focus_words
from tests.support.indexes import index_of

ARTICLES = {
    "mill.txt": "Harrow Mill reopens\n\nThe Harrow Mill at Denby reopened on Saturday after "
    "repairs, and miller Tomas Brandt said the wheel turned again.\n\nNumber one at the mill, "
    "Tomas Brandt thanked the volunteers who mended the roof.\n",
    "bakery.txt": "Bread prize\n\nThe 64-year-old baker Rosa Delgado won the county bread "
    "prize, and her rye loaf took the judges' ribbon at Denby.\n",
    "pay.txt": "Council pay\n\nThe council froze every salary at the town hall, and staff "
    "wear a new shirt with the town crest.\n",
    "match.txt": "Denby win\n\nDenby beat Oxley 2-0 in the cup, with striker Lena Holm in "
    "the number nine shirt scoring both goals.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("focus"), ARTICLES)


def test_an_age_no_passage_gives_is_not_answered(index: Index) -> None:
    result = answer(index, "how old is Tomas Brandt")
    assert not result.found and not result.passages
    assert result.lead == (
        "Nothing in the articles answers “how old is Tomas Brandt”: no passage about it "
        "gives an age."
    )
    assert answer(index, "how old is Rosa Delgado").found  # "the 64-year-old baker"


def test_the_thing_asked_for_must_be_in_a_passage(index: Index) -> None:
    # his passages mention a "number", never a shirt or a salary
    result = answer(index, "what is Tomas Brandt's shirt number")
    assert not result.found and not result.passages
    assert result.lead.startswith("Nothing in the articles answers")
    assert result.lead.endswith("the best passages do not have “shirt”.")
    assert answer(index, "what is Lena Holm's shirt number").found


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("how many goats does the farm keep", ["goats"]),
        ("what is the population of Denby?", ["population"]),
        ("what is Rosa Delgado's favourite loaf", ["favourite", "loaf"]),
        ("how much does the ferry cost", []),  # the verb is what is asked: no thing named
        ("why did the mill close", []),
    ],
)
def test_focus_words(question: str, words: list[str]) -> None:
    assert focus_words(question) == words
