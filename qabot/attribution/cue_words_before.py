"""Cue words before: what a cue with no words after it reports, and the calls that give an
attribution its words (the base of `qabot.attribution.cue_words`, inside
`qabot.attribution.cue_reading`).

The clause the cue parts ("The economy, he said, is strong"), the words before its speaker
('“...,” he said'), the main clause after an opening phrase ("Back in Virginia, Mr. Clarke
said, he decided to ..."), or none here at all, which a later quote may take
(`CueSpeakers.silent`). Kept apart from the words after a cue ("said that ..."), which
`cue_words` reads once it has chosen between the two.
"""

from __future__ import annotations

from dataclasses import replace

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.cited_asides import cited_aside
from qabot.attribution.content_cuts import content_end
from qabot.attribution.cue_sentence import CueSentence
from qabot.attribution.cue_speakers import CueSpeakers
from qabot.attribution.cues import ADJUNCT_START
from qabot.attribution.opening_phrases import opening_phrase
from qabot.attribution.parted_clauses import parted_clause
from qabot.attribution.participle_speakers import is_named_person
from qabot.attribution.phrase_heads import head_words
from qabot.attribution.phrase_shapes import is_role
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import MASK
from qabot.attribution.relayed_voices import relays_another
from qabot.attribution.speaker_reading import interpret
from qabot.records import Article

_WISHES = frozenset("hope hopes hoped".split())  # "hopes to link ...": an aim, not a saying


class CueWordsBefore(CueSpeakers):
    """The words before a cue whose speaker is known, and how an attribution is given words."""

    def __init__(self, article: Article) -> None:
        super().__init__(article)
        # the speaker of a cue that ends its paragraph with a colon ("Dr. Ward stated:"): the
        # quote that opens the next paragraph is theirs
        self.introduced: Attribution | None = None

    def emit_words(self, st: CueSentence, attribution: Attribution, c0: int, c1: int) -> None:
        """Give `attribution` the sentence's words [c0, c1) (a quote's inside, when they are
        one quote)."""
        words = st.para[c0:c1]
        cited = cited_aside(st.para, c0 + len(words) - len(words.lstrip(" ,;:—–-")), c1)
        if cited is not None:  # "claiming that, as Mr Letwin said, ...": his words too
            person = interpret(self.people, cited[0], st.base + cited[1])
            if person is not None and person.name != attribution.speaker.name:
                also = (*attribution.also, attribution.speaker)
                attribution, c0 = replace(attribution, speaker=person, also=also), cited[2]
        self._content(st.para, st.base, attribution, c0, c1, st.spans, st.covered, st.here)

    def emit_before(
        self,
        st: CueSentence,
        attribution: Attribution,
        start: int,
        end: int,
        quotes_only: bool = False,
    ) -> None:
        """Give `attribution` the words before its speaker, between `start` and `end`."""
        self._left(
            st.para,
            st.masked,
            st.base,
            attribution,
            start,
            end,
            st.spans,
            st.covered,
            st.here,
            quotes_only=quotes_only,
        )

    def _words_before_cue(
        self, st: CueSentence, attribution: Attribution, np_start: int, cue_end: int
    ) -> None:
        """A cue with no words after it: the clause it parts, the words before its speaker,
        or the main clause after an opening phrase ("Back in Virginia, Mr. Clarke said, he
        decided to ..."); none here: a later quote may be its."""
        masked, s1, cursor = st.masked, st.s1, st.cursor
        if masked[cue_end:s1].strip() == ":":
            self.introduced = attribution  # "Dr. Ward stated:" before a quote
        found_before = len(st.here)
        parted = parted_clause(masked, cursor, np_start, cue_end, s1)
        if attribution.cue in _WISHES and masked[cue_end:s1].lstrip().startswith("to "):
            # "Where possible, it hopes to link ...": what it means to do, no words before
            self.emit_before(st, attribution, cursor, np_start, quotes_only=True)
        elif parted is not None:  # "The economy, he said, is strong": the whole clause
            aside = (st.base + np_start, st.base + cue_end)
            attribution = replace(attribution, aside=aside)
            self.emit_words(st, attribution, *parted)
        else:
            self.emit_before(st, attribution, cursor, np_start)
        if len(st.here) == found_before:
            self.clause_after_aside(st, attribution, masked[cursor:np_start], cue_end)
        if len(st.here) == found_before and is_named_person(self.people, attribution.speaker):
            after = masked[s1:]  # where the next sentence starts
            following = s1 + len(after) - len(after.lstrip())
            self.silent.append((cue_end, s1, attribution))
            if not masked[:s1].rstrip().endswith("?") and not relays_another(
                attribution.cue, masked[cue_end:s1]
            ):
                # 'Is the job to beat the Tories, as X once declared? “No. ...”': the quote
                # after a question answers it; whom the question names did not say it
                self.silent.append((following, following + 1, attribution))
        st.cursor = cue_end

    def clause_after_aside(
        self, st: CueSentence, attribution: Attribution, opening: str, aside_end: int
    ) -> None:
        """Give `attribution` the main clause after a cue set apart by commas when an opening
        phrase comes before it ("Back in Virginia, Mr. Clarke said, he decided to ...", "Then,
        says Mr. Ruiz, the world found out"): the words said, not the phrase before."""
        masked, s1 = st.masked, st.s1
        rest = masked[aside_end:s1]
        if not rest.lstrip().startswith(",") or not opening_phrase(opening.rstrip(" ,")):
            return
        c0 = aside_end + rest.index(",") + 1
        apposed = masked.find(",", c0, s1)
        role = masked[c0:apposed].split() if apposed > 0 else []
        if role and is_role(head_words(role)) and not finite_verbs(role):
            c0 = apposed + 1  # "Not least, said X, consultant at Acme, because ...": no role
        c0 += len(masked[c0:s1]) - len(masked[c0:s1].lstrip())
        if not opening.rstrip().endswith(",") and masked[c0:s1].split()[:1] in (
            [w] for w in ADJUNCT_START
        ):
            return  # "And X has responded, with ads ...": how, after a clause of narration
        c1 = content_end(masked, c0, s1)
        words = masked[c0:c1].split()
        if words and is_role(head_words(words)) and not finite_verbs(words):
            return  # "Still, says X, a political scientist.": who X is, no words
        if len(words) >= 3 and MASK not in masked[c0:c1]:
            self.emit_words(st, attribution, c0, c1)
