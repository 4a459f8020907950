"""Sentence roles: where a name stands in its sentence and section (a step inside
`qabot.attribution.names`).

Whether a name opens its sentence, is what the sentence is about after an opening phrase, an
apposition, a role or a copula ("During an interview, Skaik paused"; "the first was Nesma
Hajjaj"), or only possesses the subject ("Joe Biden's administration"); and where the headings
of a page are, which a pronoun never reaches back across. Text only: no people, no lexicon
beyond `qabot.text.lexicon`.
"""

from __future__ import annotations

from qabot.text.lexicon import (
    INTRO_OPENERS,
    PERSON_NOUNS,
    PERSON_TIES,
    TITLE_WORDS,
    VERB_LIKE,
    unprefixed,
)
from qabot.text.patterns import POSSESSIVE_END, lazy

PROSE_END = ".!?\"”’')]"
_BULLETS = "-–•*"
_SENTENCE_OPEN = frozenset(["", ".", "!", "?", '"', "“", "”", ":"])
_LINE = lazy(r"[^\n]+")
_HEADING_WORDS = 15
_SENTENCE_START = lazy(r"(?:[.!?][\"”’')]*\s+|\n)")
_APPOSITION_BEFORE = lazy(r"[A-Z][^,.;:()]{0,80},\s+(?:the\s+)?")
# a name that a list goes on from: "Jamie Foxx and Alan Alda", "Foxx, Alda and Owen"
_NAME_WORDS = r"[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,3}"
_LISTED = lazy(rf"{_NAME_WORDS}(?:,\s+{_NAME_WORDS})*,?\s+(?:and|or)\s+[A-Z]")
_TOPIC_PREPOSITIONS = frozenset("In For To".split())
_PHRASE_END = lazy(r"(?:[^\S\n]+[a-z][\w-]*){1,2},")  # " case,", " own view,"
# words after "of" or "for" that open a phrase, never the field of a role ("for the Acme brand")
_DETERMINERS = frozenset("the a an his her their its our this that these those".split())
_QUICK_LAST = frozenset("was is the".split())
# an age written before a name ("83-year-old Yuji Shimizu contemplates ..."): what a role tells
_AGE = lazy(r"\d+-year-old")
_COPULA_BEFORE = lazy(r"\b(?:was|is)\s+(?:\d[\w-]*\s+)?$")  # "was 25-year-old X"
# words after "'s" that make it "has" or "is", not a possessive
_AUXILIARY_FOLLOWERS = frozenset(
    "been got gotten going not never also already just still a an the".split()
)
# a name and the possessive that ends it: "Joe Biden’s", "the Smiths'"
_POSSESSOR = lazy(r"[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3}?(?:['’]s|s['’])(?!\w)")


def opens_sentence(text: str, position: int) -> bool:
    """Return True when `position` starts a sentence (not "Mr. Cruz", "Sen. Cruz")."""
    window = text[max(0, position - 12) : position]
    before = window.rstrip()
    if position == 0 or "\n" in window[len(before) :]:
        return True  # a paragraph's first word
    if (
        before[-1:] in _BULLETS
        and not text[: position - len(window) + len(before) - 1].split("\n")[-1].strip()
    ):
        return True  # " - Britain's Paula Radcliffe has ...": a list item's first word
    if before[-1:] not in _SENTENCE_OPEN:
        return False
    last = before.split()[-1].rstrip(".") if before.split() else ""
    # "Sen. Cruz" continues a sentence; "... to be president. Christie" starts one
    abbreviation = len(last) == 1 or (last[:1].isupper() and last.casefold() in TITLE_WORDS)
    return not (before.endswith(".") and abbreviation)


def opens_after_conjunction(text: str, position: int) -> bool:
    """Return True when `position` follows an "And" or a "But" that opens its sentence ("And
    Dion seemed ...", "But Ruddock feels ..."): the name is the sentence's subject all the
    same. (A description commenting on the clause, "But X has ..., the columnist suggested",
    is someone else: `qabot.attribution.references.referent`.)"""
    return any(
        text.startswith(word, position - len(word)) and opens_sentence(text, position - len(word))
        for word in _OPENING_CONJUNCTIONS
    )


_OPENING_CONJUNCTIONS = ("And ", "But ")
# the name's capitalised words (a possessor's among them) and the verb after them
_CLAUSE_SUBJECT = lazy(r"(?:[A-Z][\w.'’-]*[^\S\n]+){1,5}([a-z]+)\b")
_CLAUSE_VERB = lazy(r"[a-z]+(?:ed|s)")
# a plural verb makes the clause's subject a team or a group, never "he" ("but Villa were not
# interested")
_PLURAL_VERBS = frozenset("are were have do".split())


