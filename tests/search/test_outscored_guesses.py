"""Words typed in lower case that some passages write as a name ("harbour cup": "Harbour
Cup") are a guess: dropped when a passage holding them apart scores well above the best one
writing them as the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "final.txt": (
        "Harbour win\n\n"
        "Kell scored two goals as Harbour won the cup final against Dunmore on Saturday.\n"
    ),
    "draw.txt": "Draw made\n\nThe Harbour Cup draw was made on Monday at the town hall.\n",
    "tickets.txt": "Tickets\n\nHarbour Cup tickets go on sale next week, the organisers said.\n",
    "choir.txt": "Choir tour\n\nThe cathedral choir begins its summer tour of Norway next week.\n",
    "roads.txt": "Road works\n\nThe bypass will close for resurfacing for a week in June.\n",
    "mill.txt": "Mill\n\nThe old water mill on the river reopened as a museum of flour making.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("outscored_guesses"), ARTICLES)


def test_a_guessed_name_outscored_by_its_words_apart_is_dropped(index: Index) -> None:
    # before: only passages writing "Harbour Cup" could answer, and none held the rest
    result = answer(index, "kell goals harbour cup final")
    assert result.found
    assert result.passages[0].article.path == "final.txt"


def test_a_guessed_name_the_best_passage_writes_still_holds(index: Index) -> None:
    result = answer(index, "harbour cup tickets")
    assert [hit.article.path for hit in result.passages] == ["tickets.txt"]


NAMED = {
    "profile.txt": (
        "New signing\n\nRina Voss joined the club in the summer from Dunmore for a small fee.\n"
    ),
    "contract.txt": "Contract\n\nRina Voss signed a new two-year contract with the club.\n",
    "red.txt": (
        "Rina sees red\n\n"
        "Voss was sent off at Tynefield after a second booking for wrestling the ball away "
        "from the keeper.\n"
    ),
    "stage.txt": (
        "Stage prizes\n\nThe Harbour Theatre Awards will be handed out at the town hall in May.\n"
    ),
    "quay.txt": "Repairs\n\nThe old theatre on the quay closes for repairs in the spring.\n",
    "school.txt": "School play\n\nThe school hired the theatre for its summer play.\n",
    "films.txt": (
        "Screen prizes\n\n"
        "Best actress at the Harbour Film Awards went to Ada Lind, the night's big winner.\n"
    ),
    "choir.txt": "Choir tour\n\nThe cathedral choir begins its summer tour of Norway next week.\n",
    "roads.txt": "Road works\n\nThe bypass will close for resurfacing for a week in June.\n",
}


@pytest.fixture(scope="module")
def named_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("outscored_named"), NAMED)


def test_a_guessed_name_the_best_story_writes_another_way_is_dropped(named_index: Index) -> None:
    # the passage writing "Rina Voss" tells nothing asked; the best writes "Voss" alone, in
    # a story whose title names "Rina"
    result = answer(named_index, "why was rina voss sent off at tynefield")
    assert result.found
    assert result.passages[0].article.path == "red.txt"


def test_a_guessed_name_is_kept_over_a_story_never_writing_its_other_words(
    named_index: Index,
) -> None:
    # the film awards are no theatre awards: their story never writes "theatre"
    result = answer(named_index, "who was best actress at the harbour theatre awards")
    assert "films.txt" not in [hit.article.path for hit in result.passages]


def test_a_guessed_name_is_dropped_for_a_story_writing_a_form_of_its_word(
    tmp_path: Path,
) -> None:
    # "south koreans" is written so in one story; the card firm's writes "South Korea"
    index = index_of(
        tmp_path,
        {
            "card.txt": (
                "Card firm rescued\n\nCreditors of Brightcard have agreed a rescue of the firm. "
                "At least seven million people in South Korea use Brightcard cards."
            ),
            "koreans.txt": (
                "Koreans queue for phones\n\nYoung South Koreans queued overnight for the new "
                "handsets, and South Koreans bought more than a million in the first week."
            ),
            "choir.txt": "Choir tour\n\nThe cathedral choir begins its summer tour next week.\n",
            "roads.txt": "Road works\n\nThe bypass will close for resurfacing in June.\n",
        },
    )
    result = answer(index, "how many south koreans have a brightcard card")
    assert result.found
    assert "seven million people in South Korea" in result.passages[0].passage.text
    assert "“koreans” as" not in result.lead  # found as asked, not asked again for "korea"
