"""Whether a question's capitals tell anything of whom it asks about.

A reader's capitals make no person firmer: a capitalised subject is held as strictly as the
same question typed in lower case holds it, unless the capitals are the only news of a name
("Cornwall"), so refusals keyed to a firm subject do not turn stricter because of how it was
typed. A name guessed from lower-case words (`Subject.loose`) is dropped when the best candidate
writes its words apart, or another way, and tells more of the rest of the question
(`guess_outscored`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from qabot.engines import ScoredPassages
from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.article_titles import article_title_terms
from qabot.search.duplicates import held_terms, term_set
from qabot.search.subject import Subject, everyday_weight
from qabot.search.subject_reading import subject_of
from qabot.search.word_forms import kin_forms
from qabot.text.lexicon import first_name_gender

# names typed in lower case are a guess (`Subject.loose`), dropped when a passage holding
# their words apart scores this many times the best one writing them as names
LOOSE_OUTSCORED = 1.5
# ... or when the best candidate holds some of their words and this many times the weight of
# the rest of the question any passage writing them holds
REST_OUTWEIGHS = 2.0


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


def guess_outscored(
    index: Index,
    candidates: ScoredPassages,
    relevant: Sequence[tuple[Passage, float]],
    subject: Subject,
    weights: Mapping[str, float],
) -> bool:
    """Return whether the best candidate holds the words of every name typed in lower case
    (`Subject.loose`) and scores LOOSE_OUTSCORED times the best passage writing them as names;
    or holds only some of those words, one of them no everyday word of the archive ("Prso" of
    "dado prso", "Sri Lanka" of "sri lankan"), and REST_OUTWEIGHS times the weight of the rest
    of the question that any passage writing them as names holds: the name is written another
    way there ("Dad Prso", "GTA: San Andreas"), and the passages writing it tell nothing asked."""
    if not subject.loose or not relevant or not len(candidates):
        return False
    best = candidates.passage(0)
    if best.id == relevant[0][0].id:
        return False  # (the best writes them as names)
    terms = {term for name in subject.loose for term in name.terms}
    if held_terms(best, terms) == terms:
        return candidates.scores[0] >= LOOSE_OUTSCORED * relevant[0][1]
    held = held_terms(best, weights)
    everyday = everyday_weight(len(index.engine))
    if not any(weights[term] >= everyday for term in held & terms):
        return False
    rest = _rest_weight(held, terms, weights)
    writing = (
        _rest_weight(held_terms(passage, weights), terms, weights) for passage, _ in relevant
    )
    if not (rest > 0 and rest >= REST_OUTWEIGHS * max(writing)):
        return False
    # ... and its story writes the name's other words ("GTA" in its title): not another name
    # of the same words ("Evening Standard Film Awards" for "evening standard theatre awards")
    # ("Sri Lanka" for "sri lankan": another form of the word)
    info = index.articles.get(best.article_id)
    story = set(article_title_terms(best, info.title)) if info else set()
    for passage in index.passages_of(best.article_id):
        story |= term_set(passage)
    missing = terms - story
    return not missing or missing <= {
        term for asked in kin_forms(missing, story).values() for term in asked
    }


def _rest_weight(
    held: frozenset[str], name_terms: set[str], weights: Mapping[str, float]
) -> float:
    """Return the weight of the question terms `held` outside the names' terms (summed
    exactly: a set's order follows the process's string hashes)."""
    return math.fsum(weights[term] for term in held - name_terms)
