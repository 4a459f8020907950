"""Answers made of passages alone: the part every answer ends with.

Speech answers (`qabot.search.speech_answers`) and `answer()` (`qabot.search.answer`) both end
with `passages_answer`; it says so when the best passages do not answer what was asked (a
value, winner, year or edition they lack, or a name they are not about); whether the passages
below the page hold the question (`passages_below`) decides a few of those. This module
searches and narrows the page to what is asked; `passage_leads` makes its last checks and
words its lead.
"""

from __future__ import annotations

from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.answer_record import (
    APART_LEAD,
    MISSING_LEAD,
    NONE_GIVES,
    SCATTERED,
    Answer,
)
from qabot.search.asked_editions import asked_editions
from qabot.search.asked_pages import (
    doer_page,
    edition_page,
    giving_page,
    own_year_page,
    year_page,
)
from qabot.search.asked_values import missing_value
from qabot.search.asked_years import (
    asked_own_years,
    naming_years,
    of_other_story_years,
    of_other_years,
)
from qabot.search.filters import Filters
from qabot.search.held_words import held_words, holds_most, unasked_check
from qabot.search.partial_match import (
    lacks_a_name,
    listed,
    partial_match,
    question_weights,
)
from qabot.search.passage_leads import about_another, page_answer, prospect_lead
from qabot.search.passages_below import most_held_below
from qabot.search.prospects import only_prospect
from qabot.search.quote_groups import QuoteHit
from qabot.search.retrieval import search
from qabot.search.story_answers import (
    missing_answer,
    search_story_reach,
    story_answer,
    told_first,
)
from qabot.search.who_did import asked_verb
from qabot.search.winners import asked_winner, with_winner
from qabot.search.wording import echo
from qabot.text import tokenize


