"""A title in the question against the gender the articles' cues give a person: "Ms Varga"
is not Ivo Varga, whom his article calls "Mr Varga" and "he", though no list of first names
knows "Ivo"."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

BRIDGE = (
    "Bridge plan approved\n\n"
    "The council approved the new bridge on Monday after a long debate.\n\n"
    '"This bridge will change the town for ever," said Ivo Varga, the council leader.\n\n'
    'Mr Varga added that work would start in the spring. "We have waited long enough," he said.\n'
)


def test_a_title_of_the_other_gender_than_the_cues_names_no_one(tmp_path: Path) -> None:
    index = index_of(tmp_path, {"bridge.txt": BRIDGE})
    assert answer(index, "what did mr varga say").speaker == "Ivo Varga"
    assert answer(index, "what did varga say").speaker == "Ivo Varga"
    hers = answer(index, "what did ms varga say")
    assert hers.speaker != "Ivo Varga" and not hers.quotes
    assert not hers.passages  # his passage does not "mention Ms Varga" either
