"""Speaker heads: whether a description read as a speaker can speak at all (a step inside
`qabot.attribution.speaker_reading`).

A description is a speaker when its head noun is someone or something that says things: a
person ("a senior official", "the 22-year-old"), people in numbers ("colleagues", "three in 10
voters"), a body ("the airline", "a trade body") or what a body publishes ("a report", "the
lawsuit"). A clause or a thing read as the words before a cue is none of these: "different
waters added from springs", "a hamstring injury denied X the start", "your body fat percentage
tells you". Nouns of agents are known by their endings ("campaigners", "investigators",
"economists", "employees"), the rest by the closed classes of `qabot.text.lexicon`.
"""

from __future__ import annotations

from qabot.attribution.phrase_heads import head_words
from qabot.attribution.speaker_words import singular_forms
from qabot.text.lexicon import (
    COMPANY_PLURALS,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    SOURCE_DOCUMENTS,
    SPEAKING_GROUPS,
    SPEECH_NOUNS,
    STATEMENT_NOUNS,
    is_capitalised,
)
from qabot.text.patterns import lazy

# a noun of one who does something, by its ending, on a stem of at least four letters
# ("campaigner", "investigator", "economist", "analyst", "politician", "resident", "employee";
# not "waters", "moment", "percent")
_AGENT = lazy(r"[a-z]{4,}(?:er|or|ant|ent|ee)s?|[a-z]{3,}(?:ist|yst|ian)s?")
_NOT_AGENT_ENDINGS = ("ment", "ments", "cent")
# "the 22-year-old", "a mother-of-nine", "a 28-year-old host"
_AGED = lazy(r"(?:\d+|[a-z]+)-years?-old|[a-z]+-of-[a-z]+")
# a count or a share of people: "forty-three per cent", "55%", "three-quarters", "a third"
_COUNT = lazy(r"\d[\d,.]*%?")
_SHARES = frozenset("per cent percent half third thirds quarter quarters".split())
_SPEAKING_HEADS = (
    PERSON_NOUNS
    | SPEAKING_GROUPS
    | ORGANISATION_WORDS
    | COMPANY_PLURALS
    | PARTY_MEMBERS
    | SOURCE_DOCUMENTS
    | STATEMENT_NOUNS
    | SPEECH_NOUNS
)


_TIES = frozenset("in into of on for from at with about by over known called".split())
# adverbs after a description's head: "her campaign workers here", "the public overall"
_AFTER_HEAD = frozenset("here there overall too also alike themselves himself herself".split())
# a person's noun at the end of a longer one: "neurosurgeon", "policymaker", "businesswoman"
_LONG_PERSON_NOUNS = tuple(n for n in PERSON_NOUNS if len(n) >= 5 and "-" not in n)
# nouns of a quantity, whose people follow "of": "a lot of the athletes", "a number of investors"
_QUANTITIES = frozenset("lot lots number handful dozen dozens hundreds thousands millions".split())


def can_speak(words: list[str]) -> bool:
    """Return True when a speaker description's head can say something: a person, people, a
    body or what a body publishes; False for a thing or a clause ("a hamstring injury",
    "different waters added from springs")."""
    while words and words[-1].casefold() in _AFTER_HEAD:
        words = words[:-1]  # "her campaign workers here", "the public overall"
    if not words:
        return False
    head = head_words(words) or words
    if any(is_capitalised(w) for w in head):
        return True  # "a Labour spokesman", "the BBC": a name is in it
    # the head's noun, the phrase's last one where the head was cut at a participle ("the
    # filing documents", "a leading industry figure", "the council's ruling"), and the noun
    # before what ties it to the story ("a report into search habits")
    tied = next((i for i, w in enumerate(words) if w.casefold() in _TIES and i > 0), 0)
    nouns = {
        w[-1].casefold().strip(".,;:!?").removesuffix("'s").removesuffix("’s")
        for w in (head, words, words[:tied] or words)
    }
    if any(_speaking_noun(noun) for noun in nouns):
        return True
    keys = [w.casefold() for w in words]
    if "of" in keys and keys[keys.index("of") - 1] in _QUANTITIES:
        return can_speak(words[keys.index("of") + 1 :])
    if keys[0] == "those" and len(keys) > 1 and keys[1] != "who":
        return True  # "those questioned", "those behind the negotiations"
    # "thirty per cent said", "three-quarters of respondents", "most of those questioned": a
    # share of those asked
    parts = [p for w in words for p in w.casefold().split("-")]
    return any(p in NUMBER_WORDS or p in _SHARES or _COUNT.fullmatch(p) for p in parts)


def _speaking_noun(noun: str) -> bool:
    """Return True for a noun of someone or something that speaks (see `can_speak`)."""
    forms = {noun, noun.rsplit("-", 1)[-1]}
    forms.update(*(singular_forms(f) for f in list(forms)))  # "charities", "bosses"
    if forms & _SPEAKING_HEADS or _AGED.fullmatch(noun):
        return True
    if any(f.endswith(("man", "men", *_LONG_PERSON_NOUNS)) and len(f) > 5 for f in forms):
        return True  # "a clergyman", "the Frenchman", "firemen", "the retired neurosurgeon"
    return any(_AGENT.fullmatch(f) and not f.endswith(_NOT_AGENT_ENDINGS) for f in forms)
