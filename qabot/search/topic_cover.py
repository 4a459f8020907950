"""How much of a topic each story holds, for ranking one speaker's quotes ("what did X say about
Y?", `speaker_quotes` before `quote_ranking.rank_in_context`).

A story is about a topic by holding its words, not by repeating the commonest of them: the
report of the night Roddick "broke a racket" in San Jose holds every word of "what did Roddick
say after breaking a racket in San Jose?", the next round's report only "San Jose" and a
"tie-break", three times over. BM25 peaks (a passage's score) reward the repeats; the share of
the topic's weight (idf) a story's passages hold does not.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.word_forms import kin_forms


def topic_held(
    index: Index, hits: Sequence[tuple[Passage, float]], terms: Collection[str]
) -> dict[str, float]:
    """Return, per article of `hits` (passages found by the topic's `terms`), the largest share
    of the topic's weight (the archive's idf) one of its passages holds with the title: 1.0 for
    a story holding every word in one place. One passage, not the whole story: a long report on
    an election campaign names "Blair", "Iraq" and "election" somewhere whatever it is about."""
    wanted = set(terms)
    idf = index.engine.idf(sorted(wanted))
    total = math.fsum(idf.get(term, 0.0) for term in wanted)
    if not wanted or total <= 0:
        return {}
    passages = [
        (
            passage.article_id,
            {*" ".join(passage.sentence_terms).split(), *(passage.title_terms or ())},
        )
        for passage, _ in hits
    ]
    # another form of a topic word counts as the word ("broke" of "breaking": `kin_forms`)
    kin = kin_forms(wanted, {word for _, found in passages for word in found} - wanted)
    shares: dict[str, float] = {}
    for article_id, found in passages:
        held = wanted.intersection(found).union(*(kin[word] for word in found.intersection(kin)))
        share = math.fsum(idf.get(term, 0.0) for term in held) / total
        shares[article_id] = max(share, shares.get(article_id, 0.0))
    return shares