def passages_answer(
    index: Index,
    question: str,
    top: int,
    offset: int,
    shown: list[QuoteHit] | None = None,
    *,
    filters: Filters | None = None,
    words: str | None = None,
    about: Sequence[str] = (),
    subject: bool = False,
    highlight: bool = True,
) -> Answer:
    """Answer with passages alone, for `words` (default: the question) in the articles the
    filters admit; `shown` quotes above them are not repeated; with `about` (a topic's terms)
    only passages that mention the topic; with `subject`, only passages that mention the
    question's names or key word (`qabot.search.subject`); without `highlight`, its search's
    passages come with no best sentence (`with_highlights` adds it to those a caller keeps)."""
    words = question if words is None else words
    if subject and not offset:
        search_story_reach(index, words, filters)
    ranked = search(
        index,
        words,
        top,
        offset,
        shown=[hit.quote for hit in shown or ()],
        filters=filters,
        about=about,
        subject=subject,
        highlight=highlight,
    )
    if ranked.lacking and not ranked.hits:
        # several names may each be in the archive, only never in one passage
        missing = APART_LEAD if ranked.lacking.endswith(" together") else MISSING_LEAD
        return Answer(question, False, f"{missing} {ranked.lacking}.")
    if (
        ranked.hits
        and subject
        and not ranked.subject
        and not holds_most(index, words, ranked.hits)
        and not (not offset and ranked.more and most_held_below(index, words, filters))
    ):
        held = held_words(index, words, ranked.hits)
        nearest = f" (the nearest have {listed(held, 'or')})" if held else ""
        lead = f"Nothing in the articles matches “{echo(question)}”: {SCATTERED}"
        return Answer(
            question, False, f"{lead}{nearest}.", omitted=ranked.omitted + len(ranked.hits)
        )
    checked = unasked_check(index, words, ranked) if ranked.hits and ranked.subject else None
    if checked is not None and checked.told is not None and not offset:
        # what is asked is told only further down a story about the subject: that passage first
        ranked = told_first(index, words, ranked, checked.told, top)
    unasked = checked.lead if checked is not None else None
    if unasked:
        lead = f"Nothing in the articles answers “{echo(question)}”: {unasked}."
        return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
    partial = (
        partial_match(index, words, ranked.hits, ranked.mentioned)
        if ranked.hits and subject
        else None
    )
    if partial and lacks_a_name(index, words, partial, ranked.hits):
        # "how much did google pay for skype" over passages about Skype alone: about another
        return about_another(question, partial, ranked)
    value = missing_value(words, ranked.hits) if ranked.hits and subject else None
    if value is not None:  # "population of X": the passages that give one, if any do
        giving = giving_page(index, words, value, ranked, top, offset, filters)
        if giving is None:
            lead = f"{NONE_GIVES} “{echo(question)}” gives {value.noun}."
            return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
        ranked = giving
        partial = partial_match(index, words, ranked.hits, ranked.mentioned)

    lacking = missing_answer(index, words, ranked.hits) if ranked.hits and subject else None
    story = story_answer(index, words, ranked, top, filters) if lacking and not offset else None
    if story is not None:  # a later passage of the same story gives it
        ranked, lacking = story, None
        partial = partial_match(index, words, ranked.hits, ranked.mentioned)
    if lacking:  # "how old is X" over passages with no age
        # (one may be in a passage these outrank: say what was read, not that none has)
        # a deed asked ("who threw", "which/what company is building") is told, a value given
        gives = "tells" if lacking.startswith(("who ", "which ", "what ")) else "gives"
        lead = f"{NONE_GIVES} “{echo(question)}” {gives} {lacking}."
        # ... unless what they tell is only its prospect ("did X win" over "nominated for X")
        prospect = only_prospect(index, words, question_weights(index, words), ranked.hits)
        lead = prospect_lead(question, prospect) if prospect else lead
        return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
    if ranked.hits and subject and not offset and asked_verb(words):  # the doer named first
        ranked = doer_page(index, words, ranked, top, offset, filters)
    won = asked_winner(index, words) if ranked.hits and subject else None
    if won:  # "who won X": a passage must name a winner of X
        winning = with_winner(index, words, won, ranked, top, offset, filters)
        if winning is None:
            lead = f"{NONE_GIVES} “{echo(question)}” names a winner."
            return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
        if winning is not ranked:
            partial = partial_match(index, words, winning.hits, winning.mentioned)
            ranked = winning
    years = naming_years(index, tokenize(words)) if ranked.hits and subject and not won else None
    if years:  # "algeria gas riots 2011": the story of that year's, not of another
        dated = year_page(index, words, years, ranked, top, offset, filters)
        if dated is None:
            lead = (
                f"{NONE_GIVES} “{echo(question)}” is from an article that mentions "
                f"{listed(sorted(years), 'and')}."
            )
            return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
        if dated is not ranked:
            partial = partial_match(index, words, dated.hits, dated.mentioned)
            ranked = dated
    own = (
        asked_own_years(index, tokenize(words))
        if ranked.hits and subject and not years
        else frozenset()
    )
    texts = [(hit.passage, hit.article) for hit in ranked.hits]
    others = of_other_years(own, texts) or of_other_story_years(index, own, texts)
    if others:  # "barclays profits 2005" over 2003's and 2004's: those years', not the one asked
        mentioning = own_year_page(index, words, own, top, offset, filters)
        if mentioning is None:
            lead = (
                f"{NONE_GIVES} “{echo(question)}” is of {listed(sorted(own), 'and')}: they "
                f"report {listed(sorted(others), 'and')}."
            )
            return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
        partial = partial_match(index, words, mentioning.hits, mentioning.mentioned)
        ranked = mentioning
    editions = asked_editions(index, words) if ranked.hits and subject else []
    if editions:  # "halo 3 sales": not the passages about Halo 2
        numbered = edition_page(index, words, editions, ranked, top, offset, filters)
        if numbered is None:
            names = listed([edition.shown() for edition in editions], "and")
            lead = f"{NONE_GIVES} “{echo(question)}” is about {names}."
            return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
        if numbered is not ranked:
            partial = partial_match(index, words, numbered.hits, numbered.mentioned)
            ranked = numbered
    return page_answer(
        index,
        question,
        words,
        ranked,
        partial,
        offset,
        shown=shown,
        filters=filters,
        subject=subject,
    )
