""" "According to X": whose words a sentence gives with that phrase, and which (inside
`qabot.attribution.cue_reading`).

X is a document's source ("according to court papers filed by X") or a speaker phrase; the
words are the sentence before the phrase, or the clause after it when it opens the sentence
("According to Acme, a toy maker, prices will rise").
"""

from __future__ import annotations

import re

from qabot.attribution.cue_sentence import CueSentence
from qabot.attribution.cue_spans import content_end, finite_verbs
from qabot.attribution.cue_words import CueWords
from qabot.attribution.cues import ACCORDING
from qabot.attribution.documents import document_source
from qabot.attribution.phrase_heads import head_words
from qabot.attribution.quote_content import Attribution
from qabot.attribution.speaker_reading import interpret
from qabot.text.lexicon import POSSESSIVES, ROLE_NOUNS, is_capitalised

_APPOSITION_OPENERS = frozenset("a an the another".split())


class AccordingCues(CueWords):
    """The words "according to X" gives X."""

    def according(self, st: CueSentence, cue: re.Match[str]) -> None:
        """Give the speaker after "according to" the words it reports, if someone is named."""
        masked, s1, cursor = st.masked, st.s1, st.cursor
        phrase = ACCORDING.match(masked, cue.end(), s1)
        if phrase is None:
            return
        words = phrase.group(1).split()
        person = document_source(self.people, words, st.base + cue.start()) or interpret(
            self.people, head_words(words), st.base + cue.start()
        )
        if (
            person is None
            and words[-1].endswith(".")
            and "." not in words[-1][:-1]
            and phrase.end() == s1
            # "according to his tax filings.", "... his former adviser.": whose, it does not say
            and words[0].casefold() not in POSSESSIVES
        ):
            # "..., according to a Treasury official.": the sentence's full stop, no part of
            # the source (not "the F.A.A.", whose stop is its own)
            words = [*words[:-1], words[-1][:-1]]
            person = interpret(self.people, head_words(words), st.base + cue.start())
        if person is None:
            return
        attribution = Attribution(
            person, st.para[cue.start() : cue.end()], (st.base + st.s0, st.base + s1)
        )
        rest = masked[phrase.end() : s1]
        if (
            rest.lstrip().startswith(",")
            and len(rest.split()) > 2
            # "X has won, according to a CNN tally, but ...": the words came before
            and not _said_before(masked[cursor : cue.start()], rest)
        ):
            c0 = phrase.end() + rest.index(",") + 1
            after = masked[c0:s1]
            if (
                after.split()[0] in {"a", "an"}
                and "," in after
                and not finite_verbs(after[: after.index(",")].split())
            ):
                c0 += after.index(",") + 1  # "According to Acme, a toy maker, ..."
            c1 = content_end(masked, c0, s1)
        else:
            c0, c1 = cursor, cue.start()
        self.emit_words(st, attribution, c0, c1)
        st.cursor, st.speaker = max(c1, phrase.end()), person
        self.people.add_speaker(st.base + cue.start(), person)


def _said_before(before: str, rest: str) -> bool:
    """Return True when the words before "according to X" are what X says, though a comma
    follows X: the sentence goes on with a new clause ("X has won, according to a CNN tally,
    but ...") or with what X is ("..., according to the Harbour Institute, a research group
    that tracks prices", "..., which insures the boats")."""
    words = before.split()
    after = rest.split(",", 1)[1] if "," in rest else ""
    first = after.split()[0].casefold() if after.split() else ""
    if len(words) > 3 and first in {"but", "and", "yet", "while"}:
        return True
    if not words:
        return False
    if first in {"which", "who", "whose"}:
        return True
    described = after.split(",", 1)[0].split()
    # "..., according to the Judicial Conference, the policy-making arm of ...", "..., according
    # to X, director of the Office of ...": what the source is, no clause of its own
    apposed = first in _APPOSITION_OPENERS or (
        first in ROLE_NOUNS and len(words) > 3 and not is_capitalised(described[0])
    )
    return apposed and not finite_verbs(described)
