"""Who a question means: its speaker resolved against the speaker directory, in context.

The directory (`qabot.attribution.SpeakerDirectory.match`) knows names, their variants, aliases
and the roles the articles give people. When several people fit (a shared surname, a role many
have held), the question's own words decide: the articles that best match the description and
topic point at the person meant (`qabot.search.context_resolution`). A surname that no one
clearly owns is asked about ("Which Johnson?") rather than guessed (namesakes are told apart in
`qabot.search.namesakes`); a role goes to the likeliest holder, and the answer says who else it
may mean.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from qabot.attribution import is_description, is_group
from qabot.attribution.speaker_words import head_noun
from qabot.indexing import Index
from qabot.search.body_forms import body_by_its_end, initialled_speaker, office_holder, team_of
from qabot.search.context_resolution import resolve_in_context
from qabot.search.described_as import body_described_as
from qabot.search.described_bodies import described_body
from qabot.search.kind_bodies import of_the_kind
from qabot.search.named_roles import name_and_role, name_before_affiliation, named_in_role
from qabot.search.namesakes import body_itself, resolve_namesakes
from qabot.search.owner_case import as_written, spelt_out
from qabot.search.question_names import name_runs
from qabot.search.resolution_record import MAX_CANDIDATES, Resolution
from qabot.search.role_owners import owned, unrecorded_holders
from qabot.search.short_forms import short_for, unwritten
from qabot.search.speaker_variants import as_asked, owner_kept, written_otherwise
from qabot.search.story_descriptions import described_in_story, goes_over, named_beside
from qabot.search.story_roles import holder_in_story
from qabot.search.titled_names import titled_people
from qabot.search.work_authors import work_authors
from qabot.text import tokenize
from qabot.text.lexicon import (
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    first_name_gender,
    role_words,
    strip_title,
    title_gender,
)
from qabot.text.patterns import lazy

# "the club's manager", "the firm's boss": a role whose owner is only a kind of body
_BODY_ROLE = lazy(r"^(?:the\s+)?(?P<body>[a-z]+)(?:['’]s)?\s+(?P<role>[a-z][\w\s-]*)$")
_POSSESSIVE_END = lazy(r"['’]s?$")  # "united's": the name as the passages write it
_PLURAL_POSSESSIVE = lazy(r"(?<=\w[sS])['’](?=\s)")  # "rovers' " of "the rovers' boss"


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


def resolve_speaker(index: Index, name: str, topic: str | None) -> Resolution:
    """Return who `name` means in a question about `topic` ("the coca-cola boss": Coca-Cola's
    boss or nobody, not whichever boss, `owner_kept`). An owner written as a plural possessive
    ("the rovers' boss") is read as its words when the directory reads no owner as written: a
    word ending in an apostrophe is none of an owner's words."""
    plain = _PLURAL_POSSESSIVE.sub("", name)
    if plain != name and not index.speakers.match(name).owner_words:
        name = plain  # "mara quells' agent" keeps its owner as written: Mara Quell's agent
    return owner_kept(index, name, lambda phrase: _resolve_phrase(index, phrase, topic))


