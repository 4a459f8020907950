"""Whether a "who said ...?" question asks who was quoted on a topic ("who commented on the
lawsuits", "who was quoted about the strike") rather than who said words it gives, for
`who_said_answer`: such a question's words are the story's, not the speaker's.
"""

from __future__ import annotations

from qabot.search.what_did_questions import SPOKEN_ON
from qabot.search.who_said_questions import SpeechQuestion

# verbs of answering or reacting, which with those of speaking on a topic ask "who was quoted
# on Y?" when no words follow: "who responded for Sky after ...", "who commented on Y"
_ANSWERED = frozenset(
    "respond responds responded responding react reacts reacted reacting answer answers "
    "answered answering".split()
)
# what opens a topic asked of whoever was quoted: "who was quoted about Y", "... on Y"
_ABOUT = frozenset("about regarding concerning".split())
_ON_WORDS = _ABOUT | {"on", "over"}
_MARKS = ",;:.?!"  # what ends a word of a question but is no part of it


def asks_whoever_spoke(speech: SpeechQuestion, question: str) -> bool:
    """Return whether a "who said ...?" `question` asks who was quoted on a topic ("who
    commented on the lawsuits", "who was quoted about the strike") rather than who said words
    it gives: its words are the story's, which a passage of another story holding more of them
    does not answer better than a quote, for no words of the speaker were asked. Words after
    "that" are what was said ("who commented that the plan was dead")."""
    topic = (speech.topic or "").casefold().split()
    if not topic or "that" in topic:
        return False
    words = [word.strip(",;:") for word in question.casefold().split()]
    # "who was quoted about ...": the topic keeps its preposition (but "who said on Monday
    # the plan was dead" gives the words said), or the question does where the topic read
    # drops it ("who was the commuter quoted about the strike": the role asked comes between)
    if topic[0] in _ABOUT or (topic[0] in _ON_WORDS and "quoted" in words):
        return True
    if "quoted" in words and _preceded_by(words, topic, _ON_WORDS):
        return True
    verb = (speech.verb or "").casefold()
    if verb not in SPOKEN_ON | _ANSWERED or verb not in words:
        return False
    after = words[words.index(verb) + 1 : words.index(verb) + 2]
    return after != ["that"]


def _preceded_by(words: list[str], topic: list[str], before: frozenset[str]) -> bool:
    """Return whether the question's `words` hold the `topic` right after one of `before`."""
    bare = [word.strip(_MARKS) for word in words]
    asked = [word.strip(_MARKS) for word in topic]
    width = len(asked)
    return any(
        bare[at : at + width] == asked and bare[at - 1] in before
        for at in range(1, len(bare) - width + 1)
    )
