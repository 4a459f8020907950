"""Name words: what in a run of capitalised words is the name, and what the words around it
say of the person (inside `qabot.attribution.names`): titles and honorifics ("Then Sen. Tom
Briggs", "Mr Howard"), a possessor ("Manchester United's Alex Ferguson"), a role or adverb
opening a sentence ("Singer George Michael"), a nationality, a tie ("Rival Sony") or a compound
modifier ("Oscar-nominated Owen"), none of them part of the name."""

from __future__ import annotations

from dataclasses import dataclass

from qabot.attribution.name_clues import (
    AUXILIARIES,
    before_first_name,
    nationality_before,
    weekday_surname,
)
from qabot.attribution.speaker_words import plural_of
from qabot.text.lexicon import (
    BOUNDARY_WORDS,
    COMPOUND_MODIFIER,
    FEMALE_NAMES,
    HONORIFICS,
    HONOURS,
    MALE_NAMES,
    NOT_NAME,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    POSSESSIVES,
    TIE_WORDS,
    TITLE_WORDS,
    cleric_style,
    first_name_gender,
    unprefixed,
)
from qabot.text.patterns import POSSESSIVE_END

# titles whose plural before one capitalised word is shared by the surnames after it
# ("Senators Rubio and Cruz"); not an honorific's nor a common noun's, whose plural is a place or
# a team ("Kings Cross", "Chiefs")
_SHARED_TITLES = (
    TITLE_WORDS
    - frozenset(HONORIFICS)
    - HONOURS
    - frozenset("head chief general executive boss leader official speaker".split())
)


@dataclass(slots=True)
class NameWords:
    """A run's name words and what the words before them told."""

    words: list[str]
    gender: str | None  # from an honorific or title ("Mr", "Lord")
    titled: bool  # a title, honorific or role before the name
    possessed: bool  # a possessor before it ("Florida's Rick Wilson")
    honoured: bool  # an honorific before it ("Mr King": "King" is a surname)
    role: str  # the title words ("Deputy Prime Minister")


def read_name_words(words: list[str]) -> NameWords:
    """Return the name in a run's `words` (its possessive ending already gone) and what the
    words cut from it say."""
    gender, titled, possessed, honoured = None, False, False, False
    owner = next((i for i in range(len(words) - 2, 0, -1) if words[i].endswith(("'s", "’s"))), 0)
    if owner:  # "Manchester United's Alex Ferguson": the club's man, not the club
        words, possessed = words[owner + 1 :], True
    titles: list[str] = []
    while len(words) > 1:  # "Then Sen. Tom Briggs": sentence words and titles go
        key = words[0].rstrip(".").casefold()
        if POSSESSIVE_END.search(key) and key[-1] == "s":
            possessed = True  # "Florida's Rick Wilson": the place is not in the name
        elif key in HONORIFICS:
            gender, titled, honoured = HONORIFICS[key], True, True
        elif key in HONOURS:  # "Baron Kinnock": a peer's title, as "Lord" is ("Baron" alone
            # or after a first name is a surname: "Martin Baron")
            gender, titled, honoured = "f" if key.endswith("ess") else "m", True, True
        elif cleric_style(words):
            titled = True  # "the Most Reverend Peter Lyle": a cleric's style, not a name
        elif (
            key in TITLE_WORDS
            or (key == "former" and not titles)
            # "Co-chairman Liam Fox", "Vice-President Ana Ruiz": a prefixed title
            or unprefixed(key) in TITLE_WORDS
        ):
            titled = titled or key != "former"
            titles.append(words[0])  # "President Anna Berg": "the president" is her
        elif (
            len(words) > 2 and plural_of(key, TITLE_WORDS) and first_name_gender(words[1])
        ) or plural_of(key, _SHARED_TITLES):
            # "Senators Mitch Connell and John Cornyn", "Senators Rubio and Cruz": a title
            # shared by the names after it, no part of the first one (no role noted: it is
            # the pair's, not his alone); before a word no first name, a place's name ("Kings
            # Cross Station" is no titled "Cross Station")
            titled = True
        elif len(words) > 2 and nationality_before(words) and not first_name_gender(key):
            pass  # "Spaniard Guillermo Garcia-Lopez": the nationality is no name
        elif key in TIE_WORDS:
            pass  # "Rival Sony", "Fellow Tory Ann Ward": a tie, not part of the name
        elif COMPOUND_MODIFIER.fullmatch(key):
            pass  # "Oscar-nominated Owen", "Tunisian-born Abdellatif Kechiche"
        elif before_first_name(words):
            # "Singer George Michael", "Afterwards Penny": a role or an adverb that
            # opens a sentence is no part of the name
            if key in PERSON_NOUNS:
                titles.append(words[0])
            titled = True
        elif (
            key not in NOT_NAME
            and key not in POSSESSIVES  # "Our German reviews": an owner's, no first name
            and key not in BOUNDARY_WORDS
            and key not in AUXILIARIES  # "Had Klein"
            and not (key.endswith("ing") and key not in MALE_NAMES | FEMALE_NAMES)
        ):
            break
        words = words[1:]
    while (
        len(words) > 1
        and words[-1].casefold() in NOT_NAME
        and not weekday_surname(words, len(words) - 1)  # "Mike Friday"
    ):
        words = words[:-1]  # "Florida Friday", "Government\nLast": no name ends so
    role = " ".join(titles)
    for index in range(len(words) - 2, -1, -1):  # "Prime Minister Tony Blair"
        key = words[index].rstrip(".").casefold()
        if key in TITLE_WORDS:
            gender, titled = gender or HONORIFICS.get(key), True
            # "Deputy Prime Minister John Prescott": the deputy's role keeps its rank
            role, words = " ".join(titles + words[: index + 1]), words[index + 1 :]
            break
        if key in ORGANISATION_WORDS:  # "the Washington Post Trump said"
            words = words[index + 1 :]
            break
    if len(words) >= 4 and first_name_gender(words[0]) is None:
        # "Washington Political Editor Matthew Boyle": a long run's name opens at a first name
        # near its end, the words before are what the person is
        at = next(
            (i for i in range(len(words) - 3, len(words) - 1) if first_name_gender(words[i])),
            None,
        )
        if at is not None and at >= 2:
            role, words, titled = " ".join([*role.split(), *words[:at]]), words[at:], True
    return NameWords(words, gender, titled, possessed, honoured, role)
