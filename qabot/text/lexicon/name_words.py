"""Name words: the titles and honorifics written before a name, the particles and letters
inside or after it, the words that are never one, and the keys names are compared by.

Kept apart from the nouns for people (`people`: roles, occupations, groups), which describe a
person where these spell one. Nothing here is tied to particular articles: the lists are
common English-language usage.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qabot.text.analyzer import fold_accents
from qabot.text.lexicon.calendar_words import MONTHS, WEEKDAYS
from qabot.text.lexicon.people import ROLE_NOUNS
from qabot.text.lexicon.running_text import word_set
from qabot.text.patterns import lazy

# abbreviated titles before a name, after which a full stop does not end a sentence
TITLE_ABBREVIATIONS = word_set(
    "mr mrs ms dr prof sr jr st sen rep gov gen col lt sgt capt cmdr adm rev hon mt ft messrs "
    "mme mlle maj brig supt insp det pres"
)

HONORIFICS: dict[str, str | None] = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "lord": "m",
    "lady": "f",
    "dame": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "dr": None,
    "prof": None,
    "professor": None,
    "rev": None,
    "reverend": None,
    "mister": "m",
    "madam": "f",
}
# the styles of rulers and clerics written before a name as HONORIFICS' "King" is ("Pope
# Benedict", "Sheikh Hamad", "Emperor Akihito"): a question names the person by the style alone
# ("what did the pope say?"), general English usage
STYLE_TITLES = word_set(
    "pope sheikh emir emperor empress sultan shah tsar tsarina kaiser ayatollah patriarch "
    "archduke duke duchess earl countess baron baroness viscount marquess crown"
)
_TITLE_PREFIX = lazy(
    r"^(?:(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame|prof|professor|rev|reverend|mister)\.?\s+)+",
    re.IGNORECASE,
)


# the words that rank a cleric's style: "the Right Reverend", "the Most Rev", "the Very Rev"
_CLERIC_RANKS = frozenset("right rt most very".split())
_CLERIC_STYLED = frozenset("rev reverend".split())


def cleric_style(words: list[str]) -> bool:
    """Return True when `words` open with a cleric's style ("Most Reverend", "Rt Rev."), which
    goes before a name and is no part of it."""
    return (
        len(words) >= 2
        and words[0].rstrip(".").casefold() in _CLERIC_RANKS
        and words[1].rstrip(".").casefold() in _CLERIC_STYLED
    )


_TITLE_GENDER = {
    **dict.fromkeys("mr sir lord".split(), "m"),
    **dict.fromkeys("ms mrs miss lady dame baroness".split(), "f"),
}


def title_gender(name: str) -> str | None:
    """Return "m"/"f" when `name` opens with a title of that gender ("Mrs Blair"), else None."""
    words = name.split()
    return _TITLE_GENDER.get(words[0].casefold().rstrip(".")) if words else None


@lru_cache(maxsize=1 << 16)
def strip_title(name: str) -> str:
    """Return `name` without leading honorifics ("Mr Stoltenberg" -> "Stoltenberg"); kept:
    building the directory asks it of every name several times."""
    return _TITLE_PREFIX.sub("", name.strip()) or name.strip()


def name_key(name: str) -> tuple[str, str]:
    """Return (first, last) of a name, case-folded and without accents ("José Núñez" is
    "jose nunez", as readers type it); first is "" for a lone surname."""
    parts = fold_accents(strip_title(name).casefold().replace("’", "'")).split()
    parts = [p for p in parts if p not in {"jr", "jr.", "sr", "sr.", "ii", "iii"}]
    if not parts:
        return "", ""
    return (parts[0] if len(parts) > 1 else ""), parts[-1].removesuffix("'s")


def is_anonymous(speaker: str) -> bool:
    """Return True for descriptions ("a source", "officials") rather than names."""
    return not speaker[:1].isupper()


# words that are never a name nor part of one, though capitalised at a sentence's start
NOT_NAME = (
    frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | frozenset(  # holidays, like months, are capitalised and never anyone's name
        """christmas easter ramadan hanukkah diwali thanksgiving halloween
the a an on in at but and then
now still also meanwhile however former last this earlier later speaking asked why what
how for from with of to by yet certainly several even only just perhaps maybe indeed instead
clearly obviously finally moreover ultimately already both many most some few other another each
every no all under over about against during between without within among despite unlike like
into upon across behind beyond near toward towards via neither either there here""".split()
    )
)

# the indefinite pronouns, capitalised at a sentence's start: "Someone said", "Everyone agrees"
# name no one (the words after one may: "someone in the audience" is a description)
INDEFINITE_PRONOUNS = frozenset(
    "someone somebody anyone anybody everyone everybody nobody".split()
)

# letters after a name that are no part of it ("Guy Mansfield QC" is Mansfield to readers)
POST_NOMINALS = frozenset("qc kc obe mbe cbe kbe frs".split())


def without_post_nominals(name: str) -> str:
    """Return a name of two words or more without the letters after it ("Guy Mansfield QC" ->
    "Guy Mansfield")."""
    words = name.split()
    while len(words) > 2 and words[-1].casefold().strip(".,") in POST_NOMINALS:
        words.pop()
    return " ".join(words)


# titles a name is written with for life, which say who of several namesakes is meant ("Sir
# Alex" is Alex Ferguson, not Alex Salmond)
HONOURS = frozenset("sir dame lord lady baroness baron".split())
# words before a name that are no part of it: roles, honorifics, abbreviated titles
TITLE_WORDS = (
    ROLE_NOUNS
    | frozenset(HONORIFICS)
    | frozenset(
        "sen rep gov gen lt col sgt capt adm amb atty cmdr supt insp det maj pres rt hon".split()
    )
    # the same ranks spelled out ("Captain Fabien Pelous", "Detective Inspector Jo Ruiz")
    | frozenset(
        """captain lieutenant colonel sergeant admiral superintendent inspector detective
constable corporal""".split()
    )
)
# a role that also names a body when it heads a capitalised name with no other title: "the
# Scottish Executive" is the government, "the chief executive" a person
BODY_TITLES = frozenset(["Executive"])
# lower-case words inside a name ("Nick Van den Brul", "Ursula von der Leyen")
NAME_PARTICLES = word_set("de van von der den bin al da di del la le du dos das ibn ter ten")
