"""A word the archive writes with capitals that names no one thing ("TV", which it also writes
"TVs"; the "v" of "Brackley v Dunmore"; an "OK" it often writes "ok") is no name the passages
must hold: lacking it, they still answer (`partial_match.asked_name`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "sitcom.txt": (
        "Dalvine Orrick returns\n\n"
        "Dalvine Orrick, star of a long-running sitcom, will front a new comedy show next spring."
    ),
    "screens.txt": (
        "Screens sell out\n\nShops sold out of flat-screen TVs before the final, and a TV maker "
        "said its sales had doubled."
    ),
    "channel.txt": ("A channel for films\n\nThe new TV channel will show old films from May."),
    "remote.txt": ("Remote controls\n\nOne in three TVs is sold with a voice remote control."),
    "cup.txt": ("Dunmore through\n\nDunmore beat Brackley 2-1 in the county cup on Saturday."),
    "king.txt": ("Town pageant\n\nA pageant of King Henry V toured the town square."),
    "show.txt": (
        "Puppet show\n\nThe Pellow puppet show was praised by parents of young children."
    ),
    "ok1.txt": ("Bridge checked\n\nEngineers said the Marl bridge was OK to reopen."),
    "ok2.txt": ("Lift checked\n\nThe inspectors said the lift was OK for now."),
    "ok3.txt": ("Water checked\n\nTests found the water was OK to drink."),
    "ok4.txt": ("Roof checked\n\nBuilders said the roof was OK after the storm."),
    "ok5.txt": ("Pitch checked\n\nThe referee said the pitch looked ok to him."),
    "ok6.txt": ("Road checked\n\nDrivers were told the road was ok again."),
    "ok7.txt": ("Pool checked\n\nThe pool was judged ok by the council."),
    "floods.txt": ("Floods close roads\n\nHeavy rain closed roads across the county on Monday."),
    # an archive large enough that a word seven passages hold is no everyday word of it
    **{
        f"notice{at}.txt": f"Notice {at}\n\nParish notice {at} lists the meetings of week {at}."
        for at in range(20)
    },
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("capitals")), ARTICLES)


def test_an_initialism_written_as_a_plural_is_no_name_the_passages_must_hold(
    index: Index,
) -> None:
    result = answer(index, "whats dalvine orrick's new tv show")
    assert result.found and "new comedy show" in result.passages[0].passage.text


def test_a_single_letter_is_no_name_the_passages_must_hold(index: Index) -> None:
    result = answer(index, "what happened in brackley v dunmore")
    assert result.found and "Dunmore beat Brackley" in result.passages[0].passage.text


def test_a_word_often_written_in_lower_case_is_no_name_the_passages_must_hold(
    index: Index,
) -> None:
    result = answer(index, "is the pellow puppet show ok for young children")
    assert result.found and "praised by parents" in result.passages[0].passage.text


def test_an_initialism_s_plural_typed_as_one_is_no_name_the_passages_must_hold(
    tmp_path: Path,
) -> None:
    # "tvs" typed is the archive's "TVs": a kind of thing, not one named, that the story may
    # call "machines"
    articles = {
        **ARTICLES,
        "hack.txt": "Messenger flaw\n\nA flaw in Tallyo Messenger lets attackers take control "
        "of unprotected machines through picture files, the firm warned.\n",
    }
    result = answer(
        index_of(tmp_path, articles), "how can attackers take over tvs through tallyo messenger"
    )
    assert result.found and "picture files" in result.passages[0].passage.text
