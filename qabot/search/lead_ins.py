"""The writer's sentence before a speaker's words, for ranking them by a topic: words in quote
marks often answer what the writer has just told without naming any of it ("When Hale was
named coach, many thought he would pick his old club's players. But Tane said: 'He would be hard
pushed to do that now.'"), so the topic's words in that sentence count for them
(`quote_ranking.rank_in_context`), and they and the words running on from them stand where
that ranking puts them among the words held to be about the topic (`speaker_quotes`).
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Sequence
from itertools import pairwise

from qabot.records import Passage, Quote
from qabot.search.quote_pieces import FRAGMENT_WORDS, quoted_fragment, runs_on
from qabot.search.word_forms import kin_forms

_MARKS = "\"'“‘«"


def own_remark(quote: Quote) -> bool:
    """Return True when `quote` is the speaker's words in quote marks, more than a fragment of
    the writer's sentence: "He would be hard pushed to do that now", not "Iraq had become a
    'crucible of terrorism'" nor a report."""
    if quote.kind != "direct" or quoted_fragment(quote):
        return False
    at = quote.sentence.find(quote.text)
    return at == 0 or (at > 0 and quote.sentence[at - 1] in _MARKS)


def lead_in_terms(
    quotes: Sequence[Quote], terms: Collection[str], passages: Iterable[Passage]
) -> list[frozenset[str]]:
    """Return, for each of one speaker's `quotes`, the `terms` held by the sentence just before
    the one its words start in, read in `passages` (those of its articles already found for the
    topic; none unless it is an `own_remark`, that sentence is in the same passage, and it holds
    none of the speaker's own words in quote marks: their words going on are weighed as such),
    and by the writer's sentence before that one when it holds none either: a report often
    names its subject, then adds a fact about it, then quotes ("Many laptop makers ... This is
    far below ... 'If we can get close to eight hours ...'")."""
    leads = [frozenset[str]()] * len(quotes)
    wanted = set(terms)
    remarks: dict[str, list[int]] = {}  # article -> the quotes (their index) that may have one
    said: dict[str, list[int]] = {}  # article -> where the speaker's longer words in marks start
    passages = list(passages)
    read = {passage.article_id for passage in passages}
    for i, quote in enumerate(quotes):
        if quote.article_id not in read:
            continue
        if own_remark(quote):
            remarks.setdefault(quote.article_id, []).append(i)
        if quote.kind == "direct" and len(quote.text.split()) > FRAGMENT_WORDS:
            said.setdefault(quote.article_id, []).append(quote.start)
    if not wanted or not remarks:
        return leads
    done: set[int] = set()  # the quotes read in a passage (the first holding them)
    for passage in passages:
        inside = [
            i
            for i in remarks.get(passage.article_id, ())
            if i not in done and passage.start <= quotes[i].start < passage.end
        ]
        if not inside:
            continue
        done.update(inside)
        spans = passage.sentence_spans()
        if len(passage.sentence_terms) != len(spans):
            continue  # terms not stored as the sentences split
        starts = [passage.start + a for a, _ in spans]
        for i in inside:
            at = bisect.bisect_right(starts, quotes[i].start) - 1
            if at < 1 or any(
                starts[at - 1] <= s < starts[at] for s in said.get(passage.article_id, ())
            ):
                continue
            held = _held(wanted, passage.sentence_terms[at - 1].split())
            if at >= 2 and not any(
                starts[at - 2] <= s < starts[at - 1] for s in said.get(passage.article_id, ())
            ):  # the writer's sentence before that one too, when it quotes none of theirs
                held |= _held(wanted, passage.sentence_terms[at - 2].split())
            leads[i] = held
    return leads


def _held(wanted: set[str], said: list[str]) -> frozenset[str]:
    """Return the terms of `wanted` a sentence's terms `said` hold, a form of one beyond what
    stemming joins counting as it (`kin_forms`: "broke" of "breaking", as the ranking counts
    the quote's own words): "Roddick broke a racket ... 'I'm not playing great'"."""
    held = wanted.intersection(said)
    kin = kin_forms(sorted(wanted - held), set(said) - wanted) if len(held) < len(wanted) else {}
    return frozenset(held.union(*(kin[form] for form in said if form in kin)))


def running_on(first: Sequence[Quote], quotes: Sequence[Quote]) -> list[Quote]:
    """Return `first` and the speaker's words of `quotes` running on from any of them
    (`runs_on`, as the ranking carries relevance: "'The figures are weak,' said Ms Vale.
    'Our view is the bank will wait.'"), each after the words it runs on from."""
    articles = {q.article_id for q in first}
    by_place = sorted(
        (q for q in quotes if q.article_id in articles), key=lambda q: (q.article_id, q.start)
    )
    then_of = {id(a): b for a, b in pairwise(by_place) if runs_on(a, b)}
    seen: set[int] = set()
    found: list[Quote] = []
    for quote in first:
        at: Quote | None = quote
        while at is not None and id(at) not in seen:
            seen.add(id(at))
            found.append(at)
            at = then_of.get(id(at))
    return found
