"""Description shapes: whether a speaker phrase without a name describes someone ("a senior
official", "critics", "attorneys for the family", "police") or is a clause read by mistake ("the
meeting deteriorated from there", "He went home"); a step inside
`qabot.attribution.descriptions`.
"""

from __future__ import annotations

from qabot.attribution.institution_names import institution_description
from qabot.attribution.long_descriptions import DESCRIPTION_OPENERS
from qabot.attribution.noun_phrases import measures_joined
from qabot.attribution.phrase_heads import head_words
from qabot.attribution.sentence_subjects import IRREGULAR_PAST
from qabot.text.lexicon import (
    ADVERB,
    LINKING_PREPOSITIONS,
    MONTHS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SOURCE_TIES,
    VERB_LIKE,
    WEEKDAYS,
    is_capitalised,
)
from qabot.text.patterns import lazy

_PARTICIPLE = lazy(r"[a-z]+(?:ed|ing)")
_DESCRIPTION_END = lazy(r"[a-z0-9-]+s?$")
_NOT_AGENTS = frozenset(
    """ago week weeks day days year years month months time times show
primary primaries conference election debate interview speech event meeting night morning
evening afternoon same few many some all both""".split()
)
_QUANTIFIERS = frozenset(
    """the a an his her their its our my your this that these those some many most
several few two three four five one other another both all more senior top""".split()
)
_AGENT_NOUN = lazy(r"[a-z]+(?:er|or|ist|ent|ant|ic|ian)s?")
_TIMES = frozenset(
    [*WEEKDAYS, *MONTHS, *"week weekend month year morning night today yesterday".split()]
)
_WHEN_OPENERS = frozenset("one last this that every each a early late".split())
_SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
# words after a verb in the past tense, never after an adjective in a description
_AFTER_VERB = frozenset(
    """from to in on at with into again there here home the a an his her their its it them him
up down out off back away over""".split()
)
# participles that tie a description's head to the story as "close to" does: "people briefed on
# the talks", "officials involved in the plan"
_TIED_BY = frozenset("briefed involved knowledgeable".split())
# a single lower-case noun for a body's people, spoken of without "the": "police said"
_COLLECTIVES = frozenset("police staff".split())


def is_speaker_description(words: list[str]) -> bool:
    """Return True for a speaker description ("a senior official", "critics", "attorneys for
    the family"), not a clause."""
    return _plain_description(words) or _described_by_head(words)


def _plain_description(words: list[str]) -> bool:
    """Return True for a speaker description ("a senior official", "critics"), not a clause."""
    head = words[-1].casefold()
    abbreviated = (
        words[-1].isupper()
        and head in ROLE_NOUNS
        and len(words) > 1
        and not any(w.endswith(("'s", "’s")) for w in words)
    )  # "a senior Tory MP", not "Acme's CEO"
    if (
        (_length(words) > 6 and not institution_description(words))
        or not (_DESCRIPTION_END.fullmatch(words[-1]) or abbreviated or head in PERSON_NOUNS)
        or head in LINKING_PREPOSITIONS
        or head in _NOT_AGENTS
        or head in {"the", "a", "an", "over", "under", "about"}
    ):
        return False
    if any(w.casefold() in VERB_LIKE or ADVERB.fullmatch(w) for w in words):
        return False
    if len(words) > 1 and words[0].casefold() in _WHEN_OPENERS and words[1].casefold() in _TIMES:
        return False  # "one Sunday in late 2001": when, not who
    if words[0].casefold() in _SUBJECT_PRONOUNS or any(
        _verb_at(words, index) for index in range(1, len(words))
    ):
        return False  # "He went home, said X", "the meeting deteriorated from there, said X"
    opener = words[0].casefold()
    if len(words) == 1:  # "critics", "police", "the minister"
        return words[0].endswith("s") or opener in ROLE_NOUNS or opener in _COLLECTIVES
    # the last word or the head: "delegates at the convention" (read after "Some")
    ends = {words[-1], (head_words(words) or words)[-1]}
    if (
        opener not in _QUANTIFIERS
        and not is_capitalised(words[0])
        and not any(end in ROLE_NOUNS or end.endswith("s") for end in ends)
    ):
        return False
    if opener in _QUANTIFIERS:  # "one unaligned strategist", "a retired general"
        return True
    return not any(_PARTICIPLE.fullmatch(w) and w not in ROLE_NOUNS for w in words[1:])


def _length(words: list[str]) -> int:
    """Return how many words a description has, two measures joined by "and" counted as one
    ("the world 200m and 400m record holder": five)."""
    return len(words) - 2 * sum(
        1 for index, word in enumerate(words) if word == "and" and measures_joined(words, index)
    )


def _described_by_head(words: list[str]) -> bool:
    """Return True for a description whose head comes before what ties it to the story
    ("attorneys for the family", "one GOP source in the room"): the head is a description,
    and the rest holds no verb."""
    head = head_words(words)
    noun = head[-1].casefold() if head else ""
    return (
        # up to twelve words after a determiner ("a person familiar with the planning for
        # Thursday's meeting"), eight else (not "Chairman of the X Committee Jo Ray MP")
        0 < len(head) < len(words) <= (12 if words[0].casefold() in DESCRIPTION_OPENERS else 8)
        and words[len(head)].casefold() in SOURCE_TIES | _TIED_BY
        and words[-1].casefold() not in SOURCE_TIES | _QUANTIFIERS
        and not any(w.casefold() in VERB_LIKE for w in words)
        # "the Sanders campaign on Monday": when, not whom
        and not any(w.casefold().strip(".,") in _TIMES for w in words[len(head) :])
        # people or a body: "attorneys", "a leading expert", "critics", "unions"
        and (
            noun.removesuffix("s") in PERSON_NOUNS | ORGANISATION_WORDS
            # "people close to the talks", "a person close to", "sources close to her campaign"
            or noun in {"people", "person", "source", "sources"}
            or (noun.endswith("s") and _AGENT_NOUN.fullmatch(noun) is not None)
        )
        and not any(w.casefold() in {"the", "a", "an"} for w in head[1:])
        # "Experts on X": a plural noun capitalised only for opening the sentence
        and (
            noun in {"people", "person"}
            or _plain_description([head[0].lower() if len(head) == 1 else head[0], *head[1:]])
        )
    )


def _verb_at(words: list[str], index: int) -> bool:
    """Return True when words[index] is a verb in the past tense, so `words` a clause, not a
    description: followed by where, when or what ("deteriorated from there", "lost again",
    "went home"), or an irregular past ending the words ("the team lost"); not "the retired
    general"."""
    word = words[index].casefold()
    following = words[index + 1].casefold() if index + 1 < len(words) else ""
    if word in IRREGULAR_PAST and not following:
        return True
    return (
        (word in IRREGULAR_PAST or (word.endswith("ed") and word not in ROLE_NOUNS))
        and bool(following)
        and (following in _AFTER_VERB or following.endswith("ly"))
    )
