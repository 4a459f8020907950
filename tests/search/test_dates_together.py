"""Date phrases of one question taken together as a reader means them: phrases joined by "and"
are all of their days ("last week and in February"), bounds narrow each other ("since 2004 and
before 2006"), and bounds that leave no day ("since 2005 and before 2004") are said to clash,
never searched or printed as a range that runs backwards ("from 30 October to 31 May 2023")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from qabot.indexing import load_index, update_index
from qabot.search import answer, read_filters
from tests.support.indexes import write_articles

_DAYS = {"2004-06-01": "June 2004", "2024-02-05": "February", "2024-03-05": "March",
         "2024-04-30": "late April", "2024-05-06": "May"}  # fmt: skip


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(tmp_path_factory.mktemp("together"))
    texts = {
        f"{day}.md": f"---\ntitle: Ferry news of {name}\ndate: {day}\n---\n"
        f"Ferry news of {name}\n\nThe harbour ferry timetable changed in {name}.\n"
        for day, name in _DAYS.items()
    }
    update_index(write_articles(folder / "articles", texts), folder / "index")
    return folder / "index"


def _days(result: object) -> list[str]:
    return sorted(hit.article.date[:10] for hit in result.passages)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "question",
    ["ferry timetable last week and in February", "ferry timetable in February and last week"],
)
def test_a_relative_date_and_a_month_are_both(index_dir: Path, question: str) -> None:
    # "last week and in May" was read as the days in both: "from 30 October to 31 May 2023"
    result = answer(load_index(index_dir), question, top=10)
    assert _days(result) == ["2024-02-05", "2024-04-30"], result.lead
    assert "2024-02-01 to 2024-02-29 and 2024-04-29 to 2024-05-05" in result.lead


def test_two_bounds_narrow_each_other() -> None:
    read = read_filters("ferries since 2004 and before 2006", reference=date(2024, 5, 6))
    assert (read.filters.since, read.filters.until) == (date(2004, 1, 1), date(2005, 12, 31))
    assert read.words == "ferries" and not read.clash


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("ferry timetable since 2005 and before 2004", "“since 2005” and “before 2004”"),
        ("ferry timetable after May and before March", "“after May” and “before March”"),
    ],
)
def test_bounds_that_leave_no_day_are_said_to_clash(
    index_dir: Path, question: str, said: str
) -> None:
    # "since 2005 and before 2004" was searched as "in 2005-2003"
    result = answer(load_index(index_dir), question, top=10)
    assert not result.found and not result.passages
    assert result.lead.startswith(f"The dates {said} do not overlap"), result.lead
    assert "2005-2003" not in result.lead and "\n" not in result.lead


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("ferry timetable " + "since 2005 before 2004 " * 300, "“since 2005” and “before 2004”"),
        (
            "ferry timetable since 2005 and Since 2005 and before 2004",
            "“since 2005” and “before 2004”",
        ),
        (
            "ferry timetable since 2005 before 2004 before 2003 before 2002 before 2001",
            "“since 2005”, “before 2004”, “before 2003” and 2 other dates",
        ),
    ],
)
def test_a_clash_names_each_date_once_and_counts_beyond_four(
    index_dir: Path, question: str, said: str
) -> None:
    # the same two dates typed 300 times made a lead of 12,000 characters, each pair named
    result = answer(load_index(index_dir), question, top=10)
    assert result.lead.startswith(f"The dates {said} do not overlap"), result.lead
    assert len(result.lead) < 200


def test_dates_that_clash_inside_the_words_someone_said_are_no_refusal(tmp_path: Path) -> None:
    # "who said fares this year may be higher than in 2004": what was said, not the days to read
    texts = {
        "2024-05-06.md": "---\ntitle: Harbour fares\ndate: 2024-05-06\n---\nHarbour fares\n\n"
        'Harbour boss Ada Vale said: "Fares this year may be higher than in 2004 because '
        'of fuel costs."\n',
        "2024-04-02.md": "---\ntitle: Quay repairs\ndate: 2024-04-02\n---\nQuay repairs\n\n"
        "Masons began repairing the old quay wall on Tuesday.\n",
        "2024-03-01.md": "---\ntitle: Gull count\ndate: 2024-03-01\n---\nGull count\n\n"
        "Birdwatchers counted fewer gulls along the estuary this winter.\n",
    }
    update_index(write_articles(tmp_path / "articles", texts), tmp_path / "index")
    question = "who said fares this year may be higher than in 2004"
    result = answer(load_index(tmp_path / "index"), question)
    assert result.found and result.quotes, result.lead
    assert result.quotes[0].speaker == "Ada Vale"
