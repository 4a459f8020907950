"""The lead of "what did X say about Y?" when X said nothing about Y: X's words on other things
follow under the pronoun the articles give X ("she said", "Mr Reed said"), else under X's
name, never "their" for one person. Through answer() and `qabot ask`."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import folder_options, index_of
from tests.support.processes import ask_each

ARTICLES = {
    "boats.txt": "Boats repainted\n\n"
    '"We plan to paint the boats blue," said Ada Lind, the yard owner. '
    '"The summer is near," she added.\n',
    "pier.txt": "Pier reopens\n\nThe pier reopened after repairs. "
    '"The new planks will last for years," said Tom Reed, the harbour master. '
    '"Visitors are welcome again," Mr Reed said.\n',
    "yard.txt": 'Yard sold\n\n"The yard was sold to a builder," said Kim Vane.\n',
    "tides.txt": "Tides\n\nSpring tides will be high this week, forecasters said.\n",
    "market.txt": "Market\n\nThe fish market opens early on Fridays.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("speech_leads"), ARTICLES)


@pytest.mark.parametrize(
    ("person", "whose"),
    [("Ada Lind", "her"), ("Tom Reed", "his"), ("Kim Vane", "Kim Vane's")],
)
def test_words_on_other_things_are_under_the_articles_pronoun_or_the_name(
    index: Index, person: str, whose: str
) -> None:
    result = answer(index, f"what did {person.lower()} say about the tides?")
    assert result.lead == (
        f"{person} said nothing about the tides in the articles; {whose} words on other things:"
    )
    assert result.quotes and result.speaker == person


@pytest.mark.e2e
def test_qabot_ask_prints_her_words_on_other_things(index: Index, tmp_path: Path) -> None:
    # the module's index, not one the command builds first (~0.2 CPU-s)
    [printed] = ask_each(
        "what did ada lind say about the market?", cwd=tmp_path, options=folder_options(index)
    )
    lead = "Ada Lind said nothing about the market in the articles; her words on other things:"
    assert printed.startswith(lead), printed
    assert "We plan to paint the boats blue" in printed
