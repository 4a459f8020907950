"""Descriptions: speaker phrases without a name (a step inside
`qabot.attribution.speaker_reading`).

Who a phrase without a name means (`read_description`): the holder of a role named earlier
("the president"), the person the passage is about ("the singer said"), a role's holder named
next, or the description itself. Whether a phrase is a speaker description at all ("a senior
official", "critics", not a clause), whether "the official" refers back to someone introduced
without a name ("a senior official ... the official said"), which body "a spokesperson for
the union" speaks for (`qabot.attribution.spoken_bodies`), and which body "the company said"
means after one body's words (`qabot.attribution.body_anaphors`).
"""

from __future__ import annotations

import re

from qabot.attribution.bodies import nouns_beside
from qabot.attribution.body_anaphors import body_spoken_before
from qabot.attribution.described_subjects import described_subject, told_apart
from qabot.attribution.description_shapes import is_speaker_description
from qabot.attribution.name_clues import has_role_noun
from qabot.attribution.names import People
from qabot.attribution.origin_descriptions import (
    AGED,
    alone_since,
    contrasted,
    described_by_origin,
)
from qabot.attribution.persons import Person
from qabot.attribution.phrase_heads import head_words
from qabot.attribution.poll_shares import share_of_those_asked
from qabot.attribution.references import referent
from qabot.attribution.role_referents import office_named_later, role_holder
from qabot.attribution.role_titles import ORGANISATION_HEADS, untitled_description
from qabot.attribution.speaker_heads import can_speak
from qabot.attribution.spoken_bodies import voiced_body
from qabot.attribution.spokespeople import PERSONS_ROLES, described_before
from qabot.text.lexicon import (
    GENDERED_NOUNS,
    OCCUPATIONS,
    PARTY_MEMBERS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PLAYER_NOUNS,
    ROLE_NOUNS,
    is_capitalised,
    is_gentilic,
    party_readings,
    role_words,
)
from qabot.text.patterns import lazy

_OPENERS = frozenset(
    "The A An His Her Their Its Our My Your One Some Many Most Several Few Both All".split()
)
_ROLE_HEADS = ROLE_NOUNS | PERSON_NOUNS | OCCUPATIONS | PLAYER_NOUNS
_RANKS = frozenset("shadow former vice deputy assistant acting associate under lieutenant".split())
_UNNAMED: dict[str, re.Pattern[str]] = {}  # per head noun, compiled when first needed


