"""A rank or time asked with a role ("the deputy mayor", "the former chancellor") through
answer(): the holder the articles give that rank or time, or no one, never the role's holder of
now. Short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "budget.txt": "Budget day\n\nThe budget was set out on Wednesday. "
    '"Growth will return," said Chancellor Ada Moss. "We will cut the deficit," Ms Moss said. '
    '"Taxes on fuel will rise," the chancellor added.\n',
    "memoir.txt": "Memoir out\n\nA memoir by a former minister went on sale. "
    '"I warned them about the deficit in 1998," said former chancellor Ivo Lamb.\n',
    "harbour.txt": "Harbour plan\n\nThe harbour will be dredged. "
    '"Ships will come back," said Mayor Tom Reed. "The town needs them," Mr Reed said.\n',
    "parks.txt": "Parks closed\n\nThe parks closed for repairs after the storm on Friday.\n",
    "regatta.txt": "Regatta in Portmere\n\nThe Portmere mayor opened the regatta. "
    '"The harbour has never looked better," said Ines Toll, the town clerk.\n',
    "ferries.txt": "Island crossings safe\n\nFL Seaway, which runs most island crossings, said "
    'it made every effort to keep them safe. "Crossings are safe," said Ana Kroll, chief '
    "executive for FL's island ferries.\n",
    "rail.txt": "Rail fares\n\nFares will rise in May. "
    '"Fares must rise," said FL Rail boss Ian Dunn.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("ranks"), ARTICLES)


def test_the_former_holder_of_a_role_is_the_one_the_articles_call_former(index: Index) -> None:
    # the topic is in the chancellor's story: still not the chancellor of now
    result = answer(index, "what did the former chancellor say about taxes on fuel?")
    assert result.speaker == "Ivo Lamb" and "Ada Moss" not in result.choices
    assert not any("fuel" in hit.quote.text for hit in result.quotes)


def test_a_rank_asked_that_no_one_holds_is_not_the_role_s_holder(index: Index) -> None:
    # the mayor is quoted, no deputy mayor is: "the deputy mayor" is not the mayor
    result = answer(index, "what did the deputy mayor say about the harbour?")
    assert result.speaker is None and not result.quotes
    assert answer(index, "what did the mayor say about the harbour?").speaker == "Tom Reed"


def test_a_two_letter_owner_typed_in_lower_case_is_part_of_the_owner(index: Index) -> None:
    # "the fl seaway boss": FL (typed "fl") and Seaway, as the story writes "FL Seaway" and
    # calls her "chief executive for FL's island ferries"
    result = answer(index, "what did the fl seaway boss say about the crossings?")
    assert result.speaker == "Ana Kroll"


def test_a_rank_asked_is_not_met_by_a_sentence_writing_the_role_alone(index: Index) -> None:
    # "the Portmere mayor" is written beside the clerk's words: she is no "deputy mayor"
    result = answer(index, "what did the portmere deputy mayor say about the regatta?")
    assert result.speaker is None and not result.quotes
