"""Country names: a country asked by its everyday name ("America") is also the short name the
articles write for it ("the US").

"did robots go straight to number one in america" found a tennis coach's relationship with
officials "back in America", and "when will china have more internet users than america" the
growth of Latin America, while the stories say "the top of the US and Canada box office chart"
and "exceed the 137 million US users". The name counts only where it stands alone for the
country: after a word of no meaning of its own ("in", "than"; not "of": "Bank of America"), or
first, and before none ("America Online" is a firm).

A country asked by its people or adjective ("how many south koreans have an lg card", "english
and welsh students") or by initials ("usa") is the country the stories name ("people in South
Korea", "applications from England and Wales", "the United States defeated Australia"): when
the answer refuses, the question is asked again with the country's name (`nationality_forms`).
"""

from __future__ import annotations

from collections.abc import Callable

from qabot.indexing import Index
from qabot.search.answer_record import (
    APART_LEAD,
    HELD,
    MISSING_LEAD,
    SCATTERED,
    Answer,
)
from qabot.search.held_words import UNASKED
from qabot.search.initialism_forms import (
    WORD_EDGES,
    Form,
    in_other_forms,
    typed_word,
    writes,
)
from qabot.text import STOP_WORDS, tokenize
from qabot.text.lexicon import COUNTRY_INITIALS, DEMONYMS, PEOPLE_ADJECTIVES, SHORT_COUNTRY_NAMES
from qabot.text.lexicon.places import NATIONALITIES, place_adjective

_OPENS_NAME = frozenset({"of"})  # "Bank of America", "the Organization of American States"
_COUNTRY_OF = {adjective: country for country, adjective in DEMONYMS.items()}
# the endings a nationality is made by, each with what the country's name ends in instead
# ("korean": "korea", "brazilian": "brazil", "canadian": "canada", "italian": "italy")
_ENDINGS = (("n", ""), ("an", ""), ("ian", ""), ("ian", "a"), ("ian", "y"), ("i", ""))


def country_forms(question: str) -> list[Form]:
    """Return the everyday names of countries `question` holds alone, each with the short
    name the articles write for it."""
    words = question.split()
    forms: list[Form] = []
    for at, word in enumerate(words):
        typed = word.strip(WORD_EDGES)
        bare = typed.removesuffix("'s").removesuffix("’s")
        short = SHORT_COUNTRY_NAMES.get(bare.casefold())
        if short is None or any(form.typed == bare for form in forms):
            continue
        before = words[at - 1].strip(WORD_EDGES).casefold() if at else ""
        if at and (before not in STOP_WORDS or before in _OPENS_NAME):
            continue  # "Latin America", "Bank of America"
        after = words[at + 1].strip(WORD_EDGES).casefold() if at + 1 < len(words) else ""
        if (
            after
            and bare == typed
            and not word.endswith(tuple(WORD_EDGES))
            and (after not in STOP_WORDS)
        ):
            continue  # "America Online"
        forms.append(Form(bare, short))
    return forms


def in_short_names(
    question: str, forms: list[Form], result: Answer, ask: Callable[[str], Answer]
) -> Answer | None:
    """Return the answer to `question` asked with the short names of `forms` (`ask` answers a
    wording), when the first answer (`result`) refused or its best sentence writes none of them,
    and the other's best sentence, no quote's, does; None to keep `result`. The lead says so:
    "... (“america” as “US”):"."""
    first = [hit.highlight for hit in result.passages[:1]]
    if result.found and any(writes(first, form.other) for form in forms):
        return None
    return in_other_forms(question, forms, result, ask, lambda hit: hit.highlight)


def nationality_forms(index: Index, question: str, result: Answer) -> list[Form]:
    """Return the nationalities (adjectives, or peoples in the plural: "koreans") and country
    initials ("usa") `question` holds, each with the country's name as the articles write it
    ("Korea", "United States"): the one of the archive's words the nationality is made of,
    mostly written with a capital. None when `result` is no refusal for words the passages
    lack (none mentions one, holds most of the question, or a word asked of its subject): a
    refusal for what they do not tell (a deed, a figure) stands, which a country named
    otherwise does not make them tell."""
    if result.found or result.quotes or not refused_for_words(result):
        return []
    forms: list[Form] = []
    for word in question.split():
        typed = typed_word(word)
        folded = typed.casefold()
        country = COUNTRY_INITIALS.get(folded) or _country(index, folded)
        if country and not any(form.typed == typed for form in forms):
            forms.append(Form(typed, country))
    return forms


def refused_for_words(result: Answer) -> bool:
    """Return whether `result` is a refusal for words the passages lack: none mentions one,
    none holds most of the question, or none holds a word asked of its subject (not one for
    what they do not tell: a deed, a figure)."""
    lead = result.lead
    return lead.startswith((MISSING_LEAD, APART_LEAD)) or any(
        part in lead for part in (SCATTERED, HELD, UNASKED)
    )


def _country(index: Index, word: str) -> str | None:
    """Return the country (capitalised) of a nationality or a people ("welsh", "koreans",
    "britons"), the archive holds, or None for any other word."""
    adjective = PEOPLE_ADJECTIVES.get(word.removesuffix("s")) or PEOPLE_ADJECTIVES.get(word)
    if adjective is None:
        single = word.removesuffix("s")
        if word in NATIONALITIES or word in _COUNTRY_OF:
            adjective = word
        elif single != word and single in NATIONALITIES and single not in _COUNTRY_OF:
            adjective = single  # "koreans", "americans": not "swiss" nor "welshs"
        else:
            return None
    if adjective in _COUNTRY_OF:
        candidates = [name for name, said in DEMONYMS.items() if said == adjective]
    else:
        candidates = [
            adjective.removesuffix(ending) + instead
            for ending, instead in _ENDINGS
            if adjective.endswith(ending) and len(adjective) > len(ending) + 2
        ]
    best: tuple[int, str] | None = None
    for name in candidates:
        terms = tokenize(name)
        if len(terms) != 1 or place_adjective(name) != adjective:
            continue
        capitals, held = index.engine.capitalised(terms[0])
        if held and capitals * 2 > held and (best is None or held > best[0]):
            best = (held, name)
    if best is None:
        return None
    name = best[1]
    return SHORT_COUNTRY_NAMES.get(name) or name.capitalize()
