"""The answer record, and answers made of passages alone (the part every answer ends with).

`Answer` is plain data: front ends only format it. Speech answers (`qabot.search.speech_answers`)
and `answer()` (`qabot.search.answer`) both end with `passages_answer`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from qabot.indexing import Index
from qabot.search.filters import Filters
from qabot.search.quote_groups import QuoteHit
from qabot.search.retrieval import Hit, search
from qabot.search.wording import echo
from qabot.text import tokenize


@dataclass(frozen=True, slots=True)
class Answer:
    """What qabot found for one question: a lead line, quotes and passages."""

    question: str
    found: bool
    lead: str  # one line for people: what was found, or why nothing was
    passages: list[Hit] = field(default_factory=list)
    quotes: list[QuoteHit] = field(default_factory=list)
    more: bool = False  # further passages exist (offset + len(passages))
    speaker: str | None = None  # the person a speech question was about, once resolved
    omitted: int = 0  # weakly related passages not shown (they only share a word or two)
    choices: tuple[str, ...] = ()  # people a name may mean (a shared surname), best first
    suggestion: str | None = None  # a known name close to one asked about ("Did you mean ...?")
    more_from: str | None = None  # a person with more words than this answer shows ("More from")
    topic: str | None = None  # a speech question's topic, kept when a choice is asked again
    filters: Filters = field(default_factory=Filters)  # what the answer was restricted to

    def to_json(self) -> dict[str, Any]:
        """Return the `qabot ask --json` object (a stable contract: see README)."""
        return {
            "question": self.question,
            "found": self.found,
            "passages": [hit.to_json() for hit in self.passages],
            "quotes": [hit.to_json() for hit in self.quotes],
            "omitted": self.omitted,
            "speaker": self.speaker,
            "choices": list(self.choices),
            "filters": self.filters.to_json(),
        }


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
) -> Answer:
    """Answer with passages alone, for `words` (default: the question) in the articles the
    filters admit; `shown` quotes above them are not repeated; with `about` (a topic's terms)
    only passages that mention the topic."""
    words = question if words is None else words
    ranked = search(
        index,
        words,
        top,
        offset,
        shown=[hit.quote for hit in shown or ()],
        filters=filters,
        about=about,
    )
    if ranked.hits:
        return Answer(
            question,
            True,
            f"Best matching passages for “{echo(question)}”:",
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
