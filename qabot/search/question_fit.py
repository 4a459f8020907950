"""Whether a passage holds a question's words together, not scattered over unrelated sentences.

BM25 ranks a passage high for a question's rarest word alone, and a long passage may hold two of
its words in sentences about different things: for "who said the budget was a con?" a film
review with "con artist" in one paragraph and "big budget" in the next. Under a "who said"
answer such a passage is filler: it is shown only when a window of two consecutive sentences
holds the question's words together (two of them, two of its weighty ones when it has two), or
when it is from the story of a quote shown above it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from qabot.records import Passage
from qabot.search.answer_record import Answer
from qabot.search.quote_evidence import MODALS
from qabot.search.quote_groups import QuoteHit
from qabot.search.sentence_terms import sentences_with_terms
from qabot.text import TYPED_WORD, listed, terms_of, tokenize

WINDOW = 2  # consecutive sentences that count as one place in a passage
# a question word weighing this share of its weightiest word is one of its weighty words
# ("moon" and "cheese" of "the moon is made of cheese", not "made")
WEIGHTY_SHARE = 0.5
MIN_TOGETHER = 2  # weighty words (and words in all) a window must hold, or every one there is


def weighty_terms(terms: Sequence[str], idf: Mapping[str, float]) -> frozenset[str]:
    """Return the question's weighty terms; a term the archive never uses (idf 0) weighs as
    much as its weightiest, for it says most about what was asked."""
    rarest = max((idf.get(term, 0.0) for term in terms), default=0.0)
    return frozenset(
        term for term in terms if (idf.get(term, 0.0) or rarest) >= WEIGHTY_SHARE * rarest
    )


def holds_together(passage: Passage, terms: Sequence[str], idf: Mapping[str, float]) -> bool:
    """Return whether WINDOW consecutive sentences of the passage hold MIN_TOGETHER of the
    question's terms (all of them when it has fewer) of which MIN_TOGETHER are weighty (all
    of its weighty ones when it has fewer)."""
    asked = frozenset(terms)
    if not asked:
        return True
    weighty = weighty_terms(list(asked), idf)
    need_all = min(MIN_TOGETHER, len(asked))
    need_weighty = min(MIN_TOGETHER, len(weighty))
    sentences = [terms for _, _, terms in sentences_with_terms(passage)]
    for at in range(max(1, len(sentences) - WINDOW + 1)):
        window: set[str] = set()
        for terms_there in sentences[at : at + WINDOW]:
            window |= asked & terms_there
        if len(window) >= need_all and len(window & weighty) >= need_weighty:
            return True
    return False


def fitting(
    answer: Answer, terms: Sequence[str], idf: Mapping[str, float], stories: Collection[str] = ()
) -> Answer:
    """Return `answer` with only the passages that hold the question's words together or are
    from one of `stories` (the article ids of the quotes shown); the others are counted as
    omitted. Under quotes, a question of one word ("who said it wasn't that she supported
    it?": "support") has no words to hold together: only the quotes' stories are shown."""
    alone = bool(stories) and len(set(terms)) < MIN_TOGETHER
    kept = [
        hit
        for hit in answer.passages
        if hit.passage.article_id in stories
        or (not alone and holds_together(hit.passage, terms, idf))
    ]
    dropped = len(answer.passages) - len(kept)
    if not dropped:
        return answer
    # none kept: more of the same search would be dropped too, so "more passages match" is
    # no longer true
    more = answer.more and bool(kept)
    return replace(answer, passages=kept, omitted=answer.omitted + dropped, more=more)


def asked_word(topic: str, terms: Sequence[str], idf: Mapping[str, float]) -> str | None:
    """Return the one word the question asks of, as typed ("who said zeppelin?", "who said it
    is all about the chain?"), when it asks of one word the archive knows: a word is no claim,
    so what holds it is shown as holding it, never as saying what was asked; None when it asks
    of more words, or of a word no article uses."""
    asked = set(terms) - MODALS
    if len(asked) != 1 or idf.get(next(iter(asked)), 0.0) <= 0:
        return None
    typed = (m.group() for m in TYPED_WORD.finditer(topic) if set(tokenize(m.group())) == asked)
    return next(typed, None)


def mention_heading(topic: str, terms: Sequence[str], idf: Mapping[str, float]) -> str | None:
    """Return the heading of passages shown for want of a quote when the question asks of one
    word the archive knows (`asked_word`): "Passages that mention “zeppelin”:" (as typed);
    None when it asks of more words, or of a word no article uses."""
    word = asked_word(topic, terms, idf)
    return f"Passages that mention “{word}”:" if word else None


def word_quotes(found: Sequence[QuoteHit], terms: Sequence[str]) -> list[QuoteHit]:
    """Return the quotes of `found` whose own words hold the one word asked (`terms` less the
    modals), in order: "who said budget?" is answered by the quotes using the word, under a
    heading saying just that, not as the closest to a claim no one made."""
    asked = set(terms) - MODALS
    return [hit for hit in found if asked <= set(terms_of(hit.quote.text))]


def word_heading(word: str, said: Sequence[QuoteHit]) -> str:
    """Return the heading of the quotes using the one word asked (`word_quotes`), naming their
    speakers: "Quotes that use the word “risk”, by Ann Lee:", or "... or a form of it, by ...:"
    when one has only another form of it ("risking", "contribute" for "contribution")."""
    exact = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    every = all(exact.search(hit.quote.text) for hit in said)
    # a "who said" answer names who: one speaker's quotes show no name above them
    names = list(dict.fromkeys(hit.speaker for hit in said))
    by = listed(names, "and")
    return f"Quotes that use the word “{word}”{'' if every else ' or a form of it'}, by {by}:"
