"""Telegram front end: how much of an answer one reply holds, the rest behind "More results".

A reply is at most MAX_MESSAGES messages, however many passages or quotes an answer has or
however long they are: the passages that do not fit are left for the next page (the "More
results" button starts at the first passage not shown), and when even one passage is too long
the reply is cut short with a note saying so.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, replace

from qabot.bot.answer_layout import answer_messages
from qabot.search import ARTICLE_PAGE, Answer
from qabot.text import shortened

MAX_MESSAGES = 4  # per reply (a 1 MB passage once became 247 messages)
CUT_NOTE = "(Cut short: this answer is too long for a chat. The full text is in the sources.)"


@dataclass(frozen=True, slots=True)
class Reply:
    """The messages of one reply, and how many of the answer's passages they show."""

    messages: list[str]
    shown: int


def fit(render: Callable[[int], list[str]], count: int) -> Reply:
    """Return the reply showing the most of `count` passages within MAX_MESSAGES messages.

    `render(n)` gives the messages that show the first n passages; more passages never take
    fewer messages. At least one passage is shown when there is one (else "More results"
    would page to the same place), cut short if it alone is too long.
    """
    low, high = min(count, 1), count
    best = render(high)
    if len(best) <= MAX_MESSAGES:
        return Reply(best, high)
    while low < high:  # the largest n whose messages fit
        middle = (low + high + 1) // 2
        if len(render(middle)) <= MAX_MESSAGES:
            low = middle
        else:
            high = middle - 1
    messages = render(low)
    if len(messages) > MAX_MESSAGES:
        messages = [*messages[: MAX_MESSAGES - 1], CUT_NOTE]
    return Reply(messages, low)


def first_page(answer: Answer) -> Reply:
    """Return the reply to a question: lead, quotes, then as many passages as fit."""
    return fit(
        lambda n: answer_messages(replace(answer, passages=answer.passages[:n])),
        len(answer.passages),
    )


def next_page(answer: Answer, offset: int, question: str) -> Reply:
    """Return the reply to a "More results" button: as many further passages as fit, under a
    lead saying which question they continue."""
    about = shortened(question, 80)
    if not answer.passages:
        return Reply([html.escape(f"No more passages for “{about}”.")], 0)

    # a further page of a linked article says so, as the search wrote it, not that more
    # passages matched the link typed
    head, _, _ = answer.lead.rpartition(" (")
    article = answer.lead.startswith(ARTICLE_PAGE) and head

    def render(n: int) -> list[str]:
        lead = f"{article or f'More passages for “{about}”'} ({offset + 1}-{offset + n}):"
        return answer_messages(replace(answer, lead=lead, quotes=[], passages=answer.passages[:n]))

    return fit(render, len(answer.passages))
