"""Who wrote an article: "who wrote the article about Yukos?", "which reporter wrote the story
on the floods?".

Searched as words, such a question finds passages holding "wrote" and "article" (any article
"wrote" of anything). The answer is the byline the articles about the topic carry
(`ArticleInfo.author`): their passages, each source line naming its author. Many archives keep
no bylines (the BBC corpus has none): then the answer says so rather than naming anyone, and
shows the articles about the topic under a heading that says what they are.
"""

from __future__ import annotations

import re

from qabot.indexing import Index
from qabot.search.answer_record import Answer
from qabot.search.passage_answers import passages_answer
from qabot.search.question_record import Question
from qabot.text import tokenize
from qabot.text.patterns import lazy

_WHO_WROTE = lazy(
    r"^\s*(?:who|which\s+(?:journalist|reporter|writer|correspondent|author|columnist))\s+"
    r"(?:wrote|has\s+written|had\s+written|authored|penned|filed|reported|"
    r"(?:is|was)\s+the\s+(?:author|writer)\s+of)\s+"
    r"(?:the|this|that|these|those|an?)\s+(?:news\s+|bbc\s+)?"
    r"(?:article|story|stories|piece|report|column|op-?ed|feature|item|post)s?\s+"
    r"(?:about|on|of|regarding|concerning|covering|over)\s+(?P<topic>[^?!]+?)[\s?!.]*$",
    re.IGNORECASE,
)


def topic_of_byline_question(question: str) -> str | None:
    """Return what a "who wrote the article about ...?" question's article is about."""
    match = _WHO_WROTE.match(question)
    return " ".join(match["topic"].split()) if match else None


def who_wrote(index: Index, read: Question, top: int, offset: int) -> Answer | None:
    """Return the answer naming the bylines of the articles about the question's topic, or None
    when the question asks no author of an article (its words are then searched)."""
    topic = topic_of_byline_question(read.words)
    if topic is None or not tokenize(topic):
        return None
    found = passages_answer(
        index, topic, top, offset, filters=read.filters, words=topic, about=tokenize(topic)
    )
    hits = found.passages
    if not hits:
        return Answer(read.text, False, f"No article in the archive is about {topic}.")
    authors = list(dict.fromkeys(hit.article.author for hit in hits if hit.article.author))
    if not authors:
        lead = (
            f"The articles about {topic} do not say who wrote them (they carry no byline). "
            "The articles:"
        )
    elif len(authors) == 1 and all(hit.article.author for hit in hits):
        one = len({hit.article.id for hit in hits}) == 1
        lead = f"{authors[0]} wrote the article{'' if one else 's'} about {topic} shown here:"
    else:
        names = ", ".join(authors)
        lead = f"Bylines of the articles about {topic} (by {names}, as each source says):"
    return Answer(
        read.text,
        bool(authors),
        lead,
        hits,
        more=found.more,
        omitted=found.omitted,
    )
