"""Faults a user trial found: an absent newspaper read as a person, a tripled letter left
uncorrected, "he" meaning the last woman named, and a month asked of undated articles answered
as a question of what is new. Each through `answer()` and a real `qabot` process."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.conversation import Conversation
from tests.support.processes import qabot

pytestmark = pytest.mark.e2e

# our own short articles, none dated and none from an outlet
ARTICLES = {
    "ferry.txt": "Ferry timetable changes\n\nThe ferry will sail twice a day from the harbour.\n",
    "fund.txt": (
        "Harbour fund opens\n\nThe harbour fund opened for the fishing villages.\n\n"
        '"The fund will help every village," Mr Peter Hale said of the harbour.\n\n'
        '"We asked for the fund for years," Mrs Joan Pell said of the harbour.\n'
    ),
    "walls.txt": (
        "Sea walls repaired\n\nThe sea walls of the harbour were repaired.\n\n"
        '"The walls held in the storm," Peter Hale said of the harbour walls.\n\n'
        '"Repairs took a month," Joan Pell said.\n'
    ),
}


def _ask(workdir: Path, question: str) -> str:
    result = qabot("ask", question, cwd=workdir)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_newspaper_no_article_is_from_is_said_so_not_read_as_a_person(
    index: Index, workdir: Path
) -> None:
    # it was "No quotes from anyone the articles call the guardian."
    for lead in (
        answer(index, "what did the guardian say about the harbour").lead,
        _ask(workdir, "what did the evening gazette say about the harbour"),
    ):
        assert lead.startswith("No article is from the "), lead
        assert "anyone the articles call" not in lead
    # a person's role is still read as one ("the pilot" is no newspaper)
    assert "No article is from" not in answer(index, "what did the pilot say").lead


@pytest.mark.parametrize("typed", ["the ferrry", "what about the ferrry"])
def test_a_letter_typed_three_times_is_corrected(index: Index, workdir: Path, typed: str) -> None:
    # "ferry" is in one passage only, too few for a correction by itself: "Nothing matches"
    result = answer(index, typed)
    assert result.found and "no article has “ferrry”" in result.lead, result.lead
    assert "Nothing in the articles matches" not in _ask(workdir, typed)


def test_he_after_a_woman_means_the_last_man_named(index: Index, workdir: Path) -> None:
    chat = Conversation()
    answer(index, "what did peter hale say?", conversation=chat)
    assert answer(index, "and joan pell?", conversation=chat).speaker == "Joan Pell"
    assert answer(index, "what else did he say?", conversation=chat).speaker == "Peter Hale"
    assert answer(index, "and what did she say?", conversation=chat).speaker == "Joan Pell"
    shown = qabot(
        "console",
        cwd=workdir,
        stdin="what did peter hale say?\nand joan pell?\nwhat did he say about walls?\n:quit\n",
    )
    assert shown.returncode == 0, shown.stderr
    last = shown.stdout.rsplit("walls?", 1)[-1]
    assert "The walls held in the storm" in last and "Nothing more from Joan Pell" not in last


@pytest.mark.parametrize("asked", ["in march", "news from 2023?"])
def test_a_month_asked_of_undated_articles_says_it_cannot_limit(
    index: Index, workdir: Path, asked: str
) -> None:
    for lead in (answer(index, asked).lead, _ask(workdir, asked)):
        assert lead.startswith("The articles have no dates to limit them to “"), lead
        assert "which are new" not in lead
    assert "which are new cannot be told" in answer(index, "latest news").lead
