"""Speaker words: what names and roles look like, for the speaker directory.

Used when the directory merges names across articles and when it reads the name, alias or
description a question gives ("Mani Shankar Aiyar", "the new health minister", "Bolger's
lawyer"): role words in one spelling, a role's head noun, name variants of one person.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache

from qabot.attribution.name_runs import LOW_PARTICLE
from qabot.text import normalize
from qabot.text.lexicon import (
    COMPANY_PLURALS,
    DEMONYMS,
    OCCUPATIONS,
    ORGANISATION_WORDS,
    PARTY_MEMBERS,
    ROLE_NOUNS,
    first_name_gender,
    is_anonymous,
    party_name,
    role_words,
    strip_title,
)
from qabot.text.lexicon.places import NATIONALITIES
from qabot.text.patterns import lazy


def singular(word: str) -> str:
    """Return a role word without a plural s ("Dems" and "Dem" name the same party, as do
    "Tories" and "Tory")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def singular_forms(word: str) -> set[str]:
    """Return the words `word` may be the plural of, in lower case: "deputies" of "deputy" (or
    of "goalie", as "goalies" is), "bosses" of "boss", "coaches" of "coach", "MPs" of "mp";
    none for a word not in -s. A lexicon tells which is a word: `plural_of`."""
    key = word.casefold()
    if not key.endswith("s") or key.endswith("ss") or len(key) < 3:
        return set()
    forms = {key[:-1], singular(key)}  # "officials"; "deputies", which cutting misses
    if key.endswith("es"):
        forms.add(key[:-2])  # "bosses", "coaches"
    return forms


def plural_of(word: str, nouns: Collection[str]) -> bool:
    """Return True when `word` is a plural of one of `nouns` ("officials", "deputies",
    "actresses", "MPs" of person nouns)."""
    return any(form in nouns for form in singular_forms(word))


_PERSON_NOUNS = ROLE_NOUNS | OCCUPATIONS
# abbreviated roles as articles write them before a name ("Gov. Jay Inslee")
_ROLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "pres": "president",
    "det": "detective",
    "supt": "superintendent",
    "insp": "inspector",
    "spokesperson": "spokesman",
    "spokeswoman": "spokesman",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "chair": "chairman",
    "advisor": "adviser",  # one word, two spellings ("economic advisor", "adviser")
    "attorney": "lawyer",
    "counsel": "lawyer",
    "solicitor": "lawyer",
    "barrister": "lawyer",
}


# words that make a speaker a body rather than one person ("Department of Justice", "Radio
# Wales", "Lib Dems"): organisations, media, assemblies and the plural names of parties
_BODY_WORDS = (
    ORGANISATION_WORDS
    | frozenset(
        """radio television tv magazine newspaper press media parliament assembly senate congress
charity coalition alliance inc ltd plc corp llc fund watchdog ministry institute consortium
treasury exchequer reserve fed nations united aid concern relief research rovers wanderers
athletic albion fc bundesbank pentagon whitehall vatican elysee holyrood stormont
""".split()
    )
    | PARTY_MEMBERS
    | COMPANY_PLURALS
)
# where a government sits, named for it ("Downing Street said", "Number 10")
_SEATS = frozenset(("downing street", "number 10", "no 10", "wall street"))
# a people named by its nationality: "Israelis", "Germans", "Britons", or alone "Chinese",
# "French", "British" (not "Swiss" nor "Russian", which name one person as often)
_PEOPLE_NOUNS = (
    NATIONALITIES
    | frozenset(DEMONYMS.values())
    | frozenset(
        "german greek thai turk briton brit scot dane swede finn pole arab kurd serb croat czech "
        "slovak kiwi aussie".split()
    )
)
_MASS_NATIONALITIES = frozenset(
    w for w in _PEOPLE_NOUNS if w.endswith(("ese", "ish", "ch")) and w != "czech"
)


def _a_people(word: str) -> bool:
    """Return True for a nationality that names a whole people: a plural ("Israelis",
    "Germans") or a mass noun ("Chinese", "French")."""
    return word.casefold() in _MASS_NATIONALITIES or plural_of(word, _PEOPLE_NOUNS)


# a surname whose particle is written in lower case before a capital ("diCaprio", "vanGogh")
_PARTICLED = lazy(LOW_PARTICLE + r"[A-Z][a-z'’]+")
_PLURAL_BODY = lazy(r"^(?:[A-Z]{2,}s|[A-Z][a-z]+(?:ians|eans|cans))$")


