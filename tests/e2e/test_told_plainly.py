"""What qabot says when it cannot tell who or what is meant reads true to the reader: "she"
right after a man is not taken to mean him; the lawyer of someone no article names is not
looked for among the lawyers the articles quote; a Title Case question's echo keeps its names'
capitals; a question in French is told the articles are English even when it finds passages,
and its words are never mended into English ones. Each through `answer()` and a real `qabot`
process."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from qabot.search.wording import ENGLISH_NOTE
from tests.support.indexes import filler_notes
from tests.support.processes import qabot

pytestmark = pytest.mark.e2e

# our own short notes, enough of them that a word few hold is telling
ARTICLES = filler_notes(300)
ARTICLES["ferry.txt"] = (
    "Ferry fares to rise\n\nFerry fares will rise in the spring, the operator said. "
    '"Fuel has never cost more," said Tom Dunmore, who runs the line. '
    '"We held fares for three years," Mr Dunmore added. A single ticket costs ninety pence.'
)
ARTICLES["deal.txt"] = (
    "Ferry deal agreed\n\nA new ferry deal was agreed with the council. "
    '"The deal, struck on Monday, keeps the boats running," said Tom Dunmore.'
)
ARTICLES["strike.txt"] = (
    "Dock strike ends\n\nThe dock strike ended on Friday after talks. "
    '"We lost a week of sailings," said Tom Dunmore.'
)
ARTICLES["cup.txt"] = (
    "Cup run ends\n\nThe club's losing run went on at home on Saturday. "
    '"We lost to a better side," said Ann Corrie, the club captain.'
)
ARTICLES["garden.txt"] = (
    "Garden show opens\n\nThe garden show opened on Saturday. "
    '"The roses are the best we have had," said Helen Vale, who chairs the show. '
    '"Come early," Ms Vale said.'
)


def test_she_right_after_a_man_is_not_taken_to_mean_him(index: Index) -> None:
    chat = Conversation()
    assert answer(index, "what did Tom Dunmore say?", conversation=chat).speaker == "Tom Dunmore"
    result = answer(index, "what did she say?", conversation=chat)
    assert not result.found and not result.quotes and result.speaker is None
    assert result.lead == (
        "It is unclear who “she” is: Tom Dunmore, asked about last, is a man. "
        "Ask “What did <name> say?” with her name."
    )
    # he is still the one "he" means
    assert answer(index, "what else did he say?", conversation=chat).speaker == "Tom Dunmore"


def test_she_after_a_woman_then_a_man_is_the_woman(index: Index) -> None:
    chat = Conversation()
    answer(index, "what did Helen Vale say?", conversation=chat)
    answer(index, "what did Tom Dunmore say?", conversation=chat)
    assert answer(index, "what did she say?", conversation=chat).speaker == "Helen Vale"


def test_the_console_says_who_she_is_is_unclear(workdir: Path) -> None:
    script = (
        "what did Tom Dunmore say?\nwhat did she say about fares?\n"
        "what did Zarkon Velliquette's lawyer say?\nque pense le ministre du ferry\n"
    )
    console = qabot("console", cwd=workdir, stdin=script)
    assert console.returncode == 0, console.stderr
    assert "qabot> It is unclear who “she” is: Tom Dunmore, asked about last, is a man." in (
        console.stdout
    )
    assert console.stdout.count("Fuel has never cost more") == 1
    assert "qabot> Zarkon Velliquette is not named in the articles, so nobody is quoted" in (
        console.stdout
    )
    french = console.stdout.split(f"qabot> {ENGLISH_NOTE}", 1)
    assert len(french) == 2 and "pence" not in french[1].split("\n")[0], console.stdout


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "what did Zarkon Velliquette's lawyer say?",
            "Zarkon Velliquette is not named in the articles, so nobody is quoted as "
            "Zarkon Velliquette's lawyer.",
        ),
        (
            "what did zarkon's spokesman say about the ferry fares",
            "Zarkon is not named in the articles, so nobody is quoted as zarkon's spokesman.",
        ),
    ],
)
def test_the_role_of_someone_no_article_names_says_they_are_named_nowhere(
    index: Index, question: str, lead: str
) -> None:
    # "No quotes from anyone the articles call Zarkon Velliquette's lawyer" told of a
    # Zarkon Velliquette the articles might name
    result = answer(index, question)
    assert not result.found and not result.passages and not result.quotes
    assert result.lead == lead


def test_the_role_of_someone_named_is_still_looked_for(index: Index) -> None:
    lead = answer(index, "what did Tom Dunmore's lawyer say?").lead
    assert lead.startswith("No quotes from anyone the articles call Tom Dunmore's lawyer"), lead


@pytest.mark.parametrize(
    ("question", "echoed"),
    [
        ("What Did Helen Vale Say About Tom Dunmore", "Tom Dunmore"),
        ("Who Said Zarkon Velliquette Was Busy", "Zarkon Velliquette was busy"),
    ],
)
def test_a_title_case_question_echoes_names_with_their_capitals(
    index: Index, question: str, echoed: str
) -> None:
    # read in lower case ("tom dunmore"), the echo wrote the name so
    lead = answer(index, question).lead
    assert echoed in lead and echoed.casefold() not in lead, lead


@pytest.mark.parametrize(
    "question", ["que pense le ministre du ferry", "pourquoi le ferry est cher"]
)
def test_a_french_question_that_finds_passages_is_told_the_articles_are_english(
    index: Index, question: str
) -> None:
    # answered from passages as if English, "pense" searched as "pence"
    lead = answer(index, question).lead
    assert lead.startswith(ENGLISH_NOTE), lead
    assert "pence" not in lead, lead


def test_an_english_question_with_french_names_is_not_told_so(index: Index) -> None:
    lead = answer(index, "what did Le Pen say about the Tour de France ferry").lead
    assert ENGLISH_NOTE not in lead, lead


def test_a_deal_struck_is_not_shown_as_words_about_the_strike(index: Index) -> None:
    # "struck", a form of the verb, held his words about the deal under "What Tom Dunmore
    # said about the strike:", beside those in the story of the strike
    result = answer(index, "what did Tom Dunmore say about the strike?")
    assert result.lead.startswith("What Tom Dunmore said about the strike"), result.lead
    assert [hit.quote.text for hit in result.quotes] == ["We lost a week of sailings"]


def test_words_in_another_form_of_the_topic_word_are_on_it(index: Index) -> None:
    # "lost" is a form of "losing": "Ann Corrie said nothing about losing" stood above
    # "We lost to a better side" (in a story that writes "losing" itself)
    result = answer(index, "what did Ann Corrie say about losing?")
    assert result.found and result.lead.startswith("What Ann Corrie said about losing"), (
        result.lead
    )
    assert [hit.quote.text for hit in result.quotes] == ["We lost to a better side"]
