"""What a new user's trial found in lead lines: a name typed in lower case opened a sentence
("hewit is not named"), and a question cut short after "and" was echoed as if it had not
been."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.processes import qabot

pytestmark = pytest.mark.e2e

ARTICLES = {
    "ferry.md": "---\ntitle: Ferry strike ends\ndate: 2024-03-05\nsource: Island Courier\n---\n"
    "Ferry strike ends\n\nThe island ferry crews ended their strike on Tuesday, the union "
    'said. "We have an agreement on pay," said Mara Quist, the union\'s secretary.\n',
    "harvest.txt": "Coffee harvest grows\n\nGrowers expect a larger coffee harvest this year "
    "after steady rains in the highlands.\n",
    "library.txt": "Library hours\n\nThe central library will open on Sundays from April, "
    "the council announced.\n",
}


def test_the_console_says_a_lower_case_name_and_a_cut_short_question_well(
    workdir: Path,
) -> None:
    script = "what did hewit say?\nmore\nthe ferry strike and\n"
    result = qabot("console", cwd=workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "qabot> Hewit is not named in the articles, so there is nothing they said." in out
    assert "qabot> Nothing more: Hewit is not named in the articles" in out
    assert "qabot> Best matching passages for “the ferry strike and”:" in out
