"""Follow-ups a user trial found answered as something else in an archive of undated stories
from no outlet: "news from last week" after a question was told the last question's dates
could not be narrowed, and "and in the guardian?" searched its words, finding stories that
mention a prize of that name. Through a real `qabot console`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.processes import qabot

pytestmark = pytest.mark.e2e

# our own short articles, none dated and none from an outlet; "Guardian" is a prize's name
ARTICLES = {
    "ferry.txt": (
        "Ferry sold to a rival\n\nThe island ferry was sold to a rival line on Monday.\n\n"
        '"The sale saves the route," harbour master Ana Ruiz said.\n'
    ),
    "prize.txt": (
        "Book prize shortlist\n\nA novel about a lighthouse keeper was shortlisted for the "
        "Guardian First Book Award.\n"
    ),
    "walls.txt": "Sea walls repaired\n\nThe sea walls were repaired after the storm.\n",
}
NEWS = "The articles have no dates, so which are new cannot be told"
ABSENT = "No article is from the Guardian, so it cannot narrow the last question."


def _answers(workdir: Path, *typed: str) -> list[str]:
    shown = qabot("console", cwd=workdir, stdin="".join(f"{line}\n" for line in typed))
    assert shown.returncode == 0, shown.stderr
    return [answer.strip() for answer in shown.stdout.split("qabot> ")[1:-1]]


def test_news_asked_after_a_question_is_told_no_article_has_a_date(workdir: Path) -> None:
    first, news, again, latest = _answers(
        workdir, "ferry", "news from last week", "and last week?", "latest news"
    )
    assert first.startswith("Best matching passages for “ferry”")
    assert news.startswith(NEWS), news  # was: "... dates cannot narrow the last question"
    assert again.startswith("The articles have no dates, so dates cannot narrow the last")
    assert latest.startswith(NEWS), latest


def test_an_outlet_no_article_is_from_named_in_a_follow_up_is_said_so(workdir: Path) -> None:
    answers = _answers(
        workdir,
        "ferry",
        "and in the guardian?",  # was: passages about the Guardian First Book Award
        "what did ana ruiz say?",
        "what about from the Guardian?",
        "and in the end?",  # no outlet: words, as before
    )
    assert answers[1] == ABSENT
    assert answers[3] == ABSENT
    assert "No article is from" not in answers[4]
    # asked first, nothing to narrow: no follow-up
    [alone] = _answers(workdir, "and in the guardian?")
    assert alone != ABSENT
