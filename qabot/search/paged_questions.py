"""A typed "more" after a speech answer of passages only ("No quotes from anyone the articles
call the jury. Passages that best match the question:"): the question asked again from its next
page, as the bot's "More results" button asks it. No one's words go on, and the passages are
the question's own (its name first, `the_word_first`), not those of its words searched plainly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from qabot.search.answer_filters import with_filters
from qabot.search.answer_record import Answer
from qabot.search.conversation import Conversation, LastSearch
from qabot.search.filters import Filters
from qabot.search.question_record import Question
from qabot.search.wording import echo


def remember_pages(
    conversation: Conversation,
    read: Question,
    result: Answer,
    options: Filters | None,
    offset: int,
) -> None:
    """Make "more" go on with `read`, a speech question answered (from `offset`) with passages
    only and more of them to show; the `options` filters are kept (its own date words are read
    again with it)."""
    speech = read.speech
    if speech is None or result.quotes or not (result.passages and result.more):
        return
    if result.speaker is not None or read.kind:
        return  # "more" goes on with their words, or with the group's topic searched
    asked = read.text
    if speech.followup:  # "and the jury?": asked alone, it would mean no one
        if speech.kind != "what_said" or not speech.speaker:
            return
        about = f" about {speech.topic}" if speech.topic else ""
        asked = f"what did {speech.speaker} say{about}?"
    shown = len(result.passages)
    again = LastSearch(asked, options or Filters(), offset, shown, asked_again=True)
    conversation.remember_search(again, time.monotonic())


def asked_again(
    read: Question,
    offset: int,
    ask: Callable[[str, Filters, int], Answer],
    conversation: Conversation | None,
) -> Answer | None:
    """Return the answer to the question "more" (`read.next_page`, from `offset`) or "and in
    2005?" goes on with, when it is one `remember_pages` kept; None for any other. `ask`
    answers a question with no follow-up."""
    last = read.resumed
    if last is None or not last.asked_again:
        return None
    if not read.next_page:  # "and in 2005?": the question again, within those dates
        last, offset = replace(last, filters=read.filters), 0
    page = ask(last.words, last.filters, offset)
    if conversation is not None:
        shown = len(page.passages)
        conversation.remember_search(replace(last, offset=offset, shown=shown), time.monotonic())
    if not read.next_page:
        return replace(page, question=read.text, searched=last.words)
    about = echo(last.words)
    if not page.passages:
        lead = f"No more passages for “{about}”."
        page = replace(page, question=read.text, found=False, lead=lead, offset=offset)
    else:
        end = offset + len(page.passages)
        span = f"{offset + 1}-{end}" if end > offset + 1 else str(end)
        lead = f"More passages for “{about}” ({span}):"
        page = replace(page, question=read.text, lead=lead, offset=offset, searched=last.words)
    return with_filters(page, page.filters)  # the dates it is within named again
