"""People words: first names with gender, honorifics and titles, role nouns and occupations,
pronouns, and the keys and role words names and roles are compared by.

Gender is only evidence, used to keep "she said" off a man. Nothing here is tied to particular
articles: the lists are common English-language usage.
"""

from __future__ import annotations

import re

from qabot.text.lexicon.calendar_words import MONTHS, WEEKDAYS
from qabot.text.lexicon.running_text import word_set

# abbreviated titles before a name, after which a full stop does not end a sentence
TITLE_ABBREVIATIONS = word_set(
    "mr mrs ms dr prof sr jr st sen rep gov gen col lt sgt capt cmdr adm rev hon mt ft messrs "
    "mme mlle maj brig supt insp det pres"
)

# Common first names; a name's gender is only evidence, used to keep "she said" off a man.
MALE_NAMES = frozenset(
    """
aaron abdul adam adrian ahmed alan albert alex alexander alexei alfred ali andre andrew andy angus
anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob boris brad
brandon brian bruce bryan carl carlos charles charlie chris christopher chuck clarence colin craig
dan daniel danny dave david dean dennis derek dick dmitry don donald doug douglas duncan dylan ed
eddie edward emmanuel eric ernest evan frank franz fred frederick gareth gary gavin geoff geoffrey
george gerald gerhard gordon graham greg gregory harold harry henry hugh ian igor ivan jack jacob
jake james jamie jason jeb jeff jeffrey jens jeremy jerry jim jimmy joe joel john johnny jon
jonathan jose joseph josh joshua juan justin keir keith ken kenneth kevin kim_m kofi larry lee leo
leonard lewis liam lindsey_m lloyd louis luis luke malcolm marco marcus mario mark martin matt
matthew max michael mick mike mitch mitt mohammed muhammad neil nicholas nick nigel norman olaf
oliver owen patrick paul pete peter phil philip pierre rahm ralph ray raymond reince richard rick
rob robert robin_m rodion roger ron ronald rory roy rudy rupert russell ryan sam samuel scott
sean sergei sergey simon stephen steve steven stuart ted terry thomas tim timothy tom tommy tony
vince vincent viktor vladimir volodymyr walter wayne william xi yuri zach
""".split()
)
FEMALE_NAMES = frozenset(
    """
abigail alexandra alice alison amanda amy andrea angela angelina ann anna anne annie barbara
betty beverly brenda bridget carly carol caroline catherine charlotte cheryl chelsea christina
christine claire clare cynthia dana debbie deborah denise diana diane donna doris dorothy edith
eileen elaine eleanor elizabeth ellen emily emma erin eva evelyn fiona frances gabrielle gillian
gina gloria grace hannah harriet heather heidi helen hillary huma ivanka jacqueline jane janet
janice jean jennifer jessica jill joan joanna jo josephine joy judith judy julia julie karen
kate katherine kathleen kathy kayleigh kellyanne kelly kimberly kirsten kristen laura lauren
leslie linda lisa liz lois loretta lorraine louise lucy lynn madeleine margaret maria marie
marine marsha martha mary maxine megan melania melissa michelle mildred nancy natalie nicola
nicole nikki olivia pamela patricia paula penny priti rachel rebecca rose ruth sally samantha
sandra sarah sharon shirley sophie stephanie susan suzanne tammy teresa theresa tina tracy
ursula valerie victoria virginia wendy yvette yvonne zoe
""".split()
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
    "mister": "m",
    "madam": "f",
}
# Nouns that describe a position; "the NATO chief" names a role, not a person.
ROLE_NOUNS = frozenset(
    """
adviser advisor aide ambassador analyst attorney boss candidate ceo chair chairman chairwoman
chancellor chief commander commissioner congressman congresswoman coach councillor councilman
deputy diplomat director economist envoy executive founder general governor head judge lawmaker
lawyer leader manager mayor minister negotiator nominee official premier president prosecutor
professor representative rep sen senator secretary secretary-general speaker spokesman
spokeswoman spokesperson strategist treasurer chairperson gov mp mep msp
""".split()
)
# Roles whose holder speaks for the body named with them ("Lib Dem home affairs spokesman Mark
# Oaten", "NATO chief Jens Stoltenberg"), unlike a member's ("Labour MP Derek Wyatt")
VOICE_ROLES = frozenset(
    """spokesman spokeswoman spokesperson leader chief chairman chairwoman
chairperson chair president secretary-general head ceo director""".split()
)
GENDERED_NOUNS: dict[str, str] = {
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "councilman": "m",
    "councilwoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "father": "m",
    "mother": "f",
    "husband": "m",
    "wife": "f",
    "actress": "f",
    "songstress": "f",
    "son": "m",
    "daughter": "f",
    "his": "m",
    "her": "f",
}
_TITLE_PREFIX = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame|prof|professor|rev|mister)\.?\s+)+",
    re.IGNORECASE,
)


