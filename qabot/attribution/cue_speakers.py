"""Cue speakers: who speaks where a cue's speaker is not simply the phrase before it (inside
`qabot.attribution.cue_reading`).

A speaker after the cue ('“...,” said EEF chief economist, Steve Radley'), the object a "told"
cue carries before the words it reports ("told the BBC he would not resign"), the owner of a
noun that reports words ("his claim that"), and a named subject whose verb attributes only the
quote opening the next sentence ("X criticised the existing system. “There is no logic ...”").
A participle's speaker and the subject a sentence opens with are
`qabot.attribution.participle_speakers`.
"""

from __future__ import annotations

import re

from qabot.attribution.asked_questions import question_after_whom
from qabot.attribution.called_uses import CALLED, telephone_clause
from qabot.attribution.cue_context import clause_tail
from qabot.attribution.cue_sources import (
    APPOSED_NAME,
    INVERTED,
    TOLD_AT_LENGTH,
    TOLD_BEFORE_CLAUSE,
    TOLD_OBJECT,
    TOLD_PROGRAMME,
)
from qabot.attribution.cue_spans import content_start
from qabot.attribution.cues import ADDRESSED, ASKED, ASKED_WHAT, OBJECT, TELL
from qabot.attribution.inverted_speakers import (
    DESCRIBED_OPENERS,
    all_capitalised,
    apposed_person,
    apposed_word,
    role_of_body,
    role_then_name,
    source_description,
)
from qabot.attribution.opening_phrases import opening_phrase
from qabot.attribution.parted_clauses import parted_clause
from qabot.attribution.participle_speakers import ParticipleSpeakers, is_named_person
from qabot.attribution.persons import Person
from qabot.attribution.phrase_heads import head_words
from qabot.attribution.phrase_shapes import is_role
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import QUOTE_MARKS
from qabot.attribution.relayed_voices import relays_another
from qabot.attribution.speaker_phrases import speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.records import Article
from qabot.text.lexicon import is_capitalised
from qabot.text.patterns import POSSESSIVE_END, lazy

_TOLD = frozenset("told tells tell telling".split())
_WITH_OBJECT = OBJECT | TELL | ADDRESSED  # cues whose object follows them, never a speaker
_OPENING_WORDS = 4  # words of an opening before a cue set apart by commas ("By contrast,")
SUBJECT_WORDS = 8  # words of a subject an inverted cue parts from its verb
_NAME_REACH = 80  # characters a speaker named after a cue ends the sentence within
# the owner of a noun that reports words ("his claim that", "Bernie Ruiz's insistence that")
_OWNER = lazy(r"(?<![\w'’-])(?:his|her|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:['’]s|s['’]))\s+$")
_OWNER_PRONOUNS = {"his": "he", "her": "she"}


def set_apart(masked: str, cursor: int, cue: re.Match[str], s1: int) -> bool:
    """Return True when a cue and a capitalised name after it stand between commas after a
    short opening of its sentence, with the main clause after them: a tie to the sentence before
    ("By contrast, said X, the code was ...") or the subject of the words ("The answer, says X,
    is wi-fi")."""
    opening = masked[cursor : cue.start()].rstrip()
    phrase = INVERTED.match(masked, cue.end(), s1)
    if (
        phrase is None
        or not masked.startswith(",", phrase.end())
        or not (all_capitalised(phrase.group(1)) or role_then_name(phrase.group(1)))
        or "," in opening[:-1]
        or not 1 <= len(opening.split()) <= SUBJECT_WORDS
    ):
        return False
    rest = masked[phrase.end() + 1 : s1].split()
    # a tie is short ("By contrast,"); a subject may be longer ("The paradox of the plan,")
    return len(rest) >= 2 and (
        (len(opening.split()) <= _OPENING_WORDS and opening_phrase(opening[:-1]))
        or parted_clause(masked, cursor, cue.start(), phrase.end(), s1) is not None
    )


