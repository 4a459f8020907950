"""Answer: the one call every front end makes, `answer(index, question) -> Answer`.

Speech questions ("what did X say about Y?", "who said ...?", follow-ups like "what else did he
say?") are answered from attributed quotes; every question also gets the best passages. The
Answer (`answer_record`) is plain data; the console and the bot only format it. Speech answers
are in `speech_answering` (imported only when a question is read as one: a plain question never
loads the speech readers); a question with nothing to search gets the reply of `refusals`. A
first answer that leaves room for it is tried again in the words the stories write
(`reworded_answers`).
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date

from qabot.indexing import Index
from qabot.search.absent_followups import absent_followup
from qabot.search.absent_outlets import ABSENT_LEAD, unnamed_note
from qabot.search.answer_filters import asked_dates, with_filters
from qabot.search.answer_record import (
    APART_LEAD,
    HELD,
    MATCHING_LEAD,
    MISSING_LEAD,
    NONE_GIVES,
    SCATTERED,
    Answer,
)
from qabot.search.asked_links import link_answer
from qabot.search.bare_outlets import bare_outlet
from qabot.search.conversation import Conversation, LastSearch
from qabot.search.doer_words import doer_words
from qabot.search.filter_misses import outside_filters, relative_dates, undated_year
from qabot.search.filters import Filters
from qabot.search.future_dates import future_lead
from qabot.search.held_words import UNASKED
from qabot.search.newest_answer import UNDATED_NEWS as UNDATED_NEWS
from qabot.search.newest_answer import newest_answer, undated_lead
from qabot.search.paged_questions import asked_again, remember_pages
from qabot.search.pair_followups import answered_pair, which_of_pair
from qabot.search.placeholders import code_reply, placeholder_in, placeholder_reply
from qabot.search.question import read_question
from qabot.search.question_phrasing import single_marks
from qabot.search.quoted_questions import unquoted_question
from qabot.search.recency import asks_for_news_only
from qabot.search.refusals import refusal
from qabot.search.replies import yes_to_a_reading
from qabot.search.retrieval import bounded
from qabot.search.reworded_answers import reworded_answer
from qabot.search.second_questions import second_question, unanswered_note
from qabot.search.spelling import check_spelling
from qabot.search.undated_answers import undated_answer, year_told_answer
from qabot.search.who_is import who_is
from qabot.search.who_wrote import who_wrote
from qabot.search.word_answers import spelled_answer
from qabot.search.wording import ENGLISH_NOTE, as_typed, not_english
from qabot.text import pasted_code, plain_characters, tokenize, without_pasted_markup


def answer(
    index: Index,
    question: str,
    *,
    top: int = 3,
    offset: int = 0,
    conversation: Conversation | None = None,
    filters: Filters | None = None,
    dates_relative_to: str = "newest",
    today: date | None = None,
) -> Answer:
    """Answer `question` from `index`; `conversation` carries follow-ups within one chat.

    `filters` (from options) restrict the articles, over the date and outlet words of the
    question; relative dates count from the newest article or `today` (`dates_relative_to`).
    `top` and `offset` are clamped to MAX_TOP and MAX_OFFSET whatever the caller passes.
    """
    top, offset = bounded(top, offset)
    question = plain_characters(question)  # "ｗｈａｔ ｄｉｄ ...": full-width letters are letters
    question = single_marks(question)  # "iraq????? and brown" echoed "iraq? and brown"
    code = pasted_code(question)
    question = without_pasted_markup(question)  # "<b>Blair</b> iraq" pasted from a page
    if code is not None and not question.split():  # "<script>alert(1)</script>", nothing else
        return Answer("", False, code_reply(code))
    question = unquoted_question(question)  # '"What did Blair say?"' copied with its marks
    two = second_question(question)
    if two is not None:  # "...? What did Brown say?": the first answered, the second named
        asked = answer(
            index,
            two.first,
            top=top,
            offset=offset,
            conversation=conversation,
            filters=filters,
            dates_relative_to=dates_relative_to,
            today=today,
        )
        lead = f"{unanswered_note(two.second)} {asked.lead}"
        return replace(asked, question=" ".join(question.split()), lead=lead)
    result = _answer(index, question, top, offset, conversation, filters, dates_relative_to, today)

    def ask(words: str) -> Answer:  # the question in other words: a first page, no follow-up
        return _answer(index, words, top, 0, None, filters, dates_relative_to, today)

    return reworded_answer(index, question, result, ask, conversation, offset)


def _answer(
    index: Index,
    question: str,
    top: int,
    offset: int,
    conversation: Conversation | None,
    filters: Filters | None,
    dates_relative_to: str,
    today: date | None,
) -> Answer:
    """`answer` as the question is worded."""
    linked = link_answer(index, question, top, offset, conversation)
    if linked is not None:  # a pasted link: its article, never its numbers searched
        return linked
    placeholder = placeholder_in(question)
    if placeholder is not None:  # "about %s": a template pasted before it was filled in
        return Answer(" ".join(question.split()), False, placeholder_reply(placeholder))
    if (future := future_lead(question, index.newest_date, today)) is not None:
        return Answer(" ".join(question.split()), False, future)  # "news since 2099"
    if conversation is not None:  # "yes" after "read as Petra Lind": nothing was offered
        now = time.monotonic()
        reading = yes_to_a_reading(question, conversation.recent_read_as(now))
        if reading is None and (
            conversation.recent_search(now) or conversation.recent_speaker(now)
        ):
            reading = absent_followup(index, question)  # "and in the guardian?"
        if reading is not None:
            return Answer(" ".join(question.split()), False, reading)
    read = read_question(
        index,
        question,
        conversation=conversation,
        filters=filters,
        dates_relative_to=dates_relative_to,
        today=today,
    )
    which = which_of_pair(read, conversation)
    if which is not None:  # "what else did he say?" after X and Y: which of them, not a guess
        return which
    reply = refusal(read)
    if reply is not None:  # nothing to search: the reader is told how to ask
        return Answer(read.text, False, reply)
    if read.next_page and read.resumed is not None:
        top, offset = bounded(top, read.resumed.offset + read.resumed.shown)

    def ask(words: str, limits: Filters, at: int) -> Answer:  # a question asked afresh
        return _answer(index, words, top, at, None, limits, dates_relative_to, today)

    if (again := asked_again(read, offset, ask, conversation)) is not None:
        return again  # "more" after "No quotes from anyone the articles call the jury"
    limits = read.filters  # as asked ("more" goes on with them), even where a year is no limit
    if (
        read.speech is None
        and index.newest_date is None
        and (read.undated_news or asks_for_news_only(read.terms, read.filters, dated=True))
    ):
        # "what's new?" and no article has a date: nothing tells which are new
        return Answer(read.text, False, undated_lead(read.text))
    # "who wrote the article about X?": the bylines, or that there are none
    wrote = who_wrote(index, read, top, offset)
    if read.speech is not None:
        # the one place a speech question's readers are imported (a plain one never needs them)
        from qabot.search.speech_answering import answer_speech

        spoken = answer_speech(index, read, filters, top, offset, wrote)
        read, result = spoken.read, spoken.answer
    elif wrote is not None:
        result = wrote
    elif asks_for_news_only(read.terms, read.filters, dated=index.newest_date is not None):
        result = newest_answer(index, read, top, offset)
    elif (held := who_is(index, read, top, offset)) is not None:
        result = held  # "who is the Arsenal manager?": the person the articles call so
    else:
        spelling = check_spelling(index, read.words)
        if spelling.corrected and not_english(read.text, True):
            # "que pense le ministre": "pense" is no misspelt "pence", but a word no article has
            missing = [*spelling.missing, *(typed for typed, _ in spelling.corrected)]
            missing.sort(key=lambda word: read.words.find(word))  # in the order typed
            spelling = replace(spelling, words=read.words, corrected=(), missing=tuple(missing))
        year = (
            None
            if filters and (filters.since or filters.until)
            else undated_year(index, read.filters)
        )  # a year no article is dated in: passages that mention it (options are kept)
        if year:
            read = replace(read, filters=replace(read.filters, since=None, until=None))
        result = spelled_answer(index, read, spelling, top, offset, year)
        if not result.lead.startswith(MATCHING_LEAD) and (narrow := bare_outlet(index, read)):
            # "salon emissions": Salon's articles hold the rest, no passage holds "salon"
            tried = spelled_answer(
                index, narrow, check_spelling(index, narrow.words), top, offset, None
            )
            # or, where nothing matched the whole question, the outlet's articles match part
            # ("fatal crash in clarendon, jamaica gleaner": its passage has "crash")
            if tried.lead.startswith(MATCHING_LEAD) or (tried.found and not result.found):
                read, result, limits = narrow, tried, narrow.filters
        if not result.found and not year and index.dates.undated and relative_dates(read.text):
            # "this month" over undated articles: theirs may be any month
            undated = undated_answer(index, read, top, offset) if asked_dates(filters) else None
            if undated is not None:
                read, result, limits = undated.read, undated.answer, undated.read.filters
        elif (
            not result.found
            and not year
            and index.dates.undated
            and asked_dates(filters)
            and (told := year_told_answer(index, read, top, offset)) is not None
        ):  # "since 1999" where no dated article answers: undated ones may tell of that year
            read, result, limits = told.read, told.answer, told.read.filters
        # a word no passage holds is in no article of any date or outlet
        beyond = (
            None
            if result.found or spelling.missing
            else outside_filters(index, spelling.words, limits)
        )
        if beyond:  # the dates or outlets emptied it: the lead says so, and names them itself
            if conversation is not None:
                # "and in 2020?", which the lead invites, asked again the question before it
                searched = LastSearch(read.words, limits, offset, 0)
                conversation.remember_search(searched, time.monotonic())
            return replace(result, lead=beyond, filters=limits)
        result = doer_words(index, read, result, top) or result  # "who sued X?": and their words
    if read.absent_outlet and not result.lead.startswith(ABSENT_LEAD):
        # "according to the BBC, ...": answered from all articles, and the lead says why
        rest = result.lead
        if not result.found and not tokenize(read.words):
            # "what did the Daily Planet report": the outlet was all it asked, so "“what did
            # the Daily Planet report” has only common words" said what was not so
            rest = "Nothing else was asked: ask about a person, place or event in the articles."
        # ... and that the articles whose files name no outlet may be of it ("the BBC")
        noted = " ".join(filter(None, (unnamed_note(index), rest)))
        result = replace(result, lead=f"{ABSENT_LEAD} {read.absent_outlet}. {noted}")
    # words read as dates or outlets ("last week", "in the Times") are English words
    # ... and so are the words of a question told which of its words no article mentions
    # ... or of one whose words the articles hold, though no passage holds most of them
    # ... or all of them (the best passages lack a name it asks about)
    english = (
        read.words != read.text
        or result.lead.startswith((MISSING_LEAD, APART_LEAD))
        or SCATTERED in result.lead
        or UNASKED in result.lead
        or HELD in result.lead  # "ebay buys skype": its words are the articles'
        or result.lead.startswith(NONE_GIVES)  # "chelsea liverpool final result"
    )
    if not_english(read.text, result.found, read_english=english):
        result = replace(result, lead=f"{ENGLISH_NOTE} {as_typed(result.lead, read.text)}")
    if conversation is not None and read.speech is None:
        searched = LastSearch(read.words, limits, offset, len(result.passages))
        conversation.remember_search(searched, time.monotonic())
    if conversation is not None and read.speech is not None:
        # a resolved person becomes "he"/"she"; naming someone unknown starts afresh, unless
        # the answer asks which person was meant ("Did you mean ...?", "Which Blair ...?"):
        # until that is answered, the person talked about before stays ("what about the
        # election?" after it asks about them)
        now = time.monotonic()
        pair = answered_pair(read, result)
        asked_back = result.speaker is None and bool(result.suggestion or result.choices)
        asked_back = asked_back and not pair
        conversation.remember(
            conversation.recent_speaker(now) if asked_back else result.speaker,
            now,
            # "what else did he say?" keeps the topic a later "and Truss?" is about
            topic=read.speech.topic or (conversation.topic if read.speech.followup else None),
            suggestion=result.suggestion,
            read_as=result.read_as,
            # "“Williams” may mean ...; ask by full name": the one named next is answered
            choices=result.choices,
            shown=[(hit.quote.article_id, hit.quote.start) for hit in result.quotes],
            seen=[hit.quote.sentence for hit in result.quotes],  # each shown, in some role
            more=bool(read.shown),
            unnamed=result.unnamed,
            pair=pair,
        )
        remember_pages(conversation, read, result, filters, offset)  # "more" asks it again
        if read.kind and not result.quotes and result.passages and result.more:
            # "No words of critics name the film. Passages about the film:" offers "more" of
            # its passages, which no one's words go on with: the search for the topic does
            topic = read.topic_words or read.speech.topic or ""
            searched = LastSearch(topic, limits, offset, len(result.passages))
            conversation.remember_search(searched, time.monotonic())
    if read.unread_dates:
        note = f"The articles have no dates, so “{read.unread_dates}” was not applied."
        result = replace(result, lead=f"{note} {result.lead}")
    return with_filters(result, read.filters)
