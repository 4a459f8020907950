"""Analysis of whole articles: Article -> passages with their terms, and quotes.

Pure per article. Large updates spread articles over worker processes in bounded batches, so
memory stays flat however many articles stream past and both cores analyse text.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import replace
from typing import NamedTuple

from qabot.attribution import Summary, extract_quotes, summarize
from qabot.engines import IndexedPassage
from qabot.indexing.chunking import chunk_article
from qabot.records import Article, Passage, Quote, day_number, outlet_key
from qabot.text import analyze

BATCH = 64  # articles per task sent to a worker
PARALLEL_MIN_BYTES = 512 << 10  # below this much text, starting workers costs more than they save


class Analysis(NamedTuple):
    """One article analysed: passages with their terms, quotes, and who speaks in them."""

    passages: list[IndexedPassage]
    quotes: list[Quote]
    speakers: Summary


def analyze_article(article: Article) -> Analysis:
    """Return an article's passages with their terms, title terms, day and outlet, its quotes
    and speakers."""
    info = article.info
    title, day, outlet = analyze(info.title), day_number(info.date), outlet_key(info.source)
    passages = [_with_terms(p, title, day, outlet) for p in chunk_article(article)]
    quotes = extract_quotes(article)
    return Analysis(passages, quotes, summarize(quotes, article.text))


def _with_terms(passage: Passage, title: str, day: int, outlet: str) -> IndexedPassage:
    """Return a passage with the analysed terms of each sentence stored in it, and its terms.

    Sentences meet at white space, where the analyzer cuts words anyway, so the joined sentence
    terms are exactly `analyze(passage.text)`: analysing by sentence costs nothing extra, and
    answers read the stored terms instead of analysing passages again.
    """
    spans = passage.sentence_spans()
    if not spans:
        return IndexedPassage(passage, analyze(passage.text), title, day, outlet)
    terms = tuple(analyze(passage.text[a:b]) for a, b in spans)
    stored = replace(passage, sentence_terms=terms)
    return IndexedPassage(stored, " ".join(filter(None, terms)), title, day, outlet)


def _analyze_batch(articles: list[Article]) -> list[Analysis]:
    return [analyze_article(article) for article in articles]


def default_workers(bytes_to_read: int) -> int:
    """Return how many analysis processes suit an update reading this many bytes."""
    if bytes_to_read < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def make_executor(workers: int) -> Executor | None:
    """Return a process pool for `workers` > 1 (forkserver: safe in threaded processes)."""
    if workers <= 1:
        return None
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))


def analyze_batches(
    batches: Iterable[list[Article]], executor: Executor | None, window: int = 4
) -> Iterator[tuple[list[Article], list[Analysis]]]:
    """Yield each batch with its analyses, in order; at most `window` batches in flight."""
    if executor is None:
        for batch in batches:
            yield batch, _analyze_batch(batch)
        return
    pending = []
    for batch in batches:
        pending.append((batch, executor.submit(_analyze_batch, batch)))
        if len(pending) >= window:
            done, future = pending.pop(0)
            yield done, future.result()
    for done, future in pending:
        yield done, future.result()
