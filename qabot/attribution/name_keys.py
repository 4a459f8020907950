"""Name keys, kept: `name_key` (given names, surname) of a name, cached for the directory and the
search side, which ask it of every name many times. Apart from the rules that use it so that
importing it imports only the lexicon."""

from __future__ import annotations

from functools import lru_cache

from qabot.text.lexicon import name_key as _name_key_uncached


@lru_cache(maxsize=1 << 18)
def cached_name_key(name: str) -> tuple[str, str]:
    """`name_key`, kept: building the directory asks it of every name several times."""
    return _name_key_uncached(name)
