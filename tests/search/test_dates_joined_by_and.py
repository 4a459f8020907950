"""Two dates joined by "and", read as a reader means them: "during 2004 and 2005" is both
years; "in March and May" is those two months and not April between them. The second date was
searched as a word ("No article mentions “2005”") or left out with the first read alone."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from qabot.indexing import load_index, update_index
from qabot.search import Conversation, Filters, answer, read_filters
from tests.support.indexes import write_articles

_MONTHS = {"2004-06-01": "June 2004", "2005-06-01": "June 2005", "2024-02-05": "February",
           "2024-03-05": "March", "2024-04-05": "April", "2024-05-06": "May"}  # fmt: skip


@pytest.fixture(scope="module", params=["tantivy", "rank-bm25"])
def index_dir(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    folder = Path(tmp_path_factory.mktemp("and-dates"))
    texts = {
        f"{day}.md": f"---\ntitle: Ferry news of {name}\ndate: {day}\n---\n"
        f"Ferry news of {name}\n\nThe harbour ferry timetable changed in {name}.\n"
        for day, name in _MONTHS.items()
    }
    update_index(
        write_articles(folder / "articles", texts), folder / "index", engine=request.param
    )
    return folder / "index"


def _days(result: object) -> list[str]:
    return sorted(hit.article.date[:7] for hit in result.passages)  # type: ignore[attr-defined]


def test_two_months_are_those_months_not_the_one_between(index_dir: Path) -> None:
    result = answer(load_index(index_dir), "ferry timetable in March and May", top=10)
    assert _days(result) == ["2024-03", "2024-05"], result.lead
    assert "2024-03-01 to 2024-03-31 and 2024-05-01 to 2024-05-31" in result.lead


def test_two_years_next_to_each_other_are_one_run(index_dir: Path) -> None:
    result = answer(load_index(index_dir), "ferry timetable during 2004 and 2005", top=10)
    assert _days(result) == ["2004-06", "2005-06"], result.lead


def test_a_follow_up_keeps_the_days_left_out(index_dir: Path) -> None:
    index, chat = load_index(index_dir), Conversation()
    assert answer(index, "ferry timetable", conversation=chat, top=10).found
    again = answer(index, "and in February and April?", conversation=chat, top=10)
    assert _days(again) == ["2024-02", "2024-04"], again.lead


def test_nothing_in_those_months_names_both(index_dir: Path) -> None:
    result = answer(load_index(index_dir), "ferry timetable in January and December 2023")
    assert not result.found
    assert "in January 2023 and December 2023" in result.lead, result.lead


@pytest.mark.parametrize(
    ("text", "since", "until", "skipped", "left"),
    [
        ("strike in May and March", "2024-03-01", "2024-05-31", [("2024-04-01", "2024-04-30")],
         "strike"),
        ("strike in February and April 2023", "2023-02-01", "2023-04-30",
         [("2023-03-01", "2023-03-31")], "strike"),
        ("sales in 2003 and 2004 rose", "2003-01-01", "2004-12-31", [], "sales rose"),
        ("prices fell in March and may rise", "2024-03-01", "2024-03-31", [],
         "prices fell and may rise"),
    ],
)  # fmt: skip
def test_what_is_read(
    text: str, since: str, until: str, skipped: list[tuple[str, str]], left: str
) -> None:
    reading = read_filters(text, reference=date(2024, 6, 18))
    found = reading.filters
    assert (found.since, found.until) == (date.fromisoformat(since), date.fromisoformat(until))
    assert [(a.isoformat(), b.isoformat()) for a, b in found.skipped] == skipped
    assert reading.words == left


def test_the_days_left_out_go_through_json_and_back() -> None:
    filters = read_filters("in March and May", reference=date(2024, 6, 18)).filters
    stored = json.loads(json.dumps(filters.to_json()))
    assert stored["skipped"] == [["2024-04-01", "2024-04-30"]]
    assert Filters.from_json(stored) == filters
    assert "skipped" not in Filters().to_json()  # the contract's usual shape


def test_three_months_listed_are_those_months(index_dir: Path) -> None:
    # only the first of them was read ("in February"), the others searched as words
    result = answer(load_index(index_dir), "ferry timetable in February, April and May", top=10)
    assert _days(result) == ["2024-02", "2024-04", "2024-05"], result.lead


def test_a_month_added_with_its_own_in_joins_the_list(index_dir: Path) -> None:
    # "in May" narrowed "in February and March 2024" to nothing: from May to March
    question = "ferry timetable in February and March 2024 and in May"
    result = answer(load_index(index_dir), question, top=10)
    assert _days(result) == ["2024-02", "2024-03", "2024-05"], result.lead


@pytest.mark.parametrize(
    ("text", "since", "until", "skipped", "left"),
    [
        ("strike in January and February 2005 and in May", "2005-01-01", "2005-05-31",
         [("2005-03-01", "2005-04-30")], "strike"),
        ("strike in January, February and May 2005", "2005-01-01", "2005-05-31",
         [("2005-03-01", "2005-04-30")], "strike"),
        ("strike in January and February and May 2005", "2005-01-01", "2005-05-31",
         [("2005-03-01", "2005-04-30")], "strike"),
        ("strike in 2003, 2004 or 2005", "2003-01-01", "2005-12-31", [], "strike"),
        ("strike in 2004 and in 2005", "2004-01-01", "2005-12-31", [], "strike"),
        # a comma alone lists nothing: "May, June" is May and a word
        ("strike in May, June", "2024-05-01", "2024-05-31", [], "strike, June"),
        ("in March, Blair said", "2024-03-01", "2024-03-31", [], ", Blair said"),
    ],
)  # fmt: skip
def test_what_a_list_of_dates_reads(
    text: str, since: str, until: str, skipped: list[tuple[str, str]], left: str
) -> None:
    reading = read_filters(text, reference=date(2024, 6, 18))
    found = reading.filters
    assert (found.since, found.until) == (date.fromisoformat(since), date.fromisoformat(until))
    assert [(a.isoformat(), b.isoformat()) for a, b in found.skipped] == skipped
    assert reading.words == left
