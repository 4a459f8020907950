"""A description the directory records as no one's role, asked with the story's topic: the
person quoted in the story whom its article calls so, named nearest before it. Short invented
articles, through `answer()`."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "indoor.txt": "Quill wins again in Halden\n\nOwen Quill stormed to his second win in a week "
    "at the indoor meeting in Halden.\n\nThe Eastland runner set a personal best of one minute "
    '47 seconds. "I am qualified now and that is what matters," said Quill.\n\nCoach Rita '
    'Vale said: "He ran a clever race."\n',
    "budget.txt": "Budget row\n\nMary Stone MP sat through the debate. Committee chair Ben "
    'Ulm said: "The sexist taunts must stop."\n',
    "cup.txt": "Cup draw\n\nThe cup draw was made on Monday.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("story_descriptions"), ARTICLES)


def test_a_description_in_the_story_is_the_person_named_before_it(index: Index) -> None:
    result = answer(index, "what did the eastland runner say after his win in halden")
    assert result.speaker == "Owen Quill"
    assert result.quotes and "I am qualified now" in result.quotes[0].quote.text


def test_a_name_typed_in_lower_case_is_no_description(index: Index) -> None:
    # "mary stone mp" is written in the story beside someone quoted, but it is a name: she is
    # never quoted, and the answer says so
    result = answer(index, "what did mary stone mp say about the sexist taunts")
    assert result.speaker is None
    assert not result.quotes


def test_a_description_no_story_writes_is_no_one(index: Index) -> None:
    result = answer(index, "what did the westland runner say after his win in halden")
    assert result.speaker != "Owen Quill"
    assert not result.quotes
