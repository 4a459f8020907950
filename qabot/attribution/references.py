"""References: who a pronoun or a description means (inside `qabot.attribution.speaker_phrases`).

"he said", "the Conservative MP said", "Its statement said": each refers back to someone the
article has named (`qabot.attribution.names.Names`). Never across a heading (a live page's
next item is about someone else); the speaker or sentence subject of the same paragraph first,
then the latest speakers and subjects before it; a description only to a named person of this
or the previous paragraph, a statement only to a named body.
"""

from __future__ import annotations

from bisect import bisect_left

from qabot.attribution.bodies import may_be_body, written_as_place
from qabot.attribution.described_referents import described_since
from qabot.attribution.gendered_referents import (
    guessed_speaker,
    introduced_since,
    named_in_paragraph,
    sentence_start,
    unnamed_since,
)
from qabot.attribution.names import People
from qabot.attribution.paragraph_persons import (
    a_body,
    may_mean,
    named_just_before,
    paragraph_person,
)
from qabot.attribution.persons import Person
from qabot.attribution.quote_marks import QUOTE_MARKS
from qabot.attribution.speaker_heads import can_speak
from qabot.attribution.spoken_bodies import body_subject_here, named_body_before
from qabot.attribution.spokespeople import voiced
from qabot.text.lexicon import (
    HONORIFICS,
    PRONOUNS,
    first_name_gender,
)
from qabot.text.patterns import lazy

_WINDOW = 300  # how many earlier names a pronoun looks back over


def _position(item: tuple[int, Person]) -> int:
    return item[0]


def pronoun(people: People, word: str, position: int) -> Person | None:
    """Return who `word` (he/she/they/it) most likely refers to, at `position`."""
    if word == "i":  # outside quote marks, the writer, whom the article does not name
        return Person("the writer", organisation=True)
    if word not in {"they", "it", "we"}:
        return _relative_antecedent(people, PRONOUNS[word], position) or referent(
            people, PRONOUNS[word], position
        )
    end = bisect_left(people.names.speakers, position, key=_position)
    begin = max(
        end - _WINDOW,
        bisect_left(people.names.speakers, section_of(people, position), key=_position),
    )
    if word == "it":  # an organisation, never a person, but a person's statement
        return _statement_owner(people, position, begin, end) or _latest_body(
            people, position, begin, end
        )
    speakers = [p for _, p in people.names.speakers[begin:end]]
    groups = [p for p in speakers if p.organisation]
    if groups and not _may_speak(groups[-1]):
        # a thing read as a speaker ("Jobs have continued to increase") is no one "they"
        # means, and a group before it is too far back to be sure of
        return None
    if word == "they" and not groups:
        # never one named person ("the single track they thought they were getting" are the
        # customers' thoughts); a one-word name may be a body the lexicon does not know
        last = speakers[-1] if speakers else None
        return last if last and last.gender is None and len(last.name.split()) == 1 else None
    return groups[-1] if groups else (speakers[-1] if speakers else None)


def _may_speak(person: Person) -> bool:
    """Return False for a speaker written in lower case whose head is a thing, not people or a
    body ("jobs", "prices"): kept as read, but never what a pronoun means."""
    return not person.name[:1].islower() or can_speak(person.name.split())


# "Mr Crosby's statement said: ... It added:": "it" is the statement, whose words are its owner's
_OWNED_STATEMENT = lazy(
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s?\s+(?:\w+\s+)?"
    r"(?:statement|letter|e-mail|email|message|note|blog|website|release)\b"
)


def _statement_owner(people: People, position: int, begin: int, end: int) -> Person | None:
    """Return the person whose statement spoke last in this paragraph ("Mr Crosby's statement
    said: ... It added"), or None."""
    if end <= begin:
        return None
    at, person = people.names.speakers[end - 1]
    paragraph = people.text.rfind("\n", 0, position) + 1
    if at < paragraph or person.organisation or may_be_body(people, person):
        return None
    return person if _OWNED_STATEMENT.match(people.text, at) else None


