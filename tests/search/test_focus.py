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
    "foods.txt": "Denby Foods grows\n\nDenby Foods employs 420 people at its bakery plant, "
    "the firm said.\n",
    "fire.txt": "Fire at Harlow Mills\n\nHarlow Mills thanked its employees and customers for "
    "their patience after the fire at its works on 3 May.\n",
    "fair.txt": "Denby fair\n\nThe Denby fair opens in June on the green.\n",
    "show.txt": "Oxley show\n\nThe Oxley fair opens at 10am on Sunday.\n",
    "wedding.txt": "Royal wedding\n\nPrince Tomas and Lady Ann are to be married in June.\n\n"
    '"A happy day for Denby," said Tomas Brandt, the miller.\n\n'
    '"We will ring the bells," said Tomas Keller, the vicar.\n',
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
    assert result.lead.endswith("the best passages do not have “shirt number”.")
    assert answer(index, "what is Lena Holm's shirt number").found


def test_a_count_must_stand_by_the_things_counted(index: Index) -> None:
    result = answer(index, "how many employees does Harlow Mills have")  # no figure by them
    assert not result.found and not result.passages
    assert result.lead.endswith("no passage about it counts “employees”.")
    assert answer(index, "how many people does Denby Foods employ").found  # "420 people"


def test_a_time_of_day_is_not_a_date(index: Index) -> None:
    result = answer(index, "what time does the Denby fair open")  # "in June"
    assert not result.found
    assert result.lead.endswith("no passage about it gives a time.")
    assert answer(index, "what time does the Oxley fair open").found  # "at 10am"


def test_a_given_name_alone_is_not_the_person_asked_about(index: Index) -> None:
    # "Prince Tomas ... married" is not Tomas Brandt: two people quoted are called Tomas
    result = answer(index, "who is Tomas Brandt married to")
    assert not result.found
    assert result.lead.endswith("no sentence about “Tomas Brandt” has “married”.")


def test_a_thing_of_several_words_is_asked_as_one(index: Index) -> None:
    # "bread" and "prize" are in her passage, never "prize money"
    result = answer(index, "what is Rosa Delgado's prize money")
    assert not result.found
    assert answer(index, "what is Rosa Delgado's bread prize").found


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("how many goats does the farm keep", ["goats"]),
        ("what is the population of Denby?", ["population"]),
        ("what is Rosa Delgado's favourite loaf", ["favourite", "loaf"]),
        ("what is Lena Holm's best time in the cup", ["best", "time"]),
        ("how much does the ferry cost", []),  # the verb is what is asked: no thing named
        ("why did the mill close", []),
    ],
)
def test_focus_words(question: str, words: list[str]) -> None:
    assert focus_words(question) == words
