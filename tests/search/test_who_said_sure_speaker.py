""" "Who said ...?" answered for sure ("X said it:") shows X's words only: another speaker's quote
below that heading would read as saying it too, though it was never weighed against the claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "jail.txt": "Warden warns of weak walls at Elmford jail\n\n"
    "The warden of Elmford jail said the walls were crumbling.\n\n"
    '"Anyone with a spoon could escape from this jail," warden Ida Marsh said.\n',
    "zoo.txt": "Zoo keeper on the loose lemur\n\n"
    "A lemur got out of its pen at the city zoo on Monday.\n\n"
    '"Any animal could escape if the gate is left open," keeper Tom Lund said.\n',
    "bank.txt": "Online bank flaw\n\n"
    '"Anyone could read the account details with a guessed login," said Ben Ross of the bank.\n',
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("sure")), ARTICLES)


def test_a_sure_answer_shows_only_its_speakers_words(stories: Index) -> None:
    result = answer(stories, "who said anyone with a spoon could escape from the jail?")
    assert result.found
    assert result.lead == "Ida Marsh said it:"
    assert result.quotes
    assert {hit.speaker for hit in result.quotes} == {"Ida Marsh"}
