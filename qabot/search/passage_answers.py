"""Answers made of passages alone: the part every answer ends with.

Speech answers (`qabot.search.speech_answers`) and `answer()` (`qabot.search.answer`) both end
with `passages_answer`; it says so when the best passages do not answer what was asked (a
value, winner, year or edition they lack, or a name they are not about); whether the passages
below the page hold the question (`passages_below`) decides a few of those.
"""

from __future__ import annotations

from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.answer_record import (
    APART_LEAD,
    HELD,
    MATCHING_LEAD,
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
from qabot.search.held_words import UNASKED, held_words, holds_most, unasked_check
from qabot.search.hit_record import Ranked
from qabot.search.opposite_deeds import told_opposite
from qabot.search.partial_match import (
    Partial,
    lacks_a_name,
    listed,
    partial_match,
    question_weights,
    unheld_name,
)
from qabot.search.passages_below import most_held_below, named_below
from qabot.search.prospects import only_prospect, untold_outcome
from qabot.search.quote_groups import QuoteHit
from qabot.search.retrieval import search
from qabot.search.story_answers import (
    missing_answer,
    search_story_reach,
    story_answer,
    told_first,
)
from qabot.search.unreported import unreported_words
from qabot.search.verdicts import untold_verdict
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
        return _about_another(question, partial, ranked)
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
        lead = _prospect_lead(question, prospect) if prospect else lead
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
    if partial and lacks_a_name(index, words, partial, ranked.hits):
        # the passages that give the value, winner, year or edition asked lack a name of it
        # ("singapore gdp growth 2006" over a 2006 forecast for the UK): about another
        return _about_another(question, partial, ranked)
    unheld = (
        unheld_name(index, words, ranked.hits, ranked.mentioned)
        if ranked.hits and subject and partial is None and not offset
        else None
    )  # (a later page is weaker than the first by its nature: "more" shows what there is)
    if unheld and not named_below(index, words, unheld.lacks, filters):
        # ... or a name lighter than the rest ("google share price 2010" over PC prices)
        return _about_another(question, unheld, ranked)
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
        lead = _prospect_lead(question, prospect)
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
            f"“{question}” only says when or where from. Add what it is about: a person, "
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


def _prospect_lead(question: str, prospect: str) -> str:
    """Return the lead saying the best passages tell what is asked only as a prospect."""
    return (
        f"Nothing in the articles answers “{echo(question)}”: the best passages tell "
        f"it only as a prospect (“{prospect}”)."
    )


def _about_another(question: str, partial: Partial, ranked: Ranked) -> Answer:
    """Return the answer that the best passages lack a name asked: they are about another."""
    lead = (
        f"Nothing in the articles answers “{echo(question)}”: {HELD} "
        f"{listed(list(partial.has), 'and')} but not {partial.not_held()}."
    )
    return Answer(question, False, lead, omitted=ranked.omitted + len(ranked.hits))
