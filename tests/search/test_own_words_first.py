""" "What did X say?" with no topic over articles without a date: in each story the speaker's own
words in quote marks come before the writer's report of what they said."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

STORY = (
    "Campaign backs new library\n\n"
    "Campaigner Lena Vosk said the plan was overdue and that she expected the council to "
    "agree to it.\n\n"
    "She told a meeting the town had waited twenty years for a library.\n\n"
    '"This is long overdue. The council will have to build it one day," Ms Vosk said.\n\n'
    '"Every child here deserves books on the doorstep," she added.\n'
)


def test_quoted_words_come_before_the_report_of_them(tmp_path: Path) -> None:
    index = index_of(tmp_path, {"library.txt": STORY})
    result = answer(index, "what did lena vosk say", top=5)
    kinds = [hit.quote.kind for hit in result.quotes]
    assert kinds[0] == "direct"
    assert "This is long overdue" in result.quotes[0].quote.text
    assert "reported" in kinds  # the report is still shown, after them