def _resolve_phrase(index: Index, name: str, topic: str | None) -> Resolution:
    """Return who `name` means in a question about `topic`.

    A role whose owner is only a kind of body ("the club's manager") belongs to the body the
    topic names, when the articles tie one to that role: "what did the club's manager say
    after Chelsea lost?" asks for the Chelsea manager."""
    apart = name_and_role(name)  # "Ada Vale, the county spokeswoman"
    if apart is not None:
        return named_in_role(index, *apart, lambda phrase: _resolve_phrase(index, phrase, topic))
    if (served := office_holder(name)) is not None:
        # "the mayor's office" speaks for the mayor; never for those given "office" as a
        # role word ("Home Office minister")
        held = _resolve_phrase(index, served, topic)
        if held.person is not None:
            return held
        ends = body_by_its_end(index, name, _full_body(index))
        return Resolution(person=ends, how="alias") if ends else Resolution(person=None)
    sent = _resolve_phrase(index, sender, topic) if (sender := team_of(name)) else None
    if sent is not None and sent.person is not None and is_group(sent.person):
        return sent  # "the IMF team" speaks as the IMF
    words = name.casefold().split()
    if len(words) == 2 and words[0] == "the" and words[1] in ORGANISATION_WORDS:
        # "the police", "the council": the force or body itself, not one of its officers; the
        # bodies the articles quote whose name ends in the word ("Miami-Dade Police"), told
        # apart by the topic, come before the people given the word as a role
        bodies = _resolve(index, words[1], topic)
        if bodies.person is not None and all(
            is_group(p) and p.casefold().split()[-1] == words[1]
            for p in (bodies.person, *bodies.choices)
        ):
            return bodies
    body = _BODY_ROLE.match(name)
    if body is not None and body.group("body") in ORGANISATION_WORDS and topic:
        runs = name_runs(f"about {topic}")  # a name may open the topic
        if not runs and topic.islower():  # "... after chelsea lost": its names as written
            typed = tuple(_POSSESSIVE_END.sub("", word) for word in topic.split())
            runs = name_runs("about " + " ".join(as_written(index, typed)))
        for run in runs:
            named = _resolve(index, f"the {' '.join(run)} {body.group('role')}", topic)
            if named.person is not None and named.how == "role":
                return named
    found = _resolve(index, name, topic)
    if (
        found.how == "name"
        and found.person is not None
        and found.person[:1].islower()
        and is_description(name)
        and (beside := named_beside(index, found.person)) is not None
    ):
        # "the Toon boss": a description quoted as it stands ("The Toon boss vowed ...") is
        # the one its article names beside it ("Magpies manager Graeme Souness")
        return Resolution(person=beside, how="role")
    if (
        found.how in {"none", "role"}
        and is_description(name)
        and (kind_of := body_described_as(index, name)) is not None
    ):
        # "the american communications regulator": the body the articles call so beside its
        # name ("US broadcasting regulator, the Federal Communications Commission"), not a
        # person given some of its words ("communications director")
        return Resolution(person=kind_of, how="alias")
    if words[-1:] and words[-1] in ORGANISATION_WORDS and words[:-1] in ([], ["the"]):
        # "the army": a body of that kind, not the Salvation Army's spokesman
        found = of_the_kind(index, found, words[-1])
    if found.person is None:
        head = name_before_affiliation(name)
        if head is not None:
            # "ian mccafferty of the cbi", typed in lower case: the name, its workplace aside
            named = _resolve(index, head, topic)
            if named.person is not None and named.how in {"name", "alias"}:
                return named
    if found.person is None and topic and is_description(name):
        # "the glasto organiser": an owner written as no passage writes it (a nickname, a
        # short form) says nothing the articles can match; the role alone, with the topic
        # (and that word) telling its holders apart, may still name who is meant
        words = name.split()
        unknown = [w for w in words[:-1] if unwritten(index, w)]  # "mayor Zork" is a name
        rest = " ".join(w for w in words if w not in unknown)
        if unknown and role_words(words[-1]) & PERSON_NOUNS:
            held = _resolve(index, rest, topic)
            if held.person and not held.unsure and short_for(index, unknown, held.person):
                return held
    if found.person is None and is_description(name):
        # "the prison official": someone quoted only under a description ("a senior prison
        # official has said ..."), when one description alone holds every word asked
        # and names the one it describes: "the premier" is no "Premier League spokesman"
        asked = tokenize(name)
        described = [
            person
            for person in (index.speakers.described(frozenset(asked)) if asked else [])
            if tokenize(person)[-1:] == asked[-1:]
        ]
        if len(described) == 1:
            return Resolution(person=described[0], how="role")
    if found.person is None:  # "the us defence secretary", "seb coe" for Lord Coe
        again = written_otherwise(index, name, lambda other: _resolve(index, other, topic))
        if again.person is not None:
            return again
    if found.person is None and (short := initialled_speaker(index, name)) is not None:
        # "the Harris County Sheriff's Office", quoted only as "HCSO" beside its full name
        return Resolution(person=short, how="alias")
    if found.person is None and (ends := body_by_its_end(index, name, _full_body(index))):
        return Resolution(person=ends, how="alias")  # "the county council": its body
    # "the northern ireland runner ... after his 800m win in erfurt": whom the story the
    # topic finds calls so, by the name written nearest before the description; also over
    # the role's holders when that story is the one about the topic and quotes none of them
    # ("the chief constable" on fights in one town's square is its force's, not another
    # force's chief quoted more); not over holders asked between, whom the topic picks
    if (
        _story_may_tell(name, found)
        and is_description(name)
        and (story := described_in_story(index, name, topic, _holders(found))) is not None
        and goes_over(index, story, _holders(found))
    ):
        return Resolution(person=story.person, how="role")
    if found.person is None and (holder := holder_in_story(index, name, topic)) is not None:
        return Resolution(person=holder, how="role")  # the story's "bank governor X"
    if found.how in {"none", "role"} and (named_body := described_body(index, name)) is not None:
        # "channel five": TV channel Five; and "the network abc" is ABC, not whoever the
        # articles call a network's boss or spokesman
        return Resolution(person=named_body, how="alias")
    return found


