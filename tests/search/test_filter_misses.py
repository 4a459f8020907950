"""Answers the dates or outlets left empty say so, and what the words find without them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.indexing.outlets import DateSpan
from qabot.search import answer
from qabot.search.filter_misses import date_span, relative_dates
from qabot.search.filter_reading import read_filters
from tests.support.indexes import dated_index_of

# our own short articles: a strike told by two outlets in March 2024, and an undated one
ARTICLES = {
    "walkout.md": ("2024-03-04", "Harbour Gazette", "Rail workers strike over pay",
                   "Rail workers began a strike on Monday in a dispute over pay and rosters."),
    "deal.md": ("2024-03-18", "Valley Herald", "Rail strike ends with a pay deal",
                "The rail strike ended on Monday after workers accepted a new pay deal."),
    "museum.md": (None, None, "Museum reopens",
                  "The harbour museum reopened after two years of repairs to its roof."),
    "ferry.md": ("2024-03-11", "Harbour Gazette", "Ferry timetable changes",
                 "The island ferry will sail twice a day from April, the operator said."),
    "lighthouse.md": (None, None, "Lighthouse history",
                      "The old lighthouse was repainted in 2019 after a storm broke its lamp."),
    "bakery.md": (None, None, "Bakery sales up",
                  "Bakery sales rose 3% in December, the bakers' guild said. Bakery sales of "
                  "bread and bakery sales of cakes rose most."),
    "guild.md": (None, None, "Guild figures",
                 "The guild said sales at each bakery rose 1% in January."),
}  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(tmp_path_factory.mktemp("news"), ARTICLES)


def test_a_date_limit_that_empties_the_answer_is_named_with_what_lies_outside_it(
    index: Index,
) -> None:
    result = answer(index, "rail strike last month")  # February 2024: before the strike
    assert not result.found and not result.passages
    assert result.lead == (
        "Nothing about “rail strike” in February 2024, but 2 passages about it dated "
        "4 to 18 March 2024: ask without the dates to see them."
    )
    assert result.to_json()["filters"]["since"] == "2024-02-01"  # the filters stay reported


def test_a_relative_date_no_dated_article_answers_shows_the_undated_passages(
    index: Index,
) -> None:
    # an undated story's "last week" may be any week: its passages are shown, and the lead
    # says the dates could not be applied to them
    result = answer(index, "museum roof repairs last week")
    assert result.found
    assert [hit.article.path for hit in result.passages] == ["museum.md"]
    assert result.lead.startswith("Best matching passages for")
    assert result.lead.endswith(
        "(from undated articles: none dated from 11 to 17 March 2024 answers it):"
    )
    assert result.to_json()["filters"]["since"] is None  # no date limit was applied
    # where dated articles tell of it on other days, the dates are a real limit
    result = answer(index, "rail strike last month")
    assert not result.found and "dated 4 to 18 March 2024" in result.lead


def test_a_month_no_dated_article_answers_shows_the_undated_passages_that_mention_it(
    index: Index,
) -> None:
    # an undated story tells its month in its words only: January's, not December's,
    # though December's holds the other words more often
    result = answer(index, "how much did bakery sales rise in january")
    assert result.found
    assert result.passages[0].article.path == "guild.md"
    assert result.lead.endswith(
        "from undated articles that mention January: none dated in January 2024 answers it):"
    )


def test_a_month_is_read_from_the_dates_not_from_a_verb_spelt_as_one(index: Index) -> None:
    # "may" is no month here: the passages that mention January answer first
    result = answer(index, "how much may bakery sales rise in january")
    assert result.found
    assert result.passages[0].article.path == "guild.md"
    assert "that mention January:" in result.lead


def test_a_month_s_undated_passages_are_led_once_whatever_note_follows(index: Index) -> None:
    # the note that these mention the month is said once, before a spelling note ("rise")
    result = answer(index, "how much did bakery sales rise in january")
    assert "no article is dated january" not in result.lead
    assert result.lead.endswith(
        "(no article has “rise”; from undated articles that mention January: none dated in "
        "January 2024 answers it):"
    )
    assert "::" not in result.lead


def test_a_date_given_by_the_calendar_stays_a_limit_for_undated_articles(index: Index) -> None:
    result = answer(index, "museum roof repairs in march 2024")
    assert not result.found
    assert "1 passage about it in articles without a date: ask without the dates" in result.lead


def test_an_outlet_limit_that_empties_the_answer_names_the_outlets_that_have_it(
    index: Index,
) -> None:
    result = answer(index, "ferry timetable in the Valley Herald")
    assert not result.found
    assert result.lead == (
        "Nothing about “ferry timetable” in Valley Herald, but 1 passage about it in "
        "Harbour Gazette: ask without the outlet to see it."
    )


@pytest.mark.parametrize(
    "question",
    ["anything from the Valley Herald on the ferry timetable", "something from the valley herald "
     "about the ferry timetable"],
)  # fmt: skip
def test_the_word_opening_the_topic_after_an_outlet_is_not_echoed(
    index: Index, question: str
) -> None:
    # "Nothing about “on the ferry timetable” in Valley Herald": "on" went with the outlet
    result = answer(index, question)
    assert result.lead.startswith("Nothing about “the ferry timetable” in Valley Herald, but 1")


def test_only_the_limit_that_empties_the_answer_is_to_be_dropped(index: Index) -> None:
    # the Valley Herald has the pay deal, but not in February: only the dates are in the way
    result = answer(index, "pay deal in the Valley Herald last month")
    assert not result.found
    assert result.lead.endswith("dated 18 March 2024: ask without the dates to see it.")


def test_words_found_nowhere_keep_the_plain_lead(index: Index) -> None:
    result = answer(index, "volcano eruption last week")
    assert not result.found
    assert result.lead.startswith("Nothing in the articles matches “volcano eruption last week”")
    assert "not in English" not in result.lead  # "last week" are English words


def test_answers_within_the_limits_are_unchanged(index: Index) -> None:
    result = answer(index, "rail strike in March 2024")
    assert result.found
    assert result.lead.startswith("Best matching passages")


@pytest.mark.parametrize(
    ("since", "until", "said"),
    [
        (date(2004, 1, 1), date(2004, 12, 31), "in 2004"),
        (date(2024, 3, 1), date(2024, 3, 31), "in March 2024"),
        (date(2024, 2, 1), date(2024, 2, 29), "in February 2024"),
        (date(2024, 3, 18), date(2024, 3, 18), "on Monday 18 March 2024"),
        (date(2023, 10, 30), date(2023, 11, 5), "from 30 October to 5 November 2023"),
        (date(2024, 3, 11), date(2024, 3, 17), "from 11 to 17 March 2024"),
        (date(2023, 12, 30), date(2024, 1, 2), "from 30 December 2023 to 2 January 2024"),
        (date(2024, 3, 1), date(2024, 3, 20), "from 1 to 20 March 2024"),
        (date(2019, 1, 1), None, "since 1 January 2019"),
        (None, date(2023, 12, 31), "until 31 December 2023"),
    ],
)
def test_date_spans_are_written_as_people_say_them(
    since: date | None, until: date | None, said: str
) -> None:
    assert date_span(since, until) == said


def test_a_year_no_article_is_dated_in_finds_the_undated_passages_that_mention_it(
    index: Index,
) -> None:
    # no article is dated 2019 (the dated ones are of March 2024); an undated one tells of it
    result = answer(index, "when was the lighthouse repainted in 2019")
    assert result.found
    assert [hit.article.path for hit in result.passages] == ["lighthouse.md"]
    assert result.lead.endswith("(no article is dated 2019: these mention it):")
    assert result.to_json()["filters"]["since"] is None  # no date limit was applied


def test_a_year_no_article_is_dated_in_nor_any_passage_mentions_is_a_limit(index: Index) -> None:
    result = answer(index, "museum roof repairs in 2019")
    assert not result.found and not result.passages
    assert result.lead == (
        "Nothing about “museum roof repairs” in 2019, but 1 passage about it in articles "
        "without a date: ask without the dates to see it."
    )
    assert result.to_json()["filters"]["since"] == "2019-01-01"


def test_a_year_some_article_is_dated_in_stays_a_date_limit(index: Index) -> None:
    result = answer(index, "lighthouse repainted in 2024")  # the rail and ferry news are of 2024
    assert not result.found
    assert result.lead.startswith("Nothing about “lighthouse repainted” in 2024, but 1 passage")


def test_a_year_between_the_dated_articles_is_missed_too() -> None:
    # pages dated 2011 and 2023: no article is of 2015, though it lies inside their span
    span = DateSpan(days=("2011-05-01", "2023-02-01"), undated=True)
    assert span.misses("2015-01-01", "2015-12-31")
    assert span.misses("2024-01-01", "2024-12-31") and span.misses("2004-01-01", "2004-12-31")
    assert not span.misses("2011-01-01", "2011-12-31")
    assert not span.misses(None, "2011-05-01") and not span.misses("2023-02-01", None)


_WORDS = [
    *"strike in on the last this past since until before after between and from to".split(),
    *"monday week weeks month year days today yesterday ago march 2002 2024-03 5 3rd".split(),
    *"Today's ferry, pay?".split(),
]


@given(st.lists(st.sampled_from(_WORDS), max_size=7))
def test_relative_dates_are_those_two_reference_days_read_apart(words: list[str]) -> None:
    text = " ".join(words)
    one, other = (
        read_filters(text, reference=day).filters for day in (date(2000, 6, 15), date(2003, 2, 10))
    )
    assert relative_dates(text) == ((one.since, one.until) != (other.since, other.until))


def test_days_over_two_years_no_article_is_dated_in_find_the_undated_passages_of_either(
    index: Index,
) -> None:
    # "between september 2018 and march 2019": the undated article tells of 2019
    result = answer(
        index, "when was the lighthouse repainted between september 2018 and march 2019"
    )
    assert result.found
    assert [hit.article.path for hit in result.passages] == ["lighthouse.md"]
    assert result.lead.endswith("(no article is dated 2018 to 2019: these mention it):")


# our own: an undated story naming its painter in full at the top, the year of her prize in a
# later passage that names her only as "Ms Tarrow" (paragraphs of a passage each)
_BOARDS = (
    "The ferry board, the harbour trust and the tourist office met on the quay to hear the "
    "plan read out, and each asked for a month to answer it in writing. "
)
_PAINTER = (
    "Orla Venn Tarrow is worried that the island arts board may be taken over by the council. "
    "The culture officer said the review of the board was not finished and that more would be "
    f"said soon. Ms Tarrow said artists needed distance from those who pay for the halls. "
    f"{_BOARDS * 3}\n\n"
    "The council said last spring that three island boards would come under its control. The "
    "arts board may be next to come under its wing, and its members have written to every "
    f"councillor about it. {_BOARDS * 3}\n\n"
    "But Ms Tarrow, who won the Brackwater painting prize in 2011, said the arts should be "
    "kept apart from the council. She told the island radio that free expression was vital "
    f"and that a board run by councillors could be taken the wrong way. {_BOARDS * 3}"
)


def test_a_year_no_article_is_dated_in_is_found_below_the_passage_naming_the_subject(
    tmp_path: Path,
) -> None:
    # "what prize did shani rhys james win in 2003": the passage naming the year holds too
    # little of the rest alone, so the year's reading answered nothing
    painter = dated_index_of(
        tmp_path, {**ARTICLES, "painter.md": (None, None, "Painter warns council", _PAINTER)}
    )
    result = answer(painter, "what prize did orla venn tarrow win in 2011")
    assert result.found, result.lead
    assert "Brackwater painting prize in 2011" in result.passages[0].passage.text
    assert result.lead.endswith("(no article is dated 2011: these mention it):")
    assert [hit.rank for hit in result.passages] == list(range(1, len(result.passages) + 1))