def _latest_body(people: People, position: int, begin: int, end: int) -> Person | None:
    """Return the body "it said" means: the latest speaker or sentence subject of the section
    that may be a body ("DrKW said ... “...,” it added": DrKW, not M&S, the group that spoke
    before), never a known person."""
    section = section_of(people, position)
    first = bisect_left(people.names.subjects, section, key=_position)
    last = bisect_left(people.names.subjects, position, key=_position)
    named = sorted(
        people.names.speakers[begin:end] + people.names.subjects[first:last], key=_position
    )
    subject = body_subject_here(people, position) or named_body_before(people, position)
    if subject is not None and (not named or named[-1][0] < subject[0]):
        return subject[1]
    for _, person in reversed(named):
        if may_be_body(people, person):
            return person
    return None


def _relative_antecedent(people: People, gender: str | None, position: int) -> Person | None:
    """Return the person a "who" clause holding the pronoun is about ("tycoon Steve Morgan,
    who got frustrated by what he claimed was indecision": Morgan), or None."""
    start = sentence_start(people.text, position)
    who = people.text.rfind(", who ", start, position)
    if who < 0 or people.text[who + 6 : who + 10].split()[:1] in (["he"], ["she"]):
        return None  # "Robinson, who he believes was the only choice": someone else's belief
    index = bisect_left(people.names.mentions, who, key=_position)
    if not index:
        return None
    at, person = people.names.mentions[index - 1]
    named = people.text[at:who]
    if at < start or len(named.split()) > 4 or person.organisation:
        return None  # the name must end right before ", who"
    return person if gender in {person.gender, None} or person.gender is None else None


