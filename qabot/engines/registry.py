"""The engine registry: `[index] engine` in the config names one of these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qabot.errors import ConfigError

if TYPE_CHECKING:
    from qabot.engines.base import Engine

ENGINE_NAMES = ("tantivy", "rank-bm25")


def engine_class(name: str) -> type[Engine]:
    """Return the engine class registered under `name` (as written in the config)."""
    if name == "rank-bm25":
        from qabot.engines.rank_bm25_engine import RankBM25Engine

        return RankBM25Engine
    if name == "tantivy":
        from qabot.engines.tantivy_engine import TantivyEngine

        return TantivyEngine
    raise ConfigError(f'Unknown engine {name!r} in [index] engine. Use "tantivy" or "rank-bm25".')
