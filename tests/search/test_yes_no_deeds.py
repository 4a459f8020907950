"""A question asking whether someone did something ("did X win his appeal?") is answered only by a
passage telling that deed, done or not; a story of the appeal still to be heard answers nothing.
Through answer() and the command line, on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import folder_options, index_of
from tests.support.processes import ask_each

ARTICLES = {
    "brill.txt": "Brill appeal\n\nThe appeal of grocer Odo Brill against the Velm tribunal "
    "ruling will be heard next week, his lawyer said.\n",
    "kessel.txt": "Kessel appeal\n\nFishmonger Tam Kessel won his appeal against the harbour "
    "board ruling on Friday.\n",
    "holt.txt": "Holt appeal\n\nBaker Rina Holt failed to win her appeal against the market "
    "court ruling.\n",
    "lorn.txt": "Lorn results\n\nShares in Lorn Tools went up 5% after its results on Monday.\n",
    "pike.txt": "Pike keeps title\n\nAda Pike kept her Ashby squash title on Sunday.\n",
    "dunmere.txt": "Dunmere striker\n\nDunmere striker Cal Orrin is ready to commit his future "
    "to the club, his agent said.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Thursday.\n",
    "quay.txt": "Quay bill\n\nThe board of Velm harbour will debate the quay bill next month, "
    "after changes offered in a chaotic sitting.\n",
    "toll.txt": "Toll bill\n\nThe court of Ashby passed the bridge toll bill on Tuesday.\n",
    "adler.txt": "Host in hospital\n\nTV host Pim Adler is in hospital after a fall. His agent "
    'said Adler was "recovering" at home.\n',
    "moor.txt": "Singer back\n\nSinger Kai Moor has recovered from flu and will sing on Friday.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("yes_no_deeds"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        ("did odo brill win his appeal against the velm tribunal ruling", "win"),
        ("did cal orrin sign a new contract with dunmere", "sign"),
        # "of" is no deed: the subject goes on ("the board of velm harbour"), "pass" is asked
        ("did the board of velm harbour pass the quay bill", "pass"),
        # told only going on ("was recovering"), not done
        ("did pim adler recover from his fall", "recover"),
    ],
)
def test_a_deed_asked_that_no_passage_tells_is_no_answer(
    index: Index, question: str, deed: str
) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert result.lead.endswith(f"“{deed}”, the deed asked about.")


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("did tam kessel win his appeal against the harbour board ruling", "won his appeal"),
        # a deed not done is told too: the answer is no
        ("did rina holt win her appeal against the market court ruling", "failed to win"),
        # "shares" is of the subject (after "did" a verb is in its base form), "go up" a
        # phrase
        ("did lorn tools shares go up after its results", "went up 5%"),
        ("did ada pike hang on to her ashby squash title", "kept her Ashby"),
        ("did the court of ashby pass the bridge toll bill", "passed the bridge"),
        ("did kai moor recover from flu", "has recovered"),
    ],
)
def test_a_deed_told_is_answered(index: Index, question: str, told: str) -> None:
    result = answer(index, question)
    assert result.found and told in result.passages[0].passage.text


def test_the_command_line_refuses_a_deed_never_told(index: Index, tmp_path: Path) -> None:
    result, told = ask_each(
        "did odo brill win his appeal against the velm tribunal ruling",
        "did tam kessel win his appeal against the harbour board ruling",
        cwd=tmp_path,
        options=folder_options(index),
    )
    assert "“win”, the deed asked about." in result
    assert "will be heard next week" not in result
    assert "won his appeal" in told
