"""The answer record, and the openings of the leads that say what was not found.

`Answer` is plain data: front ends only format it. Answers made of passages alone are made in
`passage_answers`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qabot.search.filters import Filters
from qabot.search.hit_record import Hit
from qabot.search.quote_groups import QuoteHit

MISSING_LEAD = "No article mentions"
APART_LEAD = "No passage mentions"  # ... several names together
MATCHING_LEAD = "Best matching passages for"  # ... a question's words, all held together
SCATTERED = "no passage holds most of it"  # ... when none holds MOST_SHARE of its weight
HELD = "the best passages have"  # ... or that they hold some of its words, not others
# ... or that none of the best passages gives what it asks (an age, a salary, a winner)
NONE_GIVES = "None of the passages that best match"
# ... or that the dates or outlets asked left nothing, and what lies outside them: such a lead
# names its limits itself ("Nothing about ... since ..., but ...: ask without the dates to see
# them.")
OUTSIDE_ENDS = ("to see it.", "to see them.")


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
    # quotes ranked for a "what did X say" answer and not shown, to fit a phone ("more" shows
    # them); with `quotes_beyond`, at least this many (ranking stopped at MAX_QUOTES), or 0
    # after a "more": some are left, not counted (`speech_answers.quotes_left`)
    quotes_left: int = 0
    quotes_beyond: bool = False
    choices: tuple[str, ...] = ()  # people a name may mean (a shared surname), best first
    suggestion: str | None = None  # a known name close to one asked about ("Did you mean ...?")
    read_as: str | None = None  # the known name a misspelt one was read as ("read as ...")
    more_from: str | None = None  # a person with more words than this answer shows ("More from")
    topic: str | None = None  # a speech question's topic, kept when a choice is asked again
    filters: Filters = field(default_factory=Filters)  # what the answer was restricted to
    offset: int = 0  # passages before these (a "more" follow-up goes on from the last search)
    searched: str | None = None  # the words a follow-up ("and in 2005?") searched, if not its own
    # a person asked about whom no article names: "what else did he say?" is told so
    unnamed: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the `qabot ask --json` object (a stable contract: see README)."""
        return {
            "question": self.question,
            "found": self.found,
            # the line the console prints first: what was found, or why nothing was
            "lead": self.lead,
            "passages": [hit.to_json() for hit in self.passages],
            "quotes": [hit.to_json() for hit in self.quotes],
            "omitted": self.omitted,
            "speaker": self.speaker,
            "choices": list(self.choices),
            "filters": self.filters.to_json(),
        }
