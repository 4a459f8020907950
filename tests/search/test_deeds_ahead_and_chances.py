"""A deed asked with a helping verb ("who will play X?", "who has been cast as X?") or of a
thing ("which company bought X?") is held to its verb as "who threw X?" is, and a chance told
("the least likely to win", "nominated for") is no outcome. Through answer() and the command
line, on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import folder_options, index_of
from tests.support.processes import ask_each

ARTICLES = {
    "biopic.txt": "Film of Odo Varn's life\n\nThe life of the late Gullmoor singer Odo Varn is "
    "to be made into a film, it has been announced. The Gullmoor film will be shot in the "
    "north next spring.\n",
    "cast.txt": "Lead for Tessa Quill film\n\nActor Bram Ostley will play explorer Tessa Quill "
    "in the Tessa Quill film, its makers said.\n",
    "wong.txt": "Colour tunes\n\nStudent Ivo Kessler wrote the Prism Tunes software that turns "
    "colours into music. Ivo Kessler says the Prism Tunes software could help blind students.\n",
    "mill.txt": "Orla mill sold\n\nKorvane Foods bought the Orla mill on Monday, the owners "
    "said.\n",
    "chart.txt": "Chart news\n\nDrift by the Harrow Lanes is number one on the Velm singles "
    "chart this week.\n",
    "prize.txt": "Harbour Rose shortlist\n\nThe sitcom Dune Street is among the shows "
    "nominated for the Harbour Rose prize in Velm.\n",
    "domains.txt": "New domains\n\nOf the ten under review, the least likely to win approval is "
    "the .zzz domain for gaming sites, the net body Netreg said.\n",
    "sprint.txt": "Hurdler upbeat\n\nHurdler Cal Brenn is confident of winning a medal at next "
    "week's Velm indoor games.\n",
    "won.txt": "Harbour Rose result\n\nThe drama Kestrel Point won the Harbour Rose prize in "
    "Velm on Friday.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("deeds_ahead"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        ("who will play odo varn in the gullmoor film", "who will play"),
        ("who has been cast as odo varn in the gullmoor film", "who has been cast"),
        ("which company bought ivo kessler's prism tunes software", "which company bought"),
        ("what company bought ivo kessler's prism tunes software", "what company bought"),
    ],
)
def test_a_deed_the_passages_never_tell_names_no_doer(
    index: Index, question: str, deed: str
) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert result.lead == f"None of the passages that best match “{question}” tells {deed}."


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("who will play tessa quill in the tessa quill film", "Bram Ostley will play"),
        ("which company bought the orla mill", "Korvane Foods bought"),
        # a chart's top is told as "number one", seldom with the verb
        ("which song topped the velm singles chart", "is number one"),
    ],
)
def test_a_deed_told_is_answered(index: Index, question: str, given: str) -> None:
    result = answer(index, question)
    assert result.found and given in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("did dune street win the harbour rose prize in velm", "nominated for the Harbour Rose"),
        ("did netreg end up approving the .zzz domain for gaming sites", "least likely to win"),
        # a hope told of, not a result
        ("did cal brenn win a medal at the velm indoor games", "confident of winning a medal"),
    ],
)
def test_a_chance_told_is_no_outcome(index: Index, question: str, told: str) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert "tell it only as a prospect" in result.lead and told in result.lead


def test_an_outcome_told_is_answered(index: Index) -> None:
    result = answer(index, "did kestrel point win the harbour rose prize in velm")
    assert result.found and "won the Harbour Rose prize" in result.passages[0].passage.text


def test_the_command_line_refuses_an_untold_deed(index: Index, tmp_path: Path) -> None:
    result, told = ask_each(
        "who will play odo varn in the gullmoor film",
        "did dune street win the harbour rose prize in velm",
        cwd=tmp_path,
        options=folder_options(index),
    )
    assert "tells who will play." in result
    assert "is to be made into a film" not in result
    assert "tell it only as a prospect" in told