def referent(
    people: People,
    gender: str | None,
    position: int,
    topics_only: bool = False,
    player: bool = False,
) -> Person | None:
    """Return the person of `gender` a pronoun or description at `position` most likely
    means, never an organisation (gender None: for a description, anyone; for "I", a
    person of unknown gender).

    Never across a heading (a live page's next item is about someone else); the latest
    speaker or sentence subject of its own paragraph first, then the latest speakers and
    subjects before it, then (unless `topics_only`) the latest person named.
    """
    section = section_of(people, position)
    paragraph = max(section, people.text.rfind("\n", 0, position) + 1)
    # only the last few hundred names before the pronoun matter (and keep long texts fast)
    end = bisect_left(people.names.speakers, position, key=_position)
    begin = max(end - _WINDOW, bisect_left(people.names.speakers, section, key=_position))
    subjects = bisect_left(people.names.subjects, position, key=_position)
    first_subject = max(subjects - 4, bisect_left(people.names.subjects, section, key=_position))
    # the latest speaker or sentence subject ("Gorka also made the point ... he noted"); a
    # speaker read from the same words as a subject comes after it, so it is tried first
    # ("Screen International's US editor Mike Goodridge thinks ...": Goodridge spoke, the
    # subject's possessor did not)
    topics = sorted(
        people.names.subjects[first_subject:subjects]
        + people.names.speakers[max(begin, end - 4) : end],
        key=_position,
    )
    here = [(at, p) for at, p in reversed(topics) if at >= paragraph]
    previous = max(section, people.text.rfind("\n", 0, max(0, paragraph - 2)) + 1)
    # the latest of this paragraph, or of the one before when none of this one came first
    latest = here[:1] or [(at, p) for at, p in topics[-1:] if at >= previous]
    if gender is not None and not topics_only and latest and voiced(people, *latest[0], gender):
        # "A spokeswoman for the Commission told ... She said": its words ("... said there
        # were no plans to sell it.\n\nHe added that ...": the paragraph after too)
        return latest[0][1]
    candidates = [p for _, p in here]
    if topics_only:  # a description: said of someone in this or the previous paragraph
        # ... not of its own sentence's subject ("But Trump has one thing in common with
        # them, the columnist suggested": the columnist is someone else), unless a quote comes
        # between ('Cruz says in an advert: “...,” the senator says': Cruz)
        own = sentence_start(people.text, position)
        if any(mark in people.text[own:position] for mark in QUOTE_MARKS):
            own = position

        opening = {at for at, _ in people.names.subjects[first_subject:subjects]}

        def opening_own(at: int, person: Person) -> bool:
            # the main clause's subject, not one of a clause before it ("When X shook his
            # hand, the Australian said": X)
            first = people.text[at:position].split(None, 1)[:1]
            return (
                at in opening
                and own <= at < position
                and people.text[own:at].strip() in {"", "But", "And"}
                and bool(first)
                and (first[0] in person.name.split() or first[0].casefold() in HONORIFICS)
            )

        subject = {id(p) for at, p in topics if opening_own(at, p)}
        candidates = [p for p in candidates if id(p) not in subject]
        candidates += [
            p for at, p in reversed(topics[-4:]) if at >= previous and id(p) not in subject
        ]
    else:
        candidates += [p for _, p in reversed(topics[-4:])]
        mentions = bisect_left(people.names.narrated, position, key=_position)
        first = max(mentions - _WINDOW, bisect_left(people.names.narrated, section, key=_position))
        named = people.names.narrated[first:mentions] + people.names.speakers[begin:end]
        if gender is not None and not here and candidates and a_body(people, candidates[0]):
            candidates = paragraph_person(people, named, paragraph, gender) + candidates
        elif gender is not None and not any(may_mean(p, gender) for _, p in here):
            # "The plan was welcomed by Jo Smith. “...,” she said": the one woman the sentence
            # before names, not one who spoke paragraphs before
            candidates = named_just_before(people, named, paragraph, gender, position) + candidates
        candidates += [p for _, p in sorted(named, key=_position, reverse=True)]
    # never give "she said" to a known man: skip the other gender and organisations
    for person in candidates:
        if topics_only and not (
            person.name[:1].isupper()
            and (person.gender or " " in person.name or (player and _spoke(people, person)))
        ):
            # a description means a named person, not "Vogue" or "a reporter"; a player
            # ("the attacking midfielder") may be one quoted by one name ("Juninho")
            continue
        if gender is not None and person.gender is None and written_as_place(people, person):
            continue  # "he said" after "Savage's future at Birmingham": never Birmingham
        if not person.organisation and (
            person.gender in {gender, None} or (topics_only and gender is None)
        ):
            if gender is None:
                return person
            # "Staunton is the choice of Steven Gaydos, executive editor of ... But he tipped"
            introduced = introduced_since(people, person, gender, paragraph, position)
            if not introduced and unnamed_since(people, person, gender, position):
                return None  # an unnamed man or woman since: "he" may be them
            if not introduced and described_since(people, person, gender, position, paragraph):
                return None  # "... prompted the prime minister to say ... He told": not sure
            if person.gender is None:
                return (
                    introduced
                    or named_in_paragraph(people, person, gender, paragraph, position)
                    or person
                )
            return introduced or person
    if gender is None or topics_only:
        return None
    # "union chairman Jan Berry said ... “...,” she said": a chairman may be a woman
    return guessed_speaker(people, candidates, gender, position)


def body(people: People, position: int) -> Person | None:
    """Return the organisation "its statement" or "the company's release" at `position`
    means: the latest speaker or subject of this or the previous paragraph that is no
    known person (no gender, no first name)."""
    section = section_of(people, position)
    paragraph = max(section, people.text.rfind("\n", 0, position) + 1)
    previous = max(section, people.text.rfind("\n", 0, max(0, paragraph - 2)) + 1)
    end = bisect_left(people.names.speakers, position, key=_position)
    subjects = bisect_left(people.names.subjects, position, key=_position)
    topics = sorted(
        people.names.speakers[max(0, end - 4) : end]
        + people.names.subjects[max(0, subjects - 4) : subjects],
        key=_position,
    )
    for at, person in reversed(topics):
        if (
            at >= previous
            and person.name[:1].isupper()  # a named body, not "the lawsuit"
            and (
                person.organisation
                or (person.gender is None and not first_name_gender(person.name.split()[0]))
            )
        ):
            return person
    return None


def section_of(people: People, position: int) -> int:
    """Return where the section holding `position` starts (after its last heading)."""
    index = bisect_left(people.names.breaks, position) - 1
    return people.names.breaks[index] if index >= 0 else 0


def _spoke(people: People, person: Person) -> bool:
    """Return True when `person` is quoted before in the article (read as a speaker)."""
    return any(p is person for _, p in people.names.speakers)
