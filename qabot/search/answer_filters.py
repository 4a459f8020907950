"""The filters an answer carries: whether the question may give dates, and the lead naming
them ("... (in 2005, in the Guardian):"). Split from `answer`, which applies them last."""

from __future__ import annotations

from dataclasses import replace

from qabot.search.answer_record import OUTSIDE_ENDS, Answer
from qabot.search.filters import Filters
from qabot.search.newest_answer import MORE_NEWEST_LEAD, NEWEST_LEAD, NO_MORE_NEWEST


def asked_dates(filters: Filters | None) -> bool:
    """Return whether dates may come from the question: options give none (theirs stay)."""
    return not (filters and (filters.since or filters.until))


def with_filters(result: Answer, filters: Filters) -> Answer:
    """Return the answer carrying its filters, named in its lead line."""
    # says "newest" already
    listing = result.lead.startswith((NEWEST_LEAD, MORE_NEWEST_LEAD, NO_MORE_NEWEST))
    described = (replace(filters, recent=False) if listing else filters).describe()
    if not described and result.filters == filters:
        return result  # most answers: nothing to name, nothing to carry (a copy costs ~5 us)
    lead = result.lead
    if described and lead and not lead.endswith(OUTSIDE_ENDS):  # those name them already
        end = lead[-1:] if lead[-1:] in {":", "."} else ""
        lead = f"{lead.removesuffix(end)} ({described}){end}"
    return replace(result, lead=lead, filters=filters)
