"""A speaker phrase resolved against the speaker directory, its words as they stand.

`resolution.resolve_speaker` reads the phrase first (a role with a kind of body as its owner, a
name beside its affiliation, a description a story gives); this is the directory's answer to
the words themselves: a title telling namesakes apart, an owner written as the articles write
it, role holders no directory entry records, a work's author, and several people told apart by
the question's topic.
"""

from __future__ import annotations

from dataclasses import replace

from qabot.attribution import SpeakerDirectory
from qabot.attribution.speaker_genders import BODY, cue_gender
from qabot.indexing import Index
from qabot.search.body_namesakes import body_and_people
from qabot.search.context_resolution import resolve_in_context
from qabot.search.namesakes import body_itself, resolve_namesakes
from qabot.search.owner_case import as_written, spelt_out
from qabot.search.party_roles import of_the_party
from qabot.search.resolution_record import MAX_CANDIDATES, Resolution
from qabot.search.role_owners import owned, unrecorded_holders
from qabot.search.speaker_variants import as_asked
from qabot.search.titled_names import titled_people
from qabot.search.work_authors import work_authors
from qabot.text.lexicon import (
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    first_name_gender,
    strip_title,
    title_gender,
)
from qabot.text.patterns import lazy

_POSSESSIVE = lazy(r"\w['’]s$")


def _may_be(person: str, gender: str, namesakes: list[str]) -> bool:
    """Return whether a person may be the one a title of this gender names. A speaker known by
    surname alone ("Blair") has no first name to tell: beside a namesake of the other gender,
    it is most likely that namesake, written short."""
    words = person.split()
    told = first_name_gender(words[0]) if len(words) > 1 else None
    if told is not None:
        return told == gender
    if len(words) > 1:
        return True
    return not any(
        len(other.split()) > 1 and first_name_gender(other.split()[0]) not in {gender, None}
        for other in namesakes
    )


def _cued_as(directory: SpeakerDirectory, person: str) -> str:
    """Return the gender the cues of a person's quotes give them ("he said", "Mr Varga said"),
    "" when they give none or both: "Ms Varga" is not Ivo Varga, whom his articles call "Mr
    Varga" and "he", though no list knows whose name "Ivo" is."""
    genders = {cue_gender(quote) for quote in directory.quotes_of(person)} - {"", BODY}
    return genders.pop() if len(genders) == 1 else ""


def resolve_in_directory(index: Index, name: str, topic: str | None) -> Resolution:
    """Return who `name` means in a question about `topic`, its words as they stand."""
    directory = index.speakers
    match = directory.match(name)
    gender = title_gender(name)
    if (
        gender is not None
        and match.how in {"surname", "name"}
        and len(strip_title(name).split()) == 1
    ):
        # "Ms Hewitt" is not Lleyton Hewitt: a title says which namesakes it may be
        fits = [
            p
            for p in match.people
            if _may_be(p, gender, match.people) and _cued_as(directory, p) in {gender, ""}
        ]
        known = [p for p in fits if first_name_gender(p.split()[0]) == gender]
        if len(fits) == 1 or len(known) == 1:  # or the one whose first name says so
            return Resolution(person=(known or fits)[0], how="name")
        if not fits:  # "Mrs Blair" where only Tony Blair speaks: she is not quoted
            return Resolution(person=None)
        match = replace(match, people=fits)
    if match.how in {"name", "surname"} and _POSSESSIVE.search(name):
        # "McDonald's", "Sainsbury's": a body named in the possessive, never a person of the
        # surname (Ben McDonald, David Sainsbury); only a speaker so named is meant
        match = replace(match, people=[p for p in match.people if _POSSESSIVE.search(p)])
    # the likeliest holders only: among every role holder, someone whose article merely
    # names the owner is nearly always found ("the head of the RSPCA", "the Bayern Munich
    # coach" went to a vet and a manager quoted beside those names)
    people = match.people[:MAX_CANDIDATES]
    if match.owner_words:  # "the kdb governor" is the articles' "KDB" governor
        written = spelt_out(index, as_written(index, match.owner_words), name)
        match = replace(match, owner_words=written)
    if match.unowned:  # all of them: the one a sentence ties to the owner may come late
        people = owned(index, match.people, match, max_people=MAX_CANDIDATES)[:MAX_CANDIDATES]
    if (  # its very words, or the body it speaks for
        not people and match.how == "role" and (body := as_asked(directory, name, match))
    ):
        return Resolution(person=body, how="name")
    if (
        not people
        and match.how == "role"
        and match.owner_words
        and not match.ranked  # "the deputy mayor of London" is not whoever stands by "mayor"
        and not _names_a_body(name)
    ):
        # the owner's holder may have no role recorded with their name ("said X, governor of
        # Korean Development Bank (KDB)"): those quoted where the owner and role are written
        # get the same test, a sentence tying the owner to their role
        people = unrecorded_holders(index, match)
        match = replace(match, people=people, scores=[], unowned=frozenset(people))
        people = owned(index, people, match, strict=True, max_people=MAX_CANDIDATES)[
            :MAX_CANDIDATES
        ]
    if not people and match.how == "role" and match.owner_words:
        # "the author of lawless world": the articles name the work beside its author
        people = work_authors(index, match.roles, match.owner_words)
        if len(people) == 1:
            return Resolution(person=people[0], how="role")
    if match.how == "role":  # "the tory foreign affairs spokesman": no Lib Dem's
        people = of_the_party(directory, name, people)
    if not people:
        return Resolution(person=None)
    if len(people) > 1 and (titled := titled_people(index, name, people)):
        people = titled  # "sir alex": the Alex the articles call Sir Alex
    if len(people) > 1 and (itself := body_itself(people, name)):
        return Resolution(person=itself, how="name")  # a body asked among its branches
    if match.how == "name" and body_and_people(index, name, people):
        # "Forbes": the magazine quoted so, or Mr Justice Forbes; namesakes, not the judge
        # quoted short: the topic tells them apart, or the answer asks which
        return resolve_namesakes(index, people, topic)
    if len(people) == 1 or not match.ambiguous:
        return Resolution(person=people[0], how=match.how)
    if match.how in {"surname", "given"}:  # namesakes: the topic tells them apart
        found = resolve_namesakes(index, people, topic)
        if match.unheld and (not topic or found.unsure):
            return Resolution(person=None)  # a role none holds, the topic not telling either
        return found
    return resolve_in_context(index, match, people, name, topic)


def _names_a_body(name: str) -> bool:
    """Return whether a speaker phrase ends in a body's noun, not a person's ("the sheriff's
    office", "the county council"): no person quoted beside those words is its holder."""
    last = name.split()[-1].casefold() if name.split() else ""
    return last in ORGANISATION_WORDS and last not in PERSON_NOUNS
