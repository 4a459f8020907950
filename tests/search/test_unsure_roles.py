"""A role several people may hold, asked with nothing saying whose ("the Northway Ferries
co-chairman"): the topic picks one, or each one's words are shown under their own name, or the
answer asks which is meant; never one holder's words as the answer for all. Through answer();
invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.conversation import Conversation
from tests.support.indexes import index_of

CO_CHAIRS = {
    "fares.txt": 'Ferry fares to fall\n\n"Ticket prices will fall in spring," said Lena Dorn, '
    "co-chairman of Northway Ferries.\n",
    "timetable.txt": 'Ferry timetable kept\n\n"The winter timetable keeps every crossing," said '
    "Piet Varga, co-chairman of Northway Ferries.\n\nMr Varga said the new cabins were "
    "comfortable.\n",
    "prices.txt": "Fare row at the port\n\nPiet Varga, the Northway Ferries co-chairman, said "
    "ticket prices were fair for island families.\n",
    "harbour.txt": "Harbour dredging\n\nThe harbour master Olga Sand said dredging would start "
    "in June.\n",
}
ASKED = "what did the northway ferries co-chairman say"


@pytest.fixture
def index(tmp_path: Path) -> Index:
    return index_of(tmp_path, CO_CHAIRS)


def test_each_holders_words_on_the_topic_are_shown_under_their_own_name(index: Index) -> None:
    result = answer(index, f"{ASKED} about ticket prices")
    assert result.lead.startswith("“the northway ferries co-chairman” may mean ")
    assert "ask by full name. What each said about ticket prices:" in result.lead
    assert {hit.speaker for hit in result.quotes} == {"Lena Dorn", "Piet Varga"}
    assert result.speaker is None  # no one was resolved: nobody's words stand for the others'
    assert set(result.choices) == {"Lena Dorn", "Piet Varga"}
    assert result.to_json()["speaker"] is None


def test_the_topic_picks_the_one_holder_whose_words_are_about_it(index: Index) -> None:
    result = answer(index, f"{ASKED} about spring")
    assert result.speaker == "Lena Dorn"
    assert [hit.speaker for hit in result.quotes] == ["Lena Dorn"]
    assert result.lead.startswith("“the northway ferries co-chairman” may mean Lena Dorn or")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (ASKED, "Several people the articles call the northway ferries co-chairman are quoted. "),
        (f"{ASKED} about dredging", "Several people the articles call the northway ferries "
         "co-chairman are quoted, none of them on dredging. "),
    ],
)  # fmt: skip
def test_with_nothing_to_tell_the_holders_apart_the_answer_asks(
    index: Index, question: str, lead: str
) -> None:
    result = answer(index, question)
    assert result.lead.startswith(lead + "Do you mean ")
    assert not result.quotes
    assert result.speaker is None
    assert set(result.choices) == {"Lena Dorn", "Piet Varga"}


def test_a_name_typed_after_the_holders_are_shown_answers_for_that_holder(index: Index) -> None:
    conversation = Conversation()
    answer(index, f"{ASKED} about ticket prices", conversation=conversation)
    result = answer(index, "Piet", conversation=conversation)
    assert result.lead == "What Piet Varga said about ticket prices:"
    assert [hit.speaker for hit in result.quotes] == ["Piet Varga"]


HALES = {
    "rowing4.txt": 'Boat club\n\nEd Hale opened the club. "Welcome aboard," Ed Hale said.\n',
    "library.txt": "Town news\n\nThe town library will close in May after its funding was cut, "
    "and the swimming pool will open later on Sundays.\n\nNora Hale has gone there every week "
    'for forty years. "It is where I learned to read," Ms Hale said.\n',
    "rowing1.txt": 'Rowing win\n\nTom Hale won the sculls. "The wind was kind," Tom Hale said.\n',
    "rowing2.txt": 'Rowing loss\n\nTom Hale lost the pairs. "We were slow," Tom Hale said.\n',
    "rowing3.txt": 'Rowing draw\n\nTom Hale tied the fours. "We were tired," Tom Hale said.\n',
    "harbour.txt": "Harbour dredging\n\nThe harbour master Olga Sand said dredging would start "
    "before the regatta in June.\n",
}


def test_a_shared_surname_goes_to_the_one_quoted_where_the_topic_is(tmp_path: Path) -> None:
    # no topic word near either name tells them apart, nor do their own words: Nora Hale alone
    # spoke in the library's story
    index = index_of(tmp_path, HALES)
    result = answer(index, "what did Hale say about the library and the regatta?")
    assert result.speaker == "Nora Hale"
    assert [hit.speaker for hit in result.quotes] == ["Nora Hale"]
    assert result.lead.startswith(
        "“Hale” may mean Nora Hale, Tom Hale or Ed Hale; ask by full name."
    )
    asked = answer(index, "what did Hale say about dredging?")  # neither: which one?
    assert asked.lead.startswith("Several people called Hale are quoted, none of them on ")
    assert not asked.quotes and not asked.found
    assert set(asked.choices) == {"Nora Hale", "Tom Hale", "Ed Hale"}  # still offered
