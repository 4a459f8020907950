"""A "who said ...?" claim of one word in a frame ("this was never about the money", "we will not
let them have the rope") is claimed only when the quote writes the frame's words: "never" and
"money" close together in other words tell one word said, no claim. Through answer() and the
command line, on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.records import Quote
from qabot.search import answer
from qabot.search.framed_claims import framed_only
from tests.support.indexes import folder_options, index_of
from tests.support.processes import qabot

CLOSEST = "No quote says that in those words; the closest is"
ARTICLES = {
    "rovers.txt": (
        "Velm Rovers accounts\n\n"
        "Velm Rovers posted a small profit for the season on Tuesday, helped by a cup run. "
        '"A lack of money has never been a worry for this club," said Ada Brisk, the Velm '
        "Rovers chairwoman.\n"
    ),
    "ropes.txt": (
        "Climbing centre rules\n\n"
        "The Dunmere climbing centre changed its rules after a fall last month. "
        '"We let the rope teams decide their own routes now," said Ivo Marsh, who runs the '
        "Dunmere centre.\n"
    ),
    "harbour.txt": (
        "Fishermen protest at harbour fees\n\n"
        "Fishermen in Porthkell marched on the harbour office on Friday over higher mooring "
        'fees. "This was never about the harbour itself, it was about the fees," said Owen '
        "Tregar, who led the march.\n"
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("framed"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who said this was never about the money?", "Ada Brisk"),
        ("who said we will not let them have the rope?", "Ivo Marsh"),
    ],
)
def test_one_word_in_a_frame_said_otherwise_is_only_the_closest(
    index: Index, question: str, speaker: str
) -> None:
    result = answer(index, question)
    assert not result.lead.endswith(" said it:")
    if result.quotes:
        assert result.lead == f"{CLOSEST} {speaker}'s:"


def test_the_frame_said_in_its_own_words_is_claimed(index: Index) -> None:
    assert answer(index, "who said this was never about the harbour?").lead == (
        "Owen Tregar said it:"
    )


def _quote(text: str) -> Quote:
    return Quote(
        article_id="a",
        speaker="Ada Brisk",
        text=text,
        kind="direct",
        cue="said",
        start=0,
        end=len(text),
        sentence=f'"{text}," said Ada Brisk.',
    )


def test_only_a_claim_of_a_frame_word_and_one_other_is_held_to_its_words() -> None:
    money = _quote("A lack of money has never been a worry")
    assert framed_only("this was never about the money", money)
    assert not framed_only(
        "this was never about the money", _quote("It was never about the money")
    )
    # two words of their own make a claim of two words: the usual rules judge it
    assert not framed_only("money worries", money)
    assert not framed_only("this was never about money worries", money)


def test_the_command_line_names_no_speaker_for_a_frame_said_otherwise(
    index: Index, tmp_path: Path
) -> None:
    question = "who said this was never about the money?"
    result = qabot("ask", question, *folder_options(index), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Ada Brisk said it:" not in result.stdout
