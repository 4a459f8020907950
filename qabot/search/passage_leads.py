"""The last checks of a page of passages and its lead, for `passage_answers`: once the page
gives the value, winner, year or edition asked, it answers unless its passages lack a name
asked (they are about another), leave the question's firm word unreported, tell what is asked
only as a prospect, tell its opposite or no outcome; else it is led as a match, or, with no
passage at all, the lead says what to ask instead.

`passage_answers` searches and narrows the page; this module says whether it answers.
"""

from __future__ import annotations

from qabot.indexing import Index
from qabot.search.answer_record import HELD, MATCHING_LEAD, NONE_GIVES, Answer
from qabot.search.filters import Filters
from qabot.search.held_words import UNASKED
from qabot.search.hit_record import Ranked
from qabot.search.opposite_deeds import told_opposite
from qabot.search.partial_match import (
    Partial,
    lacks_a_name,
    listed,
    question_weights,
    unheld_name,
)
from qabot.search.passages_below import named_below
from qabot.search.prospects import only_prospect, untold_outcome
from qabot.search.quote_groups import QuoteHit
from qabot.search.unreported import unreported_words
from qabot.search.verdicts import untold_verdict
from qabot.search.wording import echo
from qabot.text import tokenize


def page_answer(
    index: Index,
    question: str,
    words: str,
    ranked: Ranked,
    partial: Partial | None,
    offset: int,
    *,
    shown: list[QuoteHit] | None,
    filters: Filters | None,
    subject: bool,
) -> Answer:
    """Return the answer of the page `ranked` found for `words` (from `offset`; `partial`, the
    names it holds of those asked), as `passages_answer` ends: found, or not with a lead that
    says why; `shown` quotes above it make an empty page an answer."""
    if partial and lacks_a_name(index, words, partial, ranked.hits):
        # the passages that give the value, winner, year or edition asked lack a name of it
        # ("singapore gdp growth 2006" over a 2006 forecast for the UK): about another
        return about_another(question, partial, ranked)
    unheld = (
        unheld_name(index, words, ranked.hits, ranked.mentioned)
        if ranked.hits and subject and partial is None and not offset
        else None
    )  # (a later page is weaker than the first by its nature: "more" shows what there is)
    if unheld and not named_below(index, words, unheld.lacks, filters):
        # ... or a name lighter than the rest ("google share price 2010" over PC prices)
        return about_another(question, unheld, ranked)
    told = (
        unreported_words(
            index,
            words,
            question_weights(index, words),
            ranked.subject_terms,
            ranked.hits,
            in_full=any(len(name) > 1 for name in ranked.names),
        )
        if ranked.hits and ranked.firm_in_lower_case and not offset
        else None
    )
    if told is not None:  # "was andy robinson sacked": his passages, but none says "sacked"
        lead = (
            f"Nothing in the articles answers “{echo(question)}”: {UNASKED} "
            f"“{echo(' '.join(told[0]))}” has {listed(told[1], 'or')}."
        )
        return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
    prospect = (
        only_prospect(index, words, question_weights(index, words), ranked.hits)
        if ranked.hits and subject and not offset
        else None
    )
    if prospect is not None:  # "has X now been abolished" over "X would be abolished"
        lead = prospect_lead(question, prospect)
        return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
    opposite = (
        told_opposite(index, words, ranked.hits)
        if ranked.hits and subject and not offset
        else None
    )
    if opposite is not None:  # "why did X's profits fall" over "a 60% rise in profit"
        lead = (
            f"Nothing in the articles answers “{echo(question)}”: the best passages tell no "
            f"“{opposite.asked}” but “{opposite.told}” (“{opposite.sentence}”)."
        )
        return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
    outcome = (
        untold_outcome(words, ranked.hits) or untold_verdict(words, ranked.hits)
        if ranked.hits and subject
        else None
    )
    if outcome is not None:  # "how much did X end up paying" over the bid: no sum paid told
        lead = f"{NONE_GIVES} “{echo(question)}” tells what came of it (“{outcome}”)."
        return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
    if ranked.hits:
        return Answer(
            question,
            True,
            partial.lead() if partial else f"{MATCHING_LEAD} “{echo(question)}”:",
            ranked.hits,
            more=ranked.more,
            omitted=ranked.omitted,
        )
    if shown:
        return Answer(question, True, "", omitted=ranked.omitted)
    if not tokenize(words) and filters:
        lead = (
            f"“{echo(question)}” only says when or where from. Add what it is about: a person, "
            "place or event in the articles."
        )
    elif not tokenize(words):
        lead = (
            f"“{echo(question)}” has only common words. Ask about a person, place or event "
            "in the articles."
        )
    else:
        lead = (
            f"Nothing in the articles matches “{echo(question)}”. Try other words or a name "
            "that appears in them."
        )
    return Answer(question, False, lead)


def prospect_lead(question: str, prospect: str) -> str:
    """Return the lead saying the best passages tell what is asked only as a prospect."""
    return (
        f"Nothing in the articles answers “{echo(question)}”: the best passages tell "
        f"it only as a prospect (“{prospect}”)."
    )


def about_another(question: str, partial: Partial, ranked: Ranked) -> Answer:
    """Return the answer that the best passages lack a name asked: they are about another."""
    lead = (
        f"Nothing in the articles answers “{echo(question)}”: {HELD} "
        f"{listed(list(partial.has), 'and')} but not {partial.not_held()}."
    )
    return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
