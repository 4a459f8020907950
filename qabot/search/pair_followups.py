"""A follow-up after the words of two people given together ("what did Blair and Brown say"):
"what else did he say?", "his" or "her" may mean either, so the answer asks which (each a
button in the bot) rather than silently taking the one asked about before them.
"""

from __future__ import annotations

import re
import time

from qabot.search.answer_record import Answer
from qabot.search.conversation import Conversation
from qabot.search.question_record import Question
from qabot.text.patterns import lazy

_ELSE = lazy(r"\belse\b", re.IGNORECASE)


def answered_pair(read: Question, result: Answer) -> tuple[str, ...]:
    """Return the people whose words `result` gave together, each under their own name (two or
    three people asked about by name); () for any other answer, a kind of people's among them
    ("the players": not whom "he" is asked among)."""
    if result.speaker is not None or read.kind or read.speech is None:
        return ()
    people = tuple(dict.fromkeys(hit.speaker for hit in result.quotes if hit.speaker))
    return people if len(people) > 1 else ()


def which_of_pair(read: Question, conversation: Conversation | None) -> Answer | None:
    """Return the answer asking which person a pronoun means right after several people's
    words were given together; None when no such answer came last, or the question names
    someone or is told otherwise (a "she" after two men)."""
    if conversation is None or not read.needs_speaker or read.unclear_pronoun or read.unnamed:
        return None
    now = time.monotonic()
    pair = conversation.recent_pair(now)
    if not pair or read.speech is None:
        return None
    topic = read.speech.topic or conversation.recent_topic(now)
    named = ", ".join(pair[:-1]) + f" or {pair[-1]}"
    # the people offered become the choices a reply picks from ("Brown", or a button); after
    # "what else ...?" the quotes the pair's answer showed stay shown, so the one picked is
    # shown his other words (`read_question`), not those again
    more = _ELSE.search(read.words) is not None
    conversation.remember(
        None, now, topic=topic, choices=pair, pair=pair, more=more, pair_else=more
    )
    return Answer(
        read.text, False, f"Which of them do you mean: {named}?", choices=pair, topic=topic
    )
