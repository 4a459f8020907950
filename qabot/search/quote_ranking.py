"""Quote ranking at question time: a speaker's quotes by topic, and the scoring "who said" shares.

Quotes are few per question (one speaker's, or those of the best articles), so they are scored
here with a small in-memory Okapi BM25 over their analyzed words rather than through the engine.
"Who said ...?" candidates are ranked in `who_said_ranking` with this module's scoring.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from qabot.engines import Span
from qabot.records import Passage, Quote
from qabot.search.quote_pieces import quoted_fragment, runs_on
from qabot.search.word_forms import kin_forms, synonym_forms, with_kin
from qabot.text import terms_of, tokenize


def bm25_scores(documents: Sequence[Sequence[str]], query: list[str]) -> list[float]:
    """Return Okapi BM25 scores (k1=1.2, b=0.75, Lucene idf) of `documents` for `query`."""
    if not documents or not query:
        return [0.0] * len(documents)
    average = sum(map(len, documents)) / len(documents) or 1.0
    frequency = Counter(t for doc in documents for t in set(doc) if t in query)
    idf = {t: math.log(1 + (len(documents) - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
    scores = []
    for doc in documents:
        counts = Counter(doc)
        norm = 1.2 * (0.25 + 0.75 * len(doc) / average)
        scores.append(
            math.fsum(
                idf[t] * counts[t] * 2.2 / (counts[t] + norm) for t in set(query) if t in counts
            )
        )
    return scores


def rank_quotes(quotes: Sequence[Quote], topic: str | None) -> list[Quote]:
    """Return `quotes` ordered by relevance to `topic` (in their order when there is none)."""
    terms = tokenize(topic) if topic else []
    if not terms:
        return list(quotes)
    scores = bm25_scores([tokenize(q.text + " " + q.sentence) for q in quotes], terms)
    order = sorted(range(len(quotes)), key=lambda i: -scores[i])  # stable: ties keep order
    return [quotes[i] for i in order]


def quote_tokens(quotes: Sequence[Quote]) -> list[list[str]]:
    """Return the analyzed text of each quote."""
    return [list(terms_of(q.text)) for q in quotes]


@dataclass(frozen=True, slots=True)
class Context:
    """Where a question's words are found: scored passages, as offsets per article."""

    spans: dict[str, list[tuple[int, int, float]]]  # article id -> (start, end, score)
    best: float  # the top passage score (1.0 when nothing matched)
    # each article's spans by start, their starts and the longest span's length, made when
    # first asked (`by_start`): a who-said answer asks of some 300 quotes where they lie
    _by_start: dict[str, tuple[list[int], list[tuple[int, int, float]], int]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    @classmethod
    def of(cls, hits: Sequence[tuple[Passage, float]]) -> Context:
        return cls.of_spans(
            [(passage.article_id, passage.start, passage.end) for passage, _ in hits],
            [score for _, score in hits],
        )

    @classmethod
    def of_spans(cls, where: Sequence[Span], scores: Sequence[float]) -> Context:
        """Return the Context of hits at these spans (article id, start, end) and scores."""
        spans: dict[str, list[tuple[int, int, float]]] = {}
        for (article_id, start, end), score in zip(where, scores, strict=True):
            spans.setdefault(article_id, []).append((start, end, score))
        return cls(spans, max(scores, default=0.0) or 1.0)

    def passage(self, quote: Quote) -> float:
        """Return the score of the best matching passage holding `quote` (0 to 1)."""
        return (
            max(
                (
                    s
                    for a, b, s in self.spans.get(quote.article_id, ())
                    if a < quote.end and quote.start < b
                ),
                default=0.0,
            )
            / self.best
        )

    def by_start(self, article_id: str) -> tuple[list[int], list[tuple[int, int, float]], int]:
        """Return the article's spans sorted by start, their starts (for `bisect`) and the
        length of its longest span: a span meeting offsets a..b starts after a - longest."""
        found = self._by_start.get(article_id)
        if found is None:
            rows = sorted(self.spans.get(article_id, ()), key=lambda row: row[0])
            longest = max((b - a for a, b, _ in rows), default=0)
            found = self._by_start[article_id] = ([a for a, _, _ in rows], rows, max(0, longest))
        return found

    def article(self, article_id: str) -> float:
        """Return the score of the article's best matching passage (0 to 1)."""
        return max((s for *_, s in self.spans.get(article_id, ())), default=0.0) / self.best


# what words in quote marks gain over a report of them ("X told the summit that ..."): a report
# is the writer's wording, often the very words a reader's question borrows, while "what did X
# say" asks for X's own words; a report still comes first when it is clearly more on the topic
_SAID = 0.6
# words of the speaker that run on from their last ones (`runs_on`: a continuation paragraph,
# the quote after "X said that ...") keep this share of their relevance: a speech goes on about
# its subject without naming it again
_CARRY = 0.95
# the share of their relevance words in quote marks take from the topic's words in the writer's
# sentence just before them (`lead_ins`): a reply to it, of less weight than naming it
_LEAD = 0.8
_TOPICAL = 1.0  # weight of the article's best passage found by the topic's words alone
# weight of the share of the topic the quote's story holds in one passage (`topic_held`): BM25
# rewards a passage repeating the commonest topic word; a story holding every word is about it
# (dev what-said 0 / 1.0 / 2.0: 1285 / 1287 / 1287 of 1347, the smaller weight moving fewer)
_HELD = 1.0
# the share of a topic word's weight its synonym takes (WordNet's, `asked_synonyms`: "team" for
# "squad"): a reader's question seldom repeats the speaker's words, but a synonym may be of
# another sense of the word ("go" for "leave"); fitted on the dev what-said questions (share
# 0.3 / 0.5 / 0.7 / 1.0: 1241 / 1242 / 1243 / 1242 of 1305 against 1241 without)
_SYNONYM = 0.7
# a fragment (`quoted_fragment`) gains this share of _SAID: the writer's sentence around a few
# quoted words tells what was said, so they are less the speaker's own words than a remark
_PART = 0.5


def _normalised(scores: list[float]) -> list[float]:
    top = max(scores, default=0.0) or 1.0
    return [score / top for score in scores]


def rank_in_context(
    quotes: Sequence[Quote],
    terms: Sequence[str],
    context: Context,
    topical: Context | None = None,
    leads: Sequence[Collection[str]] | None = None,
    held: Mapping[str, float] | None = None,
) -> list[Quote]:
    """Return one speaker's `quotes` ordered by how well they answer a topic: the quote and its
    sentence, the passage holding it and its article, all against the topic's terms; words that
    run on from the speaker's words just before keep most of their relevance, and words in quote
    marks come before a report of the same relevance. Quotes that match nothing keep their order
    after those that do; none is dropped.

    With `topical` (passages found by the topic's words alone) a quote is weighed by the share
    of the topic it holds rather than by its best word, and its article by how well it is about
    the topic: a quote naming "Lord Goldsmith" does not answer "the House of Lords reform"
    better than words in an article about that reform. With it, `leads` (each quote's topic
    terms in the writer's sentence just before, `lead_ins`) count for it at _LEAD: "But Tane
    said: 'He would be hard pushed to do that now'" answers the sentence on the coach's picks.
    With `held` (article id -> the share of the topic one passage of it holds, `topic_held`)
    a story holding the whole topic counts for its quotes at _HELD."""
    if not terms or not quotes:
        return list(quotes)
    plain: list[Sequence[str]] = [[*terms_of(q.text), *terms_of(q.sentence)] for q in quotes]
    vocabulary = {t for doc in plain for t in doc} - set(terms)
    # other forms of a topic word count ("captain" for "captaincy"), as for "who said"
    kin = kin_forms(terms, vocabulary)
    own = _own_scores(quotes, plain, terms, kin, topical, leads)
    # ... and a synonym of one, for a share of it: the quote holding it is counted both ways
    wider = {term: list(stand) for term, stand in kin.items()}
    for other, stand in synonym_forms(terms, vocabulary).items():
        wider.setdefault(other, []).extend(stand)
    if wider != kin:
        more = _own_scores(quotes, plain, terms, wider, topical, leads)
        own = [(1 - _SYNONYM) * a + _SYNONYM * b for a, b in zip(own, more, strict=True)]
    on_topic = [
        own[i] > 0 or (topical is not None and topical.passage(q) > 0)
        for i, q in enumerate(quotes)
    ]
    scored = [
        own[i]
        + 0.7 * context.passage(q)
        + 0.3 * context.article(q.article_id)
        + (_TOPICAL * topical.article(q.article_id) if topical is not None else 0.0)
        + (_HELD * held.get(q.article_id, 0.0) if held is not None else 0.0)
        for i, q in enumerate(quotes)
    ]
    scored = _carried(quotes, on_topic, scored)
    order = sorted(range(len(quotes)), key=lambda i: (-scored[i], i))
    return [quotes[i] for i in order]


def _own_scores(
    quotes: Sequence[Quote],
    plain: list[Sequence[str]],
    terms: Sequence[str],
    kin: dict[str, list[str]],
    topical: Context | None,
    leads: Sequence[Collection[str]] | None,
) -> list[float]:
    """Return each quote's own relevance to the topic's `terms`, a form in `kin` counting as
    the term it stands for: by its words and sentence, BM25 normalised, or with `topical` the
    share of the topic its words hold and its sentence holds (with their `leads`)."""
    documents = with_kin(plain, kin)
    if topical is None:
        return _normalised(bm25_scores(documents, list(terms)))
    # the quote's own words count twice: its sentence may hold the next quote's too
    said = with_kin([list(terms_of(q.text)) for q in quotes], kin)
    spoken = term_coverage(said, list(terms))
    around = term_coverage(documents, list(terms))
    led = [i for i, lead in enumerate(leads or ()) if lead]
    if leads is not None and led:  # words in quote marks answering the sentence before
        around = _with_leads(documents, terms, around, leads, led)
        spoken = _with_leads(said, terms, spoken, leads, led)
    return [(a + b) / 2 for a, b in zip(spoken, around, strict=True)]


def _with_leads(
    documents: Sequence[Sequence[str]],
    terms: Sequence[str],
    scores: list[float],
    leads: Sequence[Collection[str]],
    led: list[int],
) -> list[float]:
    """Return `scores` (each document's share of the topic) with the documents at `led`
    holding their lead's terms too, at _LEAD, when that is more."""
    shares = term_coverage(
        documents, list(terms), instead=[[*documents[i], *leads[i]] for i in led]
    )
    scores = list(scores)
    for i, share in zip(led, shares, strict=True):
        scores[i] = max(scores[i], _LEAD * share)
    return scores


def _carried(quotes: Sequence[Quote], on_topic: list[bool], scores: list[float]) -> list[float]:
    """Return the final score of each quote: its relevance in `scores`, at least _CARRY of that
    of the same speaker's words just before it in its article when those are `on_topic` (hold a
    topic word, or sit in a passage that does) or run on from words that are, plus _SAID for
    words in quote marks. "X said the plan was dead. 'We tried everything.'": the words in quote
    marks are X's, and may come before the report of them; a passage that only names the speaker
    carries nothing."""
    scores, on_topic = list(scores), list(on_topic)
    by_place = sorted(range(len(quotes)), key=lambda i: (quotes[i].article_id, quotes[i].start))
    for before, after in itertools.pairwise(by_place):
        first, then = quotes[before], quotes[after]
        if runs_on(first, then) and on_topic[before]:
            scores[after] = max(scores[after], _CARRY * scores[before])
            on_topic[after] = True
    return [
        score
        + (
            _SAID * (_PART if quoted_fragment(quote) else 1.0)
            if score > 0 and quote.kind == "direct"
            else 0.0
        )
        for score, quote in zip(scores, quotes, strict=True)
    ]


def term_coverage(
    documents: Sequence[Collection[str]],
    query: list[str],
    others: Callable[[int, str], float] | None = None,
    instead: Sequence[Sequence[str]] | None = None,
) -> list[float]:
    """Return the share of the query's weight (idf over `documents`) each document holds: 1.0
    when it holds every term, whatever the other documents hold. With `others` (how many other
    speakers of document i's article say term t) a term weighs less in a document for each
    (`_SHARED`). With `instead`, the share each of its term lists holds, weighed as if in
    `documents` (terms credited to a document without moving the weights of its own)."""
    terms = set(query)
    # the query terms each document holds, found once in C (a "who said" ranks some 300
    # documents three times): they count the frequencies and are summed below
    found = [terms.intersection(doc) for doc in documents]
    frequency = Counter(t for terms_held in found for t in terms_held)
    n = len(documents)
    idf = {t: math.log(1 + (n - frequency[t] + 0.5) / (frequency[t] + 0.5)) for t in terms}
    # fsum: a set's order follows the process's string hashes, and a plain sum's last bit
    # follows the order, which broke ties between quotes differently from run to run
    total = math.fsum(idf.values()) or 1.0
    held = found if instead is None else [terms.intersection(doc) for doc in instead]
    # most documents hold none of the query: 0.0 without a sum (what an empty one gives)
    if others is None:
        return [
            math.fsum(idf[t] for t in terms_held) / total if terms_held else 0.0
            for terms_held in held
        ]
    return [
        math.fsum(idf[t] / (1 + _SHARED * others(i, t)) for t in terms_held) / total
        if terms_held
        else 0.0
        for i, terms_held in enumerate(held)
    ]


# a question word that other speakers of the same article say too tells them apart less: each
# weighs it down by this share. Everyone quoted on a rezoning says "rezoning"; the reader's
# other words, in one speaker's words only, point at the one asked about
_SHARED = 0.4
