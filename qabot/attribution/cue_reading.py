"""Cue reading: the speakers and reported words of one sentence's speech cues.

Part of quote attribution (`qabot.attribution.quotes`), which runs it on every sentence of every
paragraph: each cue ("said", "told Euronews", "according to", ", adding that") is read with its
speaker on either side (a name, a pronoun or a role: `qabot.attribution.speaker_phrases`,
`qabot.attribution.speaker_reading`), and the words it reports are found before or after it
(`qabot.attribution.cue_words`; whether they are words said or when and where they were said:
`qabot.attribution.cue_context`; "according to X": `qabot.attribution.according_cues`).
What spans sentences and paragraphs (a quote with no cue, a speaker going on into the next
paragraph) stays in `qabot.attribution.quotes`.
"""

from __future__ import annotations

import re

from qabot.attribution.according_cues import AccordingCues
from qabot.attribution.cue_context import (
    REPLIES,
    believer,
    clause_tail,
    gapped,
    no_speech_before,
    quoted_as,
    relative_at,
    replier,
)
from qabot.attribution.cue_search import sentence_cues
from qabot.attribution.cue_sentence import CueSentence
from qabot.attribution.cue_spans import finite_verbs
from qabot.attribution.cues import (
    ADDED,
    AFTER_QUOTE,
    AMOUNT,
    ASKED,
    ASKED_WHAT,
    BELIEF,
    CUE,
    DOCUMENT_VERBS,
    INVERTED,
    JUDGING,
    NOUN_CUES,
    PARTICIPLE,
    QUOTING,
    SCORED,
)
from qabot.attribution.persons import Person
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.attribution.speaker_heads import can_speak
from qabot.attribution.speaker_phrases import speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.records import Article
from qabot.text.lexicon import (
    BOUNDARY_WORDS,
    OPENING_ADVERBS,
    PERSON_NOUNS,
    PRONOUNS,
    SOURCE_DOCUMENTS,
    is_capitalised,
)
from qabot.text.patterns import lazy

# words after which "states" is the plural noun, not a cue: a number, a quantifier, a region, a
# preposition or "the" ("in three other states", "Rust Belt states", "to states with ...")
_STATES_NOUN = lazy(
    r"(?:\b(?:the|other|member|several|many|all|both|these|those|some|most|remaining|key|swing"
    r"|battleground|border|early|bigger|smaller|larger|large|small|numerous|dozen|gulf|island"
    r"|red|blue|purple|primary|caucus|first|last|next|united|to|in|of|for|from|with|among"
    r"|across|and|or|then|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+ern|belt|arab|baltic|nordic|african|european|asian)\s*$)",
    re.IGNORECASE,
)

# a relative clause opening right after the speaker a cue just gave: ", who said", ", who
# also told"
_WHO_AFTER_SPEAKER = lazy(r"\s*,\s*who(?:\s+(?:also|has|have|had|later|then|[a-z]+ly))*\s*")

# what a cue's speaker reading gives: None, no speaker and none after the cue either;
# (None, where): try a speaker after the cue ('“...,” says X'); (person, where the phrase starts)
_Speaker = tuple[Person | None, int] | None


