"""Search: a question -> an `Answer` (the one call front ends make is `answer()`).

Enters: the live `Index` and a question. Leaves: an `Answer` (lead line, quotes, passages, found)
as plain data. Question reading (`questions`), passage retrieval (`retrieval`) with its relevance
floor (`relevance`) and best sentence (`emphasis`), quote ranking (`quote_ranking`) and quote
grouping for display (`quote_groups`) are the steps inside.
"""

from qabot.search.answer import Answer, answer
from qabot.search.conversation import Conversation
from qabot.search.emphasis import best_sentence
from qabot.search.question import Filters, Question, read_question
from qabot.search.questions import SpeechQuestion, parse_speech_question
from qabot.search.quote_groups import QuoteEntry, QuoteGroup, QuoteHit, group_quotes
from qabot.search.quote_ranking import find_speakers, rank_quotes
from qabot.search.retrieval import Hit, Ranked, search

__all__ = [
    "Answer",
    "Conversation",
    "Filters",
    "Hit",
    "Question",
    "QuoteEntry",
    "QuoteGroup",
    "QuoteHit",
    "Ranked",
    "SpeechQuestion",
    "answer",
    "best_sentence",
    "find_speakers",
    "group_quotes",
    "parse_speech_question",
    "rank_quotes",
    "read_question",
    "search",
]
