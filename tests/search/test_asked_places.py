"""A "where" question is answered only by a passage telling a place where it tells what is
asked; a passage that names the subject and places it elsewhere in the story is no answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_places import asks_place, tells_place
from qabot.search.retrieval import search
from qabot.search.story_answers import search_story_reach, story_answer
from tests.support.indexes import index_of

# our own: Ann Vell's death is told with no place (Lisbon is where she was known as "the
# General"); Tam Orrin's operation is placed in the sentence after the one naming his knee;
# the Corran fair is held at a park; Ben Hale is held in custody (a place with no determiner)
ARTICLES = {
    "coach.txt": (
        "Coach Ann Vell dies\n\n"
        "Veteran Brevian coach Ann Vell, the woman credited with inventing the rolling defence, "
        "has died aged 81. Referred to in Lisbon as the General, Vell led the national side to "
        "the final in 1974. Vell coached the club to four titles."
    ),
    "striker.txt": (
        "Orrin hopes to return\n\n"
        "Striker Tam Orrin said he hoped to return next season after an injury to his right "
        "knee. The 31-year-old Brevian had surgery in Kestwick in August. Orrin last played in "
        "the cup final."
    ),
    "docker.txt": (
        "Docker charged\n\n"
        "Dock worker Ben Hale has been charged over the Corran pier fire. Hale is being held in "
        "custody until his trial."
    ),
    "fair.txt": (
        "Corran fair opens\n\n"
        "The Corran spring fair will be held at Dunmore Park this weekend, organisers said. "
        "The Corran fair drew 20,000 visitors last year."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("places")), ARTICLES)


def test_a_death_told_with_no_place_answers_no_where(index: Index) -> None:
    result = answer(index, "where did ann vell die")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives a place.")


def test_a_place_in_the_sentence_going_on_from_the_asked_one_answers(index: Index) -> None:
    result = answer(index, "where did tam orrin have his knee operation")
    assert result.found and "surgery in Kestwick" in result.passages[0].passage.text


def test_a_place_in_the_sentence_telling_the_deed_answers(index: Index) -> None:
    result = answer(index, "where is the corran spring fair being held")
    assert result.found and "Dunmore Park" in result.passages[0].passage.text


def test_a_place_english_writes_with_no_determiner_answers(index: Index) -> None:
    result = answer(index, "where is ben hale being held")
    assert result.found and "held in custody" in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("sentence", "placed"),
    [
        ("She died at a Leeds hospice.", True),
        ("The talks were held in Lisbon.", True),
        ("The fair is held at the park.", True),
        ("He now lives abroad.", True),
        ("He is being held in custody.", True),
        ("She was treated in hospital.", True),
        ("The crew was lost at sea.", True),
        ("He is in courtship.", False),
        ("The deal was signed in January.", False),
        ("They met on Monday.", False),
        ("They decided to take this important step.", False),
        ("We are going to ask Voters to back us.", False),
        ("He has died aged 81.", False),
    ],
)
def test_a_place_is_a_phrase_of_a_preposition_of_place(sentence: str, placed: bool) -> None:
    assert tells_place(sentence) is placed


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("where did ann vell die", True),
        ("Where's the fair being held?", True),
        ("where was keanu reeves born", True),
        ("when did ann vell die", False),
        ("who knows where the fair is", False),
    ],
)
def test_a_place_is_asked_by_a_question_opening_with_where(question: str, asked: bool) -> None:
    assert asks_place(question) is asked


@given(st.text(max_size=300))
def test_reading_places_takes_any_text(text: str) -> None:
    assert tells_place(text) in (True, False)
    assert asks_place(text) in (True, False)


class CountedSearcher:
    """tantivy's searcher, counting its searches."""

    def __init__(self, searcher: object) -> None:
        self._searcher = searcher
        self.searches = 0

    def search(self, *args: object, **options: object) -> object:
        self.searches += 1
        return self._searcher.search(*args, **options)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._searcher, name)


def test_a_where_questions_story_is_read_from_the_search_made_before(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    words = "where did ann vell die"
    search_story_reach(index, words, None)
    ranked = search(index, words, 3, subject=True)
    counted = CountedSearcher(index.engine._get_searcher())  # type: ignore[attr-defined]
    index.engine._searcher = counted  # type: ignore[attr-defined]
    assert story_answer(index, words, ranked, 3, None) is None  # no passage tells a place
    assert counted.searches == 0
    assert (
        ranked.hits == search(index_of(tmp_path / "fresh", ARTICLES), words, 3, subject=True).hits
    )
