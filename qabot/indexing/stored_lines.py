"""The rows of a live generation's JSON Lines files read per row: article id -> its line, each
line decoded when first asked for (article records: `StoredArticles`; the quote index:
`quote_store.StoredRows`).

An answer looks up the few articles its passages come from, a speech question the quote rows
of some thirty articles; decoding every row first was most of the first answer's time at a
million passages (100,000 article records: ~0.4 s of CPU; 24,000 quote rows: ~0.14 s). A file
is read and checked whole, and its lines found by the key each opens with (`write_jsonl`
writes it first), so only the rows asked for are decoded.
"""

from __future__ import annotations

import json
import re
from abc import abstractmethod
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import TypeVar, overload

from qabot.records import ArticleInfo
from qabot.text.patterns import lazy

ARTICLES_FILE = "articles.jsonl"
_T = TypeVar("_T")
_V = TypeVar("_V")

# the characters of a JSON string written without an escape: no quote mark, backslash or control
# character (which json.dumps escapes and json.loads refuses raw: a line holding one raw is
# damage, decoded in full to say so, never read by a pattern below)
PLAIN = r'[^"\\\x00-\x1f]*'
# an article record's opening as `write_jsonl` writes an ArticleInfo (its fields in order), up
# to its title, when no string holds an escape (`StoredArticles.title`)
_TITLED = lazy(rf'\{{"id": "{PLAIN}", "path": "{PLAIN}", "title": "({PLAIN})"')
# a whole record so written, each field a string without an escape or null: its groups are the
# ArticleInfo's fields in order (half the time of json.loads and a call by keywords)
_TEXT, _MAYBE = f'"({PLAIN})"', f'(?:null|"({PLAIN})")'
_RECORD = lazy(
    rf'\{{"id": {_TEXT}, "path": {_TEXT}, "title": {_TEXT}, "source": {_MAYBE}, '
    rf'"date": {_MAYBE}, "url": {_MAYBE}, "author": {_MAYBE}\}}\Z'
)


@cache
def _openings(key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of a line opening with `key` (as `write_jsonl` writes it, first)
    whose value holds no escape (`PLAIN`), so it is the key as its text
    reads: on the first line, and after a line break. Searched for after each line break (a
    search for the opening characters, which no JSON string holds unescaped)."""
    opening = re.escape(f'{{"{key}": "') + f'({PLAIN})"'
    return re.compile(opening), re.compile("\n" + opening)


def keyed_lines(text: str, key: str, damaged: Callable[[Exception], Exception]) -> dict[str, str]:
    """Return the lines of JSON Lines `text` by the string each object holds under `key`
    (the last line of a key wins, as a dict of the decoded rows would keep it); a line whose
    key cannot be read raises `damaged(error)`."""
    lines = text.split("\n")
    if lines and not lines[-1]:
        lines.pop()  # after the last line break
    # each line's key found by one search in C: when every line opens with its key written
    # plainly, the keys and lines pair up in order (~40 ms at 100,000 records, against ~80
    # for a look at each line in Python)
    first_line, next_line = _openings(key)
    first = first_line.match(text)
    keys = ([first[1]] if first else []) + next_line.findall(text)
    if len(keys) == len(lines):
        return dict(zip(keys, lines, strict=True))
    found: dict[str, str] = {}
    for line in lines:
        if not line.strip():
            continue
        plain = first_line.match(line)
        if plain is not None:
            found[plain[1]] = line
            continue
        try:  # not opened so, or escaped: read the whole object
            found[str(json.loads(line)[key])] = line
        except (ValueError, KeyError, TypeError) as error:
            raise damaged(error) from error
    return found


class DecodedLines(Mapping[str, _V]):
    """Key -> value over the lines of a JSON Lines file, each line decoded when first asked for
    (`decode`, given by the subclass) and kept; a line that cannot be decoded raises the
    file's damage error, never KeyError (which would read as "absent")."""

    def __init__(self, text: str, key: str, damaged: Callable[[Exception], Exception]) -> None:
        self._lines = keyed_lines(text, key, damaged)
        self._decoded: dict[str, _V] = {}
        self._damaged = damaged  # the error for a line that cannot be decoded

    @abstractmethod
    def decode(self, line: str) -> _V:
        """Return the value a line holds (raising ValueError, KeyError or TypeError if none)."""

    def __getitem__(self, key: str) -> _V:
        value = self._decoded.get(key)
        if value is not None:
            return value
        line = self._lines[key]  # KeyError: no such key (`get` gives None)
        if not line:  # decoded and let go since the look-up above: by another thread (two
            # chats answered at once), which kept the value first; no stored line is empty
            return self._decoded[key]
        try:
            value = self.decode(line)
        except (ValueError, KeyError, TypeError) as error:  # never taken for "absent"
            raise self._damaged(error) from error
        self._decoded[key] = value  # kept before the line is let go (see above)
        self._lines[key] = ""  # the value answers from now on: decoding every line (a
        # calendar counted from the records) would otherwise hold the file twice
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._lines

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)


class StoredArticles(DecodedLines[ArticleInfo]):
    """Article id -> ArticleInfo over the text of an articles.jsonl, decoded per record."""

    def __init__(self, text: str, damaged: Callable[[Exception], Exception]) -> None:
        super().__init__(text, "id", damaged)

    def decode(self, line: str) -> ArticleInfo:
        plain = _RECORD.match(line)
        return ArticleInfo(*plain.groups()) if plain else ArticleInfo(**json.loads(line))

    @overload
    def get(self, article_id: str, /) -> ArticleInfo | None: ...
    @overload
    def get(self, article_id: str, /, default: ArticleInfo | _T) -> ArticleInfo | _T: ...
    def get(self, article_id: str, /, default: object = None) -> object:
        """Return an article's record, or `default` (Mapping's own `get` goes through a raised
        KeyError: twice the time, asked for each passage an answer weighs)."""
        info = self._decoded.get(article_id)
        if info is not None:
            return info
        return self[article_id] if article_id in self._lines else default

    def title(self, article_id: str) -> str | None:
        """Return an article's title (None: no such article), read from its line's opening
        when it is as `write_jsonl` writes it (no escape in it): the record is not decoded. A
        "who said" answer weighs the headlines of some twenty articles it shows none of."""
        info = self._decoded.get(article_id)
        if info is not None:
            return info.title
        line = self._lines.get(article_id)
        if line is None:
            return None
        opening = _TITLED.match(line)
        return opening[1] if opening is not None else self[article_id].title
