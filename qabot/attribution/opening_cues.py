"""Opening cues: a sentence that opens with its speech verb, the speaker after it and then the
quote ('Said Mr Ruiz: “...”', 'Added coach Jo Lee, “...”'), inside
`qabot.attribution.cue_reading`.

The verb is capitalised as the sentence's first word, so the cue pattern (lower case) does not
find it; read as the inverted cue it is ('“...,” said Mr Ruiz'), with the quote after it.
"""

from __future__ import annotations

import re

from qabot.attribution.according_cues import AccordingCues
from qabot.attribution.cue_sentence import CueSentence
from qabot.attribution.cues import CUE, OPENING_VERBS
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import QUOTE_MARKS
from qabot.text.patterns import lazy

# a capitalised word opening a sentence (after any quote mark), then a word opening no clause
# of the verb's own ("Said to be worth ...", "Asked if he would ...", "Asked about it, he said")
_OPENING_VERB = lazy(
    r"[\s'‘’\"“”]*(?P<verb>[A-Z][a-z]+)[^\S\n]+"
    r"(?!(?:to|if|whether|about|by|for|with|of|on|in|at|what|why|how|when|where|that)\b)(?=\w)"
)
# what may stand between the speaker and the quote: a colon or a comma, or a relative clause on
# the speaker ('Said Jo Lee, who grew up there, “...”')
_BEFORE_QUOTE = lazy(r"\s*(?:[:,]|,\s*who\s[^:;]*?,)?\s*$")


def opening_cue(masked: str, s0: int, s1: int) -> re.Match[str] | None:
    """Return the cue of sentence masked[s0:s1] when it opens with a speech verb and holds a
    quote ('Said Mr Ruiz: “...”'), matched as if written in lower case, or None."""
    opening = _OPENING_VERB.match(masked, s0, s1)
    if opening is None or opening["verb"].casefold() not in OPENING_VERBS:
        return None
    if not any(mark in masked[opening.end() : s1] for mark in QUOTE_MARKS):
        return None  # "Said to be worth £1m, the house ...": no speaker's words follow
    at = opening.start("verb")
    return CUE.match(masked[:at] + masked[at].lower() + masked[at + 1 :], at, s1)


class OpeningCues(AccordingCues):
    """The quote a sentence's opening speech verb gives the speaker after it."""

    def opening(self, st: CueSentence, cue: re.Match[str]) -> None:
        """Give the speaker named after an opening cue the quote that follows them, when the
        phrase after the cue is a speaker (a name, a role and a name, "the report")."""
        read = self._inverted(st.masked, st.base, cue, st.cursor, st.s1, strict=True, opening=True)
        if read is None:
            return
        end, person = read
        quote = next((q for q in st.spans if q[0] >= end), None)
        if quote is None or quote[0] >= st.s1:
            return
        if not _BEFORE_QUOTE.match(st.masked, end, quote[0]):
            return  # "Said Ann Lee would stay, the club ...": a clause, not the quote's speaker
        self.people.names.add_speaker(st.base + cue.end(), person)
        verb = st.para[cue.start() : cue.end()]
        attribution = Attribution(person, verb, (st.base + st.s0, st.base + st.s1))
        st.speaker = person
        self.emit_words(st, attribution, quote[0], quote[1])
        st.cursor = quote[1]
