"""The question asked again in other words, after its first answer: the forms the stories write
a name it types in ("america" -> "the US", "south koreans" -> "South Korea", "man utd" ->
"Manchester United", "FSA" -> "Financial Services Authority"). Each runs only when the first
answer leaves room for it (no quotes, no page after the first, no follow-up search), and "more"
then goes on with the question as reworded.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from qabot.indexing import Index
from qabot.search.abbreviated_words import written_out_answer
from qabot.search.answer_record import MATCHING_LEAD, Answer
from qabot.search.conversation import Conversation
from qabot.search.country_names import country_forms, in_short_names, nationality_forms
from qabot.search.initialism_forms import (
    Form,
    initialism_forms,
    other_wording,
    reworded_lead,
    writes,
)


def reworded_answer(
    index: Index,
    question: str,
    result: Answer,
    ask: Callable[[str], Answer],
    conversation: Conversation | None,
    offset: int,
) -> Answer:
    """Return the answer to `question` in the words its stories write, where `ask` (a first
    page, no follow-up) finds it better answered so than `result`; `result` otherwise."""
    countries = [] if offset or result.quotes or result.searched else country_forms(question)
    if countries:  # "number one in america": the stories write "the top of the US ... chart"
        taken = in_short_names(question, countries, result, ask)
        if taken is not None:
            _resumed_in(conversation, countries, len(taken.passages))
            return taken
    # "how many south koreans have an lg card" refused: the story counts "people in South Korea"
    nations = [] if offset or result.searched else nationality_forms(index, question, result)
    if nations:
        taken = in_short_names(question, nations, result, ask)
        # ... and taken only when its passages hold the question whole, not some of its words
        if taken is not None and taken.lead.startswith(MATCHING_LEAD):
            _resumed_in(conversation, nations, len(taken.passages))
            return taken
    # "man utd result at aston villa": the stories write "Manchester United", seldom "Utd"
    written = (
        None if offset or result.searched else written_out_answer(index, question, result, ask)
    )
    if written is not None:
        _resumed_in(conversation, written.forms, len(written.answer.passages))
        return written.answer
    if not result.passages or result.quotes or offset or result.offset or result.searched:
        return result  # a refusal stands; a page or follow-up goes on with the earlier search
    # "identity theft FSA" over a best passage that writes the name in neither form: the story
    # writes "Financial Services Authority", which the question's initials stand for; asked so,
    # its passage comes first when it writes the name
    first = [hit.highlight for hit in result.passages[:1]]
    forms = [
        form
        for form in initialism_forms(index, question)
        if not writes(first, form.typed) and not writes(first, form.other)
    ]
    if not forms:
        return result
    other = ask(other_wording(question, forms))
    best = [hit.highlight for hit in other.passages[:1]]
    if (
        not (other.found and other.passages)
        or other.passages[0].passage.id == result.passages[0].passage.id  # only its emphasis
        or not any(writes(best, form.other) for form in forms)
    ):
        return result
    _resumed_in(conversation, forms, len(other.passages))
    return replace(other, question=result.question, lead=reworded_lead(other.lead, forms))


def _resumed_in(conversation: Conversation | None, forms: list[Form], shown: int) -> None:
    """Make "more" go on with the question asked in the other forms of its names."""
    if conversation is not None and conversation.search is not None:
        words = other_wording(conversation.search.words, forms)
        searched = replace(conversation.search, words=words, shown=shown)
        conversation.remember_search(searched, time.monotonic())
