"""Indexing: articles -> an index generation on disk, and the live generation answers read.

Enters: the articles folder. Leaves: generation folders (`layout`: meta, manifest, article
records, quote segments and index, the engine's files) written atomically by `update_index`
(`build`), which reads only new and changed files (`plan`, `reading`), cuts passages
(`chunking`), analyses articles in worker processes (`analysis`) and writes the generation's
files (`generation`); `load_index` / `IndexHolder` give readers the live `Index`, whose
`outlets` summarise who published the articles and when, and whose `quoted_names` are the names
of everyone quoted.
"""

from qabot.indexing.build import ensure_index, update_index
from qabot.indexing.chunking import (
    MAX_CHARS,
    MAX_WORDS,
    MIN_WORDS,
    chunk_article,
    join_passages,
    passage_spans,
    passage_spans_and_words,
)
from qabot.indexing.generation import IndexReport
from qabot.indexing.layout import built_from, current_generation
from qabot.indexing.live import Index, IndexHolder, load_index
from qabot.indexing.outlets import DateSpan, Outlet
from qabot.indexing.quoted_names import QuotedNames

__all__ = [
    "MAX_CHARS",
    "MAX_WORDS",
    "MIN_WORDS",
    "DateSpan",
    "Index",
    "IndexHolder",
    "IndexReport",
    "Outlet",
    "QuotedNames",
    "built_from",
    "chunk_article",
    "current_generation",
    "ensure_index",
    "join_passages",
    "load_index",
    "passage_spans",
    "passage_spans_and_words",
    "update_index",
]
