"""A country asked by its everyday name ("America") is also the short name the stories write
for it ("the US"): when the first answer refuses or its best sentence writes no short name,
the answer found for the short name is shown if its best sentence writes it, and the lead says
so. Only a name standing alone for the country counts ("Latin America" does not). A question
refused for words the passages lack is asked again with the country a nationality, a people or
initials typed stand for ("koreans": "Korea", "usa": "United States")."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import Answer, answer
from qabot.search.answer_record import MISSING_LEAD, NONE_GIVES
from qabot.search.country_names import country_forms, nationality_forms
from tests.support.indexes import index_of

# our own: a film topping the US chart, and a coach talking of America
ARTICLES = {
    "chart.txt": (
        "Cartoon tops chart\n\n"
        "Animated film Copper Gears has opened at the top of the US box office chart, taking "
        "$20m in its first weekend."
    ),
    "coach.txt": (
        "Coach talks straight\n\n"
        "The coach said his straight talking had made him few friends among officials back in "
        "America, where he coached for ten years and went straight to the top."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("countries")), ARTICLES)


def test_america_is_asked_as_the_us_the_stories_write(index: Index) -> None:
    result = answer(index, "did copper gears go straight to the top in america")
    assert result.found
    assert "top of the US box office chart" in result.passages[0].passage.text
    assert result.lead.endswith("(“america” as “US”):")


@pytest.mark.parametrize(
    ("question", "typed"),
    [
        ("when will china have more users than america", ["america"]),
        ("is America's economy growing", ["America"]),
        ("growth in latin america", []),
        ("bank of america lawsuit", []),
        ("america online profits", []),
    ],
)
def test_only_a_name_standing_alone_for_the_country_is_read_as_it(
    question: str, typed: list[str]
) -> None:
    assert [form.typed for form in country_forms(question)] == typed


# our own: a card firm counting its users by country, a cup match told by the country's name,
# and a story of students from two countries
NATIONS = {
    "card.txt": (
        "Card firm rescued\n\n"
        "Creditors of Brightcard have agreed a rescue of the firm. At least seven million "
        "people in South Korea use Brightcard cards for purchases.\n\n"
        "South Korea's consumer credit market has been recovering from a crisis."
    ),
    "cup.txt": (
        "Slovakia reach cup final\n\n"
        "Slovakia beat the Netherlands to reach the final of the Perth mixed cup. In the other "
        "group match, the United States defeated Australia 2-1."
    ),
    "tour.txt": ("Coaches stay\n\nTennis coaches in the USA said the tour would go on."),
    "fees.txt": (
        "Fee factor played down\n\n"
        "Applications from England and Wales to Scottish universities rose by 17% this year, "
        "figures show."
    ),
    "koreans.txt": (
        "Koreans queue for phones\n\n"
        "Young South Koreans queued overnight for the new handsets, and Koreans bought more "
        "than a million in the first week."
    ),
    "japan.txt": (
        "Bank shares jump\n\n"
        "Shares in two Japanese lenders jumped amid talk of a merger, and Japanese regulators "
        "have held discussions with both firms. Banks in Japan seek alliances to boost profits."
    ),
}


@pytest.fixture(scope="module")
def nations(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("nations")), NATIONS)


@pytest.mark.parametrize(
    ("question", "written", "note"),
    [
        (  # typed with capitals: a name the passages must write (typed in lower case, a
            # guess dropped for the best passage's "South Korea": `test_outscored_guesses`)
            "how many South Koreans have a brightcard card",
            "seven million people in South Korea",
            "(“Koreans” as “Korea”):",
        ),
        (
            "what happened in the usa v australia perth cup match",
            "the United States defeated Australia",
            "(“usa” as “United States”):",
        ),
    ],
)
def test_a_refused_question_is_asked_again_with_the_country_its_people_are_of(
    nations: Index, question: str, written: str, note: str
) -> None:
    result = answer(nations, question)
    assert result.found
    assert written in result.passages[0].passage.text
    assert result.lead.endswith(note)


@pytest.mark.parametrize(
    ("question", "typed", "country"),
    [
        ("how many south koreans have a brightcard card", ["koreans"], ["Korea"]),
        ("usa v australia", ["usa"], ["United States"]),
        ("english and welsh students", ["english", "welsh"], ["England", "Wales"]),
        ("japanese regulators", ["japanese"], ["Japan"]),
        ("brightcard rescue", [], []),  # no nationality
        ("republican senators", [], []),  # no country the archive writes
    ],
)
def test_nationalities_are_read_as_the_countries_the_archive_writes(
    nations: Index, question: str, typed: list[str], country: list[str]
) -> None:
    refused = Answer(question, False, f"{MISSING_LEAD} “x”.")
    forms = nationality_forms(nations, question, refused)
    assert [form.typed for form in forms] == typed
    assert [form.other for form in forms] == country


def test_a_refusal_for_what_the_passages_do_not_tell_stands(nations: Index) -> None:
    told = Answer("why did japanese regulators block it", False, f"{NONE_GIVES} “x” gives “y”.")
    assert nationality_forms(nations, told.question, told) == []


def test_a_question_asked_again_with_the_country_must_be_matched_whole(tmp_path: Path) -> None:
    # asked with "Korea", the best passage holds "Korea" and "pilots" but not "ferry": some of
    # the question's words are no answer to it, and the refusal stands
    articles = {
        "fog.txt": "Fog again\n\nPilots hate fog, and pilots want fog lamps in Korea.\n",
        "ferry.txt": "Ferry\n\nThe island ferry will sail twice a day from April.\n",
        "museum.txt": "Museum\n\nThe town museum reopened after two years of repairs.\n",
        "bakery.txt": "Bakery\n\nA new bakery opened on the high street on Saturday.\n",
        "koreans.txt": "Koreans\n\nKoreans queued for bread.\n",
    }
    index = index_of(tmp_path, articles)
    assert answer(index, "Korea pilots ferry").lead.startswith("The best passages have")
    result = answer(index, "koreans pilots ferry")
    assert not result.found
    assert "no passage holds most of it" in result.lead
