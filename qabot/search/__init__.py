"""Search: a question -> an `Answer` (the one call front ends make is `answer()`).

Enters: the live `Index` and a question. Leaves: an `Answer` (lead line, quotes, passages, found)
as plain data. Question reading (`question`, `questions`, speakers resolved in context by
`resolution`), passage retrieval (`retrieval`) with its relevance floor (`relevance`) and best
sentence (`emphasis`), quote ranking (`quote_ranking`) and quote grouping for display
(`quote_groups`) are the steps inside.
"""

from qabot.search.answer import Answer, answer
from qabot.search.conversation import Conversation
from qabot.search.emphasis import best_sentence
from qabot.search.question import Filters, Question, read_question
from qabot.search.questions import SpeechQuestion, is_speech_verb, parse_speech_question
from qabot.search.quote_groups import QuoteEntry, QuoteGroup, QuoteHit, group_quotes
from qabot.search.quote_ranking import (
    Context,
    find_speakers,
    rank_in_context,
    rank_quotes,
    rank_who_said,
)
from qabot.search.resolution import Resolution, resolve_speaker
from qabot.search.retrieval import MAX_OFFSET, MAX_TOP, Hit, Ranked, bounded, search

__all__ = [
    "MAX_OFFSET",
    "MAX_TOP",
    "Answer",
    "Context",
    "Conversation",
    "Filters",
    "Hit",
    "Question",
    "QuoteEntry",
    "QuoteGroup",
    "QuoteHit",
    "Ranked",
    "Resolution",
    "SpeechQuestion",
    "answer",
    "best_sentence",
    "bounded",
    "find_speakers",
    "group_quotes",
    "is_speech_verb",
    "parse_speech_question",
    "rank_in_context",
    "rank_quotes",
    "rank_who_said",
    "read_question",
    "resolve_speaker",
    "search",
]
