"""A name asked that no passage shown holds, however light beside the question's other words
("google share price 2010" over passages on computer prices by 2010), answers nothing: the
passages are about something else (`partial_match.unheld_name`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "forecast.txt": (
        "Computer sales to double\n\n"
        "The share of homes with a computer will double by 2010, analysts say, as the price "
        "of a basic machine falls below £200."
    ),
    "search.txt": (
        "Quorvane opens an office\n\n"
        "Search firm Quorvane opened an office in Dublin on Monday. Quorvane hired 40 staff."
    ),
    "search2.txt": (
        "Quorvane buys a maps firm\n\n"
        "Quorvane has bought a small maps firm. A Quorvane spokesman gave no figure."
    ),
    "ferry.txt": (
        "Ferry fares rise\n\nFerry fares will rise in spring, the operator said on Tuesday."
    ),
    "floods.txt": ("Floods close roads\n\nHeavy rain closed roads across the county on Monday."),
    "register.txt": (
        "Register of interests\n\n"
        "The register shows Corlan Vesk earning up to £80,000 on top of his MPs' salary."
    ),
    "byelection.txt": ("By-election called\n\nThe MP for Harrowfield stood down on Friday."),
    "carmaker.txt": (
        "Carmaker hires a chief\n\n"
        "Carmaker Veltran named Ines Marrow as its chief. Ms Marrow said sales would grow."
    ),
    "sprint.txt": (
        "Vell runs fast\n\n"
        "Tomas Vell ran the fastest indoor 400m of the year. The Olympic silver medallist "
        "won by a stride."
    ),
    "roads.txt": ("Ring road opens\n\nA sixth ring road opened in Beijing on Sunday."),
    "games.txt": ("Games plans\n\nThe Olympics will cost more than planned."),
    "coach.txt": (
        "Farrow turns to a coach\n\n"
        "Sprinter Dane Farrow has taken advice from the former champion Ardo Kessling."
    ),
    "bakery.txt": ("Bakery opens\n\nThe Kesling family opened a bakery on the high street."),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("light")), ARTICLES)


def test_a_light_name_no_passage_shown_holds_makes_the_answer_honest(index: Index) -> None:
    result = answer(index, "quorvane share price 2010")
    assert not result.found and not result.passages
    assert result.lead.startswith("Nothing in the articles answers “quorvane share price 2010”:")
    assert result.lead.endswith("but not “quorvane”.")


def test_a_name_held_by_its_other_word_still_answers(index: Index) -> None:
    # "Ms Marrow": the given name the passage leaves out is part of the name it holds
    result = answer(index, "why did veltran name ines marrow chief")
    assert result.found and "Marrow" in result.passages[0].passage.text


def test_a_month_the_passages_lack_is_no_name_asked(index: Index) -> None:
    result = answer(index, "computer share price 2010 in january")
    assert result.found and "double by 2010" in result.passages[0].passage.text


def test_an_acronyms_plural_holds_it(index: Index) -> None:
    # "MPs'" is one term and "MP" another (the stemmer drops no "s" after "mp"): the
    # passage holds the "mp" asked, which the archive writes as a name
    result = answer(index, "how much does corlan vesk earn on top of his mp salary")
    assert result.found and "MPs' salary" in result.passages[0].passage.text


def test_a_name_of_which_one_no_article_shown_writes_makes_the_answer_honest(
    index: Index,
) -> None:
    # the passage holds "Olympic" but its article never writes "Beijing": another Olympics
    result = answer(index, "tomas vell beijing olympics 400m gold")
    assert not result.found and not result.passages
    assert result.lead.endswith("but not “beijing”.")


def test_a_name_typed_one_letter_from_the_one_written_still_answers(index: Index) -> None:
    # "kesling" is another article's word, so no correction is made, and the passage writes
    # "Kessling": one letter from what was typed, beside the "Ardo" it holds, the same name
    result = answer(index, "dane farrow advice from ardo kesling")
    assert result.found and "Ardo Kessling" in result.passages[0].passage.text


# a light name ("kellport") the best passage lacks, held by a relevant passage below it that
# holds most of the question too: the archive matches the question whole
PORTS = {
    "pilots.txt": "Harbour pilots strike\n\nHarbour pilots strike over night shifts. The harbour "
    "pilots say night shifts are too long, and the pilots will strike again.\n",
    "kellport.txt": "Port news\n\nThe port has grown fast since the spring, with more ships "
    "arriving each week from the south and a new quay opening in the summer, and the town "
    "council said it would help pay for more staff and a second crane. At Kellport harbour "
    "the pilots went on strike over night work in a dispute that closed the port for two "
    "days.\n",
    "ferry.txt": "Ferry\n\nThe Kellport ferry will sail twice a day from April.\n",
    "museum.txt": "Museum\n\nThe town museum reopened after two years of repairs.\n",
    "fair.txt": "Kellport fair\n\nThe Kellport fair opens on Friday with music and food.\n",
    "bakery.txt": "Bakery\n\nA new bakery opened on the high street on Saturday.\n",
}


def test_a_light_name_a_passage_below_holds_with_most_of_the_question_still_answers(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, PORTS)
    result = answer(index, "why did harbour pilots strike over night shifts at kellport", top=1)
    assert result.found and result.passages


# "Shield" closes several names ("Carrow Shield", "Hollin Shield", "Dunmere Shield"): typed
# alone it names none of them, and a passage without it may answer
SHIELDS = {
    "carrow.txt": "Cup day\n\nThe Carrow Shield final is on Sunday at the old ground.\n",
    "hollin.txt": "Fans meet\n\nFans of the Hollin Shield and the Dunmere Shield met in town.\n",
    "vonk.txt": "Coach dies\n\nArdel Vonk coached Farlo to four national titles in the 1960s.\n",
    "museum.txt": "Museum\n\nThe town museum reopened after two years of repairs.\n",
    "bakery.txt": "Bakery\n\nA new bakery opened on the high street on Saturday.\n",
}


def test_a_common_last_word_of_names_the_passages_lack_is_no_name_asked(tmp_path: Path) -> None:
    index = index_of(tmp_path, SHIELDS)
    result = answer(index, "how many shield titles did ardel vonk win with farlo")
    assert result.found and "four national titles" in result.passages[0].passage.text
