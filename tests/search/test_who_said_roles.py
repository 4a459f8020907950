"""'Which <role> said ...?': the words before a speaker's name where they are quoted count as
their role, even where no role noun made the articles record one."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "pact.txt": "Chancellor defends the pact\n\n"
    "Chancellor Tom Vale told MPs the pact rules were a fake and could change again. "
    '"The terms for entry are unchanged by this decision on the pact," Mr Vale said. '
    "But fellow Tory David Finch said the pact was a folly. "
    '"The pact rules have turned out to be a fake," he said.\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def pact_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("pact"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("which tory said the pact rules were a fake?", "David Finch"),  # "fellow Tory X said"
        ("who said the pact rules were a fake?", "Tom Vale"),  # no role asked: the best words
    ],
)
def test_words_before_a_name_where_it_is_quoted_are_a_role(
    pact_index: Index, question: str, speaker: str
) -> None:
    result = answer(pact_index, question)
    assert [hit.speaker for hit in result.quotes][:1] == [speaker]


PARTIES = {
    "rates.txt": "Rates row in the chamber\n\n"
    "Minister Alan Hart said rates would stay low for years. "
    '"Rates will stay low while I am here," Mr Hart said. '
    "Conservative MP Ruth Colley said rates would rise by the spring. "
    '"Rates will rise and families will pay," said Ms Colley.\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def party_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("parties"), PARTIES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("which tory said rates would change?", "Ruth Colley"),  # "Conservative MP Ruth Colley"
        ("which Tories said rates would change?", "Ruth Colley"),
        ("who said rates would change?", "Alan Hart"),  # no party asked: the best words
    ],
)
def test_a_party_asked_by_its_other_name_finds_its_member(
    party_index: Index, question: str, speaker: str
) -> None:
    result = answer(party_index, question)
    assert [hit.speaker for hit in result.quotes][:1] == [speaker]


FIRM = {
    "quits.txt": "Councillor leaves law firm\n\n"
    "Councillor Owen Rees has resigned as a partner of Hale Brothers after a row over his "
    "interests. Opposition leader Gwen Parry said Mr Rees had been wise to go. "
    '"It was the only decent thing left for him to do," she said. '
    "Mark Dunn, senior partner of Hale Brothers, said Mr Rees had planned to retire this year. "
    'He added: "We fully understand his reasons and wish him well."\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def firm_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("firm"), FIRM)


def test_the_role_asked_counts_as_found_for_a_speaker_who_holds_it(firm_index: Index) -> None:
    # only "Rees" of the topic is in his words ("stepping down" is not): the firm asked about
    # is who he is, so his words answer the question rather than nothing
    result = answer(firm_index, "who at Hale Brothers commented on Rees stepping down?")
    assert result.found
    assert [hit.speaker for hit in result.quotes][:1] == ["Mark Dunn"]


MATCH = {
    "open.txt": "Vale wins opening match\n\n"
    "Tom Vale beat Ivo Marek 6-2 6-3 in the first round of the Lakeside Open on Monday. "
    '"I am happy with my first match of the season," said Marek. '
    "Vale had not played for three months. "
    '"I am happy with my first match back," said the American.\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def match_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("match"), MATCH)


def test_a_description_standing_for_the_name_where_a_quote_is_given_is_a_role(
    match_index: Index,
) -> None:
    # "said the American": the words beside the cue of a sentence that does not name its
    # speaker describe them, so "which American" finds Vale, not Marek, who says as much
    result = answer(match_index, "which american was happy with his first match?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Tom Vale"]


INITIALS = {
    "fuel.txt": "Fuel supplier offers creditors a deal\n\n"
    "The jet fuel supplier has offered to repay its creditors after heavy trading losses. "
    "NHF said it would pay $30m out of its own resources.\n",
    "oil.txt": "Oil traders count the cost\n\n"
    'Broker Rita Moss said: "Creditors in the oil trade will count their losses for years."\n',
    "airline.txt": "Airline keeps its flights\n\n"
    "The airline will not cut routes despite the strike by its cabin crew. "
    "South Coast Air said it would keep its timetable for the summer.\n",
    "union.txt": "Cabin crew walk out\n\n"
    'Union organiser Joe Lark said: "The strike will go on all summer."\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def initials_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("initials"), INITIALS)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        (
            "who spoke for North Harbour Fuel about repaying creditors after its futures losses",
            "NHF",
        ),
        ("who spoke for SCA about its routes in the strike this summer", "South Coast Air"),
    ],
)
def test_a_body_asked_by_its_initials_or_its_full_name_holds_the_role_of_the_other(
    initials_index: Index, question: str, speaker: str
) -> None:
    result = answer(initials_index, question)
    assert [hit.speaker for hit in result.quotes][:1] == [speaker]


PIER = {
    "pier.txt": "Old pier closes\n\n"
    "The old pier closed on Monday after a storm. "
    'Tom Vale, from the Harbour Trust, said: "The pier is unsafe." '
    'Shop owner Ann Bell said: "The old pier was unsafe for walkers all winter."\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def pier_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("pier"), PIER)


def test_words_set_off_after_a_name_describe_its_speaker(pier_index: Index) -> None:
    # "Tom Vale, from the Harbour Trust, said" makes him of the trust; Ann Bell's words hold
    # more of the question, but she holds none of the role asked while he holds it
    result = answer(pier_index, "which harbour trust official said the old pier was unsafe?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Tom Vale"]
    result = answer(pier_index, "who said the old pier was unsafe for walkers?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ann Bell"]


FERRY = {
    "ferry.txt": "Ferry service cut\n\n"
    "The ferry service was cut on Monday. "
    'Tom Vale of the Harbour Trust, a Leeds-based charity, said: "The ferry cut is a disgrace." '
    '"The new timetable is fine," said Jo Hart from shipping firm Calder. '
    'Commuter Ann Bell said: "The ferry cut is a disgrace for the town, and the new timetable '
    'is fine for nobody."\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def ferry_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("ferry"), FERRY)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # "X of the Harbour Trust, a Leeds-based charity, said": the body's apposition describes
        # him, though Ann Bell's words hold more of the question
        ("who from a leeds charity said the ferry cut was a disgrace for the town?", "Tom Vale"),
        # "said X from shipping firm Calder"
        ("who from shipping firm calder said the new timetable was fine for nobody?", "Jo Hart"),
        ("who said the ferry cut was a disgrace for the town?", "Ann Bell"),
    ],
)
def test_a_body_phrase_after_a_name_describes_its_speaker(
    ferry_index: Index, question: str, speaker: str
) -> None:
    result = answer(ferry_index, question)
    assert [hit.speaker for hit in result.quotes][:1] == [speaker]
