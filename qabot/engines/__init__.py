"""Ranking engines: the one place that knows how passages are scored.

Enters: passages with their analyzed terms, day and outlet (`IndexedPassage`), question tokens
and an optional `PassageFilter`. Leaves: the best passages with their scores. Ingestion,
analysis, quotes and the front ends never depend on which engine is in use; `[index] engine`
in the config picks one (`engine_class`). `base` holds the protocol, `scored` the hits a
search returns, `registry` the names; `tantivy_engine` (+ `tantivy_documents` at build time,
`tantivy_search`, `tantivy_queries`, `tantivy_ties` and `tantivy_passages` at question time,
`tantivy_ranking`, `text_packs`) and `rank_bm25_engine` are the two engines.
"""

from qabot.config import DEFAULT_ENGINE
from qabot.engines.base import Engine, IndexedPassage, PassageFilter
from qabot.engines.registry import ENGINE_NAMES, engine_class
from qabot.engines.scored import ScoredPassages, Span, StoredTerms, Titled

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINE_NAMES",
    "Engine",
    "IndexedPassage",
    "PassageFilter",
    "ScoredPassages",
    "Span",
    "StoredTerms",
    "Titled",
    "engine_class",
]
