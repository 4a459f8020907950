"""Someone's age asked as a topic ("X age", "the age of X") is answered only by a passage
giving an age, as "how old is X" is; an age of nobody named ("state pension age") is left to
the passages."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_kinds import WHEN
from tests.support.indexes import index_of

# our own: Tam Orrin's age is given, Ewan Braddock's never; the pension age only as a plan
ARTICLES = {
    "keeper.txt": (
        "Keeper signs new deal\n\n"
        "Goalkeeper Tam Orrin, 31, has signed a new two-year deal with the club. Orrin made 40 "
        "appearances last season."
    ),
    "chairman.txt": (
        "Chairman backs manager\n\n"
        "Club chairman Ewan Braddock said the manager had his full support after 3 defeats. "
        "Braddock said 12 players were injured."
    ),
    "pension.txt": (
        "Pension plans\n\n"
        "Ministers in Brevia plan to raise the state pension age to 68 over twenty years."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("kinds")), ARTICLES)


def test_an_age_asked_as_a_topic_is_answered_by_one(index: Index) -> None:
    result = answer(index, "tam orrin age")
    assert result.found and "Tam Orrin, 31," in result.passages[0].passage.text


def test_an_age_asked_as_a_topic_no_passage_gives_is_no_answer(index: Index) -> None:
    result = answer(index, "ewan braddock age")
    assert not result.found and not result.passages
    assert result.lead == "None of the passages that best match “ewan braddock age” gives an age."


def test_an_age_of_nobody_named_is_left_to_the_passages(index: Index) -> None:
    result = answer(index, "state pension age")
    assert result.found and "pension age to 68" in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("sentence", "timed"),
    [
        ("Products should appear by the end of the decade.", True),
        ("The plant will open at the start of next year.", True),
        ("The end of the road came for the club.", False),
    ],
)
def test_the_end_of_a_decade_or_year_is_a_time(sentence: str, timed: bool) -> None:
    assert bool(WHEN.search(sentence)) is timed
