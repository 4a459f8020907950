"""A speaker's words from the story holding the whole topic come before those of a story
repeating its commonest words. Through answer(), on invented articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

# the next round's report: a tie-break, no racket
FINAL = (
    "Brant into Harbour Open final\n\n"
    "Ola Brant won the tie-break of the first set and then the second set. She meets Eva "
    "Lind on Sunday.\n\n"
    '"I felt slow all week," Brant said. "My serve came back," Brant said.\n'
)
# the night the racket broke, told at length, her words further on
RACKET = (
    "Brant edges through\n\n"
    "Ola Brant beat Ivo Sand 6-4 3-6 6-2 in a long evening match under the lights. Brant broke "
    "a racket in anger in the second set. Sand had saved four match points in the second set "
    "before levelling, and the crowd rose for him. The third set went with serve until Sand "
    "double-faulted at four games all, and Brant served it out to love.\n\n"
    '"I am not hitting the ball cleanly," Brant said. "But I am still in the draw."\n'
)
OTHER_NEWS = {
    f"other{n}.txt": f"{subject} news\n\nThe {subject.lower()} club met on Monday to plan.\n"
    for n, subject in enumerate(["Chess", "Rowing", "Choir", "Garden", "Cycling", "Drama"])
}


def test_words_in_the_story_holding_the_whole_topic_come_first(tmp_path: Path) -> None:
    index = index_of(tmp_path, {"final.txt": FINAL, "racket.txt": RACKET, **OTHER_NEWS})
    result = answer(index, "what did ola brant say after breaking a racket?")
    shown = [hit.quote.text for hit in result.quotes]
    # the next round's report scores higher on "break" (a short passage) and its first words
    # follow a sentence naming it; the racket story holds the whole topic
    assert shown.index("I am not hitting the ball cleanly") < shown.index("My serve came back")
