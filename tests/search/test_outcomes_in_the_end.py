"""A question asking what came of something in the end ("how much did X end up paying", "did the
school end up closing") is answered only by a passage telling it done. Through answer() and the
command line, on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import folder_options, index_of
from tests.support.processes import ask_each

ARTICLES = {
    "tarn.txt": "Tarn bid for Osk\n\nTarn Mining is the most likely bidder for Osk Metals, "
    "which is valued at £30m, traders said.\n",
    "brill.txt": "Brill buys Hollin\n\nBrill Foods paid £12m for the Hollin bakery chain, the "
    "firm said on Tuesday.\n",
    "corran.txt": "Corran school row\n\nParents at Corran village school marched on the town "
    "hall over plans that threaten the school with closure.\n",
    "esk.txt": "Esk school shut\n\nThe Esk valley school closed in June after its roof fell in.\n",
    "vance.txt": "Vance chases burglar\n\nSinger Rolo Vance chased a burglar from his house in "
    "Velm, police said.\n",
    "olt.txt": "Olt in hospital\n\nDancer Mira Olt ended up in hospital after a fall on stage in "
    "Ashby.\n",
    "calipers.txt": "Calipers explained\n\nSkinfold calipers measure the fat under the skin at "
    "the arm and waist.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Thursday.\n",
    "gig.txt": "Flood gig sells out\n\nAll tickets for the Marl flood benefit gig sold out in a "
    "day. The gig could raise £40,000 for the valley.\n",
    "fair.txt": "Fair totals\n\nThe Selby spring fair raised £9,000 for the lifeboat.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("outcomes"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how much did tarn mining end up paying for osk metals", "end up paying"),
        ("did corran village school end up closing", "end up closing"),
        ("why did rolo vance end up in hospital after chasing the burglar", "end up in hospital"),
        # the verb before "in the end"
        ("how much did the marl flood benefit gig raise in the end", "raise in the end"),
    ],
)
def test_an_outcome_asked_in_the_end_and_never_told_is_no_answer(
    index: Index, question: str, asked: str
) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert result.lead.endswith(f"tells what came of it (“{asked}”).")


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("how much did brill foods end up paying for hollin", "paid £12m"),
        ("did the esk valley school end up closing", "closed in June"),
        ("why did mira olt end up in hospital", "ended up in hospital"),
        ("how much did the selby spring fair raise in the end", "raised £9,000"),
    ],
)
def test_an_outcome_told_done_is_answered(index: Index, question: str, told: str) -> None:
    result = answer(index, question)
    assert result.found and told in result.passages[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "what do skinfold calipers actually measure",  # of the present: no outcome asked
        "why could tarn mining end up paying for osk metals",  # a chance asked, not an outcome
    ],
)
def test_words_of_the_end_asking_no_outcome_are_answered(index: Index, question: str) -> None:
    assert answer(index, question).found


def test_the_command_line_refuses_an_outcome_never_told(index: Index, tmp_path: Path) -> None:
    result, told = ask_each(
        "how much did tarn mining end up paying for osk metals",
        "how much did brill foods end up paying for hollin",
        cwd=tmp_path,
        options=folder_options(index),
    )
    assert "tells what came of it (“end up paying”)." in result
    assert "most likely bidder" not in result
    assert "paid £12m" in told
