"""Quotes whose story reports the side asked of one word: "who criticised the budget?".

A question of one word under a plain saying verb ("who said budget?") asks for the quotes that
use the word (`question_fit.word_quotes`). Under a verb of taking a side or judging
("criticised", "attacked", "praised", "welcomed") it asks who did that to the thing: a quote
using the word "budget" ("We will submit a budget ...") is no criticism of it. The act is told
by the words around a quote: its cue or its attributing sentence ("Michael Howard dismissed
Gordon Brown's Budget as ..."), the verb (in any of its forms, or a verb the lexicon groups with
it on the same side: "attacked" for "criticised") a few words before the word asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from qabot.attribution.cues import JUDGING, QUOTING, REPLYING
from qabot.engines.base import PassageFilter
from qabot.indexing import Index
from qabot.records import Quote
from qabot.search.article_titles import headline_terms
from qabot.search.criticised_names import AGAINST
from qabot.text import listed, tokenize
from qabot.text.lexicon import STANCE_VERBS

# terms after the verb the word asked may be among ("attacked Gordon Brown's Budget"): its
# object, not a later clause's
OBJECT_TERMS = 4
SIDE_PASSAGES = 50  # passages searched for the word and the verb together


@cache
def _side_stems() -> frozenset[str]:
    """The stems of verbs that take a side or judge: the extractor's quoting and judging cue
    verbs and its verbs of answering someone's words ("rejected", "denied"), the lexicon's verbs
    of taking a side, and the verbs of criticism."""
    words = QUOTING | JUDGING | REPLYING | STANCE_VERBS
    return frozenset(tokenize(" ".join(words))) | AGAINST


def takes_side(verb: str | None) -> bool:
    """Return whether a question's verb takes a side or judges ("criticised", "praised"), so a
    one-word topic asks who did that to the thing, not who used the word."""
    stems = set(tokenize(verb or ""))
    return bool(stems) and stems <= _side_stems()


def act_stems(verb: str) -> frozenset[str]:
    """Return the stems whose verb reports the act asked: the verb's own, and of a verb of
    criticism every verb of criticism (`criticised_names.AGAINST`)."""
    own = frozenset(tokenize(verb))
    return own | AGAINST if own & AGAINST else own


def _act_at(terms: Sequence[str], stems: frozenset[str], term: str) -> int | None:
    """Return where one of `stems` has `term` among the OBJECT_TERMS terms after it, or None."""
    for at, stem in enumerate(terms):
        if stem in stems and term in terms[at + 1 : at + 1 + OBJECT_TERMS]:
            return at
    return None


def reports_act(quote: Quote, stems: frozenset[str], term: str, title: Sequence[str] = ()) -> bool:
    """Return whether the quote's cue (with a report's words: "condemned the debate as a
    “charade”") or attributing sentence has one of `stems` with `term` among the OBJECT_TERMS
    terms after it, or its story's title (`title`, its terms) has, after the speaker's surname
    ("Howard attacks 'pay later' Budget")."""
    cued = quote.cue if quote.kind == "direct" else f"{quote.cue} {quote.text}"
    if any(
        _act_at(tokenize(text), stems, term) is not None for text in (cued, quote.words_around())
    ):
        return True
    at = _act_at(title, stems, term)
    surname = tokenize(quote.speaker)[-1:]
    return at is not None and bool(surname) and surname[0] in title[:at]


def side_quotes(
    index: Index,
    ranked: Sequence[Quote],
    verb: str,
    term: str,
    passage_filter: PassageFilter | None,
) -> list[Quote]:
    """Return the quotes whose story reports `verb`'s act on `term`: of `ranked` (the quotes
    ranked for the word) in order, then of the stories a search for the word and the verb
    finds besides (one word alone ranks first the stories using it most, not those telling the
    act), in their order."""
    stems = act_stems(verb)
    seen = {quote.article_id for quote in ranked}
    hits = index.engine.search_scored([term, *tokenize(verb)], SIDE_PASSAGES, passage_filter)
    more = dict.fromkeys(hits.span(i)[0] for i in range(len(hits)))
    candidates = [*ranked, *index.quotes_of_articles(a for a in more if a not in seen)]
    titles = headline_terms(index.articles.title)
    return [q for q in candidates if reports_act(q, stems, term, titles(q.article_id))]


def side_heading(verb: str, topic: str, names: Sequence[str]) -> str:
    """Return the heading of the quotes whose story reports the act asked, naming who it
    reports did it: "The articles report that Ann Lee criticised the budget:"."""
    by = listed(names, "and")
    return f"The articles report that {by} {verb} {topic}:"