@lru_cache(maxsize=1 << 16)  # every name of the directory, asked twice by `merge_names`
def is_group(speaker: str) -> bool:
    """Return True when `speaker` is a group, body or organisation rather than one person:
    a description ("campaigners"), an organisation ("Department of Justice", "New York
    Times"), an acronym ("IPPR") or a plural ("Lib Dems", "MPs", "Republicans"). Kept per
    name: a "who said" answer asks it of every quote of its articles, a few names many times."""
    if is_anonymous(speaker):
        return True
    words = [w.strip(".,;:'’") for w in speaker.split()]
    words = [w for w in words if w]
    if not words:
        return True
    if any(w.casefold() in _BODY_WORDS for w in words):
        return True  # "Federal Reserve", "Christian Aid", "Sheffield United"
    if " ".join(words).casefold() in _SEATS or (len(words) == 1 and _a_people(words[0])):
        return True
    if any(
        w[:1].islower()
        and w.split("-")[0] not in _PARTICLES
        and _PARTICLED.fullmatch(w) is None  # "Leonardo diCaprio": a name
        for w in words
    ):
        return True  # "Gordon Brown's closest": a description, not a name
    last = words[-1]
    if len(words) == 1 and len(last) >= 2 and last.isupper():
        return True  # "IBM", "EU"
    return _PLURAL_BODY.match(last) is not None  # "MPs", "Americans", "Republicans"


@lru_cache(maxsize=1 << 16)
def role_word(word: str) -> str:
    """Return a role word in one spelling: singular, abbreviations and synonyms folded; the
    same few thousand words are folded again for every candidate a role question weighs."""
    word = word.casefold().rstrip(".")
    if not word.endswith(("ews", "us", "is")):  # "news", "bus", "analysis"
        word = singular(word)
    # a party by either of its names (`party_name`): "Tory MP" and "Conservative MP" hold one
    # role, as "Democratic senator" and "Democrat senator" do; a possessive ("Greens'") is an
    # owner's word, left as written
    party = party_name(word) if word.isalpha() else None
    return party or _ROLE_ABBREVIATIONS.get(word, word)


_PARTICLES = frozenset(
    "de da di del der den van von la le du al el bin ben ibn y dos das st".split()
)
_ROLE_PREPOSITIONS = frozenset("of for at in on to from with".split())
PERSON_WORDS = ROLE_NOUNS | OCCUPATIONS


@lru_cache(maxsize=1 << 14)
def fold_name(name: str) -> str:
    """Return a name as readers may type it: case, accents and hyphens folded ("Celine Dion"
    is "Céline Dion", "Sven Goran Eriksson" is "Sven-Goran Eriksson"); the speakers asked
    about come back question after question, so the answer is kept."""
    # the analyzer's folding (case, apostrophes, accents of Latin letters), so a name typed
    # without accents meets the name written with them as the passages' words do
    return " ".join(normalize(name).replace("-", " ").split()).removesuffix("'s")


@lru_cache(maxsize=1 << 16)
def is_description(query: str) -> bool:
    """Return True when `query` describes someone ("Bolger's lawyer", "the founder of X")
    rather than names them: a role or occupation noun, or a lower-case word among capitals.
    Kept: building the directory asks it of every speaker of every article."""
    words = [w.strip(",.") for w in query.replace("’", "'").split()]
    folded = [w.casefold().removesuffix("'s") for w in words]
    if len(words) > 1 and (folded[0] in {"the", "a", "an"} or words[0].endswith("'s")):
        return True  # "the librarian", "Bolger's lawyer"
    if len(words) > 1 and any(w.endswith(("'s", "s'")) for w in words[:-1]):
        return True  # "patsy rowlands' agent", "tony blair's spokesman": someone's someone
    if any(_ROLE_ABBREVIATIONS.get(w, w) in _PERSON_NOUNS for w in folded):
        return True
    if any(w[:1].isupper() for w in words):
        return any(
            w[:1].islower() and w.casefold() not in _PARTICLES for w in words if w.isalpha()
        )
    return False