def opens_but_clause(text: str, position: int) -> bool:
    """Return True when `position` opens a clause after a "but" inside its sentence and the
    name there is followed by a verb ("Hewitt said he had had a gutful but Tennis
    Australia's Geoff Pollard rejected his comments"): the clause's subject, the person a
    "he said" after the sentence most likely means."""
    if not text.startswith(" but ", position - 5):
        return False
    found = _CLAUSE_SUBJECT.match(text, position)
    if found is None:
        return False
    verb = found.group(1)
    if verb in _PLURAL_VERBS:
        return False
    return verb in VERB_LIKE or _CLAUSE_VERB.fullmatch(verb) is not None


# a noun phrase in apposition to a clause, after a comma or a dash ("..., a charge the company
# denies", "... - a move Wenger has backed"): the name after it opens a relative clause
_APPOSED_NOUN = lazy(
    r"(?:,|[^\S\n][-–—])[^\S\n]+(?:a|an|the)(?:[^\S\n]+[a-z]+(?:-[a-z]+)*){1,3}[^\S\n]+$"
)
_AUXILIARIES = frozenset("has had is was would will could".split())
# words that tie the phrase to the name, which is then no subject ("- the son of Jo Fox")
_TYING_WORDS = PERSON_TIES | {"in", "and", "or"}


def opens_relative_clause(text: str, position: int) -> bool:
    """Return True when the name at `position` is the subject of a relative clause with no
    "which" that a noun phrase in apposition opens ("Mutu was sacked - a move Wenger has
    backed. But he said ...": Wenger), the clause a "he" after it most likely goes on with."""
    apposed = _APPOSED_NOUN.search(text, max(0, position - 50), position)
    if apposed is None or apposed.group().split()[-1] in _TYING_WORDS:
        return False
    found = _CLAUSE_SUBJECT.match(text, position)
    if found is None:
        return False
    verb = found.group(1)
    return verb in _AUXILIARIES or (
        verb not in _PLURAL_VERBS
        and (verb in VERB_LIKE or _CLAUSE_VERB.fullmatch(verb) is not None)
    )


# a capitalised word that opens a sentence before a known surname and is no preposition or
# conjunction: the name's epithet ("Matchwinner Keane was full of praise", "Skipper Duff said")
_EPITHET = lazy(r"(?<![\w'’.-])([A-Z][a-z]+(?:-[a-z]+)*)[^\S\n]+$")
_NOT_EPITHETS = INTRO_OPENERS | frozenset(
    "against unlike like to toward towards behind beside besides between beyond near of as "
    "if unless though although whereas where why how what which who whom whose our my his her "
    "their its your this these those some many all both every each no another other any such "
    "mr mrs ms dr the a an".split()
)


def opens_after_epithet(text: str, position: int) -> bool:
    """Return True when one capitalised word opening the sentence stands before the name at
    `position` as its epithet ("Matchwinner Keane was ...", "Man-of-the-match Duff said"):
    the name is the sentence's subject, as BBC sport writes a player named before."""
    found = _EPITHET.search(text, max(0, position - 40), position)
    return (
        found is not None
        and found.group(1).casefold() not in _NOT_EPITHETS
        and opens_sentence(text, found.start())
    )


def introduced_at(text: str, position: int) -> bool:
    """Return True when the name at `position` is what its sentence is about, after an opening
    phrase ("During an interview, Skaik paused") or a copula ("the first was Nesma Hajjaj")."""
    # what follows needs the prefix to end in a comma, "the", a copula, an age or a role noun
    near = text[max(0, position - 40) : position]
    last = near.split()[-1:]
    if not (
        near.rstrip().endswith(",")
        or (last and (last[0] in _QUICK_LAST or last[0][:1].isdigit()))
        or (last and _person_noun(last[0]))
        or (last and last[0] in OFFICE_TIES)
        or role_of(near.split())
    ):
        return False
    window = text[max(0, position - 200) : position]
    starts = list(_SENTENCE_START.finditer(window))
    prefix = window[starts[-1].end() :] if starts else window
    if any(mark in prefix for mark in '"“”'):
        return False
    words = prefix.split()
    if words and words[0].casefold() in INTRO_OPENERS and "," in prefix:
        # "On Sunday, Lib Dem leader Charles Kennedy repeated ...": the role after the opening
        role = prefix[prefix.index(",") + 1 :].split()
    else:
        role = words
    # "And, while we are on the subject of X, Mr Morris despatches him": the comma after a
    # conjunction opening the sentence opens the phrase, no part of the word
    return bool(words) and (
        (prefix.rstrip(" ").endswith(",") and words[0].casefold().rstrip(",") in INTRO_OPENERS)
        or _COPULA_BEFORE.search(prefix) is not None
        # "The Bishop of X, the Rev Y,", but not a list ("beat Clive Owen, Jamie Foxx and ...")
        or (_APPOSITION_BEFORE.fullmatch(prefix) is not None and not _LISTED.match(text, position))
        # "Film star Peter Eriksen held ...": a role or occupation, then the name
        or (
            0 < len(role) <= 4
            and (_person_noun(role[-1]) or role_of(role) or _AGE.fullmatch(role[-1]) is not None)
            and all(POSSESSIVE_END.sub("", w).replace("-", "").isalnum() for w in role)
        )
        or office_tie(words)
    )


