"""Who a question means: its speaker resolved against the speaker directory, in context.

The directory (`qabot.attribution.SpeakerDirectory.match`) knows names, their variants, aliases
and the roles the articles give people. When several people fit (a shared surname, a role many
have held), the question's own words decide: the articles that best match the description and
topic point at the person meant (`qabot.search.context_resolution`). A surname that no one
clearly owns is asked about ("Which Johnson?") rather than guessed (namesakes are told apart in
`qabot.search.namesakes`); a role goes to the likeliest holder, and the answer says who else it
may mean. The directory's answer to a phrase's words as they stand is `directory_resolution`'s.
"""

from __future__ import annotations

from collections.abc import Callable

from qabot.attribution import is_description, is_group
from qabot.attribution.speaker_words import head_noun
from qabot.indexing import Index
from qabot.search.ampersand_names import resolve_whole, written_whole
from qabot.search.body_forms import (
    body_by_its_end,
    initialled_speaker,
    office_holder,
    spelt_out_speaker,
    team_of,
)
from qabot.search.body_name_parts import body_by_its_words
from qabot.search.described_as import body_described_as
from qabot.search.described_bodies import described_body
from qabot.search.directory_resolution import resolve_in_directory
from qabot.search.hyphened_titles import spaced_titles
from qabot.search.kind_bodies import of_the_kind
from qabot.search.named_roles import (
    name_after_owner,
    name_and_role,
    name_before_affiliation,
    named_in_role,
    surname_at_body,
    surname_at_workplace,
    surname_before_body,
)
from qabot.search.owner_case import as_written
from qabot.search.person_owners import held_for_person
from qabot.search.question_names import name_runs
from qabot.search.resolution_record import MAX_CHOICES, Resolution
from qabot.search.role_owned_roles import held_for_role
from qabot.search.short_forms import short_for, unwritten
from qabot.search.speaker_variants import owner_kept, written_otherwise
from qabot.search.story_descriptions import described_in_story, goes_over, named_beside
from qabot.search.story_roles import holder_in_story, known_for_in_story
from qabot.text import tokenize
from qabot.text.lexicon import (
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    role_words,
)
from qabot.text.patterns import POSSESSIVE_END, lazy

# "the club's manager", "the firm's boss": a role whose owner is only a kind of body
_BODY_ROLE = lazy(r"^(?:the\s+)?(?P<body>[a-z]+)(?:['’]s)?\s+(?P<role>[a-z][\w\s-]*)$")
_PLURAL_POSSESSIVE = lazy(r"(?<=\w[sS])['’](?=\s)")  # "rovers' " of "the rovers' boss"


