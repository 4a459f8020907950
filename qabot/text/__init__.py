"""Text: the one analyzer, sentence splitting and the shared lexicons.

Enters: strings. Leaves: analyzed terms (`analyze`, `tokenize`: the same analysis for passages and
questions), sentence offsets (`sentence_spans`), and word lists every later stage reads
(`lexicon`). Depends on nothing of ours.
"""

from qabot.text import lexicon
from qabot.text.analyzer import ANALYZER_VERSION, STOP_WORDS, analyze, normalize, tokenize, words
from qabot.text.sentences import sentence_spans

__all__ = [
    "ANALYZER_VERSION",
    "STOP_WORDS",
    "analyze",
    "lexicon",
    "normalize",
    "sentence_spans",
    "tokenize",
    "words",
]
