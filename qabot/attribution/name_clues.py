"""Name clues, read at index time for each run of capitalised words in an article: whether a
run ending in s is a group rather than a person, the words and role just before a name, and
where a name sits among quote marks. `People` (`qabot.attribution.names`) weighs them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

from qabot.attribution.persons import Person
from qabot.attribution.speaker_words import is_group, plural_of, singular
from qabot.attribution.word_places import alone_before_no_name, honoured, written_alone
from qabot.text.lexicon import (
    COMPANY_PLURALS,
    DEMONYMS,
    MONTHS,
    NOT_NAME,
    OCCUPATIONS,
    OPENING_ADVERBS,
    ORGANISATION_WORDS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    TITLE_WORDS,
    UNNAMED_PEOPLE,
    WEEKDAYS,
    first_name_gender,
    is_gentilic,
    is_known_gentilic,
    name_key,
    role_words,
    unprefixed,
)
from qabot.text.patterns import lazy

# compiled once: these run for every word of every article
_WORDLIKE = lazy(r"[\w'’.-]+")
# first words of place names and of numbered or group phrases, never of a person's name
PLACE_OR_NUMBER = frozenset(
    """north south east west northern southern eastern western new
deep solid upper lower central greater great one two three four five six seven eight nine ten
first second third""".split()
)
ROLE_AFTER = lazy(r",\s(?:the\s|a\s|an\s)?(?P<role>[^,.;:\"“”·]{3,60}?)(?=,)")
# "Six Nations is what every player wants": a clause opening with a wh-word is no role
COPULA_ROLE = lazy(
    r"\s+(?:is|was)\s+(?!(?:what|who|whom|whose|how|where|why|when|which|whether)\b)"
    r"(?P<role>[^,.;:\"“”·]{3,60}?)(?=\s*[,.;:]|\s+(?:at|in|on|for|with|who)\b)"
)
AUXILIARIES = frozenset("had has have was were is are did does".split())
APPOSED_ROLE = lazy(r"(?:^|[.;:,]\s+|\n)(?P<role>[^,.;:\n\"“”]{3,80}),\s+$")
# a man or a woman in apposition after a name: "Jo Lind, the Leeds woman who ...", "Sam Ray, a
# 40-year-old man from Hull," (up to the first word that ends the noun phrase)
_APPOSED_PERSON = lazy(r",[^\S\n]+(?:the|a|an)[^\S\n]+(?P<words>[^,.;:()\n]{1,50})")
_PHRASE_ENDS = frozenset("who whose whom which that of from in at with and or on for".split())


def apposed_gender(text: str, end: int) -> str | None:
    """Return the gender a man or woman in apposition after a name ending at `end` gives it
    ("Jo Lind, the Leeds woman who ...": "f"; not "Jo Lind, the woman's lawyer"), or None."""
    match = _APPOSED_PERSON.match(text, end)
    for word in match["words"].split()[:4] if match else ():
        if word in _PHRASE_ENDS or not word.replace("-", "").isalnum():
            return None
        if word in UNNAMED_PEOPLE:
            return UNNAMED_PEOPLE[word]
    return None


def plural_group(text: str, words: list[str]) -> bool:
    """Return True when a name ending in s is a group, a firm or a place rather than a first
    name and a surname ("Ricky Gervais"): a plural the article also writes in the singular
    ("Republicans" beside "a Republican senator") or in lower case, a party's members, a firm
    ("United Technologies"), a country ("Radio Wales"), or more than two words (but not three
    whose last the article writes after an honorific: "Shani Rhys James ... Ms James")."""
    word = words[-1]
    if (
        (len(words) != 2 and not (len(words) == 3 and honoured(text, word)))
        or not words[0].isalpha()  # "Los Angeles-area Sanders": no first name
        or word.casefold() in PARTY_MEMBERS | COMPANY_PLURALS | DEMONYMS.keys()
        or is_group(" ".join(words))
    ):
        return True
    one = singular(word)  # "Ross" is no plural: its singular is itself, in every text
    return any(
        written_alone(text, form)
        for form in ((one, word.lower()) if one != word else (word.lower(),))
    )


def nationality_before(words: list[str]) -> bool:
    """Return True when the first of `words` is a nationality or an acronym before a name
    ("Spaniard Guillermo Garcia-Lopez", "Russian leader ...", "Librarian Ana Ruiz"). One ending
    in -i that the lexicon does not know ("Iraqi" it knows) is one only before a known first
    name or another such word ("Missouri Republican Roy Blunt"): "Rhodri Glyn Thomas" and "Sri
    Mulyani Indrawati" are people of three names."""
    if not is_gentilic(words[0]):
        return False
    after = words[1] if len(words) > 1 else ""
    return (
        not words[0].endswith("i")
        # "Sri" is a nationality only in two words ("Sri Lankan"), a first name alone
        or (
            is_known_gentilic(words[0])
            and (words[0].casefold() != "sri" or after.casefold().startswith("lanka"))
        )
        or first_name_gender(after) is not None
        # two words ending in -i that the lexicon does not know are names ("Sri Mulyani
        # Indrawati"); a nationality it knows or of another ending is one ("Sri Lankan")
        or is_known_gentilic(after)
        or (is_gentilic(after) and not after.endswith("i"))
    )


