"""A year of the archive's own time may go unwritten where a passage says nothing of its year,
but passages that each write other years, never the one asked, tell of those: no answer. So
does a passage writing no year whose story writes other years in another passage. Through
answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_years import own_years
from tests.support.indexes import index_of

# Ferra Bank's profits are of 1996 and 1997 only; its staff of no year written
ARTICLES = {
    "bank.txt": "Ferra Bank profits climb\n\nFerra Bank made pre-tax profits of £4.6bn for "
    "the year to December. It was the first bank to report its 1997 results.\n",
    "bank_old.txt": "Ferra Bank shares up\n\nIn 1996, Ferra Bank reported pre-tax profits of "
    "£3.8bn, and it forecast similar gains in 1997.\n",
    "staff.txt": "Ferra Bank hires\n\nFerra Bank employs 7,000 staff in its branches.\n",
    "museum.txt": "Museum anniversary\n\nThe harbour museum opened in 1996.\n",
    "budget.txt": "Council budget\n\nThe council set its 1998 budget on Monday.\n",
    "fares.txt": "Rail fares\n\nRail fares rise in 1998, the operator said.\n",
    "weather.txt": "Wet spring\n\nForecasters expect a wet spring across the valley.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday.\n",
    "port.txt": "Harbour trade\n\nGrowth in harbour trade lifted the port's takings.\n",
    "towns.txt": "Valley towns\n\nThe valley towns saw more visitors this summer.\n",
    # a story of 1996's and 1997's cases in its first passage, of none written in its last
    "fraud.txt": "Harbour fraud counted\n\nThe harbour audit office counted 922 cases of "
    "reported fraud at the port in 1997, up from 831 cases in 1996, and it said the rise came as "
    "more traders filed their own returns on time. Officials said the count was the highest "
    "since records began, and traders were urged to check every invoice they sent to the "
    "office.\n\nAuditors warned that smugglers now hide their goods in empty grain sacks, and "
    "that the port has too few inspectors to open more than one container in ten. The office "
    "asked for twelve more inspectors, who would each cost the port a modest sum, and the "
    "harbour board will meet to discuss the request next month.\n\nInspectors at the grain "
    "quay opened forty sacks last week and found tobacco in nine of them. The board said "
    "smuggling cases at the grain quay would be studied by a panel of traders, inspectors and "
    "auditors, who will report to the harbour board in the spring with ideas for closing the "
    "gaps that smugglers use.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("own_years"), ARTICLES)


def test_passages_of_other_years_do_not_answer_an_own_year(index: Index) -> None:
    assert own_years(index) == {"1996", "1997", "1998"}
    result = answer(index, "ferra bank pre-tax profits 1998")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “ferra bank pre-tax profits 1998” is of “1998”: "
        "they report “1996” and “1997”."
    )


def test_a_passage_of_a_story_of_other_years_does_not_answer_an_own_year(index: Index) -> None:
    result = answer(index, "grain quay smuggling cases 1998")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “grain quay smuggling cases 1998” is of “1998”: "
        "they report “1996” and “1997”."
    )


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("ferra bank pre-tax profits 1997", "its 1997 results"),
        # its story writes 1997 in another passage: this one may be of 1997 too
        ("grain quay smuggling cases 1997", "smuggling cases at the grain quay"),
        ("ferra bank staff 1998", "7,000 staff"),  # no year written: it may be of 1998
    ],
)
def test_a_passage_of_the_year_or_of_no_year_written_answers(
    index: Index, question: str, given: str
) -> None:
    result = answer(index, question)
    assert result.found and given in result.passages[0].passage.text