def resolve_speaker(index: Index, name: str, topic: str | None) -> Resolution:
    """Return who `name` means in a question about `topic` ("the coca-cola boss": Coca-Cola's
    boss or nobody, not whichever boss, `owner_kept`). An owner written as a plural possessive
    ("the rovers' boss") is read as its words when the directory reads no owner as written: a
    word ending in an apostrophe is none of an owner's words. A name the articles write whole
    with "&" ("marks and spencer") is that one speaker or no one (`ampersand_names`)."""
    if (whole := written_whole(index, name)) is not None:
        return resolve_whole(index, name, whole)
    owned = held_for_role(index, name, lambda owner: resolve_speaker(index, owner, topic))
    if owned is not None:  # "the prime minister's spokesman": the holder's, or no one
        return owned
    plain = _PLURAL_POSSESSIVE.sub("", name)
    if plain != name and not index.speakers.match(name).owner_words:
        name = plain  # "mara quells' agent" keeps its owner as written: Mara Quell's agent
    found = owner_kept(index, name, lambda phrase: _resolve_phrase(index, phrase, topic))
    if found.person is None and (spaced := spaced_titles(name)) is not None:
        return resolve_speaker(index, spaced, topic)  # "vice-chairman dein": "vice chairman"
    return held_for_person(index, name, found)  # "Blair's spokesman": described as his


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
        bodies = resolve_in_directory(index, words[1], topic)
        if bodies.person is not None and all(
            is_group(p) and p.casefold().split()[-1] == words[1]
            for p in (bodies.person, *bodies.choices)
        ):
            return bodies
    body = _BODY_ROLE.match(name)
    direct = None  # the directory's answer, once asked
    if body is not None and body.group("body") in ORGANISATION_WORDS and topic:
        direct = resolve_in_directory(index, name, topic)
    if body is not None and direct is not None and topic and not _names_someone(direct):
        # ... unless a name ends the role ("trust executive director betancourt"): the
        # person named, whatever the topic
        runs = name_runs(f"about {topic}")  # a name may open the topic
        if not runs and topic.islower():  # "... after chelsea lost": its names as written
            typed = tuple(POSSESSIVE_END.sub("", word) for word in topic.split())
            runs = name_runs("about " + " ".join(as_written(index, typed)))
        for run in runs:
            named = resolve_in_directory(index, f"the {' '.join(run)} {body.group('role')}", topic)
            if named.person is not None and named.how == "role":
                return named
    found = direct if direct is not None else resolve_in_directory(index, name, topic)
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
            named = resolve_in_directory(index, head, topic)
            if named.person is not None and named.how in {"name", "alias"}:
                return named
    if found.person is None or is_group(found.person):
        # "williams of the lcf", "jones of the cbi": of the people so called, the one the
        # articles give the body, not the body itself
        at_body = surname_at_body(index, name)
        if at_body is not None:
            return at_body
        if found.person is None and (worker := surname_at_workplace(index, name)) is not None:
            return worker  # "millan from latinohiphopradio": the one Millan, told there
    elif found.how == "role" and _other_surname(index, name, found):
        # "Williams at the Association of Directors of Social Services": someone so called,
        # not the body's president Tony Hunter, whose role holds the body's words
        return surname_at_body(index, name) or Resolution(person=None)
    if found.person is None and topic and is_description(name):
        # "the glasto organiser": an owner written as no passage writes it (a nickname, a
        # short form) says nothing the articles can match; the role alone, with the topic
        # (and that word) telling its holders apart, may still name who is meant
        words = name.split()
        unknown = [w for w in words[:-1] if unwritten(index, w)]  # "mayor Zork" is a name
        rest = " ".join(w for w in words if w not in unknown)
        if unknown and role_words(words[-1]) & PERSON_NOUNS:
            held = resolve_in_directory(index, rest, topic)
            # the one holder of the role the unknown word is short for ("glasto": Glastonbury's
            # organiser), among several when the role alone is a guess
            meant = [
                p
                for p in dict.fromkeys((held.person, *held.choices) if held.person else ())
                if (p == held.person or held.unsure) and short_for(index, unknown, p)
            ]
            if len(meant) == 1:
                return Resolution(person=meant[0], how=held.how)
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
        again = written_otherwise(
            index, name, lambda other: resolve_in_directory(index, other, topic)
        )
        if again.person is not None:
            return again
    if found.person is None and (short := initialled_speaker(index, name)) is not None:
        # "the Harris County Sheriff's Office", quoted only as "HCSO" beside its full name
        return Resolution(person=short, how="alias")
    if found.how in {"none", "role"} and (spelt := spelt_out_speaker(index, name)) is not None:
        # "the IEA": the International Energy Agency, quoted only in full; the body itself,
        # not one of its people given its initials as their role's owner ("IEA economist")
        return Resolution(person=spelt, how="alias")
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
        others = tuple(p for p in _holders(found) if p != story.person)
        if others and found.how == "role" and len(tokenize(name)) == 1:
            # "the coach" the story on the topic calls so, over the coach the articles call so
            # most: likely meant, still a guess among those called so (`unsure_roles`)
            choices = (story.person, *others)[:MAX_CHOICES]
            return Resolution(person=story.person, how="role", choices=choices, unsure=True)
        return Resolution(person=story.person, how="role")
    if found.person is None and (holder := holder_in_story(index, name, topic)) is not None:
        return Resolution(person=holder, how="role")  # the story's "bank governor X"
    if found.person is None and (known := known_for_in_story(index, name, topic)) is not None:
        return Resolution(person=known, how="role")  # "the matrix star": known for the Matrix
    if found.how in {"none", "role"} and (named_body := described_body(index, name)) is not None:
        # "channel five": TV channel Five; and "the network abc" is ABC, not whoever the
        # articles call a network's boss or spokesman
        return Resolution(person=named_body, how="alias")
    if (
        found.person is None
        and name_after_owner(name) is None
        and (parts := body_by_its_words(index, name)).person is not None
    ):
        # "paramount", "the three gorges dam builder": a body by the distinctive words of its
        # name ("Paramount Pictures", "China Three Gorges Project Corp"), or which of several;
        # not a name after its owner ("the Lloyds of London's Ada Vale" is someone at the body,
        # whom no article names: not the body itself)
        return parts
    return found


def _names_someone(found: Resolution) -> bool:
    """Return whether the directory read a phrase as someone's name, not as a description
    quoted as it stands ("the Toon boss")."""
    return found.how == "name" and found.person is not None and found.person[:1].isupper()


def _other_surname(index: Index, name: str, found: Resolution) -> bool:
    """Return whether `name` opens with a surname before its body ("Williams at the ...")
    that none of the role holders found bears."""
    surname = surname_before_body(index, name)
    return surname is not None and not any(
        person.split()[-1].casefold() == surname.casefold() for person in _holders(found)
    )


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
        found = resolve_in_directory(index, full, None)
        if found.person is not None and found.how in {"name", "alias"} and not found.unsure:
            return found.person
        return initialled_speaker(index, full)

    return resolve
