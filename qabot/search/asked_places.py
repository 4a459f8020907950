"""Places asked: "where did X die?", "where is X being held?" are answered only by a passage
that tells a place where it tells what is asked.

Nothing checked "where" questions: a passage naming their subject answered them whatever it
told ("Coach Ann Vell has died aged 77" for "where did ann vell die"). English tells a place by
a phrase of a preposition of place and what it places: a name ("in Lisbon", "at a Leeds
hospice", "to the US"), a noun with its determiner ("at the stadium", "in a hotel") or one of
the place nouns written with none ("in hospital", "in custody", "at sea"), or by an adverb of
place ("abroad"). A month or a weekday after the preposition is a time ("in January", "on
Monday"), and "to" before a lower-case word is mostly a verb's ("decided to take this step"):
neither counts. A story names its subject in most sentences and places it
in many ("Referred to in the Netherlands as the General, Vell ..."), so the place must be in a
sentence telling what is asked of the subject (a word of the question that is no name of it
and no everyday word: "die", "honeymoon", "held" of "hold"), or in the sentence right after
one, when that one names none of the question's names: it goes on about what the one before
told ("The 31-year-old had surgery in Sweden" after "... an injury to his right knee"). Which
phrase places what is asked is not read: the check only refuses passages that tell no place
of it at all. "Where did X come in / finish in / rank" asks a placing (`asked_kinds`), and
"where were X in the league" a standing within something: neither asks a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.asked_figures import question_names
from qabot.search.hit_record import Hit
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.subject import everyday_weight
from qabot.search.word_forms import verb_forms
from qabot.text import tokenize
from qabot.text.lexicon import (
    BARE_PLACE_NOUNS,
    DETERMINERS,
    MONTHS,
    PLACE_ADVERBS,
    PLACE_PREPOSITIONS,
    WEEKDAYS,
)
from qabot.text.patterns import lazy

# "where did ...", "where is ...", "where's ...": a place asked
_WHERE = lazy(
    r"\s*(?:where(?:'s|’s)\s|where\s+(?:is|was|are|were|do|does|did|will|would|can|could"
    r"|should|has|have|had)\b)",
    re.IGNORECASE,
)
_PREPOSITIONS = "|".join(sorted(PLACE_PREPOSITIONS))
_DETERMINERS = "|".join(sorted(DETERMINERS))
_TIMES = "|".join(name.capitalize() for name in (*MONTHS, *WEEKDAYS))
# a preposition of place (or "to") before a name, with a determiner and a word between at
# most: "in Lisbon", "to the US", "at a Leeds hospice"; no month or weekday ("in January"),
# no verb after "to" ("to ask Muslims")
_NAMED_PLACE = lazy(
    rf"\b(?i:{_PREPOSITIONS}|to)\s+(?:(?i:{_DETERMINERS})\s+(?:[a-z][\w'-]*\s+)?)?"
    rf"(?!(?:{_TIMES})\b)[A-Z]"
)
# a preposition of place (not "to") before a determiner and a word: "at the stadium"
_NOUN_PLACE = lazy(rf"\b(?:{_PREPOSITIONS})\s+(?:{_DETERMINERS})\s+[a-z]", re.IGNORECASE)
# a preposition of place before a place noun English writes with no determiner: "in hospital",
# "in custody", "at sea"
_BARE_PLACE = lazy(
    rf"\b(?:{_PREPOSITIONS})\s+(?:{'|'.join(sorted(BARE_PLACE_NOUNS))})\b", re.IGNORECASE
)
_ADVERB_PLACE = lazy(rf"\b(?:{'|'.join(sorted(PLACE_ADVERBS))})\b", re.IGNORECASE)
_ASKING = frozenset(tokenize("where"))
# "where were X in the league", "where is X in the rankings": a standing within something
_STANDING = lazy(r"\s*where\s+(?:is|are|was|were)\s+(?:\S+\s+){1,4}?in the\s", re.IGNORECASE)


def asks_place(question: str) -> bool:
    """Return whether `question` asks where something is or happened."""
    return _WHERE.match(question) is not None


def tells_place(sentence: str) -> bool:
    """Return whether `sentence` holds a phrase telling a place ("in Lisbon", "at the stadium",
    "in hospital", "abroad")."""
    return any(
        pattern.search(sentence) is not None
        for pattern in (_NAMED_PLACE, _NOUN_PLACE, _BARE_PLACE, _ADVERB_PLACE)
    )


def gives_place(index: Index, question: str, hits: Sequence[Hit]) -> bool:
    """Return whether one of `hits` tells a place where it tells what `question` asks of its
    names: in a sentence holding a word of that (`asked_terms`), or in the sentence after one,
    when that names none of them (it goes on about what the one before told: "The 31-year-old
    had surgery in Sweden" after "... an injury to his right knee")."""
    if _STANDING.match(question):
        return True  # "where were X in the league": a standing, told as a placing
    names = question_names(index, question)
    named = frozenset().union(*names.values()) if names else frozenset()
    asked = asked_terms(index, question, named)
    for hit in hits:
        text = hit.passage.text
        after_asked = False
        for start, end, terms in sentences_with_terms(hit.passage):
            holds = not asked.isdisjoint(terms)
            if (holds or (after_asked and named.isdisjoint(terms))) and tells_place(
                text[start:end]
            ):
                return True
            after_asked = holds
    return False


def asked_terms(index: Index, question: str, named: frozenset[str]) -> frozenset[str]:
    """Return the terms of `question` that say what is asked of its names (`named`: "die" of
    "where did rinus michels die"), with the other forms of an irregular verb ("held" of
    "hold"): those of no name that are no everyday word of the archive, or all but "where"
    when none is. A story names its subject in most sentences, and places it in many ("in the
    Netherlands"): only a sentence telling what is asked tells where that was."""
    terms = frozenset(tokenize(question)) - _ASKING
    common = everyday_weight(len(index.engine))
    weights = index.engine.idf(sorted(terms - named))
    asked = frozenset(term for term in terms - named if weights.get(term, 0.0) >= common)
    asked = asked or terms
    return asked.union(*(verb_forms(term) for term in asked))