def _story_may_tell(name: str, found: Resolution) -> bool:
    """Return whether a story's description may say whom `name` means over what the directory
    found: no one, or one holder of a person's role (not a body, "the sunday business" paper,
    nor holders the answer asks between; nor is "the club of madrid" anyone's role)."""
    if found.person is None:
        return True
    if found.how != "role" or found.ask or is_group(found.person):
        return False
    head = head_noun(name)
    return head not in ORGANISATION_WORDS or head in PERSON_NOUNS


def _holders(found: Resolution) -> tuple[str, ...]:
    return (found.person, *found.choices) if found.person is not None else ()


def _full_body(index: Index) -> Callable[[str], str | None]:
    """Return who a body's full name means, when the articles quote it by that name or its
    initials."""

    def resolve(full: str) -> str | None:
        found = _resolve(index, full, None)
        if found.person is not None and found.how in {"name", "alias"} and not found.unsure:
            return found.person
        return initialled_speaker(index, full)

    return resolve


def _resolve(index: Index, name: str, topic: str | None) -> Resolution:
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
        fits = [p for p in match.people if _may_be(p, gender, match.people)]
        known = [p for p in fits if first_name_gender(p.split()[0]) == gender]
        if len(fits) == 1 or len(known) == 1:  # or the one whose first name says so
            return Resolution(person=(known or fits)[0], how="name")
        if not fits:  # "Mrs Blair" where only Tony Blair speaks: she is not quoted
            return Resolution(person=None)
        match = replace(match, people=fits)
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
    if not people:
        return Resolution(person=None)
    if len(people) > 1 and (titled := titled_people(index, name, people)):
        people = titled  # "sir alex": the Alex the articles call Sir Alex
    if len(people) > 1 and (itself := body_itself(people, name)):
        return Resolution(person=itself, how="name")  # a body asked among its branches
    if len(people) == 1 or not match.ambiguous:
        return Resolution(person=people[0], how=match.how)
    if match.how in {"surname", "given"}:  # namesakes: the topic tells them apart
        return resolve_namesakes(index, people, topic)
    return resolve_in_context(index, match, people, name, topic)


def _names_a_body(name: str) -> bool:
    """Return whether a speaker phrase ends in a body's noun, not a person's ("the sheriff's
    office", "the county council"): no person quoted beside those words is its holder."""
    last = name.split()[-1].casefold() if name.split() else ""
    return last in ORGANISATION_WORDS and last not in PERSON_NOUNS
