"""Analysis of whole articles: Article -> passages with their terms, and quotes.

Pure per article. Large updates spread articles over worker processes in bounded batches, so
memory stays flat however many articles stream past and both cores analyse text.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from qabot.engines import Engine, IndexedPassage
from qabot.indexing.chunking import cut_passages, passage_spans_and_words
from qabot.indexing.quote_terms import QuoteTerms, quote_terms
from qabot.records import Article, Passage, Quote, day_number, outlet_key
from qabot.text import (
    analyze,
    capitalised_terms,
    figure_kinds,
    name_pair_keys,
    sentence_spans,
)
from qabot.text.analyzer import analyze_spans
from qabot.text.figures import figure_checks
from qabot.text.signatures import joined_signature

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from qabot.attribution import Summary

BATCH = 64  # articles per task sent to a worker
PARENT_CHECK_SECONDS = 0.5
PARALLEL_MIN_BYTES = 512 << 10  # below this much text, starting workers costs more than they save


class Analysis(NamedTuple):
    """One article analysed: passages with their terms, quotes with theirs, and who speaks in
    them."""

    passages: list[IndexedPassage]
    quotes: list[Quote]
    speakers: Summary
    quote_terms: list[QuoteTerms]
    problem: str | None = None  # why its quotes were left out (`quotes_of`), for a warning


def analyze_article(article: Article) -> Analysis:
    """Return an article's passages with their terms, title terms, day and outlet, its quotes
    with their terms and its speakers (`analyze_articles` of one article)."""
    return analyze_articles([article])[0]


def analyze_articles(articles: Sequence[Article]) -> list[Analysis]:
    """Return the analysis of each article: its passages with their terms, title terms, day and
    outlet, its quotes with their terms (a quote's sentence is most often one of the article's,
    whose terms are made already) and its speakers.

    Each article's sentences are found once (for passages and speaker summaries alike) and each
    is analysed once, although consecutive passages overlap by a sentence or a paragraph. Each
    step runs over all the articles before the next (sentences, their terms, passages, quotes,
    speakers), not article by article: a step's memory (the analyzer's word cache above all,
    a look-up a word that waits on memory) then stays in the processor's caches from one
    article to the next, instead of being pushed out by the other steps in between. Same
    results, about a tenth less CPU (5,000 synthetic articles in batches of 64, in turns).
    """
    sentences = [sentence_spans(article.text) for article in articles]
    cuts = [
        passage_spans_and_words(article.text, spans)
        for article, spans in zip(articles, sentences, strict=True)
    ]
    terms = [
        analyze_spans(article.text, spans)
        for article, (spans, _) in zip(articles, cuts, strict=True)
    ]
    passages = [
        _indexed_passages(article, *cut, passage_terms)
        for article, cut, passage_terms in zip(articles, cuts, terms, strict=True)
    ]
    quotes = [
        quotes_of(article, spans) for article, spans in zip(articles, sentences, strict=True)
    ]
    return [
        Analysis(
            article_passages,
            read.quotes,
            read.speakers,
            quote_terms(
                read.quotes,
                _analysed(article.text, cut[0], article_terms),
                _opening(article_passages),
            )
            if read.quotes
            else [],
            read.problem,
        )
        for article, cut, article_terms, article_passages, read in zip(
            articles, cuts, terms, passages, quotes, strict=True
        )
    ]


class QuotesRead(NamedTuple):
    """An article's quotes and speakers, or none and why (`quotes_of`)."""

    quotes: list[Quote]
    speakers: Summary
    problem: str | None


def quotes_of(
    article: Article,
    sentences: list[tuple[int, int]],
    extract: Callable[[Article], list[Quote]] | None = None,
) -> QuotesRead:
    """Return an article's quotes (read by `extract`, the attribution stage's
    `extract_quotes` unless given) and the summary of who speaks in them.

    The attribution rules are many and read untrusted text: a text one of them fails on
    (a bug of ours, found so far only by synthetic corpora) costs that article its quotes,
    named in a warning, never the whole update: its passages are indexed all the same.
    """
    # the quote readers (most of the attribution stage) are imported when an article is first
    # analysed: a command that finds its index up to date analyses none
    from qabot.attribution import extract_quotes, summarize

    try:
        quotes = (extract or extract_quotes)(article)
        return QuotesRead(quotes, summarize(quotes, article.text, sentences), None)
    except Exception as error:  # any rule's failure: the article goes on
        problem = (
            f"{article.info.path}: its quotes could not be read ({type(error).__name__}"
            f"{': ' + str(error)[:200] if str(error) else ''}), so it is indexed without "
            "them; please report this with the file"
        )
        return QuotesRead([], summarize([], article.text, sentences), problem)


