"""A name the best passages lack that their own story writes further on is the story's, not a
sign that they are about something else (`lacked_names.written_in_story`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search.partial_match import Partial, lacks_a_name
from qabot.search.retrieval import search
from tests.support.indexes import index_of

_TRAINING = (
    "The squad trained for months at the track in the hills, running long sessions in the "
    "cold before dawn and resting in the afternoons, and their coach said the hard winter "
    "had made them stronger than any squad he had led before. "
)
# the honours story names the relay team's MBEs at the top and an OBE paragraphs later
ARTICLES = {
    "honours.txt": (
        "Honours list\n\nThe four runners of the relay team were made MBEs in the New Year "
        "honours list after their win at the games in the summer.\n\n"
        + "\n\n".join([_TRAINING * 3] * 3)
        + "\n\nThere was also recognition for Ada Brook, chairman of the city marathon. "
        "She becomes an OBE.\n"
    ),
    "palace.txt": "Palace\n\nThe singer was given an OBE at the palace on Tuesday.\n",
    "stage.txt": "Stage\n\nThe actor was made a CBE for his work on the stage.\n",
    "nurses.txt": "Nurses\n\nTwo nurses were made MBEs for their work in the city.\n",
}
QUESTION = "who got an OBE alongside the relay team's MBEs"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("story_names")), ARTICLES)


def test_a_name_the_story_writes_further_on_is_no_other_storys(index: Index) -> None:
    hits = search(index, "relay team MBEs", 1).hits
    assert [hit.passage.text[:9] for hit in hits] == ["The four "]
    assert "OBE" not in hits[0].passage.text  # ... it is in a later passage of the story
    lacking = Partial(("relay", "team's", "MBEs"), ("OBE",))
    assert not lacks_a_name(index, QUESTION, lacking, hits)


def test_a_name_the_story_never_writes_is_another_storys(index: Index) -> None:
    hits = search(index, "relay team MBEs", 1).hits
    lacking = Partial(("relay", "team's", "MBEs"), ("CBE",))
    assert lacks_a_name(index, "who got a CBE alongside the relay team's MBEs", lacking, hits)
