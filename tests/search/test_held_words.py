"""What the best passages hold of a question: a story titled with the subject is about it."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import filler_notes, index_of

_OPENING = (
    "Talk show host Ines Varga, whose radio show inspired the new harbour play, has said she "
    "would not have written it herself. Varga helped launch the play at the harbour theatre "
    "and came to the opening night with her family, who sat in the front row. "
)
_MIDDLE = (
    "The play follows a ferry crew through one long winter, with songs about the tides, the "
    "nets and the old pier. Critics called the songs bright and the staging simple.\n\n"
    "The theatre said it had sold every seat for the first month of the run, and that a second "
    "month would be added in the spring if the crowds kept coming to the quay.\n\n"
    "Its director, a former deck hand, wrote most of the music on the night ferry over three "
    "summers, humming the tunes to the engine crew between the islands and the mainland."
)
_LATER = (
    "The veteran broadcaster is in Lisbon to speak at a dinner for a sailors' charity. The "
    "dinner, on Tuesday, is expected to draw more than eight hundred guests from the ports."
)
# our own: her story's title names her; the passage telling why she is in Lisbon does not
STORY = {
    "varga.txt": f"Varga praises harbour play\n\n{_OPENING}\n\n{_MIDDLE}\n\n{_LATER}\n",
    "quay.txt": "Quay works\n\nIn Lisbon the quay was mended over the summer by the port.\n",
    "pier.txt": "Pier works\n\nIn Porto the pier was painted over the winter by the port.\n",
    **filler_notes(12),
}


def test_a_passage_of_a_story_titled_with_the_subject_tells_what_is_asked_of_it(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, STORY)
    # one passage shown: the best match is her story's opening, which does not say
    result = answer(index, "why was ines varga in lisbon", top=1)
    assert result.found, result.lead
    assert result.passages[0].article.title == "Varga praises harbour play"
    assert "is in Lisbon to speak" in result.passages[0].highlight


def test_a_word_asked_in_no_story_about_the_subject_is_still_lacking(tmp_path: Path) -> None:
    index = index_of(tmp_path, STORY)
    result = answer(index, "why was ines varga in porto", top=1)
    assert not result.found and not result.passages
    assert result.lead.endswith("no sentence about “ines varga” has “porto”."), result.lead
