""" "and Truss?" after a speech question, where no article writes "Truss": the answer says no
one so called is named, not the passages of a close word the archive holds ("Trust"). Through
`answer()` and a real `qabot console`."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.conversation import Conversation
from tests.support.processes import qabot

pytestmark = pytest.mark.e2e

# our own short articles; "Trust" is one edit from the name asked after them
ARTICLES = {
    "fund.txt": (
        "Harbour fund opens\n\nThe harbour fund opened for the fishing villages.\n\n"
        '"The fund will help every village," Peter Hale said of the harbour fund.\n'
    ),
    "trust.txt": (
        "Harbour Trust formed\n\nThe Harbour Trust was formed by the fishing villages to run "
        "the quay.\n"
    ),
    "walls.txt": "Sea walls repaired\n\nThe sea walls of the harbour were repaired in March.\n",
}


def test_and_a_name_no_article_writes_says_it_is_not_named(index: Index) -> None:
    chat = Conversation()
    assert answer(index, "what did Peter Hale say about the fund", conversation=chat).found
    result = answer(index, "and Truss?", conversation=chat)
    assert not result.found
    assert result.lead == "Truss is not named in the articles, so there is nothing they said."
    assert not result.passages


@pytest.mark.parametrize("reply", ["and trusts?", "and the walls?", "and Peter Hale?"])
def test_other_replies_are_read_as_before(index: Index, reply: str) -> None:
    # a word typed in lower case, or one the articles hold, is no name nowhere written
    chat = Conversation()
    answer(index, "what did Peter Hale say about the fund", conversation=chat)
    result = answer(index, reply, conversation=chat)
    assert "not named in the articles" not in result.lead, result.lead


def test_the_console_says_so(workdir: Path) -> None:
    shown = qabot(
        "console",
        cwd=workdir,
        stdin="what did Peter Hale say about the fund?\nand Truss?\n:quit\n",
    )
    assert shown.returncode == 0, shown.stderr
    last = shown.stdout.rsplit("qabot> ", 2)[1]
    assert last == "Truss is not named in the articles, so there is nothing they said.\n\n", last
    assert "Trust" not in shown.stdout.rsplit("fund", 1)[-1]