class CueReader(AccordingCues):
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
        st = CueSentence(para, masked, base, s0, s1, spans, covered, here, cursor=s0)
        cues = sentence_cues(masked, s0, s1, self.masked_cut)
        for cue in sorted(cues, key=lambda match: match.start()):
            if cue.start() >= st.cursor:
                self._cue(st, cue)

    def _cue(self, st: CueSentence, cue: re.Match[str]) -> None:
        """Read one cue: whether it reports speech, its speaker and the words it gives them."""
        verb = cue.group("cue")
        left = st.masked[st.cursor : cue.start()]
        if self._no_speech(st, cue, left):
            return
        if verb.casefold() == "according to":
            self.according(st, cue)
            return
        # "the mill, which the union says was sold off": the clause from "which"
        relative = relative_at(verb, left, st.masked, cue.end(), st.s1)
        if relative is None and gapped(st.masked, cue.end(), st.s1):
            return  # "the number of missed calls is rising": a noun, no cue
        found = self._cue_speaker(st, cue, left)
        if found is None:
            return
        person, np_start = found
        if person is not None:
            self.cue_words(st, cue, person, np_start, relative)
            return
        # '“...” trying to keep them safe, says X': the speaker follows the cue
        inverted = self._inverted(st.masked, st.base, cue, st.cursor, st.s1)
        if inverted is not None:
            cursor_before = st.cursor
            st.cursor, st.speaker = inverted
            self.people.add_speaker(st.base + cue.start(), inverted[1])
            attribution = Attribution(inverted[1], verb, (st.base + st.s0, st.base + st.s1))
            found_before = len(st.here)
            self.emit_before(st, attribution, cursor_before, cue.start())
            if len(st.here) == found_before:  # "Then, says Mr. Ruiz, the world found out"
                opening = st.masked[cursor_before : cue.start()]
                self.clause_after_aside(st, attribution, opening, st.cursor)

    def _no_speech(self, st: CueSentence, cue: re.Match[str], left: str) -> bool:
        """Return True when a cue word reports no speech here ("added a third goal", "member
        states", "the data underlined"), or only introduces the next sentence's quote."""
        masked, verb = st.masked, cue.group("cue")
        if verb in ADDED and SCORED.match(masked, cue.end()):
            return True  # "before the Czech added a third": a goal, no words
        if verb in ADDED and AMOUNT.match(masked, cue.end()) and not _clause_follows(masked, cue):
            return True  # "he added 1.28p per litre": an amount, no words
        if verb == "states" and _STATES_NOUN.search(left):
            return True  # "the 35 states that vote", "Western states", "member states": places
        if verb in AFTER_QUOTE and left.rstrip()[-1:] not in QUOTE_MARKS:
            return True  # "the data underlined the problems": only '“...,” underlined X'
        after = masked[cue.end() : st.s1]
        if verb in DOCUMENT_VERBS and not _document_tells(left, after):
            return True  # "Rooney showed that he is fit", "the poll showed Labour ahead"
        if verb in ASKED and after.split()[:1] in ([w] for w in ASKED_WHAT) and not _asker(left):
            return True  # "a show during which callers asked how ...", "the form asks when"
        if verb in QUOTING and not any(m in after for m in QUOTE_MARKS):
            self._introduces_next(masked, st.base, verb, left, st.cursor, (st.s0, st.s1))
            # "Ann Lee praised the rescue workers for their courage": her praise, as reported
            return not _judged(verb, left, after)
        return (verb not in NOUN_CUES and no_speech_before(left)) or (
            verb in BELIEF and not believer(left, masked[cue.end() : st.s1])
        )

    def _cue_speaker(self, st: CueSentence, cue: re.Match[str], left: str) -> _Speaker:
        """Return who speaks at a cue and where their phrase starts (see `_Speaker`)."""
        masked, base, cursor, verb = st.masked, st.base, st.cursor, cue.group("cue")
        quoted = quoted_as(left, masked[cue.end() : st.s1]) if verb == "saying" else None
        if quoted is not None:
            # '“...,” AP quoted prosecutor Ann Lee as saying'
            person = interpret(self.people, quoted[1], base + cursor + quoted[0])
            return None if person is None else (person, cue.start())
        if verb in PARTICIPLE:
            read = self.participle_speaker(
                verb, left, masked, (st.s0, st.s1), base, cursor, st.speaker
            )
            return None if read is None else (read[0], cue.start())
        if verb in NOUN_CUES:  # "his claim that", "Ruiz's insistence that"
            np_start, owner = self.noun_owner(left, cursor, base)
            return None if owner is None else (owner, np_start)
        found = speaker_before(left)
        if found is None and st.speaker is not None and _WHO_AFTER_SPEAKER.fullmatch(left):
            # '“...,” said Capt. Jo Ruiz, who said he would not vote': the speaker just read
            return st.speaker, cue.start()
        if found is None:
            return None, cue.start()
        if found[0] < 0:
            # "... but his lawyer told X it was a lie and added": the last cue's speaker
            return st.speaker or self._subject(masked, st.s0, st.s1, base), cue.start()
        if clause_tail(left, found[0], found[1]) and _thing_after(masked, cue, st.s1):
            return None  # "He missed a tackle, conceded a penalty": an object, no speaker
        if self.ends_inverted(masked, base, cue, cursor, st.s1, found):
            return None, cue.start()  # read as '..., said X'
        np_offset, words, role = found
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
        if verb.casefold() in _READS and not _reader(words):
            return None  # "the message's subject line reads ...": a document's text
        person = interpret(self.people, words, base + at, role)
        if person is None and words[0] in _THING_OPENERS and not can_speak(words):
            # "While an earlier county presentation assured X that Y, under questioning Ruiz
            # acknowledged ...": a thing before this cue; a later cue reads on after its clause
            comma = masked.find(",", cue.end(), st.s1)
            st.cursor = cue.end() if comma < 0 else comma
            return None
        if verb in REPLIES and len(words) == 1 and words[0].casefold() in PRONOUNS:
            asking = max(st.here, key=lambda item: item[0])[1] if st.here else self.previous
            person = replier(self.people, asking, person)
        return person, np_start


