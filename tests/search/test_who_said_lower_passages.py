"""'Who said the harbour strike was an error?': a quote's passage that scores below the fifty
hits read, in a story among them, still holds words of the question ("strike", and "mistake"
for "error"): it is weighed by its own score, not as a passage matching nothing."""

from __future__ import annotations

import pytest

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.records import Quote, article_id
from qabot.search import answer
from qabot.search.article_hits import context_in_articles
from qabot.search.quote_ranking import Context
from qabot.search.quote_surroundings import beside
from qabot.text import tokenize
from tests.support.indexes import index_of

# sixty reports of the strike in other words each, quoting nobody, fill the fifty hits read
TOWNS = "Arden Bale Corby Dunmore Elsdon Farley Garth Hexley Ilford Jarrow".split()
CRAFT = "tugs ferries barges trawlers cranes yachts".split()
REPORTS = {
    f"{town}-{craft}.txt": f"{town} news\n\nThe harbour strike kept the {craft} of {town} idle, "
    f"and {town} watched the harbour strike from the {craft}.\n"
    for town in TOWNS
    for craft in CRAFT
}
# a long paragraph of other things keeps the quote's paragraph a passage of its own
AFTER = " ".join(f"Tugboat{n} sailed past quay{n} under grey sky{n}." for n in range(40))
# and other news, so that the harbour strike is not news of every passage
OTHER = {
    f"{town}-{thing}.txt": f"{town} {thing}\n\nThe {thing} of {town} opened again on Monday.\n"
    for town in TOWNS
    for thing in "library museum bakery school market cinema choir garden zoo pool park".split()
}
ARTICLES = (
    REPORTS
    | OTHER
    | {
        "crews.txt": "Talks fail at the docks\n\n"
        "The harbour strike went on. Harbour strike talks failed, and the harbour strike and "
        "the harbour strike pickets stay. "
        '"The harbour is quiet today," said Bo Lind.\n\n'
        f"{AFTER}\n\n"
        '"The strike was a mistake," said union leader Ana Ruiz.\n',
    }
)


@pytest.fixture(scope="module")
def crews_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("crews"), ARTICLES)


def test_a_quote_below_the_hits_read_keeps_its_passage_score(crews_index: Index) -> None:
    result = answer(crews_index, "who said the harbour strike was an error?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ana Ruiz"]


def _weights(context: Context, quote: Quote) -> tuple[float, float, float]:
    return context.passage(quote), beside(context, quote), context.article(quote.article_id)


def test_the_search_in_the_hits_articles_is_spared_only_where_it_adds_nothing(
    crews_index: Index,
) -> None:
    terms = tokenize("harbour strike error")
    hits = crews_index.engine.search_scored(terms, 50)
    assert len(hits) == 50  # a full page: passages below it hold the words too
    spans = [(hits.span(i), hits.scores[i]) for i in range(len(hits))]
    crews = article_id("crews.txt")
    assert crews in {hits.span(i)[0] for i in range(len(hits))}
    lind, ruiz = sorted(crews_index.quotes_of_articles([crews]), key=lambda q: q.start)
    best = hits.scores[0]
    # Bo Lind's words lie in a hit: the search is spared, and weighs them as it would
    spared = context_in_articles(crews_index, terms, None, spans, best, [lind], whole=False)
    searched = context_in_articles(crews_index, terms, None, spans, best, [ruiz], whole=False)
    assert _weights(spared, lind) == _weights(searched, lind)
    assert spared.spans != searched.spans
    # Ana Ruiz's lie below the hits: searched, her passage holds "strike"
    assert spared.passage(ruiz) == 0.0 < searched.passage(ruiz)


def test_only_the_articles_of_quotes_outside_the_hits_have_their_other_passages_read(
    crews_index: Index,
) -> None:
    terms = tokenize("harbour strike error")
    hits = crews_index.engine.search_scored(terms, 50)
    spans = [(hits.span(i), hits.scores[i]) for i in range(len(hits))]
    crews = article_id("crews.txt")
    ruiz = max(crews_index.quotes_of_articles([crews]), key=lambda q: q.start)
    best = hits.scores[0]
    searched = context_in_articles(crews_index, terms, None, spans, best, [ruiz], whole=False)
    # every passage of the hits' articles the limited search finds, read
    articles = frozenset(span[0] for span, _ in spans)
    among = crews_index.engine.search_scored(terms, 400, PassageFilter(articles=articles))
    read = [(among.span(i), among.scores[i]) for i in range(len(among))]
    hit_spans = {span for span, _ in spans}
    added = [(span, score) for span, score in read if span not in hit_spans]
    whole = Context.of_spans(*zip(*(spans + added), strict=True))
    assert _weights(searched, ruiz) == _weights(Context(whole.spans, best), ruiz)
    # the other articles keep only their hits: their quotes would feel nothing more
    assert all(
        searched.spans[a] == Context.of_spans(*zip(*spans, strict=True)).spans[a]
        for a in articles - {crews}
    )
