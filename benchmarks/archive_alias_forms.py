"""The aliases `archive_alias_probe.py` reads from an article's text: a role before or after
a person's name, a title, a body's short name, initials or first word, a role another person
owns (its shapes are described in that script's docstring)."""

from __future__ import annotations

import re

from qabot.text.lexicon import (
    COUNTRY_INITIALS,
    ORGANISATION_WORDS,
    PARTY_WORDS,
    first_name_gender,
)
from qabot.text.lexicon.people import GENDERED_NOUNS, ROLE_NOUNS
from qabot.text.lexicon.places import NATIONALITIES, is_place

POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$")
STOP_BEFORE = frozenset(
    """said says told to by according with from in on that as while when but if who which
    where after before for at of is was are were has had have be been also and or than
    then this these those its their his her our we they he she it not""".split()
)
PERSON_ROLES = frozenset("rapper singer author actor actress player star director".split())
OFFICE_WORDS = frozenset("prime deputy foreign home shadow chief general".split())
ROLE_WORDS = ROLE_NOUNS | frozenset(
    """spokesman spokeswoman manager analyst economist coach captain boss owner officer
    editor correspondent producer campaigner inspector chief-executive""".split()
)
SUFFIXES = frozenset("Corp Corp. Corporation Co Co. Inc Inc. Ltd Ltd. plc PLC Group".split())
APPOSITION_END = re.compile(r"[,.;:\"“”()]| said| says| told| added")


def is_role(words: list[str]) -> bool:
    return any(w.casefold().strip(",'’") in ROLE_WORDS for w in words)


def role_before(text: str, name: str) -> str | None:
    """The role written just before the name, ending in a role noun."""
    for found in re.finditer(re.escape(name), text):
        head = re.split(r"[.,;:\"“”()\n]", text[: found.start()])[-1].split()
        kept: list[str] = []
        for word in reversed(head[-5:]):
            if word.casefold() in STOP_BEFORE and word.casefold() not in {"of", "and"}:
                break
            if word[:1].isupper() and first_name_gender(word) and not kept:
                break
            kept.insert(0, word)
        while kept and kept[0].casefold() in {"of", "and", "the", "a", "an"}:
            kept.pop(0)
        if kept and kept[-1].casefold().strip("'’") in ROLE_WORDS:
            return " ".join(kept)
    return None


def role_after(text: str, name: str) -> str | None:
    """An apposition after the name ("X, the bank's governor,") holding a role noun."""
    for found in re.finditer(re.escape(name) + r", ", text):
        rest = text[found.end() : found.end() + 90]
        cut = APPOSITION_END.search(rest)
        phrase = rest[: cut.start()] if cut else ""
        words = phrase.split()
        if 1 <= len(words) <= 8 and is_role(words) and words[0][:1] != "w":
            return phrase
    return None


def title_form(text: str, name: str) -> str | None:
    surname = name.split()[-1]
    found = re.search(rf"\b(Mr|Mrs|Ms|Dr) {re.escape(surname)}\b", text)
    return found.group(0) if found else None


def body_short(name: str) -> str | None:
    words = name.split()
    if len(words) < 3 or words[-1] not in SUFFIXES:
        return None
    words = words[:-1]
    if len(words) >= 3:
        words = words[1:]  # a leading place ("China ...")
    return " ".join(words)


def surname_alone(text: str, name: str) -> str | None:
    """The surname, when the article writes it with no first name or title before it."""
    words = name.split()
    surname = words[-1]
    before = (words[-2], "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Lord", "Lady")
    for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
        head = text[: found.start()].rstrip(" ").rsplit(None, 1)[-1:] or [""]
        if head[0] not in before and not head[0][:1].isupper():
            return surname
    return None


