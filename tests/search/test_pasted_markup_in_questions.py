"""A question pasted with HTML tags or character references is read as the text they stand
for: "<b>Blair</b> iraq" read "b" as a word ("the best passages have “b” and “Blair”")."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.search import answer
from qabot.text import without_pasted_markup
from tests.support.indexes import index_of

_ARTICLES = {
    "ferry.txt": "Ferry strike\n\nThe harbour ferry crews went on strike over pay.\n",
    "rates.txt": "Rates held\n\nThe bank held rates at 5% on Thursday.\n",
}


@pytest.mark.parametrize(
    "text",
    [
        "<b>ferry</b> strike",
        "<B>ferry</B> <i class='x'>strike</i>",
        "ferry<br>strike",
        "<p>ferry strike</p>",
        "ferry&nbsp;strike",
        '<a href="https://example.org/x">ferry</a> strike',
    ],
)
def test_tags_pasted_with_a_question_are_not_searched(tmp_path: Path, text: str) -> None:
    index = index_of(tmp_path, _ARTICLES)
    result = answer(index, text)
    assert result.found and result.passages[0].article.title == "Ferry strike", result.lead
    assert "<" not in result.lead and "“b”" not in result.lead


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("<b>Blair</b>'s speech", "Blair's speech"),
        ("one<br/>two", "one two"),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("it&#39;s", "it's"),
        ("it&#146;s", "it’s"),  # 128-159: Windows-1252's marks, as an article reads them
        ("a&#x202E;b", "a&#x202E;b"),  # a bidi override: no printable character
        ("&amp;#233;", "&#233;"),  # one pass
        ("is 3 < 4 and b > a", "is 3 < 4 and b > a"),  # no tag: the words stay
        ("a <blair> tag", "a <blair> tag"),  # not an element of HTML
        ("AT&T; R&D", "AT&T; R&D"),  # no reference
    ],
)
def test_what_is_read_as_markup(text: str, read: str) -> None:
    assert without_pasted_markup(text) == read


@pytest.mark.parametrize("text", ["ferry\x01strike", "ferry\x7fstrike", "ferry\x85strike"])
def test_a_control_character_between_words_parts_them(tmp_path: Path, text: str) -> None:
    # it was taken out and the words joined: "No article mentions “ferrystrike”"
    index = index_of(tmp_path, _ARTICLES)
    result = answer(index, text)
    assert result.found and "“ferry strike”" in result.lead, result.lead