def read_description(people: People, words: list[str], position: int) -> Person | None:
    """Return who a speaker phrase without a name means: the holder of a role named earlier
    ("the president"), the body a spokesperson speaks for, the person the passage is about ("the
    singer said"), a role's holder named next, or the description itself ("a senior official")."""
    share = share_of_those_asked(words)  # "47 percent said they would vote for X"
    if share is not None:
        return share
    phrase = " ".join(words)
    if words[0].casefold() == "the" and has_role_noun(phrase):
        wanted = role_words(phrase)
        head = words[-1].casefold()
        # proper words must agree: "the Republican nominee" is not "Libertarian nominee X"
        # and so must an owner: "the bank's chief economist" is not "EEF chief economist X"
        proper = role_words(
            " ".join(w for w in words[1:] if is_capitalised(w) or w.endswith(("'s", "’s")))
        )
        # "the president" refers back to a role named earlier, and not to the "vice president"
        best = max(
            (
                (len(wanted & seen), i)
                for i, (seen, _, at) in enumerate(people.names.roles)
                if proper <= seen
                and at <= position
                and not (seen - wanted) & _RANKS
                # "the prime minister" is not "aid minister X": every word of the role agrees
                and (head not in ROLE_NOUNS or wanted - {"former"} <= seen)
            ),
            default=(0, -1),
        )
        if best[0] and (wanted & people.names.roles[best[1]][0]) - {"former"}:
            return people.names.roles[best[1]][1]
    body_meant = voiced_body(people, words, position) or body_spoken_before(
        people, words, position
    )
    if body_meant is not None:
        return body_meant
    origin, last = described_by_origin(words), words[-1].casefold()
    if words[0].casefold() == "the" and ((len(words) == 2 and AGED.fullmatch(last)) or origin):
        # "“...,” said the 28-year-old", "said the American", "the 55-year-old Frenchman
        # told": the person the passage is about, only when no one else was named since (not
        # "... Emma Watson. The 14-year-old said" after "Miller")
        gender = "f" if last.endswith("woman") else "m" if last.endswith("man") else None
        meant = referent(people, gender, position, topics_only=True)
        opening = people.text[people.text.rfind("\n", 0, position) + 1 :][:1]
        if (
            meant is not None
            and alone_since(people, meant, words, position)
            and not opening.islower()
        ):
            return meant  # (a paragraph cut before its first word may have lost the name)
        subject = described_subject(people, words, position) if origin else None
        if subject is not None:  # "And Agassi said ... “...,” said the American"
            return subject
        other = contrasted(people, position)
        if other is not None:  # "Dallas said Deans was short, but the Kiwi said"
            return other
        if origin:  # a description of someone the passage does not settle
            return Person(phrase[0].lower() + phrase[1:], gender=gender, organisation=True)
    if not is_speaker_description(words):
        return None
    # "His agent told the Times": a description, written as one wherever the sentence opened
    description = (
        (phrase[0].lower() + phrase[1:])
        if words[0] in _OPENERS or _opening_plural(words)
        else phrase
    )
    # "a Labour spokesman" is one person a later "he said" may mean; "critics", "the party" not
    head = words[-1].casefold()
    unnamed = words[0].casefold() == "the" and introduced_unnamed(people.text, head, position)
    if unnamed:
        earlier = described_before(people, words, position)
        if earlier is not None:
            return earlier  # "a spokesman for Mr Blair said ... the spokesman added"
    later = None if unnamed else office_named_later(people, words, position)
    if later is not None:
        people.names.note_role(phrase, later, position)
        return later
    if (
        words[0].casefold() == "the"
        and head in PERSONS_ROLES  # a spokesman speaks for someone else
        and not unnamed
        # "the prime minister's spokesman" is someone else than the person spoken of (but
        # "the charity's director" may be who the passage is about)
        and not any(
            w.endswith(("'s", "’s")) and w[:-2].casefold() in PERSON_NOUNS for w in words[1:]
        )
    ):
        # "the Conservative MP said", "the singer said": the person the passage is about
        meant = referent(people, GENDERED_NOUNS.get(head), position, True, head in PLAYER_NOUNS)
        proper = role_words(" ".join(w for w in words[1:] if is_capitalised(w)))
        other_role = meant is not None and any(
            p is meant and head in seen and not proper <= seen for seen, p, _ in people.names.roles
        )  # "the Republican nominee" is not the person known as "Libertarian nominee X"
        if (
            meant is not None
            and not other_role
            and not told_apart(people.text, meant.name, phrase, position)
            and not _other_role(
                people, meant, head, any(w.casefold().startswith(("former", "ex-")) for w in words)
            )
            and not untitled_description(people, meant, words, position, _BESIDE_OFFICE)
        ):
            people.names.note_role(phrase, meant, position)
            return meant
    # "EEF chief economist", "Microsoft's chief executive", "the economy minister" (named next)
    holder = (
        role_holder(people, words, position) if words[0].casefold() not in {"a", "an"} else None
    )
    if holder is not None and not holder.organisation:
        return holder
    # 'Amor ... was delighted. “...,” said the Gloucester fly-half': the one person named before
    subject = described_subject(people, words, position)
    proper = role_words(" ".join(w for w in words[1:] if is_capitalised(w)))
    if (
        subject is not None
        and not told_apart(people.text, subject.name, phrase, position)
        and not _other_role(people, subject, head, False)
        and not untitled_description(people, subject, words, position, _BESIDE_OFFICE)
        # "the Republican nominee" is not the person known as "Libertarian nominee X"
        and not any(
            p is subject and head in seen and _disagrees(people.text, proper, seen)
            for seen, p, _ in people.names.roles
        )
    ):
        people.names.note_role(phrase, subject, position)
        return subject
    one_person = words[0].casefold() in {"a", "an"} and (
        head in ROLE_NOUNS or head in OCCUPATIONS or head in GENDERED_NOUNS
    )
    # "Some analysts say": "some analysts", not all of them; "Other analysts": not the ones before
    quantifier = _SHARE_AT.match(people.text, position)
    plural = (head_words(words) or words)[-1].endswith("s")
    if quantifier is not None and plural and words[0].casefold() not in _OPENER_KEYS:
        description = f"{quantifier[1].casefold()} {description}"
    return Person(description, gender=GENDERED_NOUNS.get(head), organisation=not one_person)