class CueSpeakers(ParticipleSpeakers):
    """The speakers a cue finds after it or beyond its sentence, and the speakers it leaves to
    the quotes that follow."""

    def __init__(self, article: Article) -> None:
        super().__init__(article)
        # cues of this paragraph whose words we did not find ("Lynch announced the suit on
        # Monday."), with where a quote with no cue of its own is theirs: later in the cue's
        # sentence, or opening the next one
        self.silent: list[tuple[int, int, Attribution]] = []

    def ends_inverted(
        self,
        masked: str,
        base: int,
        cue: re.Match[str],
        cursor: int,
        s1: int,
        found: tuple[int, list[str], str | None],
    ) -> bool:
        """Return True when the speaker follows a cue after a comma, not the phrase before it:
        that phrase ends a clause ("The treaty signals the end for the EU, said X"), or a name
        after the cue ends the sentence ("..., the plan may change bus routes, said Ms Ray.")."""
        left = masked[cursor : cue.start()]
        if not left.rstrip().endswith(","):
            return False
        if set_apart(masked, cursor, cue, s1):  # "Often, said X, the data ...": X, not "Often"
            return self._inverted(masked, base, cue, cursor, s1, strict=True) is not None
        # "A man called the police, said a neighbour": a clause, whose caller is no speaker
        if not (clause_tail(left, found[0], found[1]) or telephone_clause(found[1])):
            if s1 - cue.end() > _NAME_REACH or cue.group("cue") in _WITH_OBJECT:
                return False  # "X, for the party, accused Mr Brown of ..."
            phrase = INVERTED.match(masked, cue.end(), s1)
            # "..., said a neighbour, Ann Pike.": the name in apposition ends the sentence
            apposed = phrase is not None and apposed_person(masked, phrase, s1)
            if (
                phrase is None
                or (masked[phrase.end() : s1].strip(" .!?") and not apposed)
                or not (
                    all_capitalised(phrase.group(1))
                    or role_then_name(phrase.group(1))
                    or apposed
                    or source_description(phrase.group(1))
                )
            ):
                return False
        return self._inverted(masked, base, cue, cursor, s1, strict=True) is not None

    def _inverted(
        self,
        masked: str,
        base: int,
        cue: re.Match[str],
        cursor: int,
        s1: int,
        strict: bool = False,
        opening: bool = False,
    ) -> tuple[int, Person] | None:
        """Return (where the speaker phrase ends, the speaker) of an inverted cue ('“...,”
        said X'), or None when there is none; `strict`: only a name or "a/the <noun>" phrase;
        `opening`: the cue opens its sentence ('Said X: “...”')."""
        phrase = INVERTED.match(masked, cue.end(), s1)
        stripped = masked[cursor : cue.start()].rstrip()
        if (
            not (
                phrase
                and (opening or (stripped.endswith((",", "”", '"')) and stripped.strip(' ,"”')))
            )
            or cue.group("cue") in CALLED  # "officials, called superdelegates,": a name
            # "steel giant LNM, told BBC News that ...": the one told, never the speaker
            or cue.group("cue") in _TOLD
        ):
            return None
        first = phrase.group(1).split()[0]
        if strict and not (
            is_capitalised(first)
            or (opening and is_capitalised(phrase.group(1).split()[-1]))  # 'Said club coach X:'
            or first in DESCRIBED_OPENERS | {"the"}
            or role_then_name(phrase.group(1))
        ):
            return None  # "..., asked about the deaths", "..., said of Cruz": no speaker
        words = head_words(phrase.group(1).split())
        named = (
            APPOSED_NAME.match(masked, phrase.end(), s1)
            if is_role(words) or apposed_person(masked, phrase, s1)
            else None
        )
        if named is None and is_role(words):
            named = apposed_word(self.people, masked, phrase.end(), s1)  # "his wife, Sheila"
        if named is not None:  # '“...,” said EEF chief economist, Steve Radley.': Radley
            person = interpret(
                self.people, named.group("name").split(), base + cue.start(), " ".join(words)
            )
            if person is not None:
                return named.end(), person
        whole = role_of_body(phrase.group(1).split(), words)  # "chairman of the ISM's ..."
        person = interpret(self.people, whole, base + cue.start()) if whole else None
        person = person or interpret(self.people, words, base + cue.start())
        if person is None and (short := head_words(phrase.group(1).split(), False)) != words:
            # "said Chairman of the Board.": no name after the office, its title as before
            person = interpret(self.people, short, base + cue.start())
        return None if person is None else (phrase.end(), person)

    def _introduces_next(
        self, masked: str, base: int, verb: str, left: str, cursor: int, bounds: tuple[int, int]
    ) -> None:
        """'X criticised the existing system. “There is no logic ...”': a verb that attributes
        only quoted words, with none in its sentence, gives the named subject the quote that
        opens the next sentence (when it has no cue of its own)."""
        s0, s1 = bounds
        after = masked[s1:]
        following = s1 + len(after) - len(after.lstrip())
        found = speaker_before(left)
        if masked[following : following + 1] not in QUOTE_MARKS or not found or found[0] < 0:
            return
        cue_end = cursor + len(left)
        if masked.startswith(verb, cue_end):
            cue_end += len(verb)
        if relays_another(verb, masked[cue_end:s1]):
            return  # "X quoted the minister. “...”": the minister's words, maybe
        person = interpret(self.people, found[1], base + cursor + found[0], found[2])
        if person is not None and is_named_person(self.people, person):
            attribution = Attribution(person, verb, (base + s0, base + s1))
            self.silent.append((following, following + 1, attribution))

    def _content_after(
        self, masked: str, verb: str, end: int, s1: int
    ) -> tuple[int, int, int | None]:
        """Return where a cue ends (with the object of "told the BBC"), its length, and where
        the words it reports start after it (None: they come before it, or there are none)."""
        cue_end = end
        asked = verb in ASKED and (
            masked[end:s1].split()[:1] in ([w] for w in ASKED_WHAT)
            or question_after_whom(masked, end, s1) is not None  # "asked him whether"
        )
        if (
            verb in TELL
            and not asked  # "asked whether ...": the question, no one asked
            and (
                obj := TOLD_PROGRAMME.match(masked, end, s1)
                or TOLD_BEFORE_CLAUSE.match(masked, end, s1)
                or TOLD_OBJECT.match(masked, end, s1)
                or TOLD_AT_LENGTH.match(masked, end, s1)
            )
        ) or (
            verb in ADDRESSED
            and (
                obj := TOLD_OBJECT.match(masked, end, s1) or TOLD_AT_LENGTH.match(masked, end, s1)
            )
            and masked.startswith(" that ", obj.end())
        ):
            cue_end = obj.end()
        elif (prep := _PREPOSITION.match(masked, end, s1)) and prep.group(1) in _PREPOSITIONS.get(
            verb, ()
        ):
            cue_end = prep.end()  # "called for a ban", "called on X to resign", "warned against"
        return cue_end, cue_end - end + len(verb), content_start(masked, verb, cue_end, s1)

    def noun_owner(self, left: str, cursor: int, base: int) -> tuple[int, Person | None]:
        """Return (where, who) owns a noun that reports words: "his claim that" (he), "Bernie
        Ruiz's insistence that" (Ruiz); None when no one does ("the claim that")."""
        owner = _OWNER.search(left)
        if owner is None:
            return cursor, None
        said = _OWNER_PRONOUNS.get(owner.group().split()[0], owner.group().strip())
        at = cursor + owner.start()
        return at, interpret(self.people, POSSESSIVE_END.sub("", said).split(), base + at)


_PREPOSITIONS = {
    **dict.fromkeys("call calls called calling".split(), ("for", "on")),
    **dict.fromkeys("warn warns warned warning opined argued argues".split(), ("against",)),
}
_PREPOSITION = lazy(r"\s+(for|on|against)(?=\s+\S)")
