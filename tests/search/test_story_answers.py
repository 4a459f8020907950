"""A figure, date or duration asked is given further down the story, in a passage too few of
the question's words for the relevance floor: shown first when a word of the question stands
beside it, in the article of the best passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_kinds import missing_kind
from tests.support.indexes import index_of

# our own articles: the Orlen Marsh story names the marsh and its otters up top and counts the
# otters in a later paragraph (its budget is a figure beside none of the question's words); the
# Tarrow Fen story gives only a figure of something else further down
_OPENING = (
    "Wardens at the Orlen Marsh reserve say the otters of the Orlen Marsh are back after a "
    "long absence. The Orlen Marsh otters were last seen by wardens before the floods, and "
    "the reserve has spent years restoring the reed beds, ditches and banks of the marsh so "
    "that otters could return to the Orlen Marsh. Visitors to the marsh are asked to keep "
    "dogs on leads near the reed beds and the water's edge. The wardens thank the "
    "volunteers who planted willows along the banks, cleared the old drains and repaired "
    "the sluice gates over three winters of work in cold and wet weather. Walkers will "
    "find new signs at each gate explaining how the reserve is run and why the reed beds "
    "are cut in rotation."
)
_LATER = (
    "Reed cutting will pause until the autumn, and volunteers will keep the paths clear "
    "through the summer months while the young are raised in the quieter corners. About 240 "
    "otters live there now, wardens believe, counting tracks and spraints along the banks. "
    "Local schools have been invited to help with the count next spring, and a hide has been "
    "built near the southern pools for those who wish to watch quietly from a distance. "
    "The car park will be resurfaced in the winter, and the cafe by the gate will open at "
    "weekends from Easter, serving soup and cakes made in the village."
)
_FEN_LATER = (
    "Reed cutting will pause until the autumn, and volunteers will keep the paths clear "
    "through the summer months while the young are raised in the quieter corners. Herons "
    "live there all year, and the reserve's budget rose to 3 million crowns this year. "
    "Local schools have been invited to help with the work next spring, and a hide has been "
    "built near the southern pools for those who wish to watch quietly from a distance. "
    "The car park will be resurfaced in the winter, and the cafe by the gate will open at "
    "weekends from Easter, serving soup and cakes made in the village."
)
_FEN_OPENING = _OPENING.replace("Orlen Marsh", "Tarrow Fen").replace("otters", "herons")
_MOOR_OPENING = _OPENING.replace("Orlen Marsh", "Kell Moor").replace("otters", "curlews")
_MOOR_LATER = _LATER.replace(
    "About 240 otters live there now, wardens believe, counting tracks and spraints along the "
    "banks.",
    "A national survey ranked the reserve fourth for the birds this year.",
)
ARTICLES = {
    "moor.txt": f"Curlews return to moor\n\n{_MOOR_OPENING}\n\n{_MOOR_LATER}",
    "otters.txt": f"Otters return to marsh\n\n{_OPENING}\n\n{_LATER}",
    "fen.txt": f"Herons return to fen\n\n{_FEN_OPENING.replace('marsh', 'fen')}\n\n{_FEN_LATER}",
    "roads.txt": "Storms close roads\n\nHeavy rain closed roads across Brevia on Monday.",
    "ferry.txt": "Ferry fares rise\n\nFares on the Velm ferry rise by a tenth from June.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("story")), ARTICLES)


def test_a_count_further_down_the_story_answers_first(index: Index) -> None:
    result = answer(index, "how many otters live in the orlen marsh")
    assert result.found
    assert "About 240 otters live there now" in result.passages[0].passage.text
    assert result.passages[0].article.path == "otters.txt"


def test_a_figure_beside_none_of_the_question_words_does_not_answer(index: Index) -> None:
    result = answer(index, "how many herons live in the tarrow fen")
    assert not result.found and not result.passages


# our own article: the Velm Rugby Union's evening is named in full up top, and the sevens
# award's winner in a later paragraph that never names the union
_AWARDS_OPENING = (
    "The Velm Rugby Union held its yearly awards evening in the old town hall on Saturday, "
    "with players, coaches and referees from every club of the Velm Rugby Union in the "
    "audience, and the sevens squads in blazers. The Velm Rugby Union's chairman opened the "
    "evening with a tribute to the "
    "volunteers who run the junior sections, and thanked the sponsors who paid for the new "
    "floodlights at the county ground. The evening raised money for the Velm Rugby Union's "
    "youth fund, and the chairman asked every club to send two young players to the summer "
    "camp, where coaches from the union will teach tackling, passing and kicking."
)
_AWARDS_MIDDLE = (
    "Guests arrived early to see the old photographs hung along the corridor, some of them "
    "a century old, showing muddy teams in heavy boots and long shorts. A brass band played "
    "in the foyer while the caterers laid out the tables, and the mayor arrived late after "
    "a meeting about the bypass. Several former captains told stories of winter tours, "
    "broken buses and long nights waiting for ferries, and a collection for the hospital "
    "raised more than anyone expected from a hall of that size."
)
_AWARDS_LATER = (
    "The coaching prize went to a former scrum-half who now runs the academy, and the "
    "referees' panel chose a young official from the coast for its honour. In the sevens, "
    "Ada Rook beat team-mate Ivo Pell to win the sevens award after a season of tries on "
    "the circuit. The evening closed with songs from the club choirs, and the buses left "
    "for the valleys just after midnight, with the chairman promising a bigger hall next "
    "year for an evening that has outgrown the old town hall and its small kitchen."
)
WINNER_ARTICLES = {
    "awards.txt": (
        f"Union awards evening\n\n{_AWARDS_OPENING}\n\n{_AWARDS_MIDDLE}\n\n{_AWARDS_LATER}"
    ),
    "roads.txt": ARTICLES["roads.txt"],
    "ferry.txt": ARTICLES["ferry.txt"],
}


@pytest.fixture(scope="module")
def awards_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("awards")), WINNER_ARTICLES)


def test_a_winner_further_down_the_story_answers_first(awards_index: Index) -> None:
    result = answer(awards_index, "who won the velm rugby union sevens award")
    assert result.found
    assert "Ada Rook beat team-mate Ivo Pell" in result.passages[0].highlight


# our own article: the Orlen Marsh reed deal is named up top, its worth in a later paragraph
_DEAL_LATER = (
    "Reed cutting will pause until the autumn, and volunteers will keep the paths clear "
    "through the summer months while the young are raised in the quieter corners. The "
    "council has signed a £4m contract to buy the reed for thatching over ten years. "
    "Local schools have been invited to help with the work next spring, and a hide has been "
    "built near the southern pools for those who wish to watch quietly from a distance. "
    "The car park will be resurfaced in the winter, and the cafe by the gate will open at "
    "weekends from Easter, serving soup and cakes made in the village."
)
DEAL_ARTICLES = {
    "deal.txt": f"Reed deal for marsh\n\n{_OPENING}\n\n{_DEAL_LATER}",
    "roads.txt": ARTICLES["roads.txt"],
    "ferry.txt": ARTICLES["ferry.txt"],
}


@pytest.fixture(scope="module")
def deal_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("deal")), DEAL_ARTICLES)


def test_a_value_further_down_the_story_answers_first(deal_index: Index) -> None:
    result = answer(deal_index, "what is the orlen marsh otters reed contract worth")
    assert result.found
    assert "£4m contract" in result.passages[0].highlight


def test_a_placing_asked_is_given_further_down_the_story(index: Index) -> None:
    # the opening names the moor and its curlews; the survey's placing is a paragraph below
    result = answer(index, "where did the kell moor reserve rank for curlews")
    assert result.found
    assert "ranked the reserve fourth" in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("question", "placing"),
    [
        ("where did the kell moor reserve come in the survey", True),
        ("where did kell moor rank for curlews", True),
        ("where will the race finish", False),
        ("where did the idea come from", False),
        ("where will the games take place", False),
    ],
)
def test_where_did_x_come_in_asks_a_placing(index: Index, question: str, placing: bool) -> None:
    assert (missing_kind(index, question, []) == "a placing") is placing


# our own article: the Orlen Marsh warden is named up top under a title naming her, her age
# told a paragraph below with no word of the question beside it; the trust she works for was
# "founded" in a later paragraph, which a reader asks as "set up"
_WARDEN_OPENING = _OPENING.replace("Wardens at", "Warden Ada Rook of").replace(
    "say the otters", "says the otters"
)
_WARDEN_LATER = (
    "Reed cutting will pause until the autumn, and volunteers will keep the paths clear "
    "through the summer months while the young are raised in the quieter corners. The "
    "58-year-old plans to retire next spring after a career spent on the fens. The Orlen "
    "Trust runs the reserve. It was founded in 1974 by farmers and anglers. The car park will be "
    "resurfaced in the winter, and the cafe by the gate will open at weekends from Easter."
)
WARDEN_ARTICLES = {
    "warden.txt": f"Marsh warden Ada Rook to retire\n\n{_WARDEN_OPENING}\n\n{_WARDEN_LATER}",
    "roads.txt": ARTICLES["roads.txt"],
    "ferry.txt": ARTICLES["ferry.txt"],
}


@pytest.fixture(scope="module")
def warden_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("warden")), WARDEN_ARTICLES)


def test_an_age_further_down_a_story_titled_with_the_name_answers(warden_index: Index) -> None:
    result = answer(warden_index, "how old is orlen marsh warden ada rook")
    assert result.found
    assert "The 58-year-old plans to retire" in result.passages[0].passage.text


def test_a_date_told_with_the_word_for_a_phrasal_verb_answers(warden_index: Index) -> None:
    # "founded in 1974" for "set up": no other word of the question is beside the year
    result = answer(warden_index, "when was the orlen marsh otter trust set up")
    assert result.found
    assert "It was founded in 1974" in result.passages[0].passage.text
