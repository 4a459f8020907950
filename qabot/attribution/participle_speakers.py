"""Participle speakers: who speaks by a participle cue ("X sided with Y, saying ...", "X
responded by saying ...", "Donald Trump is telling veterans ...") and the person a sentence
opens with (inside `qabot.attribution.cue_reading`, through `qabot.attribution.cue_speakers`).
"""

from __future__ import annotations

import re

from qabot.attribution.cues import LINKED_PARTICIPLES, PROGRESSIVE
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.quote_content import QuoteContent
from qabot.attribution.sentence_subjects import is_adverbial, subject_words
from qabot.attribution.speaker_phrases import speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.text.lexicon import ISSUED_DOCUMENTS, is_capitalised, name_key
from qabot.text.patterns import lazy


class ParticipleSpeakers(QuoteContent):
    """The speaker of a participle cue, and the subject a sentence opens with."""

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
        """Return (who speaks by a participle cue,) or None when it reports no one's words
        (`_participle_speaker`); when that finds no one, after a statement someone issued
        ("X issued a statement Tuesday saying ..."), X, read as before a cue ("X said")."""
        read = self._participle_speaker(verb, left, masked, bounds, base, cursor, speaker)
        found = read is not None and read[0] is not None
        issued = None if found or verb not in _ISSUED_PARTICIPLES else _issued(left)
        if issued is None:
            return read
        before = speaker_before(left[: issued.start()])
        if before is None or before[0] < 0:
            return read
        return (interpret(self.people, before[1], base + cursor + before[0], before[2]),)

    def _participle_speaker(
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
            if not speaker and not (person and is_named_person(self.people, person)):
                # "The documentary showed Mr X, telling the meeting: ...": the one shown
                person = self._depicted(left, base + cursor) or person
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
            # "X appeared not to have enjoyed her time in the house saying: “...”": a colon
            # after the participle, no name before it: the sentence's named subject speaks
            person = (
                speaker or self._subject(masked, s0, s1, base)
                if masked[cursor + len(left) + len(verb) :].lstrip().startswith(":")
                and not left.rstrip().endswith(" as")  # "quoted its plan as saying:"
                else None
            )
            return (person,) if person and is_named_person(self.people, person) else None
        if not progressive and _object_name(left[: found[0]].split()[-1:] + found[1]):
            # "he heaped praise on Mr Brown saying ...": the object; the subject speaks
            person = speaker or self._subject(masked, s0, s1, base)
            return (person,) if person and is_named_person(self.people, person) else None
        return (interpret(self.people, found[1], base + cursor + found[0]),)

    def _depicted(self, left: str, position: int) -> Person | None:
        """Return the named person a film, a picture or a record shows before a participle
        ("The poster shows Mr Howard hypnotising people, saying ..."), else None."""
        shown = [*_DEPICTS.finditer(left)]
        if not shown:
            return None
        name = shown[-1]  # the last one before the participle
        person = interpret(self.people, name.group(1).split(), position + name.start(1))
        return person if person and is_named_person(self.people, person) else None

    def _subject(self, masked: str, s0: int, s1: int, base: int) -> Person | None:
        """Return the person a sentence opens with ("Ukraine disputed the claim, ...")."""
        words, verb = subject_words(masked, s0, s1)
        comma = masked.find(",", s0, s1)
        if verb is None and comma > 0 and is_adverbial(masked[s0:comma]):
            # "In May, a judge sided with X, saying ...": the subject after the opening phrase
            s0 = comma + 1 + len(masked[comma + 1 : s1]) - len(masked[comma + 1 : s1].lstrip())
            words, verb = subject_words(masked, s0, s1)
        if verb is None and words[1:2] == ["by"] and words[0].endswith("ed"):
            return None  # "Chastened by the analyses, ... X revised his plan": no subject read
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


# a verb by which a film, a picture or a record shows someone, and the name after it
_DEPICTS = lazy(
    r"\b(?:show(?:s|ed|n)?|depict(?:s|ed)?|portray(?:s|ed)?|picture[sd]|feature[sd]|film(?:s|ed)"
    r"|capture[sd]|caught|recorded)\s+((?:[A-Z][\w'.-]*\s+)*[A-Z][\w'.-]*)"
)


def _object_name(words: list[str]) -> bool:
    """Return True when the name ending `words` is an object after "on", "to" or "against"."""
    at = next((i for i in range(len(words) - 2, 0, -1) if not is_capitalised(words[i])), 0)
    return at > 0 and words[at] in {"on", "to", "against"}


_PROGRESSIVE = lazy(r"\s(?:is|are|was|were)(?:\s+[a-z]+ly)?\s*$")
# a participle the sentence's subject speaks by, after a dash or a linking word: "X flipped his
# choice - saying ...", "X responded by saying ...", "X said, while arguing ...", "X ducked,
# pointing to his record and saying ..."
_LINKED = lazy(r"(?:\s[-–—]|--|[,\s](?:by|while|after|before|and))(?:\s+[a-z]+ly)?\s*$")


# a statement someone issued or sent, and what may follow it before a participle that gives its
# words: "X issued a statement Tuesday saying ...", "his office put out a statement saying ...",
# "the campaign sent a fundraising email to supporters saying ..." (not "received a letter")
_ISSUED = lazy(
    r"\b(?:issue[ds]?|release[ds]?|sen[dt]s?|puts?\s+out|post(?:s|ed)?|publish(?:es|ed)?"
    r"|fire[ds]?\s+(?:back|off)|circulate[ds]?|tweet(?:s|ed)?|e-?mail(?:s|ed)?|distribute[ds]?"
    r"|file[ds]?)(?:\s+out)?\s+(?:a|an|the|its|his|her|their|our|my)"
    r"(?P<thing>(?:\s+[^\s,.;:!?\"“”]+){1,7})\s*$"
)


def _issued(left: str) -> re.Match[str] | None:
    """Return where the words before a participle end with a statement the sentence's subject
    issued ("X issued a statement Tuesday saying ...": the statement gives X's words), the
    statement among the first three words after its determiner; else None."""
    found = _ISSUED.search(left)
    thing = found.group("thing").split()[:3] if found else []
    return found if any(word.casefold() in ISSUED_DOCUMENTS for word in thing) else None


# participles that give a statement's words as a clause ("saying it will close"), not a thing
# it did ("stressing the impact of ...", "urging them to reconsider")
_ISSUED_PARTICIPLES = frozenset(
    """saying stating declaring claiming insisting arguing warning asserting contending
    maintaining calling""".split()
)


def is_named_person(people: People, person: Person) -> bool:
    """Return True for a person the article names (not a body, a description or a pronoun)."""
    return (
        not person.organisation
        and person.name[:1].isupper()
        and person in people.names.by_surname.get(name_key(person.name)[1], [])
    )
