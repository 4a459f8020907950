"""Name readings: what each run of capitalised words in an article is (a step of
`qabot.attribution.names`, once per run when an article's `People` are read).

A run may be a person's name, with the gender and roles written around it ("NATO chief Jens
Stoltenberg", "Piers Freelove is senior benefit officer at ..."), a body's name ("Scott's company
Scott Free"), or no one's: a title ("the Prime Minister"), a headline's capitals, a description
("The Roman Catholic Archbishop of Cardiff"), a nickname in quote marks. Deciding so needs only
the text; linking the name to the article's people is `People`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qabot.attribution.name_clues import (
    APPOSED_ROLE,
    COPULA_ROLE,
    PLACE_OR_NUMBER,
    ROLE_AFTER,
    apposed_gender,
    has_role_noun,
    inside,
    no_first_name,
    particle_surname,
    plural_group,
    words_before,
)
from qabot.attribution.name_runs import BODY_KINDS, StandingAlone
from qabot.attribution.name_words import read_name_words
from qabot.attribution.pronoun_subjects import pronoun_subject
from qabot.attribution.sentence_roles import (
    PROSE_END,
    office_before,
    opens_sentence,
)
from qabot.attribution.speaker_words import plural_of
from qabot.text.lexicon import (
    KIN_BY_BIRTH,
    OCCUPATIONS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PLAYER_NOUNS,
    TITLE_WORDS,
    first_name_gender,
    is_gentilic,
    name_gender,
    role_words,
)
from qabot.text.lexicon.places import is_place
from qabot.text.patterns import POSSESSIVE_END

_KNIGHTED = frozenset(["Sir", "Dame"])  # titles given with the first name: "Sir Howard"


# person nouns that also name things ("Star Wars Episode"): no role before a name
_THING_NOUNS = frozenset("star".split())
_ROLE_OPENERS = PERSON_NOUNS - _THING_NOUNS
_NAMELESS_WORDS = TITLE_WORDS | ORGANISATION_WORDS  # a title's or a body's, no person's name


def _role_opening(words: list[str]) -> bool:
    """Return True when a person noun opens three capitalised words ("Actor Keanu Reeves",
    "Keeper Petr Cech"), none of them a title or a body's word."""
    return (
        len(words) == 3
        and words[0].casefold() in _ROLE_OPENERS
        and not plural_of(words[0], PERSON_NOUNS)  # "Doctors Without Borders": plural
        and not any(w.rstrip(".").casefold() in _NAMELESS_WORDS for w in words[1:])
    )


def _office_body(
    text: str, start: int, words: list[str], alone: StandingAlone, whole: bool
) -> tuple[int, str]:
    """Return how many words open the run `words` (at `start`) as the body an office written
    before it is of ("Chief Secretary to the Treasury Paul Boateng", "Secretary of State for
    Health John Reid"), the name being the words from a known first name on, and the office
    with its body; (0, "") when there are none (`whole`: `words` are all the run's, none of
    them already cut off as a body's or a title's)."""
    before = text[max(0, start - 60) : start].split()[-6:]
    office = office_before(before)
    if office is None:
        return 0, ""
    cut = next(
        (
            i
            for i in range(1, len(words) - 1)
            if len(words) - i in {2, 3} and first_name_gender(words[i])
        ),
        0,
    )
    if not cut and whole and 2 <= len(words) <= 4 and _surname_after_office(words, alone):
        # a first name the lexicon does not know ("Chief of Staff Denis Smith"): the tie's
        # object opens the run, one word or two ("Homeland Security"), and a name is its last
        # two words at most ("of State Kerry": the surname alone)
        cut = max(1, len(words) - 2)
    return cut, " ".join(office + words[:cut])


def _surname_after_office(words: list[str], alone: StandingAlone) -> bool:
    """Return True when the run after an office's tie ends in a surname: a word standing alone
    elsewhere in the text, no place's and no body's ("Vice President of Maxwell Trading
    Japan": a firm's branch, no one called "Trading Japan")."""
    last = words[-1]
    return (
        not first_name_gender(words[0])
        and alone[last] > 0
        and not (is_place(last) or is_gentilic(last))
        and not any(w.casefold() in ORGANISATION_WORDS for w in words[-2:])
    )