# "X read(s): ..." quotes a person reading out or writing only when X is someone: a name, a
# pronoun or a person noun ("the spokesman read"); "the sign reads", "a statement read" quote
# a document, which is nobody's own words
_READS = frozenset({"read", "reads"})
# a relative clause ending the words before a cue: "Republicans who have", "during which callers"
# ("that" may be a determiner: "With that record, he asked why")
_RELATIVE_TAIL = lazy(r"\b(?:who|whom|which)\b(?:\s+\S+){0,2}\s*$")
# words that tell a judging verb reports no judgement of a speaker's: a passive's agent or
# reason ("criticised for ...", "praised by ..."), or a thing from or by someone before it
_JUDGED_NOT = frozenset("for by as from with over after".split())


def _asker(left: str) -> bool:
    """Return True when the words before "asked whether/why/..." end with who asked: not a
    relative clause ("during which callers asked how") nor a document's questions ("The
    survey asks where ...")."""
    found = speaker_before(left)
    if found is not None and found[0] < 0:
        return True  # "X said ... and asked how ...": the sentence's speaker
    return (
        found is not None
        and bool(found[1])
        and not _RELATIVE_TAIL.search(left)
        and found[1][-1].casefold() not in SOURCE_DOCUMENTS
    )


def _document_tells(left: str, after: str) -> bool:
    """Return True when "shows/found that" reports what a document tells: "that" follows the
    verb and the words before it end with a document ("A new poll shows that", "the inquiry
    found that", "Census records show that"), not a person ("Rooney showed that he is fit")."""
    if after.split()[:1] != ["that"] or CUE.search(after) is not None:
        return False  # "The report found that ..., the minister said": the minister's words
    found = speaker_before(left)
    if found is None or found[0] < 0 or not found[1]:
        return False
    head = found[1][-1].casefold().strip(",")
    return head in SOURCE_DOCUMENTS or head.removesuffix("s") in SOURCE_DOCUMENTS


def _judged(verb: str, left: str, after: str) -> bool:
    """Return True when a judging verb with no quote reports a named speaker's judgement of
    what follows ("Ann Lee praised the crews for their courage"): a name of two words or more
    ends the words before it, in no relative clause ("Republicans who have praised his
    candidacy warned"), with no preposition in it ("a goal from Ann Lee condemned X to
    defeat"); the object is no agent or reason of a passive ("Lee criticised for ...")."""
    found = speaker_before(left)
    if verb not in JUDGING or found is None or found[0] < 0 or _RELATIVE_TAIL.search(left):
        return False
    words, following = found[1], after.split()[:4]
    return (
        len(words) >= 2
        and all(is_capitalised(w) for w in words[-2:])
        and words[0].casefold() not in OPENING_ADVERBS | {"even"}
        and not any(w in _JUDGED_NOT for w in words)
        and bool(following)
        and following[0] not in _JUDGED_NOT
        and not (verb == "condemned" and "to" in following)  # "condemned them to defeat"
    )


def _clause_follows(masked: str, cue: re.Match[str]) -> bool:
    """Return True when the words after a cue, up to a comma or a stop, hold a finite verb:
    "added 20 people were hurt" reports a clause, "added 4% to 142bn euros" none."""
    rest = re.split(r"[,;:.!?](?:\s|$)", masked[cue.end() : cue.end() + 120], maxsplit=1)[0]
    return finite_verbs([w for w in rest.split() if w[:1].islower()]) > 0  # not "in May"


def _reader(words: list[str]) -> bool:
    last = words[-1].casefold().rstrip(".,")
    return is_capitalised(words[-1]) or last in PRONOUNS or last in PERSON_NOUNS


def _thing_after(masked: str, cue: re.Match[str], end: int) -> bool:
    """Return True when a cue after a clause and a comma is followed by a thing that cannot
    speak ("He missed a tackle, conceded a penalty at the breakdown"): the verb's object, so the
    clause before is no one's words and its last name no speaker."""
    phrase = INVERTED.match(masked, cue.end(), end)
    if phrase is None:
        return False
    words = phrase.group(1).split()
    return (
        0 < len(words) <= 6
        and words[0] in _OBJECT_OPENERS
        and finite_verbs(words) == 0  # "said the plan would close": the words said
        and not any(w in BOUNDARY_WORDS for w in words)
        and not can_speak(words)
    )


_OBJECT_OPENERS = frozenset("a an the his her its their".split())
# a noun phrase read before a cue: "an earlier county presentation assured ..."
_THING_OPENERS = _OBJECT_OPENERS | frozenset("A An The His Her Its Their Your your".split())
