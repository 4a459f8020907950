"""A question tagged with where it was read ("... (bbc news)", "kestrel: ...", "... - Kestrel",
"... on bbc news"): an outlet the archive holds filters the answer, one it does not is said to
be absent and never searched, and a tag naming no outlet, or an outlet named inside the
question, stays words. Each through `answer()` and a real `qabot` process."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import dated_index_of
from tests.support.processes import qabot

# what an answer adds when the articles' files name no outlet
UNNAMED = "The articles' files name no outlet."

pytestmark = pytest.mark.e2e

# our own short articles, none dated and none from an outlet; "Kestrel" is written as a news
# outlet's name ("the Kestrel's correspondent")
ARTICLES = {
    "ferry.txt": (
        "Ferry sold to a rival\n\nThe island ferry was sold to a rival line on Monday, "
        "the Kestrel's correspondent in the port said.\n"
    ),
    "strike.txt": (
        "Dock strike ends\n\nThe dock strike ended after the union accepted the offer.\n\n"
        '"The offer is fair," Tom Dunmore said of the dock strike.\n'
    ),
    "news.txt": (
        "Viewers write in\n\nViewers of BBC News and readers of the Harbour Gazette wrote in "
        "about the weather all week.\n"
    ),
}


@pytest.mark.parametrize(
    ("question", "outlet"),
    [
        ("what happened to the ferry (bbc news)", "BBC News"),
        ("what happened to the ferry [Kestrel]?", "Kestrel"),
        ("(kestrel) what happened to the ferry", "Kestrel"),
        ("kestrel: what happened to the ferry", "Kestrel"),
        ("Kestrel - what happened to the ferry", "Kestrel"),
        ("what happened to the ferry - kestrel", "Kestrel"),
        ("what happened to the ferry: the harbour gazette", "the Harbour Gazette"),
        ("what happened to the ferry on bbc news?", "BBC News"),
        ("what happened to the ferry in the harbour gazette", "the Harbour Gazette"),
    ],
)
def test_a_tag_naming_an_outlet_no_article_is_from_is_said_so_and_not_searched(
    index: Index, question: str, outlet: str
) -> None:
    result = answer(index, question)
    assert result.lead.startswith(f"No article is from {outlet}. "), result.lead
    assert [hit.article.title for hit in result.passages][:1] == ["Ferry sold to a rival"]


def test_a_tagged_speech_question_keeps_its_topic(index: Index) -> None:
    result = answer(index, "what did tom dunmore say about the strike (bbc news)")
    assert result.lead == (
        f"No article is from BBC News. {UNNAMED} What Tom Dunmore said about the strike:"
    )
    assert result.topic == "the strike"
    assert result.found and result.quotes


@pytest.mark.parametrize(
    "question",
    [
        "what happened to the ferry (the rival line)",  # a tag naming no outlet
        "what happened to the ferry - the island one",
        "what did tom dunmore say on the record",  # "on the record": words
        "what did tom dunmore say in the end",
        "what happened to the ferry in the port",
        "what did the kestrel correspondent say about the ferry",  # inside: a word
    ],
)
def test_a_tag_naming_no_outlet_or_a_name_inside_the_question_keeps_its_words(
    index: Index, question: str
) -> None:
    assert "No article is from" not in answer(index, question).lead


def test_the_cli_sets_a_tag_aside(workdir: Path) -> None:
    asked = "what happened to the ferry (bbc news)\nkestrel: what happened to the ferry\n"
    result = qabot("ask", "-", cwd=workdir, stdin=asked)  # one process for the questions
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.split("\nQ: ")
    assert "\n\nNo article is from BBC News. " in first, first
    assert "\n\nNo article is from Kestrel. " in second, second
    assert "Ferry sold to a rival" in first and "Ferry sold to a rival" in second


# our own: an outlet the archive holds, typed as a tag, is a filter
HELD = {
    "a.md": ("2024-03-04", "Harbour Gazette", "Ferry sold", "The old ferry was sold on Monday."),
    "b.md": ("2024-03-05", "Valley Herald", "Ferry renamed", "The new ferry was renamed."),
    "c.md": ("2024-03-06", "Valley Herald", "Walls mended", "The harbour walls were mended."),
}  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "what happened to the ferry (valley herald)",
        "valley herald: what happened to the ferry",
        "[Valley Herald] what happened to the ferry",
        "what happened to the ferry - the valley herald",
        "what happened to the ferry from the valley herald?",
    ],
)
def test_a_tag_naming_an_outlet_the_archive_holds_filters(tmp_path: Path, question: str) -> None:
    held = dated_index_of(tmp_path, HELD)
    result = answer(held, question)
    assert result.filters.sources == ("Valley Herald",)
    assert "No article is from" not in result.lead
    assert [hit.article.title for hit in result.passages] == ["Ferry renamed"]


# our own: an outlet named by a common noun, which a story of another outlet writes as one
COMMON = {
    "a.md": ("2024-03-04", "Parlour", "Rents rise", "Rents rose across the city this spring."),
    "b.md": (
        "2024-03-05",
        "Valley Herald",
        "Barber robbed",
        "A man robbed the barber's parlour on Main Street on Monday.\n\n"
        '"He took the till and ran," said Ada Quill, who runs the parlour.',
    ),
}


def test_a_lower_case_tag_the_story_asked_about_writes_as_a_word_stays_words(
    tmp_path: Path,
) -> None:
    held = dated_index_of(tmp_path, COMMON)
    result = answer(held, "what did ada quill say about the robbery in the parlour")
    assert result.filters.sources == ()
    assert [hit.quote.speaker for hit in result.quotes] == ["Ada Quill"]
    # the same name where the other words find no story writing it is the outlet
    assert answer(held, "what happened to rents in the parlour").filters.sources == ("Parlour",)