def owner_and_role(alias: str, text: str) -> tuple[str, str] | None:
    """A role written before a name split into its owner and its role ("Time Warner" and
    "chief executive"), when the owner is a name the article writes apart from the role, not
    a nationality or party adjective ("US judge", "Liberal leader")."""
    words = alias.split()
    if words[0].casefold() == "the":
        words = words[1:]
    cut = len(words)
    while cut > 0 and (words[cut - 1].islower() or words[cut - 1].casefold() in ROLE_WORDS):
        cut -= 1
    owner, role = words[:cut], words[cut:]
    if not owner or not role or not all(w[:1].isupper() for w in owner):
        return None
    plain = [POSSESSIVE.sub("", w) for w in owner]
    if any(
        is_place(w) or w.casefold() in NATIONALITIES | PARTY_WORDS or w in COUNTRY_INITIALS
        for w in plain
    ):
        return None
    written = " ".join(plain)
    if len(plain) == 1 and re.search(rf"\b{re.escape(written.casefold())}\b", text):
        return None  # "Health spokesman": a common word the article also writes in lower case
    rest = re.escape(" ".join(role))
    if not re.search(rf"\b{re.escape(written)}\b(?![’']?s? {rest})", text):
        return None
    return written, " ".join(role)


PERSON_ROLE_NOUNS = ROLE_WORDS | {"lawyer", "agent", "aide", "adviser", "mother"}
# the owned shapes' nouns: a person's agents, advisers and kin as well (a list of the probe's
# own, not the lexicon's, so it judges the lexicon rather than agree with it)
OWNED_NOUNS = (
    PERSON_ROLE_NOUNS
    | frozenset(
        """agent publicist solicitor barrister promoter trainer caddie bodyguard biographer friend
        girlfriend boyfriend fiancee uncle aunt nephew niece cousin grandson granddaughter
        grandfather grandmother co-star manager coach""".split()
    )
    | frozenset(GENDERED_NOUNS) - {"his", "her"}
)


def person_role(
    text: str, name: str, role_nouns: frozenset[str] = PERSON_ROLE_NOUNS
) -> str | None:
    """A role the article gives the person as someone else's, that someone a person (a first
    name, or a title before the surname): "Bolger's lawyer, Jeremy Robinson" -> "Bolger's
    lawyer", also "Jeremy Robinson, Bolger's lawyer,"."""
    nouns = "|".join(sorted(role_nouns))
    owned = (
        rf"(?P<owner>(?:[A-Z][a-z]+ )?[A-Z][a-z]+)['’]s (?P<role>(?:[a-z-]+ ){{0,2}}?(?:{nouns}))"
    )
    for pattern in (rf"{owned},? {re.escape(name)}\b", rf"\b{re.escape(name)}, {owned}\b"):
        for found in re.finditer(pattern, text):
            owner, role = found.group("owner"), found.group("role")
            words = owner.split()
            if set(words) & set(name.split()) or words[0] in {"The", "A", "An", "But", "And"}:
                continue
            if any(
                is_place(w) or w.casefold() in NATIONALITIES | ORGANISATION_WORDS | PARTY_WORDS
                for w in words
            ):
                continue
            title = re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord) {re.escape(words[-1])}\b", text)
            if (len(words) == 2 and first_name_gender(words[0])) or title:
                return f"{owner}'s {role}"
            if role_nouns is not PERSON_ROLE_NOUNS and len(words) == 1 and full_name(text, owner):
                return f"{owner}'s {role}"  # the owned shapes: "Bellamy's" of a Craig Bellamy
    return None


def office_of(text: str, name: str) -> str | None:
    """The office written before a person's name with no owner's name in it ("Deputy Prime
    Minister John Prescott" -> "deputy prime minister"), in lower case."""
    before = role_before(text, name)
    if before is None or POSSESSIVE.search(before.split()[0]) or len(before.split()) > 4:
        return None
    words = before.split()
    if not all(w.isalpha() for w in words) or any(
        w[:1].isupper() and w.casefold() not in ROLE_WORDS | OFFICE_WORDS for w in words
    ):
        return None  # "Labour leader", "US President": an owner of its own
    return before.casefold()


