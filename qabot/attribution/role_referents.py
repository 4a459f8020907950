"""Role referents: whom a description by role means (inside
`qabot.attribution.descriptions`).

"Microsoft's chief executive" after "Microsoft boss Bill Gates", "the economy minister" just
before "economy minister Heizo Takenaka": the named person the article gives that role, by the
role's head noun and owner; a news lead's "The new health minister says" is the person the next
paragraph opens with.
"""

from __future__ import annotations

from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.references import section_of
from qabot.text.lexicon import (
    GENDERED_NOUNS,
    OCCUPATIONS,
    ROLE_NOUNS,
    is_capitalised,
    party_name,
    role_words,
)
from qabot.text.patterns import lazy


def _position(item: tuple[int, Person]) -> int:
    return item[0]


# heads of an organisation, however an article words it ("boss", "chief executive", "CEO")
_TOP = frozenset("boss ceo chief head".split())
_RANKS = frozenset("shadow former vice deputy assistant acting associate under lieutenant".split())
_VOICES = frozenset("spokesman spokeswoman spokesperson".split())  # whose, the owner says
_AHEAD = 600  # how far after a description its name may come ("the minister said ... said
# economy minister Heizo Takenaka")


def role_holder(people: People, words: list[str], position: int) -> Person | None:
    """Return the named person the article gives the role `words` describe: "EEF chief
    economist" or "Microsoft's chief executive" after "Microsoft boss Bill Gates" (the owner
    and the role's head noun agree), or "the economy minister" just before "economy minister
    Heizo Takenaka" names him. Earlier roles first, the nearest one; a later one only within a
    few hundred characters of the same section."""
    if len(words) < 2:
        return None
    # a party by either of its names: "the Tory nominee" after "Conservative nominee X"
    owner = _one_party_name(role_words(" ".join(w for w in words if is_capitalised(w))))
    said = _one_party_name(role_words(" ".join(words)))
    wanted = said - owner - {"former"}
    head = _role_head(words[-1].casefold(), wanted)
    if head is None or not (owner or words[0].casefold() == "the"):
        return None
    section = section_of(people, position)
    before: list[tuple[int, Person]] = []
    after: list[tuple[int, Person]] = []
    definite = words[0].casefold() == "the"
    for noted, person, at in people.names.roles:
        seen = _one_party_name(noted)
        # "the Republican senator" after "Senator Maria Lopez" (a role with no other words),
        # but not after "Libertarian nominee X"
        fits = owner <= seen or (definite and seen <= wanted | owner and head not in _VOICES)
        if (seen - said) & _RANKS or any(w.startswith("ex-") for w in seen - said):
            continue  # "the chancellor" is not "shadow chancellor X" nor "former chancellor X"
        if not fits or _role_head(_last_role(seen, head), seen) != head:
            continue
        if owner or wanted <= seen:  # "the economy minister": every role word agrees
            if section <= at <= position:
                before.append((at, person))
            elif position < at <= position + _AHEAD and owner == set() and at >= section:
                after.append((at, person))
    if before:
        return max(before, key=_position)[1]
    if after:
        return min(after, key=_position)[1]
    # "Scotland's first minister has told ...", then "Jack McConnell was speaking ...": a lead
    return _lead_subject(people, words, position, section)


_FORMER = lazy(r"\b[Ff]ormer\b")


def office_named_later(people: People, words: list[str], position: int) -> Person | None:
    """Return the person the story later titles with the whole office a definite description
    of two words or more names ("The home secretary said ..." then, paragraphs on, "Home
    Secretary Jo Ray told ..."): the one holder of that office the story names, not the
    person quoted just before the description. None when the office is of one word ("the
    minister"), the story titles no one so after it, or titles two people so."""
    if len(words) < 3 or words[0].casefold() != "the" or not words[-1][:1].islower():
        return None
    wanted = _one_party_name(role_words(" ".join(words))) - {"former"}
    if len(wanted) < 2 or words[-1].casefold() not in ROLE_NOUNS or wanted & _RANKS:
        return None
    section = section_of(people, position)
    holders = {
        id(person): person
        for noted, person, at in people.names.roles
        if at > position
        and at >= section
        # the very office, no other words ("Former Republican presidential candidate X" is
        # not "the GOP candidate", nor "shadow home secretary X" "the home secretary")
        and _one_party_name(noted) == wanted
        and not _FORMER.search(people.text, max(0, at - 8), at + 7)
        and not person.organisation
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _one_party_name(words: set[str]) -> set[str]:
    """Return role words with each party's word in one spelling ("tory" -> "conservative")."""
    return {party_name(word) or word for word in words}


def _lead_subject(people: People, words: list[str], position: int, section: int) -> Person | None:
    """Return whom a news lead's description means: "The new health minister for Wales says
    ..." then "Dr Brian Gibbons, on his first day, admitted ...": the named person the next
    paragraph opens with, when no one is named before the description."""
    opener = words[0].casefold()
    if not (opener == "the" or opener.endswith(("'s", "’s"))) or any(
        section <= at < position for at, _ in people.names.mentions
    ):
        return None
    paragraph_end = people.text.find("\n", position)
    if paragraph_end < 0:
        return None
    following = len(people.text) - len(people.text[paragraph_end:].lstrip())
    if following - position > _AHEAD or section_of(people, following) != section:
        return None
    gender = GENDERED_NOUNS.get(words[-1].casefold())
    opening = [
        p
        for at, p in people.names.subjects
        if at == following and not p.organisation and gender in {p.gender, None}
    ]
    return opening[0] if opening else None


def _role_head(last: str, words: set[str]) -> str | None:
    """Return the head noun of a role, the heads of an organisation as one ("boss")."""
    if last in _TOP or (last == "executive" and "chief" in words):
        return "boss"
    return last if last in ROLE_NOUNS | OCCUPATIONS else None


def _last_role(seen: set[str], head: str) -> str:
    """Return the word of a noted role that can be its head: `head` itself when present."""
    if head == "boss":
        return next((w for w in seen if w in _TOP or w == "executive"), "")
    return head if head in seen else ""
