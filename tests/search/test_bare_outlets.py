"""An outlet named bare in a question ("parlour emissions"): tried as a filter, kept when its
articles hold every other word, else the name stays a word of the question."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.spelling import check_spelling
from tests.support.indexes import dated_index_of

# our own short articles: an outlet whose name is also a common word ("Parlour")
ARTICLES = {
    "emissions.md": ("2024-03-04", "Parlour", "Emissions dipped last year",
                     "Total emissions fell two percent as power plants burned less coal."),
    "salon.md": ("2024-03-05", "Harbour Gazette", "Parlour bans men",
                 "A beauty parlour in the harbour town banned men after an incident."),
    "climate.md": ("2024-03-06", "Harbour Gazette", "Port emissions rise",
                   "Emissions from the port rose as more ships called."),
}  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(tmp_path_factory.mktemp("bare"), ARTICLES)


def test_an_outlet_named_bare_narrows_to_its_articles(index: Index) -> None:
    result = answer(index, "parlour emissions")
    assert result.filters.sources == ("Parlour",)
    assert result.lead.endswith("(Parlour):")
    assert [hit.article.title for hit in result.passages] == ["Emissions dipped last year"]


def test_a_bare_outlet_name_stays_a_word_when_its_articles_lack_the_rest(index: Index) -> None:
    result = answer(index, "parlour bans men")
    assert result.filters.sources == ()
    assert result.passages[0].article.title == "Parlour bans men"


def test_a_question_whose_words_all_match_keeps_them_all(index: Index) -> None:
    result = answer(index, "beauty parlour")
    assert result.filters.sources == ()
    assert result.passages[0].article.title == "Parlour bans men"


def test_a_bare_outlet_name_alone_is_searched_as_a_word(index: Index) -> None:
    assert answer(index, "parlour").filters.sources == ()


def test_an_outlet_name_no_passage_holds_is_kept_as_typed_not_corrected(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "gleaner" is one edit from "gleaned", which a passage writes; typed as the outlet
    # "Valley Gleaner" is called it is its name, not a misspelling
    gleaner = dated_index_of(tmp_path_factory.mktemp("gleaner"), {
        "harvest.md": ("2024-03-04", "Valley Gleaner", "Harvest ends early",
                       "Farmers gleaned the barley fields before the storm."),
        "orchard.md": ("2024-03-05", "Harbour Gazette", "Orchard picked clean",
                       "Pickers gleaned the last apples from the orchard."),
        "storm.md": ("2024-03-05", "Harbour Gazette", "Storm closes the port",
                     "The storm flattened barley fields along the coast."),
        "ferry.md": ("2024-03-06", "Harbour Gazette", "Ferry timetable",
                     "The ferry sails twice a day from April."),
    })  # fmt: skip
    assert check_spelling(gleaner, "barley storm valley gleaner").corrected == ()
    result = answer(gleaner, "barley storm valley gleaner")
    assert result.lead == "Best matching passages for “barley storm valley gleaner”:"
