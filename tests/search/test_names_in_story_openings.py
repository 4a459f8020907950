"""A name the story's first sentence writes is mentioned by every passage of that story: a
news story names its event once, at the top, and its later paragraphs tell what happened
without naming it again ("... the Quay Open", then "Varto pulled out"). Such a passage may
be shown for a question asking about the name (its words still count for nothing in its
relevance). Through answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

_FILLER = (
    "The crowd on the outer courts was small in the cold wind, and the organisers said they "
    "hoped for more people at the weekend, when the forecast is better and the schools are "
    "closed for the holiday. Tickets for the later rounds are still on sale at the gate. "
)

ARTICLES = {
    "open.txt": (
        "Lindqvist eases through\n\n"
        "Top seed Ola Lindqvist moved into the third round of the Quay Open with a quick win "
        "on Tuesday.\n\n" + _FILLER * 3 + "\n\n"
        "Lindqvist was leading 6-2 4-1 when his opponent Pekka Varto retired with a back "
        "injury. Varto had struggled with his serve from the start and called the trainer "
        "twice before he pulled out. Lindqvist said he felt sorry for Varto, who had beaten "
        "him twice last year. " + _FILLER
    ),
    "draw.txt": (
        "Quay Open draw made\n\n"
        "The draw for the Quay Open was made on Friday, with the top seeds kept apart until "
        "the final. " + _FILLER * 2
    ),
    "club.txt": (
        "Club night\n\n"
        "Pekka Varto opened the new club house in the harbour on Saturday, and signed balls "
        "for the children who came to watch. " + _FILLER * 2
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("names_in_story_openings")), ARTICLES)


def test_a_later_passage_of_a_story_opening_with_the_name_answers(index: Index) -> None:
    result = answer(index, "what happened between varto and lindqvist at the quay open")
    assert result.found
    assert any("retired with a back injury" in hit.passage.text for hit in result.passages)


def test_a_story_not_opening_with_the_name_does_not_mention_it(index: Index) -> None:
    result = answer(index, "what did varto open at the quay open")
    assert all("club house" not in hit.passage.text for hit in result.passages)
