"""Who a headline's "X on Y" names beyond someone quoted on Y: a person the articles name but
never quote, someone quoted on other things, a role only the articles give, a one-word name
that is a word too; and what stays a search."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "fire.txt": (
        "Fire closes the harbour theatre\n\n"
        "The harbour theatre was closed after a fire on Sunday night. Actor Lena Marsh, who "
        "was due to open there in May, was among the crowd watching the firefighters.\n\n"
        "The musical Silver Tide, which was to follow her play, has moved to the town hall.\n"
    ),
    "storms.txt": (
        "Storm season ends early\n\n"
        '"The boats came through the winter without a scratch," said harbour master Peter '
        'Hollis.\n\n"We lost no days to the weather after February," Peter Hollis added.\n'
    ),
    "festival.txt": (
        "Folk festival returns\n\n"
        '"Tickets will stay at last year\'s price," said festival coordinator Mira Santos.\n\n'
        "The festival runs for three days in August.\n"
    ),
    "match.txt": (
        "Rovers held at home\n\n"
        '"The pitch was heavy and we never found our passing," said Rovers midfielder '
        "Tacco after the draw with United.\n"
    ),
    "reply.txt": (
        "Councillor answers harbour master\n\n"
        "Councillor Rhian Pask was asked about what the harbour master had said of the winter. "
        '"His remarks were unfair to the lifeboat crews," said Rhian Pask.\n'
    ),
    "boots.txt": (
        "Boot makers chase the tacco market\n\n"
        "A tacco is a flick with the heel. Boot makers say a tacco needs a soft heel, and the "
        "tacco boot sells well. Fans copy the tacco in parks.\n"
    ),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("headline_names"), ARTICLES)


@pytest.mark.parametrize("question", ["Lena Marsh on the fire", "lena marsh on the fire"])
def test_a_person_named_but_never_quoted_is_said_to_be_so(harbour: Index, question: str) -> None:
    result = answer(harbour, question)
    assert result.lead.startswith("No quotes from Lena Marsh")
    assert not result.quotes
    assert result.passages and all("Lena Marsh" in p.passage.text for p in result.passages)


def test_a_title_written_with_capitals_is_no_person(harbour: Index) -> None:
    result = answer(harbour, "Silver Tide on the town hall")  # a musical, named by nobody
    assert result.speaker is None and not result.quotes
    assert not result.lead.startswith("No quotes")


def test_a_person_quoted_on_other_things_is_said_to_be_so(harbour: Index) -> None:
    result = answer(harbour, "Peter Hollis on ticket prices")
    assert result.speaker == "Peter Hollis"
    assert result.lead.startswith("Peter Hollis said nothing about ticket prices")
    assert not result.found
    assert result.quotes and {q.speaker for q in result.quotes} == {"Peter Hollis"}


def test_a_role_only_the_articles_give_is_its_holders(harbour: Index) -> None:
    result = answer(harbour, "the festival coordinator on tickets")
    assert result.speaker == "Mira Santos"
    assert result.quotes and result.quotes[0].quote.text.startswith("Tickets will stay")


def test_a_one_word_name_that_is_a_word_too_is_the_one_quoted(harbour: Index) -> None:
    result = answer(harbour, "tacco on the draw")
    assert result.speaker == "Tacco"
    assert result.quotes and result.quotes[0].quote.text.startswith("The pitch was heavy")


@pytest.mark.parametrize(
    "question", ["Rhian Pask on Hollis's remarks", "rhian pask on hollis's remarks"]
)
def test_a_possessive_in_the_topic_is_no_part_of_the_speaker(
    harbour: Index, question: str
) -> None:
    result = answer(harbour, question)  # her words on his remarks, not the remarks of "Pask on"
    assert result.speaker == "Rhian Pask"
    assert result.quotes and result.quotes[0].quote.text.startswith("His remarks were unfair")


def test_a_name_typed_in_lower_case_is_read_with_its_inner_capitals(tmp_path: Path) -> None:
    # "ian mcbride" is written "Ian McBride", never "Ian Mcbride": the articles' own capitals
    # say the name is a person's, named but never quoted
    index = index_of(
        tmp_path,
        {
            "mill.txt": "Mill to reopen\n\nThe old mill reopens in June. Ian McBride, who ran "
            "it for thirty years, was at the launch.\n\n"
            '"It is a fine day for the town," said mayor Jo Tate.\n'
        },
    )
    for question in ("ian mcbride on the mill", "ian mcbride about the mill"):
        result = answer(index, question)
        assert result.lead.startswith("No quotes from Ian McBride"), question
        assert not result.quotes
        assert result.passages and all("Ian McBride" in p.passage.text for p in result.passages)
