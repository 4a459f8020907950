"""A year asked names which edition of a thing: passages that lack it answer another question,
unless it is a year the archive mostly writes of (its own time, often left unwritten). Through
answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_years import naming_years, own_years
from tests.support.indexes import index_of

ARTICLES = {
    "final.txt": "Dunmore take the cup\n\nA late goal from Ines Calder gave Dunmore victory "
    "in the Harbour Cup final. Kelso had led at half-time.\n",
    "budget.txt": "Council budget\n\nThe council set its 1998 budget on Monday. Roads get "
    "more money in 1998.\n",
    "fares.txt": "Rail fares\n\nRail fares rise in 1998, the operator said. Season tickets "
    "cost more too.\n",
    "host.txt": "Harbour Cup venue\n\nKelso will host the 2009 Harbour Cup, organisers said. "
    "A new stand will be built by 2011.\n",
    "weather.txt": "Wet spring\n\nForecasters expect a wet spring in 1998 across the valley.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry runs twice a day. The ferry timetable "
    "changes in 1998.\n",
    "growth.txt": "Growth forecast\n\nThe Kelso economy will grow 2.8% in 2012, the "
    "forecasters said, as exports pick up.\n",
    "thorvald.txt": "Thorvald growth\n\nGrowth in Thorvald slowed in the spring as exports "
    "fell, the Thorvald trade office said.\n",
    "vote.txt": "Thorvald vote\n\nVoters in Thorvald chose a new mayor on Sunday.\n",
    "trade.txt": "Harbour trade\n\nGrowth in harbour trade lifted the port's profits.\n",
    "towns.txt": "Valley towns\n\nThe valley towns saw growth in visitors this summer.\n",
    "riots.txt": "Fuel riots\n\nFuel price riots spread through the northern valley towns as "
    "crowds burned tyres outside the fuel depots.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("asked_years"), ARTICLES)


def test_the_years_the_archive_mostly_writes_of_are_its_own(index: Index) -> None:
    assert own_years(index) == {"1998"}
    assert naming_years(index, ["1998", "2009", "cup"]) == {"2009"}


def test_who_won_an_edition_of_another_year_is_not_answered_by_another_edition(
    index: Index,
) -> None:
    # Dunmore's victory is of no year written; the 2009 cup is only to be hosted
    result = answer(index, "who won the 2009 harbour cup")
    assert not result.found and not result.passages


def test_who_won_an_edition_of_the_archives_own_time_is_answered_without_its_year(
    index: Index,
) -> None:
    result = answer(index, "who won the 1998 harbour cup")
    assert result.found
    assert "Dunmore victory" in result.passages[0].passage.text


def test_passages_lacking_a_year_not_of_the_archives_time_answer_nothing(index: Index) -> None:
    result = answer(index, "ferry timetable 2009")
    assert not result.found and not result.passages
    assert result.lead == (
        "Nothing in the articles answers “ferry timetable 2009”: the best passages have "
        "“ferry” and “timetable” but not “2009”."
    )


def test_a_story_whose_article_never_mentions_the_year_asked_answers_nothing(
    index: Index,
) -> None:
    # the riots are of no year written: "2011" asks of other riots, though the passage holds
    # every other word of the question
    result = answer(index, "northern valley fuel price riots 2011")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “northern valley fuel price riots 2011” is "
        "from an article that mentions “2011”."
    )
    assert answer(index, "northern valley fuel price riots").found


def test_the_passages_of_the_year_asked_that_lack_a_name_asked_are_about_another(
    index: Index,
) -> None:
    # the 2012 forecast is Kelso's: Thorvald's passages give no year, the year's no Thorvald
    result = answer(index, "thorvald growth 2012")
    assert not result.found and not result.passages
    assert result.lead.endswith("but not “thorvald”.")
    assert answer(index, "kelso growth 2012").found
