"""What `who_said_ranking` weighs of each "who said ...?" candidate that no question changes: its
speaker as the directory names them, the words of its sentence besides the speaker's own
descriptions, whether the speaker is a body, their gender, the terms of the cue. The same
articles' quotes come back question after question, and working these out anew for every quote
of every question was a third of the ranking's time; an index generation keeps them
(`Index.worked_out`), as its records and directory never change within it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qabot.attribution import is_group
from qabot.indexing.kept import remembered
from qabot.records import Quote
from qabot.search.speaker_clues import gender_of
from qabot.search.who_said_written import written_as_body
from qabot.text import terms_of


@dataclass(frozen=True, slots=True)
class QuoteFacts:
    """What a "who said ...?" ranking weighs of one quote, whatever the question."""

    person: str  # the speaker as `speaker_of` names them
    sentence: tuple[str, ...]  # the terms of the words around it, less `described`
    described: frozenset[str]  # the words that name or describe its speaker
    grouped: bool  # a group, a body or an employer of others ("campaigners", "Gartner")
    gender: str | None  # of the speaker's first name
    person_terms: tuple[str, ...]  # the terms of the speaker's name
    cue_terms: frozenset[str]  # the terms of its cue ("denied", "warned")


def facts_of(
    quotes: Sequence[Quote],
    speaker_of: Callable[[Quote], str] | None,
    described_by: Callable[[Quote], frozenset[str]] | None,
    employer: Callable[[str], bool] | None,
    kept: dict[Quote, QuoteFacts] | None = None,
) -> list[QuoteFacts]:
    """Return each quote's `QuoteFacts`, those already in `kept` as kept: `kept` belongs to the
    callables given (an index generation's directory, `who_said_answer`), never to another's."""
    kept = {} if kept is None else kept
    found = []
    for quote in quotes:
        facts = kept.get(quote)  # most are kept already: no work made for them
        if facts is None:
            work = functools.partial(_facts, quote, speaker_of, described_by, employer)
            facts = remembered(kept, quote, work)
        found.append(facts)
    return found


def _facts(
    quote: Quote,
    speaker_of: Callable[[Quote], str] | None,
    described_by: Callable[[Quote], frozenset[str]] | None,
    employer: Callable[[str], bool] | None,
) -> QuoteFacts:
    person = speaker_of(quote) if speaker_of else quote.speaker
    described = described_by(quote) if described_by is not None else frozenset[str]()
    around = terms_of(quote.words_around())
    return QuoteFacts(
        person=person,
        # the words that say who speaks ("Fund manager X said ...") are no part of what was said
        sentence=tuple(t for t in around if t not in described),
        described=described,
        grouped=bool(
            is_group(person) or written_as_body(quote) or (employer and employer(person))
        ),
        gender=gender_of(person),
        person_terms=terms_of(person),
        cue_terms=frozenset(terms_of(quote.cue)),
    )
