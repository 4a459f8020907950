"""What qabot says when it does not answer reads true to the reader: an outlet left ("resigned
from the Kestrel") is what is asked about, not a source no article is from; a name typed as an
owner ("Zarkon Velliquette's album") is named whole as missing; follow-ups after someone no
article names say so, not that nobody was asked about; a joining word opening a follow-up is
no part of its echo; a question in French or German is told it is not in English. Each through
`answer()` and a real `qabot` process."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from qabot.search.wording import ENGLISH_NOTE
from tests.support.indexes import filler_notes
from tests.support.processes import qabot

pytestmark = pytest.mark.e2e

# a thousand short notes: from this many passages a word no article holds is news
ARTICLES = filler_notes(1000)
# our own; "the Kestrel" is written as a news outlet's name, and no article is from it
ARTICLES["editor.txt"] = (
    "Editor quits the Kestrel\n\nAda Vale resigned from the Kestrel after a row over the "
    "ferry story, the Kestrel's correspondent said. Her resignation surprised the staff."
)
ARTICLES["album.txt"] = (
    "Band releases album\n\nThe band released its new album, called Tidewater, on Friday. "
    '"It is our best work," Tom Dunmore said of the album.'
)


@pytest.mark.parametrize(
    "question",
    [
        "why did Ada Vale resign from the Kestrel",
        "Who resigned from the Kestrel?",
        "Ada Vale's resignation from the Kestrel",
    ],
)
def test_an_outlet_someone_left_is_asked_about_not_a_source(index: Index, question: str) -> None:
    # "from the Kestrel" was read as a source no article is from: "No article is from the
    # Kestrel." opened an answer about the Kestrel
    result = answer(index, question)
    assert "No article is from" not in result.lead, result.lead
    assert [hit.article.title for hit in result.passages][:1] == ["Editor quits the Kestrel"]


def test_a_source_named_with_from_is_still_one(index: Index) -> None:
    result = answer(index, "news about the ferry story from the Kestrel")
    assert result.lead.startswith("No article is from the Kestrel. "), result.lead


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what is Zarkon Velliquette's new album called", "“Zarkon Velliquette”"),
        ("when was Zarkon's album released", "“Zarkon”"),
        ("when was Velliquette’s album released", "“Velliquette”"),
    ],
)
def test_a_name_typed_as_an_owner_is_named_whole_as_missing(
    index: Index, question: str, missing: str
) -> None:
    # "Velliquette's" was no word the spelling read: "No article mentions “Zarkon”, but 1
    # passage matches “what is Velliquette's new album called”"
    result = answer(index, question)
    assert not result.found
    assert result.lead.startswith(f"No article mentions {missing}, but "), result.lead
    assert "'s" not in result.lead and "’s" not in result.lead


@pytest.mark.parametrize(
    ("follow_up", "reply"),
    [
        ("what else did he say?", "so there is nothing they said."),
        ("more", "Nothing more: Zarkon Velliquette is not named in the articles"),
        ("what did she say about the ferry?", "nothing they said about “the ferry”."),
        ("and last week?", "not named in the articles, “last week” or otherwise"),
    ],
)
def test_follow_ups_after_someone_no_article_names_say_so(
    index: Index, follow_up: str, reply: str
) -> None:
    chat = Conversation()
    first = answer(index, "what did Zarkon Velliquette say?", conversation=chat)
    assert first.lead.startswith("Zarkon Velliquette is not named in the articles")
    result = answer(index, follow_up, conversation=chat)
    assert not result.found and not result.passages
    assert result.lead.startswith(("Zarkon Velliquette", "Nothing more: Zarkon")), result.lead
    assert reply in result.lead
    assert "No question was asked" not in result.lead and "Who do you mean" not in result.lead


def test_someone_named_after_the_unnamed_one_is_meant_again(index: Index) -> None:
    chat = Conversation()
    answer(index, "what did Zarkon Velliquette say?", conversation=chat)
    assert answer(index, "what did Tom Dunmore say?", conversation=chat).speaker == "Tom Dunmore"
    assert "Zarkon" not in answer(index, "what else did he say?", conversation=chat).lead


@pytest.mark.parametrize(
    ("question", "echoed"),
    [
        ("and when was Zarkon's album released?", "“when was album released”"),
        ("or Zarkon album", "“album”"),
    ],
)
def test_a_joining_word_opens_no_echo(index: Index, question: str, echoed: str) -> None:
    assert f" {echoed}: ask without" in answer(index, question).lead


@pytest.mark.parametrize(
    "question",
    ["Qu'a dit Tom Dunmore sur l'album ?", "Wer hat das Album gewonnen?"],
)
def test_a_question_in_another_language_is_told_so(index: Index, question: str) -> None:
    result = answer(index, question)
    assert result.lead.startswith(ENGLISH_NOTE), result.lead


def test_the_rest_mended_into_english_words_is_not_offered(index: Index) -> None:
    # "gewonnen" is in no article, and the rest searched was mended into English words
    lead = answer(index, "Wer hat die Wahl gewonnen?").lead
    assert lead.startswith(ENGLISH_NOTE) and "ask without" not in lead, lead


def test_the_console_and_the_cli_say_the_same(workdir: Path) -> None:
    script = (
        "what did Zarkon Velliquette say?\nwhat else did he say?\nmore\n"
        "why did Ada Vale resign from the Kestrel\nwhen was Zarkon's album released\n"
    )
    console = qabot("console", cwd=workdir, stdin=script)
    assert console.returncode == 0, console.stderr
    out = console.stdout
    assert "qabot> Zarkon Velliquette is not named in the articles, so there is nothing" in out
    assert "qabot> Nothing more: Zarkon Velliquette is not named in the articles" in out
    assert "No question was asked" not in out and "Who do you mean" not in out
    assert "No article is from" not in out and "Editor quits the Kestrel" in out
    assert "qabot> No article mentions “Zarkon”, but " in out
    asked = (
        "why did Ada Vale resign from the Kestrel\nand what is Zarkon Velliquette's album\n"
        "how old is Zarkon Velliquette?\n"
    )
    cli = qabot("ask", "-", cwd=workdir, stdin=asked)
    assert cli.returncode == 0, cli.stderr
    assert "No article is from" not in cli.stdout and "Editor quits the Kestrel" in cli.stdout
    assert "No article mentions “Zarkon Velliquette”, but 1 passage matches “what is album”" in (
        cli.stdout
    )
    # "how old is" breaks off where the name stood: no passages offered for it
    assert "\nNo article mentions “Zarkon Velliquette”.\n" in cli.stdout
