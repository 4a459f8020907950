"""Phrase heads: the head of a long speaker phrase found after a cue or "according to" (a step
inside `qabot.attribution.speaker_phrases`).

"a strategist for one of the campaigns" is a strategist, "officials familiar with the plan"
officials, "Sanders as he left" Sanders; but "a spokeswoman for the Harbour Workers Union" and
"one of two witnesses" keep the words after "for" and "of", and "Passion of the Christ director
Mel Gibson" is the director named at the end.
"""

from __future__ import annotations

from qabot.attribution.institution_names import of_institution
from qabot.attribution.noun_phrases import role_then_name_end
from qabot.attribution.sentence_roles import OFFICE_TIES
from qabot.text.lexicon import PERSON_NOUNS, ROLE_NOUNS, TITLE_WORDS, is_capitalised

_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople".split())
# adjectives and participles that follow a source's noun, before what ties it to the story
_POSTMODIFIERS = frozenset(
    """familiar close involved briefed knowledgeable loyal opposed aligned allied sympathetic
connected linked privy present""".split()
)
_PARTITIVES = frozenset("one some many most several none each two three".split())
_HEAD_END = frozenset(
    "of in at for from with on to by filed released published who which that based".split()
    # '"...," said Gardener afterwards', "the pair then claiming": when, not who
    + "afterwards later then yesterday today tonight earlier again also".split()
)


_CHAIN_WORDS = frozenset("of for to the and".split())


def office_chain(words: list[str], index: int) -> bool:
    """Return True when "of", "for" or "to" at `index` goes on a capitalised office that opens
    the phrase ("Secretary of State for Health Jo Ray", "Chief Secretary to the Treasury Jo
    Ray"): the office and the name after it are one phrase, whose person is the name."""
    after = words[index + 1 : index + 3]
    if after[:1] == ["the"]:
        after = after[1:]  # "Chancellor of the Exchequer George Osborne"
    # a tie may be capitalised ("Secretary Of State", a title-cased line): the first is the
    # first before `index` in any case, else the one at it (a tie after it, "Secretary Of State
    # for Health", is never the first)
    first = next((i for i, w in enumerate(words[:index]) if w.casefold() in OFFICE_TIES), index)
    return (
        # the first tie right after the office's title words ("Deputy Chief of"), not after a
        # name ("Professor Ann Ray of the Swiss group MiraLab": Ann Ray)
        first >= 1
        and all(w.rstrip(".").casefold() in TITLE_WORDS for w in words[:first])
        and all(is_capitalised(w) or w in _CHAIN_WORDS for w in words[:index])
        and bool(after)
        and is_capitalised(after[0])
    )


def head_words(words: list[str], offices: bool = True) -> list[str]:
    """Return the head of a long speaker phrase ("a strategist for one of ...", "Sanders as");
    `offices`: an office's "of" goes on to the name after it ("Secretary of State Jo Ray")."""
    named = role_then_name_end(words)
    if named:  # "Passion of the Christ director Mel Gibson": the director, not the film
        return words[-named - 1 :]
    for index, word in enumerate(words[1:], 1):
        key = word.casefold()
        if key in {"for", "of", "at"} and words[index - 1].casefold() in _SPOKESPEOPLE:
            continue  # "a spokeswoman for the Harbour Workers Union": the body speaks
        if key == "of" and words[index - 1].casefold() in _PARTITIVES:
            continue  # "one of two witnesses who relayed ...": the witnesses
        if key in {"of", "for"} and of_institution(words, index):
            continue  # "according to Bank of England deputy governor Rachel Lomax"
        if offices and key in OFFICE_TIES and office_chain(words, index):
            continue  # "said Secretary of State John Kerry": the name after the office
        if key == "behind" and words[index - 1].casefold() in PERSON_NOUNS:
            return words[:index]  # "the director behind JFK, Platoon and ...": not the films
        if key in _HEAD_END and words[index - 1].casefold() in _POSTMODIFIERS and index > 1:
            # "officials familiar with the plan", "a source close to the campaign": the
            # officials, the source
            return words[: index - 1]
        if (
            key in _HEAD_END
            # "said Castaignede ahead of the tie", "said Lind before the match": when, not who
            or key in {"as", "while", "when", "after", "before", "ahead", "during", "amid"}
            or (
                key.endswith("ing")
                and word[:1].islower()
                and key not in ROLE_NOUNS
                # "chief operating officer", "managing director", "another leading Supreme
                # Court advocate": part of the role
                and words[index + 1 : index + 2] != []
                and words[index + 1].casefold() not in PERSON_NOUNS | TITLE_WORDS
                and not is_capitalised(words[index + 1])
            )
            or (key.endswith("ing") and word[:1].islower() and index == len(words) - 1)
        ):
            return words[:index]
    return words