# a quantifier opening a plural description (the words read start after it), which says how
# many of them spoke
_SHARE_AT = lazy(r"(some|many|most|several|other|few)[^\S\n]+(?=\w)", re.IGNORECASE)
_OPENER_KEYS = frozenset(w.casefold() for w in _OPENERS)


_SEATS = frozenset("mp mep msp lawmaker congressman congresswoman".split())
# what a person is besides an office ("X, a father of three", "a Labour member", "the star")
_HELD_BESIDE = frozenset(
    """member fan resident voter supporter veteran legend icon star partner owner investor
expert survivor champion founder co-founder tenant volunteer captain father mother husband wife son
daughter brother sister debutant debutante newcomer rookie""".split()
)
# built once, not at each description read: what is held beside an office or a seat (never
# an office of its own here), the nouns of a role or an occupation, and the offices among them
_BESIDE_OFFICE = _HELD_BESIDE | _SEATS
_OFFICE_NOUNS = ROLE_NOUNS | OCCUPATIONS
_OFFICES = _OFFICE_NOUNS - _HELD_BESIDE


def _disagrees(text: str, proper: set[str], seen: set[str]) -> bool:
    """Return True when a description's proper words (`proper`) tell another person than the
    role noted (`seen`): another party ("the Republican nominee", "Libertarian nominee X"), or
    other proper words where the role has its own, written with a capital in `text` ("the
    Leicester lock", "Bath lock X"); a party or place the noted role leaves out ("the Ealing
    North MP", "Labour MP X") agrees."""
    other = proper - PARTY_WORDS
    # a party by either of its names is one party ("the Tory MP" of "Conservative MP X")
    party = {reading for word in proper for reading in party_readings(word)}
    noted = {reading for word in seen for reading in party_readings(word)}
    if party and noted and party.isdisjoint(noted):
        return True
    own = seen - PARTY_WORDS - _ROLE_HEADS
    return bool(other - seen) and any(
        re.search(rf"\b{re.escape(w.capitalize())}\b", text) for w in own
    )


def _opening_plural(words: list[str]) -> bool:
    """Return True for a description headed by a plural common noun and capitalised only for
    opening its sentence ("Experts on North Korea and Iran", "Political observers in Virginia
    and around the country"), not a party's members."""
    first = words[0]
    head = head_words(words)
    noun = head[-1]
    return (
        len(words) > len(head)
        and first[:1].isupper()
        and first[1:].islower()
        and not is_gentilic(first)  # "American voters in Ohio and Iowa"
        and all(w.islower() for w in head[1:])
        and noun.endswith("s")
        and noun.casefold() not in PARTY_MEMBERS
        and can_speak([noun.casefold()])
    )


def _other_role(people: People, person: Person, head: str, former: bool) -> bool:
    """Return True when the article gives `person` a role or occupation of another kind and not
    this one ("Tom Price, a local farmer", "Harbour Board chairman Ian Vance"): "the mayor
    said" is not them, though the passage is about them."""
    if head not in _OFFICE_NOUNS or head in _BESIDE_OFFICE or former:
        return False  # "the star", "the MP", "the former leader": held beside another role
    heads = ORGANISATION_HEADS if head in ORGANISATION_HEADS else {head}
    noted = [seen for seen, p, _ in people.names.roles if p is person]
    if any(not heads.isdisjoint(seen) for seen in noted):
        return False
    if any(not _OFFICES.isdisjoint(seen - heads) for seen in noted):
        return True
    for noun, _ in nouns_beside(people.text, person.name):
        if noun in heads:
            return False
        if noun in _OFFICES:
            return True
    return False


def introduced_unnamed(text: str, head: str, position: int) -> bool:
    """Return True when "the <head>" refers back to someone introduced without a name ("a
    senior official ... the official said"), or to someone who acted on the person named last
    ("X was called “...” by the sentencing judge. ... The judge said"), not to that person."""
    pattern = _UNNAMED.get(head)
    if pattern is None:
        pattern = _UNNAMED[head] = re.compile(
            rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|by\s+the)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b",
            re.IGNORECASE,
        )
    paragraph = text.rfind("\n", 0, position) + 1
    previous = text.rfind("\n", 0, max(0, paragraph - 2)) + 1  # as far back as it may refer
    return pattern.search(text, previous, position) is not None
