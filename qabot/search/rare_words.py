"""The rarest word of a "who said ...?" question, and the stories lacking it: a reader retelling
what someone said keeps the word that marks the story out ("hdtv", "motherhood"), and a quote of
another story that happens to share the question's everyday words does not hold it anywhere
near its passages. `who_said_ranking` weighs down a candidate whose article's matching passages
lack it, as it weighs down one lacking the names asked (`named_stories.unnamed_share`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from qabot.records import Passage, Quote
from qabot.search.word_forms import kin_forms
from qabot.text import terms_of

# a word counts as marking its story out only when this rare in the archive (idf, about
# ln(passages / passages holding it): one passage in some 400 or fewer, whatever the archive's
# size): "hdtv", "motherhood", not "game" or "world". On the
# development who-said questions, 6.0 with a weight of 0.25 (`who_said_ranking._RARE_LACKED`):
# the freshest halves (sets 51-57) 121 -> 122 of 155 (aw077), the older 976 -> 977 of 1,141
# (won av093, k041, n045, aj085; lost av095, n005, b071); 5.0 alike fresh, the older 977 (won 5,
# lost 4); weight 0.5 at 6.0: fresh 122, the older 974
RARE_IDF = 6.0


def rarest_lacked(
    terms: Sequence[str],
    idf: Mapping[str, float],
    hits_of: Callable[[str], Sequence[tuple[Passage, float]]],
) -> Callable[[Quote], bool] | None:
    """Return, for a quote, whether its article's matching passages lack the question's rarest
    word (another form of it counts); None when no word of the question is rare enough."""
    weighed = sorted(((idf.get(t) or 0.0, t) for t in dict.fromkeys(terms)), reverse=True)
    if not weighed or weighed[0][0] < RARE_IDF:
        return None
    rarest = weighed[0][1]
    lacked: dict[str, bool] = {}

    def lacks(quote: Quote) -> bool:
        if quote.article_id not in lacked:
            held: set[str] = set()
            for passage, _ in hits_of(quote.article_id):
                held.update(passage.stored_terms() or terms_of(passage.text))
            lacked[quote.article_id] = rarest not in held and not kin_forms([rarest], held)
        return lacked[quote.article_id]

    return lacks