def head_noun(query: str) -> str | None:
    """Return the noun a role phrase is about ("director" in "the director of the hospital",
    "lawyer" in "Bolger's lawyer"), when it is a lower-case word."""
    words = [w.strip(",.").casefold() for w in query.replace("’", "'").split()]
    last = role_word(words[-1]) if words else ""
    for at, word in enumerate(words):
        if word in _ROLE_PREPOSITIONS and at > 0:
            if last in PERSON_WORDS and role_word(words[at - 1]) not in PERSON_WORDS:
                break  # "the Bank of England governor": the owner's name holds the "of"
            words = words[:at]
            break
    if not words or words[-1].endswith("'s"):
        return None
    if not words[-1].isalpha() and words[-1].split("-")[0] not in PERSON_WORDS:
        # a noun of a person joined to another ("secretary-general", "director-general") is
        # one all the same, unlike a word only holding a hyphen ("74-year-old") or a prefix
        # ("co-chairman", "ex-minister": no head, as before)
        return None
    return role_word(words[-1])


def name_tokens(name: str) -> list[str]:
    """Return a name's words, case-folded, without initials and titles."""
    parts = fold_name(strip_title(name)).split()
    return [p.removesuffix("'s") for p in parts if len(p.rstrip(".")) > 1]


@lru_cache(maxsize=1 << 16)
def _person_tokens(person: str) -> tuple[str, ...]:
    """Return `name_tokens` of a canonical name: a question's surname is held against every
    person of that surname, the same people question after question."""
    return tuple(name_tokens(person))


def same_person(tokens: list[str], person: str) -> bool:
    """Return True when a name (its tokens) and `person` can be one person: the same surname,
    and the shorter one's other words all in the longer ("Shankar Aiyar", "Mani Shankar
    Aiyar"; "John Kelly", "John E. Kelly"); a lone surname matches any name."""
    other = _person_tokens(person)
    if not tokens or not other or tokens[-1] != other[-1]:
        return False
    short, long = sorted((tokens[:-1], other[:-1]), key=len)
    return set(short) <= set(long)


def person_name(speaker: str, roles: Iterable[str] = ()) -> tuple[str, list[str]]:
    """Return a speaker's name without role words written before it, and those role words
    ("Miami-Dade Police Detective Alvaro Zabaleta" -> "Alvaro Zabaleta", [miami-dade, ...];
    "Architect Lena Okafor" -> "Lena Okafor", [architect]); given the role words the article
    gives the speaker (`roles`), a word before a known first name is a role only when they
    hold it or hold no role noun ("the central bank's vice president Farhat Omar Ben X": the
    whole name after the role)."""
    words = speaker.split()
    if len(words) < 3 or is_anonymous(speaker):
        return speaker, []
    last_role = max(
        (
            at
            for at, word in enumerate(words[:-1])
            if _ROLE_ABBREVIATIONS.get(word.casefold().rstrip("."), word.casefold().rstrip("."))
            in _PERSON_NOUNS | {"detective", "inspector", "superintendent"}
        ),
        default=-1,
    )
    held = set(roles)  # the article's role words for the speaker
    if last_role < 0 and not first_name_gender(words[0]):
        # "Architect Lena Okafor": what comes before a known first name; not a first name
        # itself ("Juan Carlos Ferrero", "Iain Duncan Smith": two first names, one person)
        last_role = next(
            (at - 1 for at, word in enumerate(words[1:-1], start=1) if first_name_gender(word)),
            -1,
        )
        before = role_words(" ".join(words[: last_role + 1]))
        if held & ROLE_NOUNS and before.isdisjoint(held):
            last_role = -1  # "vice president Farhat Omar ...": a role held, not that word
    if last_role < 0 or len(words) - last_role - 1 < 1:
        return speaker, []
    rest = words[last_role + 1 :]
    if not rest[0][:1].isupper() or _plural_person(rest[-1]):
        # what follows the role words is no name: "Prime Minister Tony Blair's official
        # spokesman" is not "spokesman", nor "Association of Chief Police Officers" "Police
        # Officers"; the whole phrase is who spoke
        return speaker, []
    return " ".join(rest), sorted(role_words(" ".join(words[: last_role + 1])))


def _plural_person(word: str) -> bool:
    """Return whether `word` is a noun of people in the plural ("Officers", "directors")."""
    return plural_of(word, _PERSON_NOUNS)


# words a name's initials leave out ("Office for National Statistics": ONS)
_LINK_WORDS = frozenset("of and for the &".split())


def initials(name: str) -> str | None:
    """Return the initials of a name of several capitalised words ("Office for National
    Statistics" -> "ONS"), or None for a name of one word or with a word in lower case."""
    words = [w for w in name.split() if w.casefold() not in _LINK_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)
