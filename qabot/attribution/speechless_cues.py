"""Speechless cues: a cue word that reports no speech where it stands.

Part of cue reading (`qabot.attribution.cue_reading`), asked of every cue before its speaker is
read: "added a third goal", "member states", "the poll showed Labour ahead" use a cue word with
no words said; "X was asked if ..." only introduces the next sentence's quote.
"""

from __future__ import annotations

import re

from qabot.attribution.asked_questions import question_after_whom
from qabot.attribution.cue_context import believer, no_speech_before
from qabot.attribution.cue_senses import (
    STATES_NOUN,
    asker,
    clause_follows,
    document_tells,
    judged,
    went_on_to_act,
)
from qabot.attribution.cue_sentence import CueSentence
from qabot.attribution.cues import (
    ADDED,
    AFTER_QUOTE,
    AMOUNT,
    ASKED,
    ASKED_WHAT,
    BELIEF,
    CLAUSE_BREAK,
    CLAUSE_QUOTING,
    CUE,
    DOCUMENT_VERBS,
    NOUN_CUES,
    QUOTING,
    SCORED,
)
from qabot.attribution.opening_cues import OpeningCues
from qabot.attribution.quote_marks import QUOTE_MARKS
from qabot.text.patterns import lazy

# "X was asked if/whether ...": a question put to X, whose answer may follow
_ASKED_PASSIVE = lazy(r"\s(?:was|were|is|being|been)\s+$")
# "Tory leader X, asked about the row by reporters, said ...": a participle set apart by commas
# after the subject, what was put to X (about, of, on, by ... after it: not "X, Y's uncle, told
# the BBC ..."); the sentence's own cue follows the comma closing it
_PASSIVE_ASIDES = frozenset("asked told pressed questioned".split())
_ASIDE_CLOSED = lazy(
    r"\s+(?:about|of|on|over|by|whether|if|why|how|what|when)\b[^,;:.!?]*,\s+(?:[a-z]+ly\s+)?"
)


class SpeechlessCues(OpeningCues):
    """The cue words of a sentence that report no speech there."""

    def no_speech(self, st: CueSentence, cue: re.Match[str], left: str) -> bool:
        """Return True when a cue word reports no speech here ("added a third goal", "member
        states", "the data underlined"), or only introduces the next sentence's quote."""
        masked, verb = st.masked, cue.group("cue")
        if verb in ADDED and SCORED.match(masked, cue.end()):
            return True  # "before the Czech added a third": a goal, no words
        if verb in ADDED and AMOUNT.match(masked, cue.end()) and not clause_follows(masked, cue):
            return True  # "he added 1.28p per litre": an amount, no words
        if verb == "went on" and went_on_to_act(masked, cue.end()):
            return True  # "whose film went on to win best film": what it did, no words
        if verb == "states" and STATES_NOUN.search(left):
            return True  # "the 35 states that vote", "Western states", "member states": places
        if verb in AFTER_QUOTE and left.rstrip()[-1:] not in QUOTE_MARKS:
            return True  # "the data underlined the problems": only '“...,” underlined X'
        after = masked[cue.end() : st.s1]
        if verb in DOCUMENT_VERBS and not document_tells(left, after):
            return True  # "Rooney showed that he is fit", "the poll showed Labour ahead"
        if verb in _PASSIVE_ASIDES and left.rstrip().endswith(","):
            closed = _ASIDE_CLOSED.match(masked, cue.end(), st.s1)
            if closed is not None and CUE.match(masked, closed.end()) is not None:
                return True  # "X, asked about the row, said ...": X was asked
        asked = _ASKED_PASSIVE.search(left) if verb == "asked" else None
        if asked is not None and after.split()[:1] in ([w] for w in ASKED_WHAT):
            # "Dr Fox was asked if he would ... “...”": no words of his here, his answer next
            self._introduces_next(
                masked, st.base, verb, left[: asked.start()], st.cursor, (st.s0, st.s1)
            )
            return True
        if (
            verb in ASKED
            and (
                after.split()[:1] in ([w] for w in ASKED_WHAT)
                or question_after_whom(masked, cue.end(), st.s1) is not None
            )
            and not asker(left)
        ):
            return True  # "a show during which callers asked how ...", "the form asks when"
        if verb in CLAUSE_QUOTING and not any(
            m in CLAUSE_BREAK.split(after, maxsplit=1)[0] for m in QUOTE_MARKS
        ):
            return True  # "he thanked the voters for their support, he then warned “...”"
        if verb in QUOTING and not any(m in after for m in QUOTE_MARKS):
            self._introduces_next(masked, st.base, verb, left, st.cursor, (st.s0, st.s1))
            # "Ann Lee praised the rescue workers for their courage": her praise, as reported
            return not judged(verb, left, after)
        return (verb not in NOUN_CUES and no_speech_before(left, verb)) or (
            verb in BELIEF and not believer(left, masked[cue.end() : st.s1])
        )
