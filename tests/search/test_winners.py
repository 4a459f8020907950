"""'Who won X?': answered by a passage naming a winner of X, found by searching again with
words of winning when the best passages only mention X; otherwise `found` false. Through
answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.winners import asked_winner
from tests.support.indexes import index_of

ARTICLES = {
    "draw.txt": "Harbour Cup draw\n\nThe Harbour Cup draw was made at Riverton on Monday. "
    "Harbour Cup organisers said the Harbour Cup would draw record crowds to Riverton.\n",
    "tickets.txt": "Harbour Cup tickets\n\nTickets for the Harbour Cup in Riverton sold out "
    "in an hour, the Harbour Cup office said.\n",
    "final.txt": "Dunmore take the cup\n\nA late goal from Ines Calder gave Dunmore victory "
    "in the Harbour Cup final. Kelso had led at half-time. Fans stayed on the pitch.\n",
    "lantern.txt": "Lantern Shield\n\nThe Lantern Shield starts in May. Lantern Shield "
    "matches will be shown on local radio, and the Lantern Shield holders play first.\n",
    "oak.txt": "Oak Shield\n\nKelso beat Dunmore to win the Oak Shield on Sunday in front of "
    "a small crowd.\n",
    "league.txt": "Rovers draw Kelso\n\nRovers will face Kelso in the Valley Champions League "
    "quarter-finals, the draw in Riverton showed. The Valley Champions League final is in May.\n",
    "weather.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday and "
    "Monday, with sunshine later in the week.\n",
    "ember.txt": "Poets gather\n\nNessa Quill lifted the inaugural Ember Prize after reading "
    "her poem aloud to the judges.\n",
    "heron.txt": "Debut novel honoured\n\nA debut novel about lighthouse keepers has won the "
    "Heron Book Award 2004. Its author, Tam Orrin, teaches at a school in Riverton.\n",
    "kestrel.txt": "Station grows\n\nKestrel FM won its licence back in 2001. The Kestrel FM "
    "award for new writers is given each spring at Riverton.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("winners"), ARTICLES)


def test_who_won_shows_the_passage_naming_the_winner_over_those_mentioning_the_cup(
    index: Index,
) -> None:
    result = answer(index, "who won the harbour cup?")
    assert result.found
    assert "Dunmore victory" in result.passages[0].passage.text
    assert result.passages[0].rank == 1


def test_who_won_with_no_passage_naming_a_winner_is_not_answered(index: Index) -> None:
    # the Lantern Shield is only previewed; the Oak Shield's winner is no winner of it
    result = answer(index, "who won the lantern shield?")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “who won the lantern shield?” names a winner."
    )


@pytest.mark.parametrize(
    ("question", "won"),
    [
        ("who won the harbour cup?", {"harbour", "cup"}),
        ("which team won the harbour cup", {"harbour", "cup"}),
        ("who has won the oak shield", {"oak", "shield"}),
        ("who beat kelso", {"kelso"}),
        ("who scored in the harbour cup final", None),
        ("what did dunmore win", None),
    ],
)
def test_a_who_won_question_asks_the_winner_of_the_words_after_its_verb(
    index: Index, question: str, won: set[str] | None
) -> None:
    asked = asked_winner(index, question)
    assert (None if asked is None else set(asked)) == won


def test_a_word_of_winning_in_the_name_of_what_was_won_names_no_winner(index: Index) -> None:
    # "Champions" names the league: a draw for it is no winner of it
    result = answer(index, "who won the valley champions league?")
    assert not result.found and not result.passages


def test_a_year_asked_with_what_was_won_need_not_stand_beside_its_name(tmp_path: Path) -> None:
    articles = {
        "final.txt": "Dunmore celebrate\n\nDunmore won the Harbour Shield on Sunday, "
        "beating Kelso in the final. The 2004 final drew record crowds to Riverton.\n",
        "rain.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.\n",
        "fish.txt": "Fish market\n\nThe fish market opened early with a record catch.\n",
    }
    result = answer(index_of(tmp_path, articles), "Who won the 2004 Harbour Shield?")
    # was 'no sentence about “Harbour Shield” has “2004”' (found false)
    assert result.found
    assert "Dunmore won the Harbour Shield" in result.passages[0].passage.text


def test_who_won_is_answered_by_who_lifted_it(index: Index) -> None:
    result = answer(index, "who won the first ember prize?")
    assert result.found and "Nessa Quill lifted" in result.passages[0].passage.text


def test_won_names_a_winner_though_the_analyzer_drops_it_as_a_stop_word(index: Index) -> None:
    # "won" is in the stop-word list (for "won't"): the sentence is read in its own words
    result = answer(index, "who won the 2004 heron book award")
    assert result.found
    assert "has won the Heron Book Award" in result.passages[0].passage.text


def test_a_word_of_the_thing_before_won_is_its_winner_not_what_was_won(index: Index) -> None:
    # Kestrel FM won a licence: nothing says who won the Kestrel FM award
    result = answer(index, "who won the kestrel fm award")
    assert not result.found and not result.passages


def test_a_winner_of_another_award_named_beside_one_word_of_it_is_none(tmp_path: Path) -> None:
    # the Quill Guild has only named its nominees; Roe's award is the city's, one everyday
    # word of the prize asked beside a word of winning
    articles = {
        "quill.txt": "Quill Guild nominees named\n\nAna Roe and Ben Sol are among the nominees "
        "for the essay prize at the Quill Guild of Writers awards in June. Ana Roe won the city "
        "award for best novel last year, beating Ben Sol.\n",
        **{
            f"award{n}.txt": f"Award night {n}\n\nThe award for the best new play went to a "
            f"company from Riverton on night {n}, and the award for design to a student.\n"
            for n in range(6)
        },
    }
    index = index_of(tmp_path, articles)
    question = "who won the essay prize at the quill guild of writers awards"
    result = answer(index, question)
    assert not result.found
    assert result.lead.endswith("names a winner.")


def test_a_winner_told_only_as_a_prospect_is_none(tmp_path: Path) -> None:
    # the Moss Trophy replay is still to come: an aim, a fixture against its winners and a
    # condition name none of them (each was taken for a winner)
    articles = {
        "preview.txt": "Replay looms\n\nGlenrock, who are aiming to win the Moss Trophy for a "
        "third time, face Kelso in the Moss Trophy replay on Tuesday. Arden will visit the "
        'winners of the Glenrock and Kelso replay in the next round. "If we beat Kelso, we '
        'have a home tie," said the Glenrock manager.\n',
        "rain.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.\n",
        "fish.txt": "Fish market\n\nThe fish market opened early with a record catch.\n",
    }
    index = index_of(tmp_path, articles)
    result = answer(index, "who won the moss trophy replay between glenrock and kelso")
    assert not result.found
    assert result.lead.endswith("names a winner.")


def test_a_winner_told_after_a_word_of_prospect_is_still_one(tmp_path: Path) -> None:
    articles = {
        "final.txt": "Glenrock triumph\n\nGlenrock, who had hoped to reach the final, went on "
        "to win the Moss Trophy, and could now face Kelso in the Oak Shield.\n",
        "rain.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.\n",
        "fish.txt": "Fish market\n\nThe fish market opened early with a record catch.\n",
    }
    result = answer(index_of(tmp_path, articles), "who won the moss trophy")
    assert result.found
    assert "went on to win the Moss Trophy" in result.passages[0].passage.text


def test_what_a_possessive_owns_is_what_was_won(tmp_path: Path) -> None:
    # "Marsh Radio's song of the year award": the station that gives it is named a sentence
    # after the one telling the winner, which holds only the award's own words
    articles = {
        "song.txt": "Band honoured\n\nThe Velvet Larks have won a song of the year award for "
        "their single Tidewater. The award was voted for by listeners of Marsh Radio.\n",
        **{
            f"chart{n}.txt": f"Chart week {n}\n\nA new song topped the chart in week {n}, and "
            "its writers hope for a song award at the end of the year.\n"
            for n in range(4)
        },
        "weather.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.\n",
    }
    result = answer(index_of(tmp_path, articles), "who won marsh radio's song of the year award")
    assert result.found and "Velvet Larks have won" in result.passages[0].passage.text
