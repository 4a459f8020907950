"""People words: role nouns and occupations, nouns for groups, kin and ties, pronouns, and
the role words roles are compared by.

Gender is only evidence, used to keep "she said" off a man. Titles, honorifics and the other
words that spell a name are in `name_words`. Nothing here is tied to particular articles: the
lists are common English-language usage.
"""

from __future__ import annotations

from qabot.text.patterns import lazy

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
# words of an office's own title, before its noun ("prime minister", "managing director",
# "attorney general"): no body nor person owns the role by them, nor is a story about them
OFFICE_TITLE_WORDS = frozenset("prime managing general chief deputy executive vice first".split())
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
# masculine role nouns written of women too ("union chairman Jan Berry ... she said"): the
# gender one gives is a guess that a "Ms" or a "she" may overrule
GENERIC_MASCULINE_NOUNS = frozenset(
    noun
    for noun in GENDERED_NOUNS
    if noun.endswith("man") and f"{noun[:-3]}woman" in GENDERED_NOUNS
)
# a man or a woman an article does not name ("The man in red shorts left", "A woman who lives
# nearby said"): "he" or "she" after such a sentence may be them, not the last person named
UNNAMED_PEOPLE: dict[str, str] = {
    **dict.fromkeys("man boy gentleman gunman policeman fireman schoolboy".split(), "m"),
    **dict.fromkeys("woman girl lady policewoman schoolgirl".split(), "f"),
}

_ROLE_WORD = lazy(r"[\w-]+")
_NOT_ROLE_WORDS = frozenset("the a an of for s his her".split())


def role_words(phrase: str) -> set[str]:
    """Return the content words of a role phrase, case-folded, possessives dropped."""
    words = _ROLE_WORD.findall(phrase.casefold().replace("’s", "").replace("'s", ""))
    return {w for w in words if w not in _NOT_ROLE_WORDS}


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
keeper jockey boxer holder
golfer cyclist sprinter batsman chef photographer dancer debutant debutante newcomer rookie
songwriter composer lyricist
""".split()
)

# nouns for one sports person by their place in a team or their standing ("the Gloucester
# fly-half", "the Romanian international", "the top seed"), beside the occupations above
PLAYER_NOUNS = frozenset(
    """prop lock forward hooker flanker fly-half scrum-half full-back wing centre number-eight
international skipper seed youngster medallist midfielder striker defender winger goalkeeper
playmaker""".split()
)

# nouns for a person by their fame in a work, a team or a field, not by any post: "the matrix
# star" is whoever the articles call best known for the Matrix films, not a holder of a role
FAME_NOUNS = frozenset("star superstar legend icon idol hero".split())

# nouns for someone tied to one person, beyond the roles and occupations above: who acts for
# them, and their kin and circle ("Juninho's agent", "Dick Clark's publicist", "Amanda's
# uncle"); a role another person owns is asked with them ("X's agent")
PERSONAL_TIES = frozenset(
    """agent publicist solicitor barrister counsel promoter trainer caddie bodyguard biographer
friend girlfriend boyfriend fiancee fiance uncle aunt nephew niece cousin grandson granddaughter
grandfather grandmother stepfather stepmother co-star""".split()
)
# kin who most often share a surname with whom the article ties them to ("Mr Eavis' daughter
# Emily" is Emily Eavis; a wife or husband may keep their own)
KIN_BY_BIRTH = frozenset("son daughter brother sister".split())
# nouns for a person by their tie to another ("Wenger's Bayern counterpart Felix Magath")
RELATION_NOUNS = frozenset(
    "counterpart colleague rival predecessor successor team-mate teammate compatriot".split()
)
# ... those of them that say the person holds the other's role for another body ("Wenger's
# Bayern counterpart Felix Magath" is Bayern's manager, as Wenger is Arsenal's)
SAME_ROLE_NOUNS = frozenset({"counterpart", "opposite number"})

# nouns for people in numbers, a body's people, or a body not named as an organisation: what
# can head a speaker description besides a role or occupation ("colleagues said", "the
# airline said", "a trade body has warned", "the search giant said")
SPEAKING_GROUPS = frozenset(
    """
