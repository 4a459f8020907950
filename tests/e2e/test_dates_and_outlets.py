"""Dates and outlets on the command line: --since/--until/--source, sources, timelines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qabot.engines import DEFAULT_ENGINE
from tests.support.indexes import BuiltProjects
from tests.support.processes import ask_each, qabot

pytestmark = pytest.mark.e2e

# our own three articles about one strike, from two outlets over three weeks
STRIKE_ARTICLES = {
    "walkout.md": """---
title: Rail workers strike over pay
source: Harbour Gazette
date: 2024-03-04
---
Rail workers strike over pay

Rail workers began a strike on Monday in a dispute over pay and rosters.

"We have waited two years for an offer that matches prices," organiser Petra Lind said.
""",
    "talks.md": """---
title: Strike talks stall
source: Valley Herald
date: 2024-03-11
---
Strike talks stall

Talks to end the rail strike stalled on Monday without a new offer.

"Nobody at the table wants to move," Petra Lind told the Valley Herald.
""",
    "deal.md": """---
title: Rail strike ends with a pay deal
source: Harbour Gazette
date: 2024-03-18
---
Rail strike ends with a pay deal

The rail strike ended on Monday after workers accepted a new pay deal.

"This offer finally matches what our members asked for," Petra Lind said.
""",
}


@pytest.fixture
def newsdir(tmp_path: Path, built_projects: BuiltProjects) -> Path:
    """A project of the three articles, its index built (copied from one built once a session:
    these tests are of what reading commands print)."""
    built_projects.copy(STRIKE_ARTICLES, tmp_path, engine=DEFAULT_ENGINE, articles_name="seeds")
    return tmp_path


# questions asked with no option of their own, answered once for the module by one `qabot ask -`
# and one `qabot ask --json --top 5 -` (a process start is ~0.3 CPU-s, and these tests only read
# answers); each test reads its own. The tests of options, of errors and of listings start
# their own command
PLAIN_QUESTIONS = [
    "what did the Valley Herald report on the strike?",
    "what did Petra Lind say on Monday?",
    "rail strike between March and April 2023",
]
JSON_QUESTIONS = [
    "latest on the rail strike",
    "what did Petra Lind say last Friday?",
    "rail strike between March and April 2023",
]


@pytest.fixture(scope="module")
def asked(tmp_path_factory: pytest.TempPathFactory, built_projects: BuiltProjects) -> Path:
    """A project of the three articles of this module's own, for its batches of questions."""
    folder = tmp_path_factory.mktemp("asked")
    built_projects.copy(STRIKE_ARTICLES, folder, engine=DEFAULT_ENGINE, articles_name="seeds")
    return folder


@pytest.fixture(scope="module")
def printed(asked: Path) -> dict[str, str]:
    """Each of PLAIN_QUESTIONS -> its answer as `qabot ask QUESTION` prints it."""
    return dict(zip(PLAIN_QUESTIONS, ask_each(*PLAIN_QUESTIONS, cwd=asked), strict=True))


@pytest.fixture(scope="module")
def as_json(asked: Path) -> dict[str, dict[str, Any]]:
    """Each of JSON_QUESTIONS -> its answer as `qabot ask --json --top 5` gives it."""
    stdin = "".join(f"{question}\n" for question in JSON_QUESTIONS)
    result = qabot("ask", "--json", "--top", "5", "-", cwd=asked, stdin=stdin)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    return {q: json.loads(line) for q, line in zip(JSON_QUESTIONS, lines, strict=True)}


def _paths(result_stdout: str) -> list[str]:
    return _paths_of(json.loads(result_stdout))


def _paths_of(data: dict[str, Any]) -> list[str]:
    return [hit["article"]["path"] for hit in data["passages"]]


def test_since_until_and_source_options_restrict_the_answer_and_show_in_json(
    newsdir: Path,
) -> None:
    result = qabot(
        "ask", "--json", "--top", "5", "--since", "2024-03-05", "rail strike", cwd=newsdir
    )
    assert result.returncode == 0, result.stderr
    assert sorted(_paths(result.stdout)) == ["deal.md", "talks.md"]
    assert json.loads(result.stdout)["filters"] == {
        "since": "2024-03-05",
        "until": None,
        "sources": [],
        "recent": False,
    }
    result = qabot(
        "ask", "--json", "--top", "5", "--until", "2024-03", "--source", "harbour gazette",
        "rail workers pay", cwd=newsdir,
    )  # fmt: skip
    assert sorted(_paths(result.stdout)) == ["deal.md", "walkout.md"]
    data = json.loads(result.stdout)
    assert data["filters"]["until"] == "2024-03-31"
    assert data["filters"]["sources"] == ["Harbour Gazette"]


