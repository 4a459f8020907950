"""Cue reading: the speakers and reported words of one sentence's speech cues.

Part of quote attribution (`qabot.attribution.quotes`), which runs it on every sentence of every
paragraph: each cue ("said", "told Euronews", "according to", ", adding that") is read with its
speaker on either side (a name, a pronoun or a role: `qabot.attribution.speaker_phrases`,
`qabot.attribution.speaker_reading`), and the words it reports are found before or after it
(`qabot.attribution.cue_words`; whether they are words said or when and where they were said:
`qabot.attribution.cue_context`; "according to X": `qabot.attribution.according_cues`).
A cue word that reports no speech where it stands is told in `qabot.attribution.speechless_cues`.
What spans sentences and paragraphs (a quote with no cue, a speaker going on into the next
paragraph) stays in `qabot.attribution.quotes`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qabot.attribution.apposed_subjects import apposed_subject
from qabot.attribution.contact_clauses import contact_clause
from qabot.attribution.content_cuts import closing_cue
from qabot.attribution.continued_speakers import GOING_ON, continued_speaker, replier
from qabot.attribution.cue_context import (
    clause_tail,
    gapped,
    object_relative,
    quoted_as,
    relative_at,
)
from qabot.attribution.cue_objects import parts_next_sentence
from qabot.attribution.cue_search import sentence_cues
from qabot.attribution.cue_senses import (
    READS,
    REMARKS,
    THING_OPENERS,
    reader,
    remarker,
    thing_after,
)
from qabot.attribution.cue_sentence import CueSentence
from qabot.attribution.cue_speakers import SUBJECT_WORDS
from qabot.attribution.cues import (
    DOCUMENT_VERBS,
    NOUN_CUES,
    PARTICIPLE,
    REPLIES,
)
from qabot.attribution.documents import finding_source
from qabot.attribution.finding_subjects import finding_subject
from qabot.attribution.issued_documents import quoted_by_name
from qabot.attribution.joint_speakers import partners_before, partners_in
from qabot.attribution.opening_cues import opening_cue
from qabot.attribution.opening_phrases import opening_phrase
from qabot.attribution.parted_clauses import parted_clause
from qabot.attribution.persons import Person
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.attribution.relayed_voices import reads_out
from qabot.attribution.speaker_heads import can_speak
from qabot.attribution.speaker_phrases import speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.attribution.speechless_cues import SpeechlessCues
from qabot.records import Article
from qabot.text.lexicon import (
    PRONOUNS,
)
from qabot.text.patterns import lazy

# a relative clause opening right after the speaker a cue just gave: ", who said", ", who
# also told"
_WHO_AFTER_SPEAKER = lazy(r"\s*,\s*who(?:\s+(?:also|has|have|had|later|then|[a-z]+ly))*\s*")

# what a cue's speaker reading gives: None, no speaker and none after the cue either;
# (None, where): try a speaker after the cue ('“...,” says X'); (person, where the phrase starts)
_Speaker = tuple[Person | None, int] | None


# verbs whose object noun names the act ("makes claims that", "made allegations that")
_LIGHT_VERBS = frozenset("make makes made".split())
# the object pronouns of "X quoted him as saying", as the subjects they stand for
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _subject_opening(opening: str) -> bool:
    """Return True when the words before an inverted cue set apart by commas may be the subject
    of the clause it parts ("The answer, says X, is wi-fi"): a short phrase, no tie to the
    sentence before ("By contrast, said X, ...") and no clause of its own ("Acme has about 40
    customers, said X, its sales chief")."""
    phrase = opening.rstrip(" ,")
    return (
        "," not in phrase and len(phrase.split()) <= SUBJECT_WORDS and not opening_phrase(phrase)
    )


class CueReader(SpeechlessCues):
    """The speech cues of one article's sentences, and the speakers they leave to later quotes."""

    def __init__(self, article: Article) -> None:
        super().__init__(article)
        self.previous: Attribution | None = None
        # the paragraph being read, masked, cut into cue words once for all its sentences
        # (`cue_search.cue_cut`; None: not ASCII, each sentence is cut alone)
        self.masked_cut: str | None = None

    def sentence(
        self,
        para: str,
        masked: str,
        base: int,
        bounds: tuple[int, int],
        spans: list[tuple[int, int, bool]],
        covered: list[tuple[int, int]],
        here: list[tuple[int, Attribution]],
    ) -> None:
        """Find the attributions of one sentence: speaker, cue and content spans."""
        s0, s1 = bounds
        cues = sentence_cues(masked, s0, s1, self.masked_cut)
        opening = opening_cue(masked, s0, s1)
        if not cues and opening is None:
            return  # no cue to read (most sentences of the paragraphs read here)
        st = CueSentence(para, masked, base, s0, s1, spans, covered, here, cursor=s0)
        if opening is not None:  # 'Said Mr Ruiz: “...”'
            self.opening(st, opening)
        closing = closing_cue(masked, s0, s1) if cues else None
        if closing is not None and any(c.start() == closing for c in cues):
            # "X had said the rules were unfair, said Mr Clarke": the cues before are his account
            cues = [c for c in cues if c.start() >= closing]
        for cue in sorted(cues, key=lambda match: match.start()):
            if cue.start() >= st.cursor:
                self._cue(st, cue)

    def _cue(self, st: CueSentence, cue: re.Match[str]) -> None:
        """Read one cue: whether it reports speech, its speaker and the words it gives them."""
        verb = cue.group("cue")
        left = st.masked[st.cursor : cue.start()]
        if self.no_speech(st, cue, left) or reads_out(verb, st.masked[cue.end() : st.s1]):
            return  # or "X read the poem: “...”": another voice's words
        if verb.casefold() == "according to":
            self.according(st, cue)
            return
        if object_relative(left, st.masked, cue.end(), st.s1):
            return  # "the freedom which Blair tells us we have": no whole words said
        # "the mill, which the union says was sold off": the clause from "which"
        relative = relative_at(verb, left, st.masked, cue.end(), st.s1)
        contact = (
            None
            if relative is not None
            else contact_clause(verb, left, st.masked, cue.end(), st.s1)
        )
        if contact is not None:
            # "a probe the agency said was ongoing": the noun and the clause, the speaker after
            # the noun (the cursor moves to it; the clause starts before it)
            relative = contact[0] - contact[1]
            st.cursor += contact[1]
            left = left[contact[1] :]
        elif relative is None and gapped(st.masked, cue.end(), st.s1):
            return  # "the number of missed calls is rising": a noun, no cue
        found = self._cue_speaker(st, cue, left)
        if found is None:
            return
        person, np_start = found
        if person is not None:
            also = partners_before(self.people, st.masked, (st.s0, np_start), st.base, person)
            self.cue_words(st, cue, person, np_start, relative, also)
            return
        if verb in PARTICIPLE:
            return  # "..., saying the law broke the Voting Rights Act": no speaker after it
        # '“...” trying to keep them safe, says X': the speaker follows the cue
        inverted = self._inverted(st.masked, st.base, cue, st.cursor, st.s1)
        if inverted is not None:
            cursor_before = st.cursor
            lead = st.masked[cursor_before : cue.start()]
            first = cursor_before + len(lead) - len(lead.lstrip())
            quote = next((q for q in st.spans if q[0] == first and q[2]), None)
            if quote is not None and parts_next_sentence(
                st.masked, quote[1], cue.start(), st.para[quote[0] + 1 : quote[1] - 1]
            ):
                cursor_before = quote[1]  # '“...” It helps, said X, that ...': not the quote
            st.cursor, st.speaker = inverted
            self.people.names.add_speaker(st.base + cue.start(), inverted[1])
            also = partners_in(
                self.people, st.masked, cue.end(), inverted[0], st.base, inverted[1]
            )
            attribution = Attribution(
                inverted[1], verb, (st.base + st.s0, st.base + st.s1), also=also
            )
            found_before = len(st.here)
            opening = st.masked[cursor_before : cue.start()]
            parted = (
                parted_clause(st.masked, cursor_before, cue.start(), st.cursor, st.s1)
                if _subject_opening(opening)
                else None
            )
            if parted is not None:  # "The answer, says X, is wi-fi": the clause it parts
                aside = (st.base + cue.start(), st.base + st.cursor)
                self.emit_words(st, replace(attribution, aside=aside), *parted)
                st.cursor = parted[1]
            else:
                self.emit_before(st, attribution, cursor_before, cue.start())
            if len(st.here) == found_before:  # "Then, says Mr. Ruiz, the world found out"
                self.clause_after_aside(st, attribution, opening, st.cursor)
            rest = st.masked[st.cursor : st.s1]
            after = st.cursor + len(rest) - len(rest.lstrip(" ,:"))
            quote = next((q for q in st.spans if q[0] == after), None)
            if len(st.here) == found_before and quote is not None and rest.lstrip()[:1] in ",:":
                self.emit_words(st, attribution, quote[0], quote[1])  # 'But, said X, “...”'

    def _cue_speaker(self, st: CueSentence, cue: re.Match[str], left: str) -> _Speaker:
        """Return who speaks at a cue and where their phrase starts (see `_Speaker`)."""
        masked, base, cursor, verb = st.masked, st.base, st.cursor, cue.group("cue")
        quoted = quoted_as(left, masked[cue.end() : st.s1]) if verb == "saying" else None
        if quoted is not None:
            # '“...,” AP quoted prosecutor Ann Lee as saying'
            words, position = quoted[1], base + cursor + quoted[0]
            if len(words) == 1 and words[0].casefold() in _OBJECT_PRONOUNS:
                # "X quoted him as saying": whom "he" means before the sentence, never X
                words, position = [_OBJECT_PRONOUNS[words[0].casefold()]], base + st.s0
            person = interpret(self.people, words, position)
            if person is None:
                # whom we cannot tell: the sentence's quotes are still never the quoter's
                st.covered.extend((q0, q1) for q0, q1, _ in st.spans if st.s0 <= q0 < st.s1)
                return None
            return person, cue.start()
        if verb in PARTICIPLE:
            read = self.participle_speaker(
                verb, left, masked, (st.s0, st.s1), base, cursor, st.speaker
            )
            return None if read is None else (read[0], cue.start())
        finding = finding_subject(left) if verb in DOCUMENT_VERBS else None
        if finding is not None:  # "a poll by Gallup found that": Gallup; "the poll of ..."
            at = cursor + finding.offset
            return finding_source(self.people, finding, base + at), at
        if verb in NOUN_CUES:  # "his claim that", "Ruiz's insistence that"
            np_start, owner = self.noun_owner(left, cursor, base)
            return None if owner is None else (owner, np_start)
        found = speaker_before(left)
        apposed = apposed_subject(left)
        if apposed is not None and (found is None or found[0] > apposed[0]):
            # "Martin Scorsese, whose film The Aviator won, said": Scorsese, not The Aviator
            found = (apposed[0], apposed[1], None)
        if found is None and st.speaker is not None and _WHO_AFTER_SPEAKER.fullmatch(left):
            # '“...,” said Capt. Jo Ruiz, who said he would not vote': the speaker just read
            return st.speaker, cue.start()
        if found is None and st.antecedent is not None and not left.strip(" ,"):
            # "X, who called it “a farce”, said" (or 'it "a farce," said', the comma quoted): X
            return st.antecedent, cue.start()
        if found is None:
            return None, cue.start()
        if found[0] < 0:
            # "... but his lawyer told X it was a lie and added": the last cue's speaker
            return st.speaker or self._subject(masked, st.s0, st.s1, base), cue.start()
        if clause_tail(left, found[0], found[1]) and thing_after(masked, cue, st.s1):
            return None  # "He missed a tackle, conceded a penalty": an object, no speaker
        if self.ends_inverted(masked, base, cue, cursor, st.s1, found):
            return None, cue.start()  # read as '..., said X'
        np_offset, words, role = found
        if len(words) > 1 and words[-1] in _LIGHT_VERBS:
            words = words[:-1]  # "X makes claims that ...": X claims it, the cue is a noun
        np_start = at = cursor + np_offset
        if (
            len(words) == 1
            and words[0].islower()
            and words[0] not in PRONOUNS
            and left[:np_offset].rstrip()[-1:] in QUOTE_MARKS + MASK
        ):
            return None  # '“Alone” earns added pathos': a verb, not a speaker
        if (
            len(words) == 1
            and words[0].casefold() in PRONOUNS
            and self._content_after(masked, verb, cue.end(), st.s1)[2] is None
        ):
            at = cursor  # "Mr Blair was hurt, he added": not Blair, who came before
        if verb.casefold() in READS and not reader(words):
            return None  # "the message's subject line reads ...": a document's text
        if verb.casefold() in REMARKS and not remarker(words):
            return None  # "Opposition remarks that ... were ignored": a noun
        if quoted_by_name(words, masked, cue.end(), st.spans):
            return None  # 'The report adds “...,” said Jo Ray': Ray's words, read at "said"
        person = interpret(self.people, words, base + at, role)
        if person is None and at != np_start:
            # "Michael Howard has no doubt it is the minister who, he claims, is ...": no one
            # before the sentence, so the one named inside it, before the pronoun
            person = interpret(self.people, words, base + np_start, role)
        if person is None and words[0] in THING_OPENERS and not can_speak(words):
            # "While an earlier county presentation assured X that Y, under questioning Ruiz
            # acknowledged ...": a thing before this cue; a later cue reads on after its clause
            comma = masked.find(",", cue.end(), st.s1)
            st.cursor = cue.end() if comma < 0 else comma
            return None
        if verb in REPLIES and len(words) == 1 and words[0].casefold() in PRONOUNS:
            asking = max(st.here, key=lambda item: item[0])[1] if st.here else self.previous
            person = replier(self.people, asking, person)
        if verb in GOING_ON and len(words) == 1 and words[0].casefold() in {"he", "she"}:
            person = continued_speaker(self.people, person, base + at)  # "He added:"
        return person, np_start
