"""Told deeds: whether passages tell the deed a "why" question takes as told (`why_deeds`).

A passage tells the deed with a sentence (or its article's title) holding that verb, a form or
a synonym of it, or a phrasal verb of its sense ("stayed away" for "miss"), beside another word
of the question, naming what the deed was asked as done to (`deed_objects`). "Did X ...?" asks
whether X did the deed: a passage answers only when it tells it (done, or not: "failed to win"
holds "win"), so "did X win his appeal" over a story of the appeal still to be heard, or "did X
sign a new contract" over one of his hopes, answers nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.deed_objects import asked_object, names_object
from qabot.search.held_words import PERSON_OPENING
from qabot.search.hit_record import Hit
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.undone_deeds import (
    denied,
    done_by_another,
    negated,
    not_done,
    only_attributive,
)
from qabot.search.who_did import phrasal_senses, told_terms, writes_phrasal
from qabot.search.why_deeds import why_deed
from qabot.text import tokenize
from qabot.text.patterns import lazy

_WIN = frozenset(tokenize("win"))
_WON = lazy(r"\bwon\b", re.IGNORECASE)


def tells_deed(index: Index, question: str, hit: Hit) -> bool:
    """Return whether the hit tells the deed a "why" question takes as told (a passage further
    down its story may: "Ms X started her blog in January to ...")."""
    return missing_why_deed(index, question, [hit]) is None


def missing_why_deed(index: Index, question: str, hits: Sequence[Hit]) -> str | None:
    """Return "“<deed>”, the deed asked about" when a "why" question's deed (`why_deed`) is
    told, in a form, a synonym or a phrasal verb of its sense, by no sentence of `hits` (nor
    their titles) beside another word of the question, else None."""
    deed = why_deed(index, question)
    if deed is None or not deed.terms:
        return None
    asked = frozenset(tokenize(question))
    rest = asked - deed.terms - frozenset(tokenize(deed.typed))
    phrasal = [pair for term in deed.own for pair in phrasal_senses().get(term, ())]
    phrasal += [deed.phrase] if deed.phrase else []
    # "why did X send Y" is not told by "X does not send Y"; "why didn't X ..." may be
    denial = not deed.done and not negated(question)
    # "cancel his africa tour" is not told by "to cancel the debt" beside "Africa"
    done_to = asked_object(index, question, deed.typed)
    for hit in hits:
        text, title = hit.passage.text, hit.article.title  # "Iranian misses Israel match"
        spans = [(title, frozenset(tokenize(title)))] + [
            (text[start:end], terms) for start, end, terms in sentences_with_terms(hit.passage)
        ]
        # a name may be anywhere in the passage ("the 27-year-old Spaniard, who was signed")
        held = frozenset().union(*(terms for _, terms in spans))
        before: frozenset[str] = frozenset()  # the terms of the sentence before (none: a title)
        for at, (sentence, terms) in enumerate(spans):
            in_title = at == 0  # by its place: a sentence may be written as the title is
            named = done_to is None or names_object(
                done_to.head, held if done_to.name else terms | before
            )
            # "... the purchase of Anelka in May 2002. He has been linked with a move to ...":
            # a sentence opening "He" or "She" goes on about the one named before it
            beside = terms | before if PERSON_OPENING.match(sentence) else terms
            before = frozenset() if in_title else terms
            if rest.isdisjoint(beside) or not named:
                continue
            # the verb typed: its synonyms count, not those of a phrase's senses
            told = told_terms(terms, deed.terms, deed.own)
            if denial and denied(sentence, told):
                continue  # "has not laid off a worker", "has failed to win a contract"
            if told and only_attributive(sentence, told):
                continue  # "tested for the banned substance" for "why was X banned"
            if told:
                if deed.done and not_done(sentence, deed.own):
                    continue  # "was recovering", "could win" for "did X win": not told done
                if not in_title and done_by_another(sentence, deed.terms, asked):
                    continue  # "Gene Kahn resigned" for "why did Terry Lundgren resign"
                return None
            if phrasal and writes_phrasal(sentence, phrasal):
                return None  # "stayed away" for "miss"
            # "won", a stop word of the analyzer: no sentence's terms hold it
            if (
                deed.own & _WIN
                and _WON.search(sentence)
                and (in_title or not done_by_another(sentence, _WIN, asked, _WON))
            ):
                return None
    return f"“{deed.typed}”, the deed asked about"
