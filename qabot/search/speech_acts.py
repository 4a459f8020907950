"""Verbs of a speech act presuppose the act: "what did X apologise for?" asks for the words X
is reported apologising with, not X's words on the topic. Shown under "What X apologised for
...:" words of no apology get a heading they do not deserve, so when no quote shown (its cue,
its attributing sentence, its words) nor any other quote of X in those stories reports the act,
the lead says the articles do not report it and the answer is not found.

Saying verbs ("warn", "claim", "insist") only colour words that are still what X said, and so,
as readers ask, do "admit" and "promise": of the ten development questions asking what someone
admitted or promised, five are answered by words the articles cue with "said" ("what did X
admit about hybrid cars" for "We want to make sure ..."). An apology is an act a reader asks
about because it happened, and the articles report it as one ("apologised", "sorry").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from qabot.records import Quote
from qabot.search.questions import SpeechQuestion
from qabot.search.quote_groups import QuoteHit
from qabot.search.speech_verbs import past_tense
from qabot.search.wording import TAIL_WORDS, echo
from qabot.text import terms_of, tokenize

# the verbs of an apology, and the words that report one ("sorry" is an apology)
_APOLOGY = "apologise apologize apology apologies apologised apologized sorry regret regrets"


@cache
def _apology_terms() -> frozenset[str]:
    return frozenset(term for word in _APOLOGY.split() for term in tokenize(word))


def act_terms(verb: str | None) -> frozenset[str]:
    """Return the terms reporting the act a question's verb asks about ("apologise"), else
    none (a saying verb, or no verb)."""
    apology = _apology_terms()
    return apology if verb and not apology.isdisjoint(tokenize(verb)) else frozenset()


def reports_act(act: frozenset[str], quotes: Iterable[Quote]) -> bool:
    """Return whether a quote's cue, attributing sentence or words hold a term of the act."""
    return any(
        not act.isdisjoint((*terms_of(q.cue), *terms_of(q.sentence), *terms_of(q.text)))
        for q in quotes
    )


def act_unreported(
    speech: SpeechQuestion, shown: Sequence[QuoteHit], quotes: Iterable[Quote]
) -> bool:
    """Return whether the question asks about an act (`act_terms`) that none of the speaker's
    quotes in the stories of those `shown` reports."""
    act = act_terms(speech.verb)
    stories = {hit.quote.article_id for hit in shown}
    return bool(act) and not reports_act(act, [q for q in quotes if q.article_id in stories])


def unreported_lead(person: str, who: str, speech: SpeechQuestion) -> str:
    """Return the lead over a speaker's words when the act asked is not reported: "The articles
    do not report that X apologised; what X said in his speech:"."""
    words = (speech.topic or "").split()
    if words[:1] and words[0].casefold() in {"for", "to", "over"}:  # the act's own object
        words = words[1:]
    said = "said"
    if words:
        shown = echo(" ".join(words))
        said = f"said {shown}" if words[0].casefold() in TAIL_WORDS else f"said about {shown}"
    done = past_tense(speech.verb or "")
    return f"The articles do not report that {person} {done}; what {who} {said}:"
