"""A newspaper named in a tag set apart at an end of the question ("... (daily planet)",
"(the Daily Planet)", "daily planet: ..."), with "the" or without it, in capitals or not, that
no article is from: the answer says so and comes from all the articles; a tag shaped like no
paper's stays words. Through a real `qabot ask` process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.processes import ask_each

# what an answer adds when the articles' files name no outlet
UNNAMED = "The articles' files name no outlet."

pytestmark = pytest.mark.e2e

# our own short articles, none from an outlet; none writes "daily planet"
ARTICLES = {
    "ferry.txt": (
        "Ferry sold to a rival\n\nThe island ferry was sold to a rival line on Monday.\n\n"
        '"The sale saves the route," harbour master Ana Ruiz said.\n'
    ),
    "strike.txt": "Dock strike ends\n\nThe dock strike ended after the union took the offer.\n",
    "walls.txt": "Sea walls repaired\n\nThe sea walls were repaired in March after the storm.\n",
}

TAGGED = (
    "what happened to the ferry (the daily planet)",
    "what happened to the ferry (Daily Planet)",
    "what happened to the ferry (the Daily Planet)",
    "what happened to the ferry - Daily Planet",
    "Daily Planet: what happened to the ferry",
    "what happened to the ferry (evening standard)",
)
# typed in lower case without "the" and ending on no masthead's noun: a qualifier as likely as a
# paper ("how much did petrol cost (weekly average)?" had led with "No article is from the
# Weekly Average."), so searched as words
QUALIFIERS = (
    "what happened to the ferry (daily planet)",
    "how much was the ferry sold for (weekly average)",
    "what happened to the ferry (daily total)",
)


def test_a_paper_tagged_with_or_without_the_is_said_to_be_absent(workdir: Path) -> None:
    # "(daily planet)" was searched as words, and "(Daily Planet)" answered "No article
    # mentions “Daily Planet”." about a ferry the articles tell of
    shown_all = ask_each(
        *TAGGED,
        "what did ana ruiz say (the daily planet)",
        "what happened to the ferry (the old one)",
        "what happened to the ferry in the daily round",  # placed, not set apart: words
        *QUALIFIERS,
        cwd=workdir,
    )
    tagged, rest = shown_all[: len(TAGGED)], shown_all[len(TAGGED) :]
    speech, plain, placed, *qualified = rest
    for question, shown in zip(TAGGED, tagged, strict=True):
        paper = "Evening Standard" if "standard" in question else "Daily Planet"
        assert shown.startswith(f"No article is from the {paper}. {UNNAMED} Best matching"), shown
        assert "Ferry sold to a rival" in shown
    assert speech.startswith(f"No article is from the Daily Planet. {UNNAMED} What Ana Ruiz said:")
    assert "The sale saves the route" in speech
    assert "No article is from" not in plain  # a tag shaped like no paper's: words
    assert "No article is from" not in placed
    for question, shown in zip(QUALIFIERS, qualified, strict=True):
        assert "No article is from" not in shown, (question, shown)
