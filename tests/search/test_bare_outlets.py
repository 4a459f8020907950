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


# our own: a newspaper whose name's last word no passage holds, one edit from a word some write
GLEANER = {
    "harvest.md": ("2024-03-04", "Valley Gleaner", "Harvest ends early",
                   "Farmers gleaned the barley fields before the storm."),
    "orchard.md": ("2024-03-05", "Harbour Gazette", "Orchard picked clean",
                   "Pickers gleaned the last apples from the orchard."),
    "storm.md": ("2024-03-05", "Harbour Gazette", "Storm closes the port",
                 "The storm flattened barley fields along the coast."),
    "ferry.md": ("2024-03-06", "Harbour Gazette", "Ferry timetable",
                 "The ferry sails up the valley twice a day."),
}  # fmt: skip


@pytest.fixture(scope="module")
def gleaner(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(tmp_path_factory.mktemp("gleaner"), GLEANER)


def test_an_outlet_name_no_passage_holds_is_kept_as_typed_not_corrected(gleaner: Index) -> None:
    # "gleaner" is one edit from "gleaned", which passages write; typed as the outlet
    # "Valley Gleaner" is called it is its name, not a misspelling
    assert check_spelling(gleaner, "barley storm valley gleaner").corrected == ()
    result = answer(gleaner, "barley storm valley gleaner")
    assert "gleaner" in result.lead and "gleane”" not in result.lead


def test_an_outlet_named_bare_is_kept_when_its_articles_match_part_and_none_matches_all(
    gleaner: Index,
) -> None:
    # no passage holds most of "barley storm orchard valley"; the outlet's articles have two
    result = answer(gleaner, "barley storm orchard, valley gleaner")
    assert result.found and result.filters.sources == ("Valley Gleaner",)
    assert result.lead.startswith("The best passages have “barley” and “storm”")
    assert [hit.article.title for hit in result.passages] == ["Harvest ends early"]
