"""Whether the archive ever writes a "who said ...?" question's words together.

A quote offered as "the closest" to a question no quote says is worth showing when it says the
question in other words; it is filler when it only shares a word. Nonsense tells itself apart
before any quote is weighed: a question asked of something reported puts words together that
some passage puts together too, however its wording strays. So when no passage among the best
for the question holds two of its words, no quote is the closest to it. A quote whose own
words hold none of the question's is weighed by the words around it: in "who said the moon is
made of cheese?" a dairy spokesman's "That is just one of the costs" has "cheese" and "made"
beside it, and the archive writes "moon" with "made" somewhere but never with "cheese"; when
much of the question is never written with what is around the quote, it is filler too.
Paraphrases with most of their words the archive's nowhere together ("rearranging furniture
on a doomed ship" for "changing the deckchairs on a sinking Titanic") keep the right quote:
its own words hold "reshuffle".
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from qabot.engines import ScoredPassages
from qabot.records import Passage, Quote
from qabot.search.quote_evidence import MODALS
from qabot.search.word_forms import kin_forms, synonym_forms
from qabot.text import terms_of

# the share of the question's weight (words the archive knows) in words written beside no other
# word of it, from which no quote is offered as the closest: all of it, no two of its words
# together in any of the best passages. Measured with `benchmarks/who_said_honesty_probe.py`
# on the closest quotes offered: at 1.0, none of the 279 right development answers and 63 of
# 365 nonsense claims; at 0.5 already 2 right answers
# ("grieving" for a quote's "mourning"), at 0.4 four
UNJOINED_SHARE = 1.0
# ... and, of a quote whose own words hold none of the question's (offered on the narration
# around it: "cheese" and "made" beside a dairy spokesman's "That is just one of the costs"),
# the share of the question's weight in words neither around it nor written with the words
# around it in any of the best passages, from which it is filler ("moon"). Measured with
# `benchmarks/who_said_honesty_probe.py`: nonsense claims refused 20 more of 301 offered, no
# right development answer lost (the nearest, 0.36: "anakin skywalker striking a deal with
# satan" for "make a pact with the devil"); for quotes holding a word of the question the
# share stays `UNJOINED_SHARE` (a metaphor asked in other words, "rearranging furniture on a
# doomed ship" for "changing the deckchairs on a sinking Titanic", is 0.68 of its weight)
UNSAID_SHARE = 0.4
# ... where, of a quote whose sentence holds none of them either, only a word weighing this
# share of the question's weightiest or more joins another (unmeasured between 0.4 and 0.6)
WEIGHTY = 0.5


def unjoined_share(terms: Sequence[str], hits: ScoredPassages, idf: Mapping[str, float]) -> float:
    """Return the share of the weight of the question's `terms` the archive knows (idf > 0;
    modals apart) in those no one of the `hits` holds with another of them; 0.0 when it knows
    fewer than two: one word asked with a verb tells its own claim ("who warned about the
    fares?"), and the other words may be a paraphrase's ("a shame" for "a disgrace"). The hits
    are the best passages for the whole question, where passages holding two of its words
    rank first."""
    return _unjoined(_weights(terms, idf), hits)


def _weights(terms: Sequence[str], idf: Mapping[str, float]) -> dict[str, float]:
    """Return the weight (idf) of each of the question's `terms` the archive knows, modals
    apart, in the question's order."""
    return {t: idf[t] for t in dict.fromkeys(terms) if idf.get(t, 0.0) > 0 and t not in MODALS}


def _hit_terms(hits: ScoredPassages, i: int) -> Sequence[str]:
    """Return the terms of the `i`th of `hits`, as the engine stored them or read again."""
    stored = hits.terms(i)
    if stored is None:
        passage = hits.passage(i)
        return passage.stored_terms() or terms_of(passage.text)
    return stored[0].split()


def _unjoined(weights: dict[str, float], hits: ScoredPassages) -> float:
    """Return `unjoined_share` of the question's term `weights`."""
    if len(weights) < 2:
        return 0.0
    total = math.fsum(weights.values())
    joined: set[str] = set()
    for i in range(len(hits)):
        held = weights.keys() & set(_hit_terms(hits, i))
        if len(held) >= 2:
            joined |= held
            if len(joined) == len(weights):
                break
    return math.fsum(w for t, w in weights.items() if t not in joined) / total


def _held(terms: Sequence[str], words: Sequence[str]) -> set[str]:
    """Return the `terms` that `words` hold as written, in another form (`kin_forms`) or as a
    synonym (`synonym_forms`)."""
    vocabulary = set(words)
    others = vocabulary - set(terms)
    kin = {t for found in kin_forms(terms, others).values() for t in found}
    alike = {t for found in synonym_forms(terms, others).values() for t in found}
    return {t for t in terms if t in vocabulary} | kin | alike


def unsaid_share(
    quote: Quote,
    terms: Sequence[str],
    hits: ScoredPassages,
    article_hits: Sequence[tuple[Passage, float]],
    idf: Mapping[str, float],
) -> float:
    """Return, when `quote`'s own words hold none of the question's `terms` (in any form), the
    share of the weight of those the archive knows (modals apart) in terms that neither the
    quote's sentence nor the passages of `article_hits` (its article's hits) holding it hold,
    nor any of the `hits` writes with one they hold; 0.0 when its words hold one, or when the
    archive knows none. Of one word the archive knows, all of it unless the quote's sentence or
    one naming its speaker holds it ("who said gale?" of "We did what we could" after "The gale
    tore boats from their moorings.").
    When its sentence holds none either (the quote is offered on
    its passage alone), an everyday word there joins nothing: "moon" is written with "made"
    somewhere, never with "cheese"."""
    return _unsaid(quote, _weights(terms, idf), hits, article_hits)


def _unsaid(
    quote: Quote,
    weights: dict[str, float],
    hits: ScoredPassages,
    article_hits: Sequence[tuple[Passage, float]],
) -> float:
    """Return `unsaid_share` of `quote` for the question's term `weights`."""
    asked = list(weights)
    if not weights or _held(asked, terms_of(quote.text)):
        return 0.0
    sentence = terms_of(quote.sentence)
    if len(weights) == 1:
        # one word is no claim: the narration beside the quote tells of it only when it names
        # the speaker ("Coach Ana Ruiz paid tribute to the groundsman." before her words)
        name = terms_of(quote.speaker)[-1:]
        voiced = [*sentence]
        for passage, _ in article_hits:
            if name and passage.start < quote.end and quote.start < passage.end:
                voiced.extend(
                    w for s in passage.sentence_terms if name[0] in s.split() for w in s.split()
                )
        return 0.0 if _held(asked, voiced) else 1.0
    words = [*sentence]
    for passage, _ in article_hits:
        if passage.start < quote.end and quote.start < passage.end:
            words.extend(passage.stored_terms() or terms_of(passage.text))
    beside = _held(asked, words)
    weighty = WEIGHTY * max(weights.values())
    joining = beside if _held(asked, sentence) else {t for t in beside if weights[t] >= weighty}
    missing = set(asked) - beside
    for i in range(len(hits)):
        if not missing or not joining:
            break
        held = set(_hit_terms(hits, i))
        if not held.isdisjoint(joining):
            missing -= held
    return math.fsum(weights[t] for t in missing) / math.fsum(weights.values())


def is_filler(
    quote: Quote,
    terms: Sequence[str],
    hits: ScoredPassages,
    article_hits: Sequence[tuple[Passage, float]],
    idf: Mapping[str, float],
) -> bool:
    """Return whether `quote`, the closest to a question no quote says, is filler: no two of
    its words are together in the best passages (`unjoined_share`), or the quote says none of
    them and much of the question is written nowhere with the words around it (`unsaid_share`).
    """
    weights = _weights(terms, idf)
    return (
        _unjoined(weights, hits) >= UNJOINED_SHARE
        or _unsaid(quote, weights, hits, article_hits) >= UNSAID_SHARE
    )
