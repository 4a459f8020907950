"""Country names: a country asked by its everyday name ("America") is also the short name the
articles write for it ("the US").

"did robots go straight to number one in america" found a tennis coach's relationship with
officials "back in America", and "when will china have more internet users than america" the
growth of Latin America, while the stories say "the top of the US and Canada box office chart"
and "exceed the 137 million US users". The name counts only where it stands alone for the
country: after a word of no meaning of its own ("in", "than"; not "of": "Bank of America"), or
first, and before none ("America Online" is a firm).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from qabot.search.answer_record import Answer
from qabot.search.initialism_forms import WORD_EDGES, Form, other_wording, reworded_lead, writes
from qabot.text import STOP_WORDS
from qabot.text.lexicon import SHORT_COUNTRY_NAMES

_OPENS_NAME = frozenset({"of"})  # "Bank of America", "the Organization of American States"


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
    other = ask(other_wording(question, forms))
    best = [hit.highlight for hit in other.passages[:1]]
    if not (other.found and best) or other.quotes:
        return None
    if not any(writes(best, form.other) for form in forms):
        return None
    return replace(other, question=result.question, lead=reworded_lead(other.lead, forms))
