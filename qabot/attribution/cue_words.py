"""Cue words: what a cue whose speaker is known reports, before or after it (inside
`qabot.attribution.cue_reading`).

The words after the cue ("said that ..."), the quote or clause before it ('“...,” he said',
"The economy, he said, is strong"), the quote just before its sentence ('“We will win.” Trump
said.'), or none here at all, which a later quote may take (`CueSpeakers.silent`). This module
chooses among them and reads the words after a cue; those before it, and the calls that give
an attribution its words, are `cue_words_before`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qabot.attribution.added_things import ADDING, added_thing
from qabot.attribution.asked_questions import put_question, question_end
from qabot.attribution.called_uses import CALLED
from qabot.attribution.content_cuts import content_end
from qabot.attribution.content_ends import (
    before_inner_quote,
    introduced_quote,
    quote_with_own_cue,
    relative_clause_end,
    subject_clause_end,
    subordinate_end,
)
from qabot.attribution.cue_context import circumstance, no_words_after, that_before
from qabot.attribution.cue_objects import agrees_with_before, earlier_act, object_after
from qabot.attribution.cue_sentence import CueSentence
from qabot.attribution.cue_words_before import CueWordsBefore
from qabot.attribution.cues import (
    ADDRESSED,
    ASKED,
    DOCUMENT_VERBS,
    JUDGING,
    NOUN_CUES,
    TELL,
)
from qabot.attribution.persons import Person
from qabot.attribution.quote_content import Attribution
from qabot.text.patterns import lazy

# a relative clause after what a judging verb's speaker judged: no more of their words
_WHICH_CLAUSE = lazy(r",\s+(?:which|who|whose)\b")
# a sentence opening with a clause set against the main one: a cue in it reports no further
# than that clause ("While X assured members that ..., Y acknowledged that ...")
# a cue inside a relative clause on its speaker: "Jo Ruiz, who said it was overdue, ...", "the
# Acme Trust, which said it was overdue, ..." (`qabot.attribution.relative_bodies`: "which" the
# cue's subject, not "the vote, which Ruiz conceded when ...")
_RELATIVE_WHO = lazy(
    r",\s+who\s+[^,;:]{0,40}$|,\s+which(?:\s+(?:also|has|have|had|[a-z]+ly))*\s+[a-z]+$"
)
_SUBORDINATORS = (["While"], ["Although"], ["Though"], ["Whereas"])
# a cue right after "who" on a noun ("The Republican who wrote"), and the finite cue of the
# sentence's main clause after what it reports ("... the speech says he won't")
_RESTRICTIVE_CUE = lazy(r"[^,;:]*?[\w'’]\s+who\s+(?:[a-z]+ly\s+)?\S+")
_MAIN_CUE = lazy(
    r"(?<=[\w'’])\s+(?:says|said|told|tells|insists|insisted|argues|argued|added|adds)\s+"
    r"(?=(?:he|she|they|it|we|i|that)\b)"
)


class CueWords(CueWordsBefore):
    """The words a cue reports, once its speaker is known."""

    def cue_words(
        self,
        st: CueSentence,
        cue: re.Match[str],
        person: Person,
        np_start: int,
        relative: int | None,
        also: tuple[Person, ...] = (),
    ) -> None:
        """Record `person` (and `also`, who said it with them) speaking at the cue, and give
        them the words it reports."""
        masked, s0, s1 = st.masked, st.s0, st.s1
        verb = cue.group("cue")
        left = masked[st.cursor : cue.start()]
        cue_end, cue_length, content_at = self._content_after(masked, verb, cue.end(), s1)
        silent = content_at is not None and no_words_after(verb, left, masked, content_at, s1)
        if (
            content_at is not None
            and not silent
            and verb in ADDING
            and added_thing(masked, content_at, s1)
        ):
            # "Jones added the conversion", "added the trophy to his list": no words, and no
            # speaker for a later "the firm" or "he" to mean
            return
        if verb not in DOCUMENT_VERBS:  # "a survey found that": no one "they" or "it" means
            self.people.names.add_speaker(st.base + np_start, person)
        if silent:
            if verb in CALLED:
                return  # "a group called X", "called the police": nobody spoke here
            content_at = None  # "said pleasantly into the phone": the words came before
        cue_text = st.para[cue.start() : cue.start() + cue_length].rstrip(".")
        attribution = Attribution(person, cue_text, (st.base + s0, st.base + s1), also=also)
        st.speaker = person
        if (
            content_at is None
            and not masked[s0:np_start].strip()
            and not object_after(verb, masked[cue_end:s1])
            and not earlier_act(left)
            and not agrees_with_before(verb)
        ):
            # '"We will win." Trump said.': the quote just before this sentence is its content
            # not a quote its own sentence's cue gave a speaker ('X said: “...” Y recalled
            # the day.': X's words only)
            before = next(
                (
                    q
                    for q in st.spans
                    if q[2]
                    and q[1] <= s0
                    and not masked[q[1] : s0].strip()
                    and not any(c0 < q[1] and q[0] < c1 for c0, c1 in st.covered)
                ),
                None,
            )
            if before is not None:
                self.emit_words(st, attribution, before[0], before[1])
        main = (
            _MAIN_CUE.search(masked, cue_end, s1)
            if not masked[s0:np_start].strip()
            and _RESTRICTIVE_CUE.fullmatch(masked, np_start, cue.end())
            else None
        )
        if main is not None:
            # "The Republican who wrote the speech says he won't ...": the cue is in a relative
            # clause on the sentence's subject, and the main verb after it is a cue of its own,
            # read next with the whole subject (the cursor stays); what the clause's cue
            # reports ends before it, and a thing written is no words ("wrote the speech")
            if content_at is not None and not added_thing(masked, content_at, main.start()):
                self.emit_words(st, attribution, content_at, main.start())
            return
        if content_at is None:
            self._words_before_cue(st, attribution, np_start, cue_end)
        else:
            self._words_after_cue(st, verb, attribution, np_start, cue_end, content_at, relative)

    def _words_after_cue(
        self,
        st: CueSentence,
        verb: str,
        attribution: Attribution,
        np_start: int,
        cue_end: int,
        content_at: int,
        relative: int | None,
    ) -> None:
        """A cue with words after it ("said that ...", "told X: “...”"): up to where they end,
        after any quote before its speaker."""
        masked, s0, s1, cursor_before = st.masked, st.s0, st.s1, st.cursor
        found_before = len(st.here)
        self.emit_before(st, attribution, cursor_before, np_start, quotes_only=True)
        quote = next((q for q in st.spans if q[0] == content_at), None)
        if (
            quote is None
            and len(st.here) > found_before
            and not that_before(masked, content_at)
            and (verb in TELL or verb in ADDRESSED or circumstance(masked, content_at))
        ):
            # '“...,” Trump told a crowd in Green Bay': the quote before is what was said;
            # the words after the cue are whom and where, not more of it
            st.cursor = cue_end
            return
        if quote is None and quote_with_own_cue(masked, content_at, st.spans):
            st.cursor = cue_end  # "Moscow denies — “...?” asked Dunn": Dunn's words
            return
        c1 = quote[1] if quote else content_end(masked, content_at, s1)
        introduced = None if quote else introduced_quote(masked, content_at, c1, st.spans)
        if introduced is not None:  # "says what his goal is: “...”": the quote is the words
            content_at, c1 = introduced
            quote = next(q for q in st.spans if q[0] == content_at)
        if quote is None and masked[s0:np_start].split()[:1] in _SUBORDINATORS:
            c1 = subordinate_end(masked, content_at, c1)
        if quote is None and _RELATIVE_WHO.search(masked, cursor_before, cue_end):
            whole, c1 = (
                c1,
                relative_clause_end(masked, content_at, c1, st.para),
            )  # "X, who said Y, backed Z"
            st.antecedent = attribution.speaker if c1 < whole else None
        if quote is None and verb in JUDGING:
            # "X condemned the annexation, which RT pointed to as ...": the thing judged
            which = _WHICH_CLAUSE.search(masked, content_at, c1)
            c1 = which.start() if which else c1
        if quote is None and (verb in JUDGING or verb in ASKED):
            # "But as X asked how the bus will cross the roads, Y explained that ...": the
            # question ends where the next speaker's clause starts
            c1 = subordinate_end(masked, content_at, c1)
        if quote is None and verb in ASKED and put_question(masked, content_at):
            c1 = question_end(masked, content_at, c1)
        if verb in NOUN_CUES:  # "X's claim that A would B", "... his claim that A, Y said"
            c1 = subject_clause_end(masked, content_at, subordinate_end(masked, content_at, c1))
        if quote is None:  # "The paper reports that X told a magazine: “...”": X's
            c1 = before_inner_quote(masked, content_at, c1)
        if relative is not None and quote is None:
            attribution = replace(attribution, aside=(st.base + np_start, st.base + cue_end))
            content_at = cursor_before + relative
        self.emit_words(st, attribution, content_at, c1)
        # "X's claim that A was wrong, analysts said": the noun's words are in the others'
        st.cursor = cursor_before if verb in NOUN_CUES else c1
