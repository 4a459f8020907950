"""Whose role a question asks for, and saying when several fit: a person's spokesman described
several ways is never one of them silently; an agent is a role a person owns, and a description
by a surname two people share is only the one its story names; a role asked with a party's word
is no other party's; "the prime minister" is not a minister who spoke of the prime minister.
Through `answer()` and a real `qabot` process."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import filler_notes
from tests.support.processes import ask_each

pytestmark = pytest.mark.e2e

ARTICLES = filler_notes(120)
ARTICLES |= {
    "ferry.txt": (
        "Ferry plan backed\n\nPrime Minister Anna Berg said the ferry plan was sound. "
        '"The ferry plan will go ahead," said Anna Berg.\n'
    ),
    "tender.txt": (
        "Ferry tender opens\n\nA spokesman for Anna Berg said the ferry tender would open in "
        'May. "The tender opens in May," the spokesman said.\n'
    ),
    "harbour.txt": (
        "Harbour dues frozen\n\nBerg's official spokesman said harbour dues would stay frozen. "
        '"Harbour dues stay frozen this winter," Berg\'s official spokesman said.\n'
    ),
    "police.txt": (
        "Police powers widened\n\nHome Office minister Tom Hale said the Prime Minister backed "
        'the new police powers. "The Prime Minister is with us on patrols," said Tom Hale.\n'
    ),
    "patrols.txt": (
        "Night patrols\n\nPrime Minister Anna Berg visited a police station. Home Office "
        'minister Tom Hale told reporters: "Night patrols cut crime."\n'
    ),
    "arms.txt": (
        "Arms deal row\n\nLiberal Democrat foreign affairs spokesman Ivo Dane said the arms "
        'deal was wrong. "The arms deal is naive," said Ivo Dane.\n'
    ),
    "treaty.txt": (
        "Treaty row\n\nConservative foreign affairs spokesman Rees Mott attacked the treaty. "
        '"The treaty gives too much away," said Rees Mott.\n'
    ),
    "transfer.txt": (
        "Lenz stays put\n\nStriker Mark Lenz will not move this winter, and no club has called. "
        '"Mark is happy where he is," Lenz\'s agent said.\n'
    ),
    "album.txt": (
        "Lenz album\n\nSinger Mia Lenz released her album on Friday. "
        '"This record is my best," said Mia Lenz.\n'
    ),
    "goal.txt": (
        "Lenz scores\n\nMark Lenz scored twice on Saturday. "
        '"The goals came at last," said Mark Lenz.\n'
    ),
}


def test_a_persons_spokesman_described_several_ways_is_a_guess_between_them(
    index: Index,
) -> None:
    result = answer(index, "what did Anna Berg's spokesman say about harbour dues?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Berg's official spokesman"]
    assert set(result.choices) == {"a spokesman for Anna Berg", "Berg's official spokesman"}
    assert "may mean" in result.lead and "a spokesman for Anna Berg" in result.lead
    asked = answer(index, "what did Anna Berg's spokesman say?")
    assert not asked.quotes and set(asked.choices) == set(result.choices)  # asked which


def test_a_spokesman_asked_as_the_articles_write_it_names_the_others(index: Index) -> None:
    result = answer(index, "what did Berg's official spokesman say?")
    assert result.speaker == "Berg's official spokesman"
    assert result.lead.startswith("(Others called Berg's official spokesman: a spokesman for")


def test_an_agent_is_a_role_a_person_owns(index: Index) -> None:
    result = answer(index, "what did Mark Lenz's agent say?")
    assert result.speaker == "Lenz's agent"
    assert [hit.quote.text for hit in result.quotes] == ["Mark is happy where he is"]


def test_a_description_by_a_shared_surname_is_not_the_namesakes(index: Index) -> None:
    # "Lenz's agent" is quoted in a story naming Mark Lenz, never Mia Lenz
    result = answer(index, "what did Mia Lenz's agent say?")
    assert not result.quotes and result.speaker is None


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # Rees Mott is written "Conservative" only: a Tory all the same, never the Lib Dem
        ("what did the Tory foreign affairs spokesman say?", "Rees Mott"),
        ("what did the conservative foreign affairs spokesman say?", "Rees Mott"),
        ("what did the lib dem foreign affairs spokesman say?", "Ivo Dane"),
        ("what did the labour foreign affairs spokesman say?", None),
    ],
)
def test_a_role_asked_with_a_partys_word_is_no_other_partys(
    index: Index, question: str, speaker: str | None
) -> None:
    result = answer(index, question)
    assert result.speaker == speaker, result.lead
    assert {hit.speaker for hit in result.quotes} <= {speaker}


@pytest.mark.parametrize(
    "question",
    ["what did the prime minister say?", "what did the prime minister say about patrols?"],
)
def test_the_prime_minister_is_no_minister_who_spoke_of_the_prime_minister(
    index: Index, question: str
) -> None:
    result = answer(index, question)
    assert "Tom Hale" not in {hit.speaker for hit in result.quotes}
    assert result.speaker in {None, "Anna Berg"}


def test_the_command_line_says_whose_role_it_may_be(workdir: Path) -> None:
    several, tory, premier, agent = ask_each(
        "what did Anna Berg's spokesman say about harbour dues?",
        "what did the conservative foreign affairs spokesman say?",
        "what did the prime minister say about patrols?",
        "what did mia lenz's agent say?",
        cwd=workdir,
    )
    assert several.startswith("“Anna Berg's spokesman” may mean Berg's official spokesman")
    assert "Harbour dues stay frozen" in several
    assert tory.startswith("What Rees Mott said:") and "naive" not in tory, tory
    assert "Night patrols cut crime" not in premier
    assert agent.startswith("No quotes") and "Mark Lenz" not in agent.split("\n")[0]