def test_question_words_filter_by_outlet_and_rank_latest_first(
    printed: dict[str, str], as_json: dict[str, dict[str, Any]]
) -> None:
    data = as_json["latest on the rail strike"]
    assert data["filters"]["recent"] is True
    assert _paths_of(data) == ["deal.md", "talks.md", "walkout.md"]
    shown = printed["what did the Valley Herald report on the strike?"]
    assert "(Valley Herald):" in shown
    assert "Strike talks stall — Valley Herald, 2024-03-11" in shown
    assert "Harbour Gazette" not in shown


def test_a_weekday_in_the_question_keeps_that_day_and_is_named_in_the_lead(
    printed: dict[str, str], as_json: dict[str, dict[str, Any]]
) -> None:
    # the newest article (2024-03-18) is a Monday: "on Monday" is that day, "Friday" the 15th
    shown = printed["what did Petra Lind say on Monday?"]
    assert shown.startswith("What Petra Lind said (Monday 2024-03-18):")
    assert "Rail strike ends with a pay deal — Harbour Gazette, 2024-03-18" in shown
    assert "2024-03-11" not in shown
    data = as_json["what did Petra Lind say last Friday?"]
    assert (data["quotes"], data["filters"]["since"]) == ([], "2024-03-15")


def test_a_range_whose_first_date_has_no_year_is_in_the_year_it_ends_in(
    printed: dict[str, str], as_json: dict[str, dict[str, Any]]
) -> None:
    # "between March and April 2023" read March as the latest one (March 2024): the answer
    # said nothing was dated "from 1 March 2024 to 30 April 2023"
    data = as_json["rail strike between March and April 2023"]
    assert (data["filters"]["since"], data["filters"]["until"]) == ("2023-03-01", "2023-04-30")
    shown = printed["rail strike between March and April 2023"]
    assert "from 1 March to 30 April 2023, but 3 passages" in shown, shown


def test_bad_date_or_unknown_outlet_is_one_line_and_exit_1(newsdir: Path) -> None:
    for options, expected in [
        (["--since", "2024-13-01"], "error: --since: cannot read '2024-13-01' as a date"),
        (["--until", "soonish"], "error: --until: cannot read 'soonish' as a date"),
        (["--since", "2024-03-10", "--until", "2024-03-01"], "is after --until"),
        (["--source", "Le Monde"], "error: No articles from 'Le Monde' in the index."),
    ]:
        result = qabot("ask", *options, "strike", cwd=newsdir)
        assert result.returncode == 1
        assert expected in result.stderr
        assert len(result.stderr.strip().splitlines()[-1:]) == 1
        assert "Traceback" not in result.stderr


def test_sources_lists_outlets_with_counts_and_date_ranges(newsdir: Path) -> None:
    result = qabot("sources", cwd=newsdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "    2  Harbour Gazette  (2024-03-04 to 2024-03-18)",
        "    1  Valley Herald  (2024-03-11 to 2024-03-11)",
    ]
    rows = json.loads(qabot("sources", "--json", cwd=newsdir).stdout)
    assert rows[0] == {
        "source": "Harbour Gazette",
        "articles": 2,
        "first": "2024-03-04",
        "last": "2024-03-18",
    }


def test_a_speakers_timeline_lists_the_newest_quote_first_with_dates(newsdir: Path) -> None:
    result = qabot("quotes", "--speaker", "Lind", cwd=newsdir)
    assert result.returncode == 0, result.stderr
    sources = [line for line in result.stdout.splitlines() if line.startswith("    — ")]
    assert [line.split("(")[-1].split(")")[0] for line in sources] == [
        "Harbour Gazette, 2024-03-18",
        "Valley Herald, 2024-03-11",
        "Harbour Gazette, 2024-03-04",
    ]


def test_console_applies_the_filter_options_to_every_question(newsdir: Path) -> None:
    result = qabot(
        "console", "--source", "Valley Herald", cwd=newsdir, stdin="rail strike\n:quit\n"
    )
    assert result.returncode == 0, result.stderr
    assert "Best matching passages for “rail strike” (Valley Herald):" in result.stdout
    assert "Harbour Gazette" not in result.stdout


def test_articles_lists_only_the_articles_the_options_admit(newsdir: Path) -> None:
    result = qabot("articles", "--json", "--since", "2024-03-05", cwd=newsdir)
    assert result.returncode == 0, result.stderr
    assert sorted(json.loads(line)["path"] for line in result.stdout.splitlines()) == [
        "deal.md",
        "talks.md",
    ]
    result = qabot("articles", "--source", "Valley Herald", "--until", "2024-03-11", cwd=newsdir)
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["path", "talks.md"]
    result = qabot("articles", "--since", "tomorrowish", cwd=newsdir)
    assert result.returncode == 1
    assert result.stderr.startswith("error: --since: cannot read 'tomorrowish' as a date")