# the words that tie an office to the body it is of ("Secretary of State", "Minister for")
OFFICE_TIES = frozenset("of to for".split())
# the most words before a name read for an office and its tie ("Secretary of State for the")
OFFICE_WORDS = 6


def office_tie(words: list[str]) -> bool:
    """Return True when `words` are an office written in capitals ending in the word that ties
    it to its body ("But Chief Secretary to the", "Secretary of State for"): the name run after
    them opens with the body ("Treasury Paul Boateng") and, when they open the sentence, is its
    subject."""
    if words[:1] in (["And"], ["But"]):
        words = words[1:]
    if words[-1:] == ["the"]:
        words = words[:-1]
    office = words[:-1]
    return (
        0 < len(office) <= 4
        and words[-1] in OFFICE_TIES
        and office[0][:1].isupper()
        and all(w.replace("-", "").isalpha() for w in office)  # no "Lord Bach, Minister for"
        and all(w[:1].isupper() or w in OFFICE_TIES for w in office)
        and any(_person_noun(w) for w in office)
    )


def office_before(words: list[str]) -> list[str] | None:
    """Return the fewest last words of `words`, two to OFFICE_WORDS, that are an office and
    its tie (`office_tie`: "Chancellor of the", "Secretary of State for"), else None: the name
    run after them opens with what the office is of ("Exchequer Tavin Brask")."""
    tails = (words[-n:] for n in range(2, min(OFFICE_WORDS, len(words)) + 1))
    return next((tail for tail in tails if office_tie(tail)), None)


def role_of(words: list[str]) -> bool:
    """Return True when `words` end in a role noun and what it is of ("Spain's minister of
    sport", "head of security"): one lower-case word after "of" or "for", not a determiner ("a
    representative for the Acme brand": the name is the brand's)."""
    return (
        len(words) >= 3
        and words[-2] in {"of", "for"}
        and words[-1].isalpha()
        and words[-1].islower()
        and words[-1] not in _DETERMINERS
        and _person_noun(words[-3])
    )


def _person_noun(word: str) -> bool:
    """Return True for a role or occupation noun, also after a hyphenated prefix
    ("co-chairman", "vice-president", "ex-minister")."""
    return word.casefold() in PERSON_NOUNS or unprefixed(word) in PERSON_NOUNS


def possessed_at(text: str, position: int) -> bool:
    """Return True when the name at `position` is a possessor ("Joe Biden's administration"),
    not a subject with "has" or "is" ("Christie's been making the case")."""
    match = _POSSESSOR.match(text, position)
    if match is None:
        return False
    following = text[match.end() : match.end() + 30].split()[:1]
    word = following[0].casefold() if following else ""
    return not (
        word in VERB_LIKE
        or word in _AUXILIARY_FOLLOWERS
        or word.endswith(("ing", "ed"))
        or (
            following and following[0][:1].isupper()
        )  # "Leeds's Edu said": the name is Edu's, who speaks
    )


def topic_possessor_at(text: str, position: int) -> bool:
    """Return True for a possessor in a sentence's opening phrase ("In Hajjaj's case, she
    stayed"; "For Ruiz's part, ..."): the person the sentence goes on to speak of."""
    before = text[max(0, position - 6) : position].split()
    if not before or before[-1] not in _TOPIC_PREPOSITIONS:
        return False
    if not opens_sentence(text, position - len(before[-1]) - 1):
        return False
    match = _POSSESSOR.match(text, position)
    return match is not None and _PHRASE_END.match(text, match.end()) is not None


def section_breaks(text: str) -> list[int]:
    """Return where each heading line starts: a short line that does not end as prose does
    (a long line without a full stop is a truncated paragraph; a colon introduces a quote)."""
    breaks = []
    for line in _LINE.finditer(text):
        # at most _HEADING_WORDS + 1 pieces: a paragraph is not split into all its words
        words = line.group().split(None, _HEADING_WORDS)
        if 0 < len(words) <= _HEADING_WORDS and line.group().rstrip()[-1] not in PROSE_END + ":;,":
            breaks.append(line.start())
    return breaks