def _opening(passages: list[IndexedPassage]) -> str | None:
    """Return the text of an article's first passage (the engine's `openings`), if any."""
    first = [p.passage.text for p in passages if p.passage.position == 0]
    return first[0] if first else None


def _analysed(text: str, spans: list[tuple[int, int]], terms: list[str]) -> dict[str, str]:
    """Return each span's text with its terms (`analyze_spans(text, spans)`)."""
    return {text[a:b]: span_terms for (a, b), span_terms in zip(spans, terms, strict=True)}


def indexed_passages(article: Article, sentences: list[tuple[int, int]]) -> list[IndexedPassage]:
    """Return an article's passages with their terms, title terms, day and outlet, given its
    `sentence_spans`."""
    spans, words = passage_spans_and_words(article.text, sentences)
    return _indexed_passages(article, spans, words, analyze_spans(article.text, spans))


def _indexed_passages(
    article: Article, spans: list[tuple[int, int]], words: list[int], terms: list[str]
) -> list[IndexedPassage]:
    """Return an article's passages, given its sentences cut for passages
    (`passage_spans_and_words`) and their terms."""
    info, text = article.info, article.text
    title, day, outlet = analyze(info.title), day_number(info.date), outlet_key(info.source)
    title_terms, checks = tuple(title.split()), figure_checks(text)
    passages = cut_passages(article, spans, words, terms, title_terms)
    title_pairs = name_pair_keys(info.title)
    return [_indexed(passage, title, day, outlet, checks, title_pairs) for passage in passages]


def _indexed(
    passage: Passage, title: str, day: int, outlet: str, checks: int, title_pairs: list[str]
) -> IndexedPassage:
    """Return a passage with its terms: those of its sentences, stored in it, joined.

    `checks` are the figure checks its article's text passes (`figure_checks`: a passage holds
    no figure its article lacks). Sentences meet at white space, where the analyzer cuts words
    anyway, so the joined sentence terms are exactly `analyze(passage.text)`: answers read the
    stored terms instead of analysing passages again.
    """
    terms = " ".join(filter(None, passage.sentence_terms))
    # of the terms as answers read them back (`qabot.search.duplicates.term_set`)
    signature, distinct = joined_signature(terms)
    figures = figure_kinds(passage.text, checks)
    capitals = capitalised_terms(passage.text)
    # the pairs its text or its article's title writes with a capital on each, each once
    pairs = " ".join(dict.fromkeys([*name_pair_keys(passage.text), *title_pairs]))
    return IndexedPassage(
        passage, terms, title, day, outlet, figures, signature, distinct, capitals, pairs
    )


class AnalysisToWrite(NamedTuple):
    """One article analysed, as the indexing process takes it: its passages as the engine
    writes them (`Engine.prepare`, done in the worker), its quotes, speakers and quotes'
    terms."""

    passages: Sequence[object]
    quotes: list[Quote]
    speakers: Summary
    quote_terms: list[QuoteTerms]
    problem: str | None


def _analyze_batch(articles: list[Article], engine: type[Engine]) -> list[AnalysisToWrite]:
    return [
        AnalysisToWrite(engine.prepare(passages), quotes, speakers, terms, problem)
        for passages, quotes, speakers, terms, problem in analyze_articles(articles)
    ]


def default_workers(bytes_to_read: int) -> int:
    """Return how many analysis processes suit an update reading this many bytes."""
    if bytes_to_read < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def make_executor(workers: int) -> Executor | None:
    """Return a process pool for `workers` > 1.

    Spawned (safe in threaded processes, unlike fork), not forked by a forkserver: a spawned
    worker is the updating process's own child, so it can tell when that process dies, even by
    kill -9, and exits instead of analysing articles nobody will read (a forkserver and its
    workers outlived it).
    """
    if workers <= 1:
        return None
    # imported here, as a pool is: multiprocessing costs every qabot command at start otherwise
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    )


def _exit_with_parent(parent: int) -> None:
    """Start a watch that ends this worker as soon as `parent` is gone (worker initializer)."""
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:  # an orphan is adopted by another process at once
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)  # no clean-up: the parent's temporary generation is removed by the next update


def analyze_batches(
    batches: Iterable[list[Article]],
    executor: Executor | None,
    engine: type[Engine],
    window: int = 4,
) -> Iterator[tuple[list[Article], list[AnalysisToWrite]]]:
    """Yield each batch with its analyses, prepared for `engine`, in order; at most `window`
    batches in flight."""
    if executor is None:
        for batch in batches:
            yield batch, _analyze_batch(batch, engine)
        return
    pending = []
    for batch in batches:
        pending.append((batch, executor.submit(_analyze_batch, batch, engine)))
        if len(pending) >= window:
            done, future = pending.pop(0)
            yield done, future.result()
    for done, future in pending:
        yield done, future.result()
