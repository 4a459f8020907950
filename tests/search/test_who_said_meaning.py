"""'Who said ...?' in other words altogether: the first candidates are weighed again by how close
their meaning is to the question's ("choose which fights" for "pick your battles"), which no
word of the question tells."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.quote_meaning import by_meaning
from tests.support.indexes import folder_options, index_of
from tests.support.processes import qabot

ARTICLES = {
    "parking.txt": "Parking charges row\n\n"
    "Shop owners met the council on Tuesday over the new parking charges. "
    '"We will fight the council over these charges," said shop owner Ann Hale. '
    '"You have to pick your battles with the town hall," said trader Joe Park.\n',
    "bakery.txt": "Bakery opens\n\nA bakery opened on the high street on Monday.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}
# "fights" and "council" are Ann Hale's words; what Joe Park said is what is asked
QUESTION = "who said you need to choose which fights to take on with the council?"


@pytest.fixture(scope="module")
def parking_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("parking"), ARTICLES)


def test_a_paraphrase_names_the_speaker_whose_meaning_it_shares(parking_index: Index) -> None:
    result = answer(parking_index, QUESTION)
    assert [hit.speaker for hit in result.quotes][:2] == ["Joe Park", "Ann Hale"]
    # no word of it is said: offered as the closest, not as "said it"
    assert result.lead.startswith("No quote says that in those words; the closest is Joe Park's")


def test_the_command_line_names_the_speaker_of_the_paraphrase(
    parking_index: Index, tmp_path: Path
) -> None:
    result = qabot("ask", QUESTION, *folder_options(parking_index), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "the closest is Joe Park's" in result.stdout


def test_meaning_below_the_floor_keeps_the_order_the_words_gave() -> None:
    texts = ["the ferry timetable", "a choir sang hymns", "tax rises"]
    totals = [3.0, 2.0, 1.0]
    ranked = by_meaning([0, 1, 2], totals.__getitem__, texts.__getitem__, "new bus routes")
    assert ranked == [0, 1, 2]


def test_meaning_moves_up_a_close_paraphrase_among_the_first_candidates_only() -> None:
    texts = [
        "We will fight the council over these charges",
        "You have to pick your battles with the town hall",
        *["rain"] * 8,
        "You have to pick your battles with the town hall",
    ]
    totals = [1.05, 1.0, *[0.9] * 8, 0.8]
    asked = "you need to choose which fights to take on with the council"
    ranked = by_meaning(list(range(11)), totals.__getitem__, texts.__getitem__, asked)
    assert ranked == [1, 0, *range(2, 11)]  # the eleventh is beyond the first ten
    assert by_meaning([0, 1], totals.__getitem__, texts.__getitem__, " ") == [0, 1]


def test_meaning_lifts_no_candidate_the_question_rules_out() -> None:
    texts = [
        "We will fight the council over these charges",
        "You have to pick your battles with the town hall",
    ]
    asked = "you need to choose which fights to take on with the council"
    ranked = by_meaning(
        [0, 1], [1.05, 1.0].__getitem__, texts.__getitem__, asked, {1}.__contains__
    )
    assert ranked == [0, 1]


def test_the_meaning_of_a_candidates_story_opening_counts_too() -> None:
    # the same words said in two stories: the one whose story is about what was asked leads
    texts = ["It was a long day for all of us", "It was a long day for all of us"]
    stories = ["The orchestra played its last concert", "Firefighters fought a blaze at the mill"]
    asked = "firemen battling the fire at the old mill"
    totals = [1.05, 1.0].__getitem__
    assert by_meaning([0, 1], totals, texts.__getitem__, asked) == [0, 1]
    told = by_meaning([0, 1], totals, texts.__getitem__, asked, None, _openings(stories))
    assert told == [1, 0]
    # each story's opening is asked for once, of the first candidates only
    asked_for: list[list[int]] = []
    by_meaning([0, 1], totals, texts.__getitem__, asked, None, _openings(stories, asked_for))
    assert asked_for == [[0, 1]]
    # a candidate far below the best reads no opening, nor does the best alone
    asked_for.clear()
    far = [3.0, 1.0].__getitem__
    by_meaning([0, 1], far, texts.__getitem__, asked, None, _openings(stories, asked_for))
    assert asked_for == []


def _openings(
    stories: list[str], asked_for: list[list[int]] | None = None
) -> Callable[[list[int]], list[str]]:
    def of(listed: list[int]) -> list[str]:
        if asked_for is not None:
            asked_for.append(listed)
        return [stories[i] for i in listed]

    return of
