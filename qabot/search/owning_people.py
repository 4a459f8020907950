"""The person a role's owner names ("Tony Blair" of "Tony Blair's spokesman"), read once for
`qabot.search.person_owners` (whom the role may mean) and `qabot.search.role_owners` (which
sentences tie the role to its owner).

An owner is a person when the directory knows the name as one of its quoted people, not a body
nor a place, and the articles write it as a person's: a first name of the lexicon's ("Tony"),
or a man or a woman the stories' summaries record ("Mr Orr", `speaker_genders`). A name whose
first word the lexicon lacks ("Zane Orr") is still a person the articles call "Mr Orr"; read
as no person, the role was dropped and the owner's own words were shown as their spokesman's.
"""

from __future__ import annotations

from qabot.attribution import is_group
from qabot.indexing import Index
from qabot.text.lexicon import first_name_gender, strip_title
from qabot.text.lexicon.places import is_place

_PERSON = frozenset({"m", "f"})  # a summary's genders for a man and a woman (`speaker_genders`)


def owning_person(index: Index, owner: str) -> str | None:
    """Return the quoted person `owner` names ("Michael Howard", "mr howard", "Blair"), or None
    for a body, a place or a name the articles give no person."""
    owner = strip_title(owner.strip())
    if not owner or is_place(owner):
        return None
    directory = index.speakers
    match = directory.match(owner)
    if not match.people or not (
        match.how == "name"
        or (
            match.how == "surname"
            and (directory.written(owner) or directory.written(owner.title()))
        )
    ):
        # a surname many share is a person's only where a quote is written so ("Blair
        # said"): "London" of "london's most senior police officer" is no Michael London
        return None
    person = match.people[0]
    if is_group(person):
        return None
    return person if written_as_person(index, person) else None


def written_as_person(index: Index, person: str) -> bool:
    """Return whether the articles write `person`, a name the directory knows, as a person's:
    a first name of the lexicon's ("Tony") or a man or a woman the stories record
    (`recorded_as_person`: "Mr Orr")."""
    return bool(first_name_gender(person.split()[0])) or recorded_as_person(index, person)


def recorded_as_person(index: Index, person: str) -> bool:
    """Return whether a story quoting `person` writes them as a man or a woman ("Mr Orr",
    "Ms Vale") and none as a body."""
    rows = index.quote_rows
    directory = index.speakers
    genders = {
        summary.gender
        for article in directory.articles_of(person)
        if article in rows
        for written, summary in rows[article].speakers.items()
        if directory.canonical_of(article, written) == person
    }
    return bool(genders & _PERSON) and "n" not in genders
