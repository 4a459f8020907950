"""A story names what it is about in its first sentence and goes on without naming it: a
question asking something of that subject is answered by a sentence of the story holding what
it asks ("directed by ..."), though that sentence does not name the subject. A story that names
the subject only further on says nothing of it in its other sentences. Through answer(), on
short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "film.txt": (
        "Harbour poet story to become film\n\n"
        "The life of the late harbour poet Mara Quill is to be made into a film, it has been "
        "announced. The film is to be directed by Tomas Brenner, who has made short films about "
        "the coast. It will be produced by a local company, while the sister of Mara Quill will "
        "also be a producer."
    ),
    "festival.txt": (
        "Festival line-up announced\n\n"
        "The harbour festival will open with a play directed by Ada Venn. Later in the week, "
        "the sister of Jon Pell will read his poems to the crowd."
    ),
    "wall.txt": (
        "Harbour wall finished\n\n"
        "The new harbour wall was finished on Friday, a month early, the council said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("story_openings")), ARTICLES)


def test_answer_takes_a_story_opening_with_the_subject_as_about_it(index: Index) -> None:
    result = answer(index, "who's directing the Mara Quill biopic")
    assert result.found
    assert "directed by Tomas Brenner" in result.passages[0].passage.text


def test_answer_refuses_a_story_naming_the_subject_only_further_on(index: Index) -> None:
    result = answer(index, "who's directing the Jon Pell biopic")
    assert not result.found
