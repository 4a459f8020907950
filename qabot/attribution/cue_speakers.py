"""Cue speakers: who speaks where a cue's speaker is not simply the phrase before it (inside
`qabot.attribution.cue_reading`).

A speaker after the cue ('“...,” said EEF chief economist, Steve Radley'), the object a "told"
cue carries before the words it reports ("told the BBC he would not resign"), the subject a
sentence opens with, and a named subject whose verb attributes only the quote opening the next
sentence ("X criticised the existing system. “There is no logic ...”").
"""

from __future__ import annotations

import re

from qabot.attribution.called_uses import CALLED, telephone_clause
from qabot.attribution.cue_context import clause_tail
from qabot.attribution.cue_spans import content_start
from qabot.attribution.cues import (
    ADDRESSED,
    APPOSED_NAME,
    ASKED,
    ASKED_WHAT,
    INVERTED,
    LINKED_PARTICIPLES,
    OBJECT,
    PROGRESSIVE,
    TELL,
    TOLD_AT_LENGTH,
    TOLD_BEFORE_CLAUSE,
    TOLD_OBJECT,
)
from qabot.attribution.inverted_speakers import (
    DESCRIBED_OPENERS,
    all_capitalised,
    apposed_person,
    apposed_word,
    role_of_body,
    role_then_name,
    source_description,
)
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.phrase_heads import head_words
from qabot.attribution.phrase_shapes import is_role
from qabot.attribution.quote_content import Attribution, QuoteContent
from qabot.attribution.quote_marks import QUOTE_MARKS
from qabot.attribution.sentence_subjects import subject_words
from qabot.attribution.speaker_phrases import speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.records import Article
from qabot.text.lexicon import is_capitalised, name_key
from qabot.text.patterns import lazy

_TOLD = frozenset("told tells tell telling".split())
_WITH_OBJECT = OBJECT | TELL | ADDRESSED  # cues whose object follows them, never a speaker
_NAME_REACH = 80  # characters a speaker named after a cue ends the sentence within
# the owner of a noun that reports words ("his claim that", "Bernie Ruiz's insistence that")
_OWNER = lazy(r"(?<![\w'’-])(?:his|her|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:['’]s|s['’]))\s+$")
_OWNER_PRONOUNS = {"his": "he", "her": "she"}
_POSSESSIVE = lazy(r"['’]s?$")


class CueSpeakers(QuoteContent):
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
        asked = verb in ASKED and masked[end:s1].split()[:1] in ([w] for w in ASKED_WHAT)
        if (
            verb in TELL
            and not asked  # "asked whether ...": the question, no one asked
            and (
                obj := TOLD_BEFORE_CLAUSE.match(masked, end, s1)
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
        return at, interpret(self.people, _POSSESSIVE.sub("", said).split(), base + at)

    def participle_speaker(
        self,
        verb: str,
        left: str,
        masked: str,
        bounds: tuple[int, int],
        base: int,
        cursor: int,
        speaker: Person | None,
    ) -> tuple[Person | None] | None:
        """Return (who speaks by a participle cue,) or None when it reports no one's words:
        after a comma, a dash or a linking word the sentence's speaker or subject ("X sided
        with Y, saying ...", "X responded by saying ..."), else the name right before it
        ("footage of Hillary Clinton asking, ...", "Donald Trump is telling veterans ...")."""
        s0, s1 = bounds
        linked = (
            not left.rstrip().endswith((",", "”", '"'))
            and verb in LINKED_PARTICIPLES
            and _LINKED.search(left)
        )
        if linked or left.rstrip().endswith((",", "”", '"')):
            if linked and not speaker and "and" in subject_words(masked, s0, s1)[0]:
                return None  # "X and Y vied ..., each touting ... and saying": not one of them
            person = speaker or self._subject(masked, s0, s1, base)
            if (
                linked
                and not speaker
                and not (
                    person
                    and is_named_person(self.people, person)
                    and (person.gender or " " in person.name)
                )
            ):
                return None  # "a bill banning smoking and saying ...": no one named
            return (person,)
        progressive = _PROGRESSIVE.search(left) if verb in PROGRESSIVE else None
        # "Donald Trump is telling veterans that ...": the subject before "is"
        found = speaker_before(left[: progressive.start()] if progressive else left)
        if not found or found[0] < 0 or not (is_capitalised(found[1][-1]) or progressive):
            return None
        if not progressive and _object_name(left[: found[0]].split()[-1:] + found[1]):
            # "he heaped praise on Mr Brown saying ...": the object; the subject speaks
            person = speaker or self._subject(masked, s0, s1, base)
            return (person,) if person and is_named_person(self.people, person) else None
        return (interpret(self.people, found[1], base + cursor + found[0]),)

    def _subject(self, masked: str, s0: int, s1: int, base: int) -> Person | None:
        """Return the person a sentence opens with ("Ukraine disputed the claim, ...")."""
        words, verb = subject_words(masked, s0, s1)
        following = masked[s0:s1].split()[len(words) : len(words) + 2]
        if (
            verb is not None
            and following[:1] == [verb]
            and verb.endswith(("ers", "ors", "ists", "ants", "ents"))
            and following[1:2]
            and following[1].endswith("ed")
        ):  # "Several Acme shareholders expressed ..., saying": the shareholders, not Acme
            words = [*words, verb]
        return interpret(self.people, words, base + s0) if words else None


def _object_name(words: list[str]) -> bool:
    """Return True when the name ending `words` is an object after "on", "to" or "against"."""
    at = next((i for i in range(len(words) - 2, 0, -1) if not is_capitalised(words[i])), 0)
    return at > 0 and words[at] in {"on", "to", "against"}


_PROGRESSIVE = lazy(r"\s(?:is|are|was|were)(?:\s+[a-z]+ly)?\s*$")
# a participle the sentence's subject speaks by, after a dash or a linking word: "X flipped his
# choice - saying ...", "X responded by saying ...", "X said, while arguing ...", "X ducked,
# pointing to his record and saying ..."
_LINKED = lazy(r"(?:\s[-–—]|--|[,\s](?:by|while|after|before|and))(?:\s+[a-z]+ly)?\s*$")


_PREPOSITIONS = {
    **dict.fromkeys("call calls called calling".split(), ("for", "on")),
    **dict.fromkeys("warn warns warned warning opined argued argues".split(), ("against",)),
}
_PREPOSITION = lazy(r"\s+(for|on|against)(?=\s+\S)")


def is_named_person(people: People, person: Person) -> bool:
    """Return True for a person the article names (not a body, a description or a pronoun)."""
    return (
        not person.organisation
        and person.name[:1].isupper()
        and person in people.by_surname.get(name_key(person.name)[1], [])
    )
