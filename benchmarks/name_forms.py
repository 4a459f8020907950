"""Other forms of a gold speaker's name, for the speech eval's apart count of name forms.

A reader takes "Christopher Leslie" for "Chris Leslie", "Federal Trade Commission" for "The
Federal Trade Commission" and "Antonio Reid" for 'Antonio "LA" Reid'; the strict scorer does not.
These forms are general English (a table of common diminutives), never read from answers.
"""

from __future__ import annotations

import re

# Each group: a long first name and its usual short forms. Two names are one when they share a
# group ("Chris" is in Christopher's and Christine's; those two are not one).
DIMINUTIVES = [
    "alexander alex alec sandy",
    "alexandra alex sandra",
    "andrew andy drew",
    "anthony tony",
    "benjamin ben benny",
    "catherine cathy kate katie",
    "katherine kathy kate katie",
    "charles charlie chas chuck",
    "christopher chris kit",
    "christine chris chrissie",
    "daniel dan danny",
    "david dave davy",
    "deborah debbie deb",
    "donald don",
    "edward ed eddie ted",
    "elizabeth liz lizzie beth betty",
    "frederick fred freddie",
    "gerald gerry",
    "gregory greg",
    "james jim jimmy jamie",
    "jennifer jenny jen",
    "jonathan jon",
    "joseph joe joey",
    "joshua josh",
    "kenneth ken kenny",
    "lawrence larry",
    "leonard len lenny",
    "margaret maggie peggy meg",
    "matthew matt",
    "michael mike mick mickey",
    "nicholas nick nicky",
    "patrick pat paddy",
    "patricia pat trish",
    "peter pete",
    "philip phil",
    "raymond ray",
    "richard rick ricky dick",
    "robert bob bobby rob robbie bert",
    "ronald ron ronnie",
    "samuel sam sammy",
    "samantha sam",
    "stephen steve stevie",
    "steven steve stevie",
    "susan sue susie",
    "terence terry",
    "thomas tom tommy",
    "timothy tim",
    "victoria vicky",
    "vincent vince vinnie",
    "william bill billy will willie",
    "zachary zach",
]
GROUPS = [frozenset(group.split()) for group in DIMINUTIVES]
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
NICKNAME = re.compile(r"\s+[\"“'‘][^\"“”'‘’]+[\"”'’](?=\s)")
TITLES = frozenset(
    "sir lord lady dame baron baroness cardinal archbishop bishop rev reverend dr doctor "
    "professor prof mr mrs ms miss".split()
)


def first_name_forms(name: str) -> set[str]:
    """The forms of a first name, itself included, case-folded: its groups' fellows."""
    word = name.casefold()
    forms = {word}
    for group in GROUPS:
        if word in group:
            forms |= group
    return forms


def variants(name: str) -> list[str]:
    """`name` with a leading "The" dropped, a quoted nickname dropped, and each first name (a
    capitalised word before another) in its other forms; the name itself excluded."""
    plain = NICKNAME.sub("", LEADING_THE.sub("", name.strip()))
    words = plain.split()
    forms = {plain}
    for i, word in enumerate(words[:-1]):
        if not (word[:1].isupper() and words[i + 1][:1].isupper()):
            continue
        for form in first_name_forms(word):
            forms.add(" ".join([*words[:i], form.capitalize(), *words[i + 1 :]]))
    return sorted(form for form in forms if form and form.casefold() != name.casefold())


def person_words(name: str) -> list[str]:
    """The words of a gold person's name without titles or a nickname, when it looks like a
    person's name (two capitalised words or more, nothing else, no leading "The"); [] otherwise."""
    if LEADING_THE.match(name.strip()):
        return []
    words = NICKNAME.sub("", name.strip()).split()
    while words and words[0].strip(".").casefold() in TITLES:
        words = words[1:]
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return []
    return words


def lone_surname(speaker: str) -> str | None:
    """The one word left of `speaker` once its titles are dropped ("Mr Reid" -> "Reid")."""
    words = speaker.split()
    while words and words[0].strip(".").casefold() in TITLES:
        words = words[1:]
    return words[0] if len(words) == 1 else None


def other_bearer(text: str, words: list[str]) -> bool:
    """True when `text` may name another person of the surname that ends `words`: a capitalised
    word stands before the surname that is neither a word of the name, a form of its first name,
    nor a title ("Jane Reid" beside "Antonio Reid"). Cautious: "When Reid said" counts too."""
    surname = words[-1]
    known = {word.casefold() for word in words[:-1]} | first_name_forms(words[0]) | TITLES
    for found in re.finditer(rf"([A-Z][\w'.-]*)\s+{re.escape(surname)}(?!\w)", text):
        if found.group(1).strip(".").casefold() not in known:
            return True
    return False
