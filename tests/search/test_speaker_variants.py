"""A speaker phrase written otherwise than the articles write it (British or American spelling,
a body's name in full where the story uses its initials), a body quoted under a description
or through a spokesman nobody names, and roles tied to their owner only by what the article
says of a person, never by the common words they are quoted saying. Through answer(), on
short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.questions import parse_speech_question
from tests.support.indexes import index_of

ARTICLES = {
    "drill.txt": "Navy drill planned\n\nUS Defense Secretary Kara Linden said the drill would "
    'go ahead in March. "We will not be deterred by threats," Ms Linden said.\n',
    "water.txt": "Water bills to rise\n\nThe Northfield Water Board (NWB) will raise bills in "
    'April. "Pipes across the county need replacing," NWB chief executive Olu Adeyemi said.\n',
    "border.txt": "Border patrols doubled\n\nTarvik border guard Ilse Brun said the crossings "
    'were calm. "We see fewer people each week," Ms Brun said. "Nobody has been turned back," '
    'she said. "The weather keeps them home," she added.\n\n'
    "The Tarvik border command said patrols had doubled along the river.\n",
    "trains.txt": "Norvale Rail cuts timetable\n\nNorvale Rail will run fewer trains in "
    'winter. A spokesman for Norvale Rail said: "Passengers will be told of every change."\n\n'
    "The bid for the rail firm was undervalued, said Ivo Petters, a spokesman for Kestrel "
    "Funds, one of its shareholders.\n",
    "festival.txt": "Festival opens in Brenna\n\nThe Brenna film festival opened on Friday. "
    '"As much as the press argues that we have changed, we have not," festival director Wim '
    'Okafor said. "Brenna is still a place for new film-makers," Mr Okafor said.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("variants"), ARTICLES)


def _speaker(index: Index, question: str) -> str | None:
    return answer(index, question, top=5).speaker


def test_a_role_spelt_the_british_way_finds_the_american_one(index: Index) -> None:
    result = answer(index, "what did the us defence secretary say about the drill", top=5)
    assert result.speaker == "Kara Linden"
    assert any("deterred" in hit.quote.text for hit in result.quotes)


def test_an_owner_written_out_finds_the_role_the_story_gives_under_its_initials(
    index: Index,
) -> None:
    assert _speaker(index, "what did the northfield water board chief say") == "Olu Adeyemi"


def test_a_body_quoted_under_a_description_is_the_one_those_words_mean(index: Index) -> None:
    result = answer(index, "what did the tarvik border command say", top=5)
    assert result.speaker == "the Tarvik border command"
    assert [hit.speaker for hit in result.quotes] == ["the Tarvik border command"]


def test_a_spokesman_nobody_names_is_the_body_he_speaks_for(index: Index) -> None:
    result = answer(index, "what did the norvale rail spokesman say", top=5)
    assert result.speaker == "Norvale Rail"
    assert all(hit.speaker != "Ivo Petters" for hit in result.quotes)


def test_a_spokesman_for_another_body_is_not_the_storys(tmp_path: Path) -> None:
    # Ivo Petters speaks for a shareholder, in a story about the exchange
    index = index_of(
        tmp_path,
        {
            "bid.txt": "Orland Exchange rejects bid\n\nThe Orland Exchange turned down the "
            'offer. "We would rather see the cash returned to us," said Ivo Petters, a '
            "spokesman for Kestrel Funds, one of its shareholders.\n"
        },
    )
    result = answer(index, "what did the orland exchange spokesman say", top=5)
    assert result.speaker != "Ivo Petters"
    assert not result.quotes


def test_words_someone_is_quoted_saying_do_not_give_them_a_role(index: Index) -> None:
    # Wim Okafor spoke of the press; he is no head of press
    result = answer(index, "what did the head of press say", top=5)
    assert result.speaker != "Wim Okafor"
    assert not result.quotes


def test_a_speech_verb_after_of_is_part_of_the_role() -> None:
    speech = parse_speech_question("what did the club's head of press say about the ban")
    assert speech is not None
    assert speech.speaker == "the club's head of press"
    assert speech.topic == "the ban"
    assert speech.asked == "said about the ban"


def test_a_name_is_not_respelt(index: Index) -> None:
    # no one is called "Lindense": a name keeps its spelling, and nobody is found
    result = answer(index, "what did kara lindence say", top=5)
    assert result.speaker in {None, "Kara Linden"}  # a misspelling may be read as her
    assert all(hit.speaker == "Kara Linden" for hit in result.quotes)


def test_the_american_spelling_of_a_british_role_works_too(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "harbour.txt": "Harbour to expand\n\nThe harbour would double in size, harbour "
            'master Tom Eske said. "Ships are getting bigger," Mr Eske said.\n'
        },
    )
    assert _speaker(index, "what did the harbor master say") == "Tom Eske"


def test_a_first_name_finds_someone_quoted_by_a_title_alone(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "bid.txt": "Games bid goes on\n\nThe city's bid for the games goes on, Lord Vellan "
            'said. "We have the best stadium plan," Lord Vellan said.\n',
            "runner.txt": "Old champion\n\nThe young runner was compared to Sebastian Vellan "
            "in his early days.\n",
        },
    )
    result = answer(index, "what did seb vellan say about the bid", top=5)
    assert result.speaker == "Lord Vellan"
    assert result.quotes
    # a first name no article writes before the surname is nobody's
    other = answer(index, "what did mary vellan say about the bid", top=5)
    assert other.speaker is None and not other.quotes


def test_a_body_asked_by_its_name_is_itself_not_a_branch_quoted_as_often(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "milk.txt": "Milk price row\n\n"
            + "".join(f'"{w}," the NFU said.\n\n' for w in ("Prices are too low", "Farms close"))
            + '"Dairies must pay more," the NFU said.\n',
            "wales.txt": "Welsh farms\n\n"
            + "".join(f'"{w}," the Welsh NFU said.\n\n' for w in ("Hills are empty", "Rain"))
            + '"Lamb sells well," the Welsh NFU said.\n',
        },
    )
    result = answer(index, "what did nfu say", top=5)  # as "ukip", "labour" are typed
    assert result.speaker == "NFU"
    assert {hit.speaker for hit in result.quotes} == {"NFU"}


def test_a_hyphenated_owner_is_the_roles_owner_not_dropped(tmp_path: Path) -> None:
    # "the dale-vista chief" is no chief at all: nobody is tied to Dale-Vista, so nobody
    index = index_of(
        tmp_path,
        {
            "bank.txt": "Bank results\n\nHarbour Bank chief Ana Soto said profits rose. "
            '"It was a good year," Ms Soto said.\n',
            "mill.txt": "Mill closes\n\nThe Dale-Vista paper mill will close in May, its "
            "owners said.\n",
        },
    )
    assert _speaker(index, "what did the harbour bank chief say") == "Ana Soto"
    result = answer(index, "what did the dale-vista chief say about the mill", top=5)
    assert result.speaker is None
    assert not result.quotes


def test_initials_no_article_writes_beside_the_owner_do_not_stand_for_it(tmp_path: Path) -> None:
    # "KHT chief executive" is all the story says: nothing writes "Kestrel Harbour Trust"
    # beside "KHT", which may stand for any body
    index = index_of(
        tmp_path,
        {
            "fees.txt": 'Harbour fees rise\n\nFees will rise in May. "Costs have doubled," '
            "KHT chief executive Rina Holt said.\n",
            "pier.txt": 'Pier repaired\n\nThe pier has been repaired. "It is safe again," '
            "engineer Sam Dove said.\n",
        },
    )
    assert _speaker(index, "what did the kestrel harbour trust chief say") is None
    assert _speaker(index, "what did the KHT chief executive say") == "Rina Holt"