def body_initials(text: str, name: str) -> str | None:
    """The initials a body's article gives it in brackets after its name."""
    found = re.search(rf"{re.escape(name)} \(([A-Z][A-Za-z&]{{1,7}})\)", text)
    if found is None:
        return None
    letters = found.group(1)
    capitals = [w[0] for w in name.split() if w[:1].isupper()]
    return letters if letters[0] == capitals[0] else None


def body_word(text: str, name: str) -> str | None:
    """A body's first word, when the article writes it alone and it is no common word."""
    words = name.split()
    if len(words) < 2 or words[0].casefold() in STOP_BEFORE | {"the", "a", "an"}:
        return None
    first = words[0]
    if not first[:1].isupper() or words[-1].casefold() in ORGANISATION_WORDS:
        return None  # "Darlington Council": its first word is the place, not the body
    if len(first) < 4 or is_place(first) or first.casefold() in NATIONALITIES:
        return None
    if re.search(rf"\b{re.escape(first)}\b(?! {re.escape(words[1])})", text):
        return first
    return None


def as_asked(kind: str, alias: str) -> str:
    if kind == "title":
        return alias
    words = alias.split()
    if words[0].casefold() in {"the", "a", "an"}:
        words = words[1:]
    return "the " + " ".join(words)


def titled(text: str, name: str) -> bool:
    """Return whether the article gives the name's last word a person's title ("Mr Flight")."""
    return bool(re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir) {re.escape(name.split()[-1])}\b", text))


def wide_forms(text: str, name: str, person: bool) -> list[tuple[str, str | None, str]]:
    """The wide shapes of one speaker in one article: (kind, alias, the words asked)."""
    forms: list[tuple[str, str | None, str]] = []
    if person:
        alone = surname_alone(text, name)
        forms.append(("surname", alone, alone or ""))
        before = role_before(text, name)
        split = owner_and_role(before, text) if before else None
        if before and split:
            forms.append(("lower case", before, as_asked("role", before).casefold()))
            owner = split[0] + ("'" if split[0].endswith("s") else "'s")
            forms.append(("owner's role", before, f"{owner} {split[1]}"))
            forms.append(("role of owner", before, f"the {split[1]} of {split[0]}"))
        titled = title_form(text, name)
        if titled and not split:
            forms.append(("lower case", titled, titled.casefold()))
        owned = person_role(text, name)
        forms.append(("person's role", owned, owned or ""))
    else:
        initials = body_initials(text, name)
        forms.append(("body initials", initials, f"the {initials}"))
        word = body_word(text, name)
        forms.append(("body word", word, word or ""))
    return forms


def full_name(text: str, surname: str) -> str | None:
    """The first name and surname the article writes for a surname, the first name one the
    name lists know ("Craig Bellamy" for "Bellamy"), else None."""
    for found in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b(?!['’])", text):
        if first_name_gender(found.group(1)):
            return found.group(0)
    return None


def owned_forms(text: str, name: str) -> list[tuple[str, str | None, str]]:
    """The owned shapes of one speaker in one article: (kind, alias, the words asked)."""
    owned = person_role(text, name, OWNED_NOUNS)
    if owned is None:
        return []
    owner, role = owned.split("'s ", 1)
    forms: list[tuple[str, str | None, str]] = [("owned role", owned, owned)]
    if len(owner.split()) == 1 and (full := full_name(text, owner)) is not None:
        # "Bolger's lawyer": asked by the full name the story gives
        forms.append(("owned role, full owner", owned, f"{full}'s {role}"))
    title = re.search(rf"\b(Mr|Mrs|Ms|Dr) {re.escape(owner.split()[-1])}\b", text)
    if title:
        forms.append(("owned role, titled", owned, f"{title.group(0)}'s {role}".casefold()))
    return forms
