"""'Who said <setting> that <words>?': the words said, apart from the scene set before them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.said_clause import said_terms
from qabot.text import tokenize
from tests.support.indexes import index_of


@pytest.mark.parametrize(
    ("topic", "verb", "said"),
    [
        ("during the boardroom row that claims about his budget were untrue", "said",
         "claims about his budget were untrue"),
        ("in the Times that a pedestrian hit at 40mph will die", "wrote",
         "a pedestrian hit at 40mph will die"),
        ("talking about TV, that cable was too costly", "said", "cable was too costly"),
        ("the judge that the firm was the only real bidder", "told",
         "the firm was the only real bidder"),
        # no setting: what comes before "that" is part of the words
        ("it bleakly ironic that the policy was unfair", "called", None),
        ("suggestions that the site was a copy", "dismissed", None),
        ("the problem was not that the council backed the plan", "said", None),
        ("the fans that it was over", "told", None),  # too few words after "that"
        # a setting closing the topic after a comma
        ("the tram fares were far too high, at the spring conference", "said",
         "the tram fares were far too high"),
        ("the upturn could not last, after the bank cut its forecast", "warned",
         "the upturn could not last"),
        # no comma, or no setting after it, or too long a phrase: all of it was said
        ("the fares were too high at the spring conference", "said", None),
        ("the fares were too high, and the trams too slow", "said", None),
        ("fares were high, during a long and bitter row over the cost of the new line", "said",
         None),
        ("late, at noon", "said", None),  # too few words before the setting
    ],
)  # fmt: skip
def test_the_words_said_are_the_clause_after_a_setting(
    topic: str, verb: str, said: str | None
) -> None:
    assert said_terms(topic, verb) == (tokenize(said) if said else [])


@given(st.text(), st.one_of(st.none(), st.text()))
def test_said_terms_are_words_of_the_topic(topic: str, verb: str | None) -> None:
    assert set(said_terms(topic, verb)) <= set(tokenize(topic))


ROW = {
    "row.txt": "Rovers boardroom row goes on\n\n"
    "The boardroom row at Dunmore Rovers went on for a third week. "
    '"This boardroom row over the claims has to end now," said director Jo Pike. '
    'Manager Ed Moss was asked about reports of his spending. "The budget story is untrue," '
    "said Moss.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def row_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("row"), ROW)


TRAMS = {
    "trams.txt": "Tram row goes on\n\n"
    "The council row over the trams went on for a third week. "
    '"This council row over the trams and their fares has to end," said councillor Ann Bell. '
    'Asked about the cost of a ticket, Tom Vale of the transport board said: "The fares were '
    'far too high."\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


def test_a_quote_is_weighed_by_the_words_said_not_a_closing_setting(
    tmp_path: Path,
) -> None:
    # Bell's words hold the setting ("council row", "trams") and "fares"; Vale's what was said
    index = index_of(tmp_path, TRAMS)
    result = answer(index, "who said the fares were far too high, during the council row over "
                    "the trams?")  # fmt: skip
    assert [hit.speaker for hit in result.quotes][:1] == ["Tom Vale"]


def test_a_quote_is_weighed_by_the_words_said_not_the_setting(row_index: Index) -> None:
    # Pike's words hold the setting ("boardroom row") and "claims"; Moss's hold what was said
    result = answer(row_index, "who said during the boardroom row that claims about his budget "
                    "were untrue?")  # fmt: skip
    assert [hit.speaker for hit in result.quotes][:1] == ["Ed Moss"]
