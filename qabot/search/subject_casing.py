"""Whether a question's capitals tell anything of whom it asks about.

A reader's capitals make no person firmer: a capitalised subject is held as strictly as the
same question typed in lower case holds it, unless the capitals are the only news of a name
("Cornwall"), so refusals keyed to a firm subject do not turn stricter because of how it was
typed.
"""

from __future__ import annotations

from qabot.engines import ScoredPassages
from qabot.indexing import Index
from qabot.search.subject import Subject
from qabot.search.subject_reading import subject_of
from qabot.text.lexicon import first_name_gender


def firm_in_lower_case(
    index: Index,
    question: str,
    weights: dict[str, float],
    candidates: ScoredPassages,
    found: Subject,
) -> bool:
    """Return whether the firm subject `found` stays firm as the question typed in lower case
    reads it: not when that reading finds each of its names too, each a person's (a common
    first name opening two words or more: "christina aguilera"), only as a guess, for then
    the capitals told nothing new of whom the question is about; a name the lower-case
    reading misses ("Cornwall") or takes for a thing's ("beijing olympics": its words may
    stand apart) is the capitals' own news, and stays firm."""
    if question.islower() or found.key_term is not None:
        return True
    lower = subject_of(index, question.lower(), weights, candidates)
    if lower.firm():
        return True
    people = {
        name.terms
        for name in lower.names
        if len(name.terms) > 1 and first_name_gender(name.typed.split()[0]) is not None
    }
    names = found.firm_names()
    return not names or not all(name in people for name in names)
