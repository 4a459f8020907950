"""Whether the archive ever writes a "who said ...?" question's words together.

A quote offered as "the closest" to a question no quote says is worth showing when it says the
question in other words; it is filler when it only shares a word. Nonsense tells itself apart
before any quote is weighed: in "who said the moon is made of cheese?" the archive writes
"cheese" with "made" (a dairy's feta) but "moon" beside neither, in no passage. A question
asked of something reported puts words together that some passage puts together too, however
its wording strays. So when no passage among the best for the question holds two of its words,
no quote is the closest to it; "moon is made of cheese"
still gets its feta quote ("made" and "cheese" are written together), as paraphrases with
most of their words the archive's nowhere together ("rearranging furniture on a doomed ship"
for "changing the deckchairs on a sinking Titanic") get the right one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from qabot.engines import ScoredPassages
from qabot.search.quote_evidence import MODALS
from qabot.search.sentence_terms import terms_of

# the share of the question's weight (words the archive knows) in words written beside no other
# word of it, from which no quote is offered as the closest: all of it, no two of its words
# together in any of the best passages. Measured with `benchmarks/who_said_honesty_probe.py`
# on the closest quotes offered: at 1.0, none of the 279 right development answers and 63 of
# 365 nonsense claims; at 0.5 already 2 right answers
# ("grieving" for a quote's "mourning"), at 0.4 four
UNJOINED_SHARE = 1.0


def unjoined_share(terms: Sequence[str], hits: ScoredPassages, idf: Mapping[str, float]) -> float:
    """Return the share of the weight of the question's `terms` the archive knows (idf > 0;
    modals apart) in those no one of the `hits` holds with another of them; 0.0 when it knows
    fewer than two: one word asked with a verb tells its own claim ("who warned about the
    fares?"), and the other words may be a paraphrase's ("a shame" for "a disgrace"). The hits
    are the best passages for the whole question, where passages holding two of its words
    rank first."""
    weights = {t: idf[t] for t in dict.fromkeys(terms) if idf.get(t, 0.0) > 0 and t not in MODALS}
    if len(weights) < 2:
        return 0.0
    total = sum(weights.values())
    joined: set[str] = set()
    for i in range(len(hits)):
        stored = hits.terms(i)
        if stored is None:
            passage = hits.passage(i)
            words = passage.stored_terms() or terms_of(passage.text)
        else:
            words = stored[0].split()
        held = weights.keys() & set(words)
        if len(held) >= 2:
            joined |= held
            if len(joined) == len(weights):
                break
    return sum(w for t, w in weights.items() if t not in joined) / total
