"""A role whose owner is a role ("the prime minister's spokesman", "the spokesman for the prime
minister"): the one the articles call so, else the spokesman of whoever holds the office,
else nobody, said so; never a minister quoted where "prime" is written. Through `answer()`
and a real `qabot` process."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.role_owned_roles import role_and_owner
from tests.support.indexes import filler_notes, index_of
from tests.support.processes import ask_each

pytestmark = pytest.mark.e2e

ARTICLES = filler_notes(120)
ARTICLES |= {
    "premier.txt": (
        "Premier backs ferry plan\n\nPrime Minister Anna Berg said the ferry plan was sound. "
        '"The ferry plan will go ahead," said Anna Berg.\n'
    ),
    "spokesman.txt": (
        "Ferry plan on track\n\nA spokesman for Anna Berg said the ferry tender would open "
        'in May. "The tender opens in May," the spokesman said.\n'
    ),
    "police.txt": (
        "Police powers widened\n\nHome Office minister Tom Hale said the prime minister "
        'backed the new police powers. "These powers keep streets safe," said Tom Hale.\n'
    ),
    "schools.txt": (
        "Schools get funds\n\nEducation minister Eva Lund said schools would get more money. "
        '"Every school gains," said Eva Lund.\n'
    ),
    "bridge.txt": (
        "Bridge fees fall\n\nThe chancellor's official spokesman said bridge fees would fall. "
        '"Bridge fees will fall next year," the chancellor\'s official spokesman said.\n'
    ),
    "arms.txt": (
        "Hart defends arms deal\n\nForeign Secretary Paul Hart defended the arms deal on a visit. "
        '"The deal is safe," said Paul Hart. But Mr Hart faces opposition at home. Tory foreign '
        'affairs spokesman Ivo Dane said the deal was "naive beyond belief".\n'
    ),
    "treasury.txt": (
        "Chancellor sets budget\n\nChancellor Paul Meyer said the budget was balanced. "
        '"The budget is balanced," said Paul Meyer.\n'
    ),
}


@pytest.mark.parametrize(
    ("phrase", "read"),
    [
        ("the prime minister's spokesman", ("spokesman", "prime minister")),
        ("the spokesman for the prime minister", ("spokesman", "prime minister")),
        (
            "the deputy prime minister's official spokesman",
            ("official spokesman", "deputy prime minister"),
        ),
        ("Tony Blair's spokesman", None),  # a person's: `person_owners`
        ("the club's manager", None),  # a body's
        ("the spokesman for the ministers", None),  # many
        ("the chancellor of the exchequer", None),
        ("the General Worker's Union general secretary", None),  # a body's name
    ],
)
def test_a_role_owned_by_a_role_is_read_apart(phrase: str, read: tuple[str, str] | None) -> None:
    assert role_and_owner(phrase) == read


@pytest.mark.parametrize(
    "question",
    [
        "what did the prime minister's spokesman say?",
        "what did the spokesman for the prime minister say?",
    ],
)
def test_the_office_holders_spokesman_is_meant(index: Index, question: str) -> None:
    result = answer(index, question)
    assert result.speaker == "a spokesman for Anna Berg"
    assert {hit.speaker for hit in result.quotes} == {"a spokesman for Anna Berg"}


def test_the_role_as_the_articles_write_it_is_meant_first(index: Index) -> None:
    result = answer(index, "what did the chancellor's spokesman say?")
    assert result.speaker == "the chancellor's official spokesman"
    assert "Bridge fees will fall" in result.quotes[0].quote.text


def test_the_office_holders_spokesman_and_a_description_are_a_guess_between_them(
    tmp_path: Path,
) -> None:
    described = (
        "Port fees frozen\n\nThe prime minister's official spokesman said port fees would "
        'stay frozen. "Port fees stay frozen," the prime minister\'s official spokesman said.\n'
    )
    index = index_of(tmp_path, {**ARTICLES, "port.txt": described})
    result = answer(index, "what did the prime minister's spokesman say?")
    assert not result.quotes  # asked which, none shown as sure
    assert set(result.choices) == {
        "the prime minister's official spokesman",
        "a spokesman for Anna Berg",
    }
    exact = answer(index, "what did the prime minister's official spokesman say?")
    assert exact.speaker == "the prime minister's official spokesman" and not exact.choices


def test_no_one_called_an_office_holders_spokesman_is_said_so(index: Index) -> None:
    result = answer(index, "what did the education minister's spokesman say?")
    assert not result.quotes and result.speaker is None
    assert result.lead.startswith(
        "No quotes from anyone the articles call the education minister's spokesman"
    )


@pytest.mark.parametrize(
    "question",
    [
        "what did Paul Hart's spokesman say?",
        "what did the foreign secretary's spokesman say?",
    ],
)
def test_another_partys_spokesman_opening_a_sentence_is_not_the_owners(
    index: Index, question: str
) -> None:
    # "Tory foreign affairs spokesman Ivo Dane" in a story about Paul Hart is the Tories'
    result = answer(index, question)
    assert result.speaker is None and not result.quotes


def test_the_command_line_shows_the_office_holders_spokesman(workdir: Path) -> None:
    owned, spelt, nobody = ask_each(
        "what did the prime minister's spokesman say?",
        "what did the spokesman for the prime minister say about the tender?",
        "what did the education minister's spokesman say?",
        cwd=workdir,
    )
    assert owned.startswith("What a spokesman for Anna Berg said:")
    assert "tender would open in May" in owned and "These powers" not in owned
    assert "tender would open in May" in spelt
    assert nobody.startswith(
        "No quotes from anyone the articles call the education minister's spokesman"
    )
    assert "Every school gains" not in nobody
