""" "Who criticised the levy?": a verb of taking a side with a one-word topic asks who did that
to the thing, as the stories report it, not who used the word (`side_acts`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.records import Quote
from qabot.search import answer
from qabot.search.side_acts import act_stems, reports_act, takes_side
from qabot.text import tokenize
from tests.support.indexes import index_of

ARTICLES = {
    "levy.txt": "Harbour levy to rise\n\n"
    '"We will set a levy that fits the times," said Mayor Ada Pym.\n\n'
    '"The levy pays for the new quay," Ada Pym said.\n',
    "critic.txt": "Dock union condemns new charges\n\n"
    'Union leader Ivo Carr criticised the levy as "a tax on fishermen".\n\n'
    '"Nobody asked the crews," he said.\n',
    "praise.txt": "Boatyard owners back the plan\n\n"
    'Boatyard owner Nell Ash praised the levy, saying "it will keep the quay open".\n',
    "title.txt": "Rook attacks ferry levy\n\n"
    'Councillor Tam Rook spoke at the town hall on Monday. "This is theft," Rook said.\n',
}


@pytest.fixture(scope="module")
def levy(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("levy")), ARTICLES)


def test_side_verbs_are_told_from_saying() -> None:
    assert takes_side("criticised") and takes_side("praised") and takes_side("welcomed")
    assert takes_side("rejected") and takes_side("denied")
    assert not takes_side("said") and not takes_side("warned") and not takes_side(None)


def test_a_verb_of_criticism_finds_every_verb_of_criticism() -> None:
    assert set(tokenize("attacked slammed")) <= act_stems("criticised")
    assert act_stems("praised") == frozenset(tokenize("praised"))


def test_the_act_is_read_before_its_object_only() -> None:
    quote = Quote(
        "a", "Ivo Carr", "tax", "reported", "criticised", 0, 3, "Carr criticised the levy."
    )
    stems, term = act_stems("criticised"), tokenize("levy")[0]
    assert reports_act(quote, stems, term)
    later = Quote("a", "Ivo Carr", "x", "reported", "said", 0, 1, "The levy, Carr criticised.")
    assert not reports_act(later, stems, term)
    # the title's act is the speaker's when the title names them before it
    titled = Quote("a", "Tam Rook", "x", "direct", "said", 0, 1, "x, Rook said.")
    assert reports_act(titled, stems, term, tuple(tokenize("Rook attacks ferry levy")))
    assert not reports_act(titled, stems, term, tuple(tokenize("Ferry levy attacks Rook")))


def test_who_criticised_a_word_names_the_critics_not_its_users(levy: Index) -> None:
    result = answer(levy, "who criticised the levy?")
    assert result.found and result.speaker == "Ivo Carr"
    assert result.lead.startswith("The articles report that Ivo Carr")
    assert "Ada Pym" not in {hit.speaker for hit in result.quotes}
    # the title "Rook attacks ferry levy" reports his act: attacking is criticising
    assert "Tam Rook" in {hit.speaker for hit in result.quotes}


def test_who_praised_a_word_names_who_praised_it(levy: Index) -> None:
    result = answer(levy, "who praised the levy?")
    assert result.speaker == "Nell Ash"
    assert result.lead == "The articles report that Nell Ash praised the levy:"


def test_no_act_reported_keeps_the_word_heading(levy: Index) -> None:
    result = answer(levy, "who welcomed the quay?")
    assert not result.lead.startswith("The articles report")
    # a plain saying verb still lists the quotes using the word
    said = answer(levy, "who said levy?")
    assert said.lead.startswith("Quotes that use the word “levy”")