def no_first_name(word: str, text: str) -> bool:
    """Return True when a word before a surname is a nationality, an acronym or a word ("Comic",
    "Historian") rather than a first name. The ending that makes "Italian" a nationality also
    ends "Julian", "Christian" and "Patti": one the lexicon does not know as a nationality, not
    ending in "ic" ("Olympic", "Public") and never standing alone in the article ("in Dubai")
    may be a first name ("Julian White ... White said")."""
    if not is_gentilic(word):
        return False
    key = word.casefold()
    return (
        is_known_gentilic(word)
        or key.endswith("ic")
        or key in OCCUPATIONS
        or key in TITLE_WORDS
        or (word in text and alone_before_no_name(text, word))
    )


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Return True when `position` is inside one of `spans` (sorted quotations)."""
    index = bisect_left(spans, (position + 1,)) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]


def words_before(text: str, position: int) -> list[str]:
    """Return up to four words right before `position`, back to any punctuation or the end of
    a sentence ("... by the sentencing judge. The British Phonographic Industry": no role of
    the body's; a title's full stop, "Sen.", ends none)."""
    words = text[max(0, position - 50) : position].split()[-4:]
    while words and not _WORDLIKE.fullmatch(words[0]):
        words = words[1:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if not _WORDLIKE.fullmatch(word) or (word.endswith(".") and word[:1].islower()):
            return words[index + 1 :]
    return words


def has_role_noun(phrase: str) -> bool:
    """Return True when `phrase` holds a title's noun, also after a hyphenated prefix
    ("Tory co-chairman", "vice-president")."""
    return any(w in TITLE_WORDS or unprefixed(w) in TITLE_WORDS for w in role_words(phrase))


# people's positions written before a name that the role lexicon leaves out ("Wing Christophe
# Dominici", "Agent Brian Hassell", "Fly-half Dan Carter"); "Film-maker" is "filmmaker"
_NAMED_POSITIONS = frozenset(
    "wing fly-half scrum-half full-back skipper agent teenager hooker flanker".split()
)


def before_first_name(words: list[str]) -> bool:
    """Return True when the first of `words` is a role noun or an opening adverb written before a
    known first name ("Singer George Michael", "Striker Nicolas Anelka", "Afterwards Penny")."""
    key = words[0].casefold()
    return key in OPENING_ADVERBS or (
        (key.replace("-", "") in PERSON_NOUNS or key in _NAMED_POSITIONS)
        and not first_name_gender(key)
        and first_name_gender(words[1]) is not None
    )


# surname particles written with a capital ("Hicham El Guerrouj", "Henk Ten Cate"): "El
# Guerrouj" alone later is the surname, though no "Guerrouj" stands alone
_CAPITAL_PARTICLES = frozenset("el al abu ben bin ibn de di da du le la van von ten ter".split())


def is_particle(word: str) -> bool:
    """Return True for a surname particle ("el", "van"), in any case."""
    return word.casefold() in _CAPITAL_PARTICLES


def particle_surnames(runs: list[str]) -> set[str]:
    """Return the last words of the two-word runs that open with a surname particle ("El
    Guerrouj"): the surname of a longer run ending in the same two words. A particle has two
    or three letters: only a run with white space after its second or third character (few of
    an article's runs) is cut into words."""
    return {
        words[1]
        for words in (run.split() for run in runs if run[2:3].isspace() or run[3:4].isspace())
        if len(words) == 2 and words[0].casefold() in _CAPITAL_PARTICLES
    }


def particle_surname(words: list[str], surnames: set[str]) -> bool:
    """Return True when a three-word name ends in a particle and a surname written alone as
    "Particle Surname" elsewhere ("Hicham El Guerrouj ... El Guerrouj said")."""
    return (
        len(words) == 3
        and words[1].casefold() in _CAPITAL_PARTICLES
        and words[1][:1].isupper()
        and words[2] in surnames
    )


def bare_surname(text: str, at: int, person: Person) -> bool:
    """Return True when the name at `at` is the bare surname of a person named in full before
    ("Matchwinner Keane" after "Robbie Keane"), followed by no other capitalised word."""
    words = person.name.split()
    if person.gender is None or len(words) < 2 or not text.startswith(words[-1], at):
        return False
    if text.endswith(" ".join(words[:-1]) + " ", 0, at):
        return False  # "White America": the whole name, not an epithet before its surname
    before = text[max(0, at - 40) : at].split()[-1:]
    if before and (is_particle(before[0]) or first_name_gender(before[0])):
        return False  # "De Blasio", "Bill Keane": part of a name, not an epithet
    rest = text[at + len(words[-1]) : at + len(words[-1]) + 2]
    return not (rest[:1] == " " and rest[1:2].isupper())


# days and months, words the lexicon holds as no name, that are also surnames ("Mike Friday",
# "Theresa May")
_CALENDAR_WORDS = frozenset([*WEEKDAYS, *MONTHS])
_MONTH_KEYS = frozenset(MONTHS)


def weekday_surname(
    words: list[str], index: int, surnames: Mapping[str, list[Person]] | None = None
) -> bool:
    """Return True when the weekday or month `words[index]` is a surname: it follows a
    capitalised first name the lexicon knows ("England sevens coach Mike Friday", "Theresa
    May"; never "Reuters Friday"), or it stands alone and the article names a person with it
    (`surnames`, by surname: "Mike Friday's England side ... “...,” said Friday", "Brian May
    ... May said")."""
    key = words[index].rstrip(".").casefold()
    if key not in _CALENDAR_WORDS or not words[index][:1].isupper():
        return False
    if index >= 1 and words[index - 1][:1].isupper():
        return first_name_gender(words[index - 1]) is not None or _given_names(words, index)
    return any(" " in p.name and not p.organisation for p in (surnames or {}).get(key, []))


def _given_names(words: list[str], index: int) -> bool:
    """Return True when a month (not a weekday: "New Hampshire Monday") at `index` ends a
    phrase of three words whose first two read as given names: capitalised, lower case after
    their first letter, no title, body, calendar or sentence word among them ("Yin Myint May,
    60, said")."""
    return (
        index == 2
        and words[index].rstrip(".").casefold() in _MONTH_KEYS
        and all(
            w[:1].isupper()
            and w[1:].isalpha()
            and w[1:].islower()
            and w.casefold() not in TITLE_WORDS | _CALENDAR_WORDS | ORGANISATION_WORDS | NOT_NAME
            for w in words[:2]
        )
    )


_INITIAL = lazy(r"[A-Z]\.")


def names_someone(word: str) -> bool:
    """Return True for an initial or a first name ("T.", "Stephen"): a surname follows."""
    return bool(_INITIAL.fullmatch(word)) or first_name_gender(word) is not None


def named_so(by_surname: Mapping[str, list[Person]], words: list[str]) -> bool:
    """Return True when the article reads `words` as a person's full name elsewhere
    ("governor Mervyn King": "Mervyn King", whose first name the lexicon does not know)."""
    full = " ".join(words)
    known = by_surname.get(name_key(full)[1], [])
    return any(not p.organisation and p.name == full for p in known)


def people_asked_by(words: list[str], stop: int) -> bool:
    """Return True when `words[stop]` is the "by" of people asked by a body ("economists
    polled by Reuters", "analysts surveyed by Bloomberg"): the people speak, not the body."""
    if not (stop >= 2 and words[stop] == "by" and words[stop - 1].endswith("ed")):
        return False
    head = words[stop - 2].casefold()
    return plural_of(head, PERSON_NOUNS | OCCUPATIONS)
