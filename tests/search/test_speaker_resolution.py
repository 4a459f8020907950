"""The question's speaker resolved against the directory when it names them differently from
the articles: a role whose owner another body's role stands beside, an acronym the article
spells out, a bare role many people hold, a headline's "<owner> <role> on Y". Through
answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "players.txt": "Music players sell well\n\nSales of Pear music players doubled last year. "
    "Ivo Lindqvist, a research director at analyst Quantex, said that Pear had done a good "
    'job. "They have built a seamless package," he said.\n',
    "cards.txt": "Card firm rescue talks\n\n"
    '"Creditors would seek sanctions against the group if the card firm is liquidated," said '
    "Han Ji-woo, governor of Northern Harbour Bank (NHB) - one of its creditors.\n\n"
    "Ferry operators said the talks would go on all week.\n",
    "budget.txt": "Budget unveiled\n\nFinance minister Ruth Okoro presented the budget to "
    'parliament. "This budget cuts taxes for every worker," Ms Okoro said.\n',
    "schools.txt": "Schools plan\n\nEducation minister Paul Dine opened three schools. "
    '"Every child deserves a good school," Mr Dine said.\n',
    "roads.txt": "Roads plan\n\nTransport minister Lena Marr said the new road would open in "
    'May. "Drivers will save an hour," Ms Marr said.\n',
    "fund.txt": "Fund warns\n\nCentral bank chief Omar Sleet of the Meridian Fund warned of "
    'rising prices. "Inflation is the threat this year," Mr Sleet said of the economy.\n',
}


@pytest.fixture(scope="module")
def roles_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("resolution"), ARTICLES)


def test_a_role_held_at_another_body_is_not_the_owner_asked_about(roles_index: Index) -> None:
    # the analyst's sentence names Pear, but his role is "research director at Quantex"
    result = answer(roles_index, "what did the Pear boss say?")
    assert result.speaker is None
    assert result.quotes == []
    assert answer(roles_index, "what did the Quantex research director say?").speaker == (
        "Ivo Lindqvist"
    )


def test_an_owner_asked_by_its_acronym_is_the_name_it_stands_for(roles_index: Index) -> None:
    result = answer(roles_index, "What did the NHB governor threaten?")
    assert result.speaker == "Han Ji-woo"
    assert "Creditors would seek sanctions" in result.quotes[0].quote.text


def test_a_bare_role_many_hold_with_no_topic_asks_which(roles_index: Index) -> None:
    result = answer(roles_index, "what did the minister say?")
    assert result.speaker is None and result.quotes == []
    assert set(result.choices) == {"Ruth Okoro", "Paul Dine", "Lena Marr"}
    assert result.lead.startswith("Several people the articles call the minister are quoted.")
    assert result.to_json()["choices"] == list(result.choices)


def test_a_bare_role_goes_to_the_holder_the_topic_points_at(roles_index: Index) -> None:
    result = answer(roles_index, "what did the minister say about the new road?")
    assert result.speaker == "Lena Marr"
    assert result.quotes and {hit.speaker for hit in result.quotes} == {"Lena Marr"}


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Finance minister on the budget", "Ruth Okoro"),
        ("Meridian Fund chief on inflation", "Omar Sleet"),
    ],
)
def test_a_headline_naming_a_role_asks_what_its_holder_said(
    roles_index: Index, question: str, speaker: str
) -> None:
    result = answer(roles_index, question)
    assert result.speaker == speaker
    assert result.quotes and result.quotes[0].speaker == speaker


def test_a_headline_role_nobody_holds_stays_a_search(roles_index: Index) -> None:
    result = answer(roles_index, "Pear boss on music players")
    assert result.speaker is None and result.quotes == []
