"""The name inside a speaker phrase that no quoted person matches ("councillor Ada Vale", "Ada
Vale, the county spokeswoman", "fiona quennell of the CBI"): someone never quoted is looked for
by name, so passages matching only the role words beside it are not shown as if about them."""

from __future__ import annotations

from qabot.attribution import is_description
from qabot.indexing import Index
from qabot.search.name_writing import mostly_a_name
from qabot.search.named_roles import name_after_owner, name_and_role, name_before_affiliation
from qabot.text.lexicon import PERSON_NOUNS, TITLE_WORDS, first_name_gender, role_words


def name_in_phrase(index: Index, name: str) -> str:
    """Return the name a speaker phrase holds beside a role or a workplace, or the phrase as
    it stands when it holds none."""
    apart = name_and_role(name)  # "Ada Vale, the county spokeswoman", "Ada Vale (...)"
    if apart is not None:
        return apart[0]
    if is_description(name):
        # "councillor Ada Vale" is Ada Vale: a person never quoted is looked for by name, so
        # passages matching only the role word are not shown as if they were about her
        return (
            _name_after_role(name)
            or name_after_owner(name)  # "the county's Ada Vale"
            or _typed_name_after_role(index, name)
            or _name_before_place(index, name)  # "fiona quennell of the CBI"
            or name
        )
    return _name_before_place(index, name) or name  # "fiona quennell of the cbi"


_BEFORE_PLACES = frozenset("of for at in on to from with and the a an".split())


def _name_after_role(description: str) -> str | None:
    """Return the name a role phrase ends with ("councillor Ada Vale" -> "Ada Vale",
    "Labour MP Ada Vale" too): two or more capitalised words that are not role words, after a
    role word; never after a preposition ("the mayor of New York" names a place)."""
    words = description.split()
    run = 0
    while run < len(words):
        word = words[-1 - run]
        if not word[:1].isupper() or is_description(word):
            break
        run += 1
    if run < 2 or run == len(words) or words[-1 - run].casefold() in _BEFORE_PLACES:
        return None
    return " ".join(words[-run:])


def _typed_name_after_role(index: Index, description: str) -> str | None:
    """Return the name a role phrase typed in lower case ends with ("councillor ada vortigern"
    -> "ada vortigern"): the words after the last role or title word, two at least, one of
    them a first name or a word no passage holds (a name the archive does not know), so that
    "the harbour board chairman" or "the new health minister" stay roles."""
    words = description.split()
    run = 0
    while run < len(words) - 1:
        word = words[-1 - run]
        folded = word.casefold()
        if (
            role_words(word) & PERSON_NOUNS
            or folded in TITLE_WORDS
            or folded in _BEFORE_PLACES
            or not word.replace("-", "").replace("'", "").replace("’", "").isalpha()
        ):
            break
        run += 1
    tail = words[len(words) - run :]
    if len(tail) < 2 or run == len(words) or words[-1 - run].casefold() in _BEFORE_PLACES:
        return None  # "the councillor for harbour roads" names a ward
    if all(_name_like(index, word) for word in tail):
        return " ".join(tail)
    return None


def _name_before_place(index: Index, description: str) -> str | None:
    """Return the name a phrase opens with before where the person works ("fiona quennell of
    the CBI" -> "fiona quennell"), each of its words name-like."""
    head = name_before_affiliation(description)
    if head is None or not all(_name_like(index, word) for word in head.split()):
        return None
    return head


def _name_like(index: Index, word: str) -> bool:
    """Return whether `word` may be part of a name: a first name, a word no passage holds, or
    one the articles mostly write with a capital ("home" and "affairs" are not); each part
    of a double name."""
    if "-" in word.strip("-"):
        return all(_name_like(index, part) for part in word.split("-") if part)
    if first_name_gender(word):
        return True
    return mostly_a_name(index, word, unseen=True)  # a word no passage writes is a name