# lower-case nouns of a player or a worker written before one name ("midfielder Edu")
_ONE_NAME_NOUNS = PLAYER_NOUNS | frozenset("coach manager boss player".split())
# the words right before a lone name that may make it one (`read_run`)
_NOUNS_BEFORE = _ONE_NAME_NOUNS | KIN_BY_BIRTH


@dataclass(frozen=True, slots=True, kw_only=True)
class NameReading:
    """What one name run is: a person's name with gender and roles, or a body's name."""

    name: str
    gender: str | None = None
    organisation: bool = False
    knighted: bool = False  # "Sir Howard" alone: the knight the article names in full
    roles: tuple[str, ...] = ()  # the roles written around it, in the order they are noted


def read_run(
    text: str,
    match: re.Match[str],
    alone: StandingAlone,
    particled: set[str],
    quoted: list[tuple[int, int]],
) -> NameReading | None:
    """Return what the name run `match` of `text` is, or None when it names no one: a title,
    a headline's capitals, a description, a nickname in quote marks (`alone`: how often each
    capitalised word stands alone in the text; `particled`: surnames that open with a
    particle; `quoted`: the quotations)."""
    words = match.group().split()
    if len(words) < 2:
        # a name needs a first name, a title or a possessor before it, or a player's or
        # worker's noun ("Arsenal's Brazilian midfielder Edu has hit out": one name)
        start = match.start()
        # the word right before is the last of `words_before` when it holds any: most lone
        # capitalised words (a sentence's first) have none of those nouns there, told unread
        # (split once from the right: the last word alone, not every word of the 50 characters)
        last = text[max(0, start - 50) : start].rsplit(None, 1)[-1:]
        if not last or last[0] not in _NOUNS_BEFORE:
            return None
        before = words_before(text, start)
        word = POSSESSIVE_END.sub("", words[0]) if words else ""
        if (
            before
            and before[-1] in _ONE_NAME_NOUNS
            and word.casefold() not in ORGANISATION_WORDS | TITLE_WORDS
            and not is_gentilic(word)
            and not inside(quoted, match.start())
        ):
            return NameReading(name=word)
        if (
            len(before) >= 2
            and before[-1] in KIN_BY_BIRTH
            and POSSESSIVE_END.search(before[-2]) is not None
            and before[-2][:1].isupper()
            and first_name_gender(word)
            and not inside(quoted, match.start())
        ):  # "Edwards' sister Rachel makes an emotional TV appeal": a woman named by kin to
            # a person named ("their daughter Jennifer", "his wife Sharon": to no one named)
            return NameReading(
                name=word, gender=first_name_gender(word), roles=(" ".join(before[-2:]),)
            )
        return None
    closing = text[match.end() : match.end() + 2].lstrip(".,!?")[:1]
    if inside(quoted, match.start()) and closing and closing in '"”':
        return None  # the nickname “Canine Dion”, the title “Jenny Says”: no one here
    line_end = text.find("\n", match.end())
    line = text[text.rfind("\n", 0, match.start()) + 1 : line_end if line_end >= 0 else None]
    if line.rstrip()[-1:] not in PROSE_END:
        return None  # a title-case headline would make "Clinton Goes After" a name
    words[-1] = POSSESSIVE_END.sub("", words[-1])
    read = read_name_words(words)
    words, gender, titled, role = read.words, read.gender, read.titled, read.role
    whole = len(words) == len(match.group().split())
    cut, office = _office_body(text, match.start(), words, alone, whole) if not titled else (0, "")
    if cut:
        words, titled, role = words[cut:], True, office
    if _role_opening(words) and (opens_sentence(text, match.start()) or alone[words[-1]] > 0):
        # "Actor Keanu Reeves, best known for ...": a role opening the sentence, then the name,
        # though the lexicon does not know the first name; anywhere when the surname stands
        # alone in the text too ("the group includes Pastor Darrell X ... X said")
        words, titled, role = words[1:], True, words[0]
    possessed, honoured = read.possessed, read.honoured
    told = gender or name_gender(words[0]) or apposed_gender(text, match.end())
    # a first name both men and women bear ("Lee") makes the run a name, but tells no gender
    gender = told or first_name_gender(words[0])
    unisex = gender is not None and not told
    before = words_before(text, match.start())
    if before and before[-1] in BODY_KINDS:  # "Scott's company Scott Free": a body
        return NameReading(name=" ".join(words), organisation=True)
    role_before = bool(before) and has_role_noun(before[-1])
    # "the former chief marketing officer for Acme, Jo Lind, spoke": a role in apposition
    apposed = (
        APPOSED_ROLE.search(text, max(0, match.start() - 90), match.start())
        if not role_before and text[max(0, match.start() - 9) : match.start()].rstrip()[-1:] == ","
        else None
    )  # the search is slow: only after a comma
    if apposed and has_role_noun(apposed.group("role")):
        role_before, before = True, apposed.group("role").split()
    surname = (
        len(words) in {2, 3}
        and (alone[words[-1]] > 0 or particle_surname(words, particled))
        and not (
            words[-1].casefold() in ORGANISATION_WORDS  # "the Post": not a surname
            or no_first_name(words[0], text)
            or is_gentilic(words[-1])
            # "Deutsche Securities Japan": a body's branch in a country, no one's surname
            # (of three words: "Tashfeen Malik" is read as of Mali, a two-word name's surname)
            or (len(words) == 3 and is_place(words[-1]) and not first_name_gender(words[-1]))
            or words[0].casefold() in PLACE_OR_NUMBER  # "South Carolina", "One Nation"
            or (words[-1].endswith("s") and not gender and plural_group(text, words))
        )
    )  # "Latino Republicans", but "Ricky Gervais"
    if words[-1].rstrip(".").casefold() in TITLE_WORDS and not (
        # "Mr King", "Stephen King", "governor Mervyn King": a title word as surname
        honoured
        or (
            len(words) == 2
            and (first_name_gender(words[0]) or role_before)
            and words[0].rstrip(".").casefold() not in _NAMELESS_WORDS
        )
    ):
        return None  # "the Prime Minister": a role, not a name
    if match.group()[:4].casefold() == "the " and words[-1].casefold() in OCCUPATIONS:
        return None  # "The Roman Catholic Archbishop of Cardiff": a description
    # "Arsenal's Edu": one word after a possessive, standing alone elsewhere too
    possessed_name = (
        possessed
        and len(words) == 1
        and alone[words[0]] > 0
        and not (words[0].casefold() in ORGANISATION_WORDS or is_gentilic(words[0]))
    )
    # "Piers Freelove is senior benefit officer at ...": introduced by a role
    copula = COPULA_ROLE.match(text, match.end(), match.end() + 80)
    role_copula = copula is not None and (
        has_role_noun(copula.group("role"))
        or not OCCUPATIONS.isdisjoint(role_words(copula.group("role")))
    )
    if (
        len(match.group().split()) == 2
        and not (gender or titled or role_before or surname or role_copula)
        and not possessed_name
    ):
        # "Morgan Freeman beat ... He thanked ...": the article says who the name is
        gender = pronoun_subject(text, match.start(), match.end(), words)
    if (
        (len(words) > 1 and (gender or titled or role_before or surname or role_copula))
        or (gender and titled)
        or possessed_name
    ):
        roles = []
        after = ROLE_AFTER.match(text, match.end(), match.end() + 70)
        if after:
            roles.append(after.group("role"))
        if role_before:
            roles.append(" ".join(before))
        if role_copula:
            roles.append(copula.group("role") if copula else "")
        if role:
            roles.append(role)
        return NameReading(
            name=" ".join(words),
            gender=None if unisex else gender,
            knighted=len(words) == 1 and match.group().split()[0] in _KNIGHTED,
            roles=tuple(roles),
        )
    return None
