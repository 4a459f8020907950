"""What a survey or an inquiry found, a name of three words whose first ends like a
nationality, and a surname written with a hyphen in one article and a space in another. Through
answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "ferries.txt": "Ferry fares to rise\n\nA new passenger survey shows that most islanders "
    "would pay more for a daily ferry. The harbour board will meet in May.\n",
    "clinic.txt": "Clinic to close\n\nThe Brenna clinic will close in the spring. Ifori Bran "
    'Caddock, Green Party health spokesman said: "It is a sad day for the valley."\n',
    "abbey.txt": "Abbey appeal\n\nBishop Aled Price-Morgan spoke at the abbey on Sunday. "
    '"Peace is worth striving for," Aled Price-Morgan said.\n',
    "lectern.txt": "Bishop backs plan\n\nAled Price Morgan, the bishop, backed the lectern "
    'plan. "It is a fair plan for the town," Aled Price Morgan said.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("findings"), ARTICLES)


def test_who_said_a_finding_names_the_survey_that_found_it(index: Index) -> None:
    result = answer(index, "who said islanders would pay more for a daily ferry?", top=5)
    assert result.speaker == "a new passenger survey"


def test_a_three_word_name_is_answered_whole(index: Index) -> None:
    result = answer(index, "what did ifori bran caddock say about the clinic", top=5)
    assert result.speaker == "Ifori Bran Caddock"
    assert any("sad day" in hit.quote.text for hit in result.quotes)


def test_a_hyphenated_surname_and_its_spaced_form_are_one_speaker(index: Index) -> None:
    result = answer(index, "what did aled price-morgan say", top=5)
    assert {hit.quote.article_id for hit in result.quotes} >= {
        hit.quote.article_id for hit in answer(index, "what did aled price morgan say").quotes
    }
    assert any("fair plan" in hit.quote.text for hit in result.quotes)
    assert any("striving" in hit.quote.text for hit in result.quotes)