def first_name_gender(word: str) -> str | None:
    """Return "m"/"f" when `word` is a common first name of that gender, else None."""
    key = word.casefold().rstrip(".")
    if key in MALE_NAMES or f"{key}_m" in MALE_NAMES:
        return "m"
    return "f" if key in FEMALE_NAMES else None


_TITLE_GENDER = {
    **dict.fromkeys("mr sir lord".split(), "m"),
    **dict.fromkeys("ms mrs miss lady dame baroness".split(), "f"),
}


def title_gender(name: str) -> str | None:
    """Return "m"/"f" when `name` opens with a title of that gender ("Mrs Blair"), else None."""
    words = name.split()
    return _TITLE_GENDER.get(words[0].casefold().rstrip(".")) if words else None


def strip_title(name: str) -> str:
    """Return `name` without leading honorifics ("Mr Stoltenberg" -> "Stoltenberg")."""
    return _TITLE_PREFIX.sub("", name.strip()) or name.strip()


def name_key(name: str) -> tuple[str, str]:
    """Return (first, last) of a name, case-folded; first is "" for a lone surname."""
    parts = strip_title(name).casefold().replace("’", "'").split()
    parts = [p for p in parts if p not in {"jr", "jr.", "sr", "sr.", "ii", "iii"}]
    if not parts:
        return "", ""
    return (parts[0] if len(parts) > 1 else ""), parts[-1].removesuffix("'s")


def is_anonymous(speaker: str) -> bool:
    """Return True for descriptions ("a source", "officials") rather than names."""
    return not speaker[:1].isupper()


_ROLE_WORD = re.compile(r"[\w-]+")
_NOT_ROLE_WORDS = frozenset("the a an of for s his her".split())


def role_words(phrase: str) -> set[str]:
    """Return the content words of a role phrase, case-folded, possessives dropped."""
    words = _ROLE_WORD.findall(phrase.casefold().replace("’s", "").replace("'s", ""))
    return {w for w in words if w not in _NOT_ROLE_WORDS}


# a party member's other name, each way: "which Tory ...?" asks for whom an article calls "the
# Conservative X", "which Lib Dem ...?" for "Liberal Democrat X"
PARTY_NAMES = {
    "tory": "conservative",
    "tories": "conservatives",
    "lib": "liberal",
    "dem": "democrat",
    "dems": "democrats",
    "gop": "republican",
}


# Nouns for what a person is or does, beyond the roles above: "X is a senior benefit officer".
OCCUPATIONS = frozenset(
    """
officer worker member resident student teacher nurse doctor surgeon farmer owner campaigner
activist researcher scientist expert fan voter supporter player captain striker midfielder
defender goalkeeper actor actress singer musician writer author editor reporter journalist
columnist historian banker trader investor consultant engineer pilot soldier organiser organizer
volunteer pastor priest bishop rabbi imam lecturer principal headteacher clerk driver partner
entrepreneur broker landlord tenant mother father wife husband son daughter brother sister
star founder co-founder expert bishop archbishop cardinal novelist playwright comedian presenter
broadcaster rapper producer filmmaker designer athlete champion veteran survivor
supremo mogul tycoon magnate drummer guitarist bassist frontman legend icon winger dj deejay
keeper jockey boxer
golfer cyclist sprinter batsman chef photographer dancer
""".split()
)

# nouns for one person ("the senator", "the singer"), whom "the <noun> said" refers back to
PERSON_NOUNS = ROLE_NOUNS | OCCUPATIONS | (frozenset(GENDERED_NOUNS) - {"his", "her"})

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
into upon across behind beyond near toward towards via""".split()
    )
)

# words before a name that are no part of it: roles, honorifics, abbreviated titles
TITLE_WORDS = (
    ROLE_NOUNS
    | frozenset(HONORIFICS)
    | frozenset(
        "sen rep gov gen lt col sgt capt adm amb atty cmdr supt insp det maj pres rt hon".split()
    )
)
# a role that also names a body when it heads a capitalised name with no other title: "the
# Scottish Executive" is the government, "the chief executive" a person
BODY_TITLES = frozenset(["Executive"])
# lower-case words inside a name ("Nick Van den Brul", "Ursula von der Leyen")
NAME_PARTICLES = word_set("de van von der den bin al da di del la le du dos das ibn ter ten")


# subject pronouns a cue can follow, with the gender they give ("m", "f", or None: anyone)
PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "i": None, "we": None}
