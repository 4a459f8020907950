"""Indexing: articles -> an index generation on disk, and the live generation answers read.

Enters: the articles folder. Leaves: generation folders (`layout`: meta, manifest, article
records, quote segments and index, the engine's files) written atomically by `update_index`
(`build`), which reads only new and changed files (`plan`, `reading`), cuts passages
(`chunking`), analyses articles in worker processes (`analysis`) and writes the generation's
files (`generation`); `load_index` (`loading`) / `IndexHolder` give readers the live `Index`, whose
`outlets` summarise who published the articles and when, and whose `quoted_names` are the names
of everyone quoted. `ensure_index` (`opening`) loads the live index, building it first when due
and updating it when article files changed since (`folder_changes`); `old_rules_note` tells a
user when it was built by other quote or reading rules than today's.

Building (`build`, `generation`, and through them `ingest`) is imported on first use of
`update_index` or `IndexReport`: a command that only reads the index starts without it.
"""

from typing import TYPE_CHECKING

from qabot.first_use import import_on_first_use
from qabot.indexing.chunking import (
    MAX_CHARS,
    MAX_WORDS,
    MIN_WORDS,
    chunk_article,
    join_passages,
    passage_spans,
    passage_spans_and_words,
)
from qabot.indexing.holder import IndexHolder
from qabot.indexing.layout import built_from, current_generation
from qabot.indexing.live import Index
from qabot.indexing.loading import load_index
from qabot.indexing.opening import OpenedIndex, ensure_index
from qabot.indexing.outlets import DateSpan, Outlet
from qabot.indexing.quoted_names import QuotedNames
from qabot.indexing.rules_changed import old_rules_note

if TYPE_CHECKING:
    from qabot.indexing.build import update_index
    from qabot.indexing.generation import IndexReport

__all__ = [
    "MAX_CHARS",
    "MAX_WORDS",
    "MIN_WORDS",
    "DateSpan",
    "Index",
    "IndexHolder",
    "IndexReport",
    "OpenedIndex",
    "Outlet",
    "QuotedNames",
    "built_from",
    "chunk_article",
    "current_generation",
    "ensure_index",
    "join_passages",
    "load_index",
    "old_rules_note",
    "passage_spans",
    "passage_spans_and_words",
    "update_index",
]


# name -> the module that holds it, imported when the name is first asked for
_HOMES = {"update_index": "qabot.indexing.build", "IndexReport": "qabot.indexing.generation"}


__getattr__ = import_on_first_use(__name__, _HOMES)