people public crowd family couple pair side team squad crew band audience staff police jury
panel cabinet council board parent relative friend neighbour neighbor colleague ally aide fan
local peer pupil child children kid men women man woman person boy girl lady gentleman critic
academic sceptic skeptic medic pundit delegate rival insider elder witness victim citizen user
viewer listener reader source authority authorities opposition media press lord lords station
airline alliance agent giant body think-tank hospital festival label charity nation country
business employee celeb celebrity billionaire millionaire host guard seed recruit associate
figure majority minority plurality respondent participant manufacturer carmaker retailer
insurer lender bourse exchange regulator watchdog prosecution defence defense others carer
advocate constable workforce maker prop lock forward hooker flanker fly-half scrum-half full-back
movement community admiral pope foe guru hawk operative kingdom state donor surrogate fund handful
leadership heavyweight
""".split()
)
# of those, the words for a group or a body, not for one person: a count of them ("46 states",
# "12 teams", "30 charities") counts groups, no people (`qabot.search.figure_counts`)
GROUPS_AND_BODIES = frozenset(
    """
public crowd family couple pair side team squad crew band audience staff police jury panel
cabinet council board authority authorities opposition media press station airline alliance
giant body think-tank hospital festival label charity nation country business figure majority
minority plurality manufacturer carmaker retailer insurer lender bourse exchange regulator
watchdog prosecution defence defense workforce maker movement community kingdom state fund
handful leadership
""".split()
)

# the possessive determiners: "his tax filings", "their lawyer" say whose, not who
POSSESSIVES = frozenset("his her their its our my your".split())
# The prepositions that tie a word to what comes after it, one set built on the other so that
# they do not drift apart; a step adds its own words to the one it needs.
# a role to the body it is held at or of ("head of the Red Cross", "chief at NATO")
OWNER_TIES = frozenset("of at for".split())
# words that tie a name to where its holder works ("Ian Fogg of Jupiter Research", "Ada Vale
# at the CBI"): the words after one are a body's, never the rest of a personal name
BODY_TIES = OWNER_TIES | {"from", "with"}
# words after a person's noun that open what ties them to the story ("attorneys for the
# family", "one GOP source in the room", "officials close to the talks", "familiar with")
SOURCE_TIES = BODY_TIES | {"in", "on", "close", "familiar"}
# words that tie a phrase's head to a person after it ("critics of", "lawyers for", "letter
# to", "the son of Jo Fox", "a tribute by")
PERSON_TIES = BODY_TIES | {"to", "by", "on"}

# words of a tie that may open a name, no part of it ("Rival Sony", "Fellow Tory Ann Ward")
TIE_WORDS = RELATION_NOUNS | {"fellow"}


def unprefixed(word: str) -> str:
    """Return `word` case-folded and without a hyphenated prefix: a role after one is a role
    like its last part ("Co-chairman" -> "chairman", "vice-president", "ex-minister")."""
    return word.casefold().rsplit("-", 1)[-1]


# nouns for one person ("the senator", "the singer"), whom "the <noun> said" refers back to
PERSON_NOUNS = (
    ROLE_NOUNS | OCCUPATIONS | RELATION_NOUNS | (frozenset(GENDERED_NOUNS) - {"his", "her"})
)

# a spokesperson speaks for someone else: a body speaks through its spokespeople, a person's
# spokesman is not that person (`qabot.attribution.spokespeople`)
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())


# subject pronouns a cue can follow, with the gender they give ("m", "f", or None: anyone)
PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "i": None, "we": None}
# the gender a pronoun or a possessive of a third person tells
GENDERED_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# the words in which a speaker talks of themselves, as alternatives of a pattern: "I" and its
# contractions, "me", "my" (written so, case and all) ...
FIRST_PERSON_SINGULAR = r"I|I['’](?:m|ve|d|ll)|me|my"
# ... and of their side
FIRST_PERSON_PLURAL = r"we|we['’]re|our|us"
