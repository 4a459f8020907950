"""Honesty when the topic names another person: a report that names both people beside
someone's words is no sign the words are about the topic's other words."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "final.txt": """Kestrels edge the cup final

Kestrels beat Harriers 21-18 in the cup final, with fly-half Dara Quinlan kicking four
penalties against a Harriers side led by Joss Mbeki.

"I felt calm over every kick," Quinlan said. Mbeki said: "We gave away too many penalties."
""",
    "training.txt": """Harriers look to the spring

Joss Mbeki said the Harriers squad would train at altitude in the spring.

"The hills make you honest," Mbeki said of the tackling drills his coaches set.
""",
    "weather.txt": """Frost delays the season

Groundsmen said the frost had left three pitches too hard to play on this week.
""",
}


@pytest.fixture(scope="module")
def final_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("beside"), ARTICLES)


def test_words_beside_only_a_name_of_the_topic_are_not_about_it(final_index: Index) -> None:
    result = answer(final_index, "What did Dara Quinlan say about Joss Mbeki's tackling?")
    assert not result.found  # Quinlan's words sit beside Mbeki's name, never his tackling
    assert result.lead.startswith("Dara Quinlan said nothing about Joss Mbeki's tackling")


def test_a_topic_that_is_only_a_name_is_still_near_its_words(final_index: Index) -> None:
    result = answer(final_index, "What did Dara Quinlan say about Joss Mbeki?")
    assert result.speaker == "Dara Quinlan"
    assert "said nothing" not in result.lead


def test_words_beside_the_topics_other_words_still_answer(final_index: Index) -> None:
    result = answer(final_index, "What did Joss Mbeki say about Dara Quinlan's penalties?")
    assert result.found
    assert result.quotes and result.quotes[0].speaker == "Joss Mbeki"


def test_a_name_typed_in_lower_case_in_the_topic_counts_as_a_name(final_index: Index) -> None:
    result = answer(final_index, "what did dara quinlan say about joss mbeki's tackling")
    assert not result.found
