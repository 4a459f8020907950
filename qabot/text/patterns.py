"""Text, shared by every stage: regular expressions compiled on first use, not at import.

Compiling the few hundred module-level patterns of attribution, ingest and search took close to
half of every `qabot` start (0.19 of 0.41 CPU-s for `import qabot.cli`), though a command uses
only some of them: `_X = lazy(r"...")` reads as `re.compile` and compiles on the first call.
After that the pattern's own bound methods stand on the record, so a call costs what a call on
the compiled pattern does (the index build calls some of these millions of times).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

# what a compiled pattern's calls are taken from, once compiled
_FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "groupindex",
    "groups",
)


# patterns made at question time from its words (a name, a description), kept by their makers
# per key (`functools.lru_cache`): `re`'s own cache holds 512, shared by every pattern a
# question makes, so one asked again was compiled again; ~1-3 KB each
KEPT_PATTERNS = 1024

# what compiles a pattern's text: `re.compile`, or a command's start cache
# (`compile_patterns_with`), which gives the same patterns and keeps them for the next process
_compile: Callable[[str, int], re.Pattern[str]] = re.compile


def compile_patterns_with(compile: Callable[[str, int], re.Pattern[str]]) -> None:
    """Compile the patterns not yet compiled with `compile` (what `re.compile` would give)."""
    global _compile
    _compile = compile


class LazyPattern:
    """A regular expression compiled the first time it is used (`lazy`)."""

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self.flags = flags

    @property
    def pattern(self) -> str:
        """The expression's text (built, not compiled, when it was given as a function)."""
        if not isinstance(self._source, str):
            self._source = self._source()
        return self._source

    def compiled(self) -> re.Pattern[str]:
        """Return the compiled pattern, compiling it now if no call has yet."""
        compiled = _compile(self.pattern, self.flags)
        for name in _FORWARDED:
            setattr(self, name, getattr(compiled, name))
        self.compiled = lambda: compiled  # type: ignore[method-assign]
        return compiled

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags})"

    if TYPE_CHECKING:
        groupindex: dict[str, int]
        groups: int

        def search(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...

        def match(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...

        def fullmatch(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...

        def finditer(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> Iterator[re.Match[str]]: ...

        def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]: ...

        def sub(
            self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
        ) -> str: ...

        def subn(
            self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
        ) -> tuple[str, int]: ...

        def split(self, string: str, maxsplit: int = 0) -> list[str | Any]: ...

    else:

        def __getattr__(self, name: str) -> Any:
            # reached only before the first compile: afterwards the names stand on the record
            if name not in _FORWARDED:
                raise AttributeError(name)
            return getattr(self.compiled(), name)


def lazy(source: str | Callable[[], str], flags: int = 0) -> LazyPattern:
    """Return `re.compile(source, flags)` to be compiled on first use; `source` may be a function
    that builds the text (a join over a lexicon's words), called then too."""
    return LazyPattern(source, flags)


# a word of letters only, as a reader types it: no digits, no "_", no apostrophe or hyphen
# ("don't" is "don" and "t")
LETTER_WORD = lazy(r"[^\W\d_]+")

# a possessive's ending, "'s" or a bare apostrophe ("Jones'"): struck, it leaves the owner's
# word as the articles write it alone ("Wenger's" -> "Wenger", "united's" -> "united")
POSSESSIVE_END = lazy(r"['’]s?$")
# the same, "'s" only: a plural's bare apostrophe ("the rovers'") is left
APOSTROPHE_S_END = lazy(r"['’]s$")
