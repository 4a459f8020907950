"""The topic of a speech question read into its words and analysed terms, once."""

from __future__ import annotations

import re

from qabot.indexing import Index
from qabot.search.kinds_of_people import strong_terms
from qabot.search.questions import SpeechQuestion
from qabot.search.speech_topics import decade_forms, searched_topic
from qabot.text import tokenize
from qabot.text.patterns import lazy

# how a tail may say the words came about before naming their subject
_FRAMING = lazy(
    r"^(?:when|after|as)\s+(?:(?:he|she|they|being)\s+)?(?:(?:was|were)\s+)?"
    r"(?:asked|questioned|pressed|quizzed)\s+(?:about|on|over|if|whether|why|how)?\s*"
    r"|^in\s+(?:response|reply|answer)\s+to\s+(?:a\s+)?questions?\s+(?:about|on|over)?\s*",
    re.IGNORECASE,
)


def read_topic(
    index: Index, speech: SpeechQuestion | None, *, many_speakers: bool
) -> tuple[str | None, tuple[str, ...]]:
    """Return the topic's words as shown and the terms it is searched by: a what-said tail's
    framing ("when asked about") dropped, decades as written, and only the weighty terms when
    the words of many speakers are asked for (`many_speakers`)."""
    topic_text = topic_words = speech.topic if speech is not None else None
    if topic_text and speech is not None and speech.kind == "what_said":
        # "when asked about invading Iran": the words asked about are the topic
        topic_text = searched_topic(_FRAMING.sub("", topic_text) or topic_text)
        topic_words = searched_topic(topic_words or "")
    topic_terms = tuple(tokenize(topic_text)) if topic_text else ()
    if topic_terms and speech is not None and speech.kind == "what_said":
        topic_terms += decade_forms(topic_text or "")  # "the sixties": "1960s" as written
    if many_speakers and topic_terms:  # the words of many speakers: only the weighty words
        topic_terms = strong_terms(topic_terms, index.engine.idf(list(topic_terms)))
    return topic_words, topic_terms
