"""The live index: the generation that answers read, loaded lazily, switched when a new one lands.

`Index` is one generation (`qabot.indexing.build` writes them, `loading.load_index` opens the
current one), reading article records and quotes on first use; `IndexHolder` (`holder`) gives a
long-running front end the newest generation on each question, without a restart.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import os
import threading
import weakref
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from qabot.attribution import ATTRIBUTION_VERSION, SpeakerDirectory, merge_names
from qabot.engines import Engine
from qabot.errors import IndexDamagedError, IndexFormatError
from qabot.fileio import ReadAt
from qabot.indexing.initialisms import INITIALISMS_FILE, Initialisms
from qabot.indexing.layout import MANIFEST_FILE, manifest_of, unreadable
from qabot.indexing.outlets import DateSpan, Outlet, date_span, summarize_outlets
from qabot.indexing.quote_store import INDEX_FILE as QUOTE_INDEX
from qabot.indexing.quote_store import QuoteRow, StoredRows, read_quotes
from qabot.indexing.quoted_names import NAMES_FILE, QuotedNames
from qabot.indexing.speaker_file import (
    PARTS_FILE,
    SPEAKERS_FILE,
    merged_in_file_order,
    parts_of,
    speakers_of,
    stores_parts,
    stores_speakers,
)
from qabot.records import ArticleInfo, Passage, Quote
from qabot.text.signatures import order_key

# articles whose quotes an `Index` keeps as read (`quotes_of_articles`): a BBC article's are ~5 KB
ARTICLE_QUOTES_KEPT = 2048


class Index:
    """One loaded, read-only index generation.

    The engine opens at once (memory-mapped where it can); article metadata and the quote index
    load on first use, quotes only for the articles an answer needs, so a large archive starts
    answering in well under a second.
    """

    def __init__(
        self, directory: Path, meta: dict[str, Any], engine: Engine, *, lease: int | None = None
    ) -> None:
        if lease is not None:  # released when this Index is garbage: the generation may go
            weakref.finalize(self, os.close, lease)
        self.directory = directory
        self.generation = directory.name
        self.meta = meta
        self.engine = engine
        self._speakers: SpeakerDirectory | None = None
        self._lock = threading.Lock()
        self._articles: dict[str, ArticleInfo] | None = None
        self._quote_rows: StoredRows | None = None
        self._quoted_orders: array[int] | None = None  # see may_have_quotes
        self._segments = ReadAt()  # the quote segments, read in place (quotes_of_articles)
        self._quotes_kept: OrderedDict[str, tuple[Quote, ...]] = OrderedDict()
        self._kept_lock = threading.Lock()
        self._worked_out: dict[str, dict[Any, Any]] = {}  # see worked_out
        self._quoted_names: QuotedNames | None = None
        self._initialisms: Initialisms | None = None
        self._outlets: list[Outlet] | None = None
        self._dates: DateSpan | None = None

    @property
    def built_at(self) -> str:
        return str(self.meta.get("built_at", ""))

    @property
    def articles(self) -> dict[str, ArticleInfo]:
        """Article id -> ArticleInfo, read from articles.jsonl on first use."""
        if self._articles is None:
            with self._lock:
                if self._articles is None:
                    with self._damaged("articles.jsonl"):
                        self._articles = {
                            row["id"]: ArticleInfo(**row) for row in self._rows("articles.jsonl")
                        }
        return self._articles

    @property
    def outlets(self) -> list[Outlet]:
        """The outlets of the articles, most articles first (built on first use)."""
        if self._outlets is None:
            self._outlets = summarize_outlets(self.articles.values())
        return self._outlets

    @property
    def newest_date(self) -> str | None:
        """The ISO date of the newest dated article (what relative dates may count from)."""
        return self.dates.last

    @property
    def dates(self) -> DateSpan:
        """The span of the articles' dates, and whether some are undated (on first use)."""
        if self._dates is None:
            self._dates = date_span(self.articles.values())
        return self._dates

    @property
    def quote_rows(self) -> Mapping[str, QuoteRow]:
        """Article id -> where its quotes are and who speaks in them (see quote_store), each
        row decoded when first asked for."""
        if self._quote_rows is None:
            with self._lock:
                if self._quote_rows is None:
                    with self._damaged(QUOTE_INDEX):
                        self._quote_rows = StoredRows(
                            self._rows(QUOTE_INDEX),
                            lambda error: self._format_error(QUOTE_INDEX, error),
                        )
        return self._quote_rows

    @property
    def quoted_names(self) -> QuotedNames:
        """The first and last names of the people quoted, read from quoted_names.jsonl on first
        use (a plain question needs them; building `speakers` takes far longer)."""
        if self._quoted_names is None:
            with self._lock:
                if self._quoted_names is None:
                    with self._damaged(NAMES_FILE):
                        names = (str(row["name"]) for row in self._rows(NAMES_FILE))
                        self._quoted_names = QuotedNames.of_names(names)
        return self._quoted_names

    @property
    def initialisms(self) -> Initialisms:
        """The names articles write beside their initials, read from initialisms.jsonl on
        first use."""
        if self._initialisms is None:
            with self._lock:
                if self._initialisms is None:
                    with self._damaged(INITIALISMS_FILE):
                        rows = self._rows(INITIALISMS_FILE)
                        pairs = ((str(row["short"]), str(row["name"])) for row in rows)
                        self._initialisms = Initialisms.of_pairs(pairs)
        return self._initialisms

    @property
    def speakers(self) -> SpeakerDirectory:
        """Everyone quoted, names merged across articles: read from speakers.json on first
        use, merged from the stored per-article parts when an update that read articles left
        it out, or from the quote index's summaries when the generation stores neither of
        this version (written by an older qabot)."""
        if self._speakers is None:
            if stores_speakers(self.meta):
                with self._damaged(SPEAKERS_FILE):
                    merged = speakers_of(self._checked(SPEAKERS_FILE))
            elif stores_parts(self.meta):  # written by an update that read articles
                with self._damaged(PARTS_FILE):
                    parts = parts_of(self._checked(PARTS_FILE))
                with self._damaged(MANIFEST_FILE):
                    manifest = manifest_of(json.loads(self._checked(MANIFEST_FILE)))
                merged = merged_in_file_order(parts, manifest)
            else:
                merged = merge_names((a, row.speakers) for a, row in self.quote_rows.items())
            directory = SpeakerDirectory.from_merged(merged, self.quotes_of_articles)
            with self._lock:
                if self._speakers is None:
                    self._speakers = directory
        return self._speakers

    def quotes_of_articles(self, article_ids: Iterable[str]) -> list[Quote]:
        """Return the quotes of these articles, article by article. The last
        `ARTICLE_QUOTES_KEPT` articles' quotes are kept as read (records that never change): a
        "who said" answer reads some 30 articles' quotes, and the same articles come back
        question after question; the same objects back also keep their texts' hashes, which
        the caches of their analysed terms look up."""
        rows, kept = self.quote_rows, self._quotes_kept
        found: list[Quote] = []
        with self._damaged("the quotes"):
            for article_id in article_ids:
                row = rows.get(article_id)
                if row is None:
                    continue
                with self._kept_lock:
                    quotes = kept.get(article_id)
                    if quotes is not None:
                        kept.move_to_end(article_id)
                if quotes is None:
                    quotes = tuple(read_quotes(self.directory, (row,), self._segments))
                    with self._kept_lock:
                        kept[article_id] = quotes
                        if len(kept) > ARTICLE_QUOTES_KEPT:
                            kept.popitem(last=False)
                found.extend(quotes)
        return found

    def worked_out(self, name: str) -> dict[Any, Any]:
        """Return this generation's dict `name`, where answers keep what they work out of its
        records, which never change within it (a quote's narration: `who_said_answer`), through
        `kept.remembered`, which bounds what each keeps."""
        with self._kept_lock:
            return self._worked_out.setdefault(name, {})

    def may_have_quotes(self, orders: Sequence[int | None]) -> list[bool]:
        """Return, for each of these article order keys (`qabot.text.signatures.order_key`, as
        an engine stores them with the passages; None: not known), whether an article with
        quotes may have it: the passages of the others need not be read to weigh quotes. The
        keys of the quoted articles are sorted once (8 bytes an article)."""
        keys = self._quoted_orders
        if keys is None:
            keys = array("Q", sorted({order_key(article_id) for article_id in self.quote_rows}))
            self._quoted_orders = keys
        size, found = len(keys), []
        for order in orders:
            at = 0 if order is None else bisect.bisect_left(keys, order)
            found.append(order is None or (at < size and keys[at] == order))
        return found

    @property
    def quotes(self) -> list[Quote]:
        """Every attributed quote (reads them all: for listings, not for answering)."""
        with self._damaged("the quotes"):
            return list(read_quotes(self.directory, self.quote_rows.values()))

    def passages_of(self, article_id: str) -> list[Passage]:
        """Return one article's passages in order (for listings, not for answering)."""
        with self._damaged("the passages"):
            return self.engine.passages_of(article_id)

    def _checked(self, name: str) -> bytes:
        """Return the bytes of a file of this generation read whole, checked against the
        checksum it was written with."""
        data = (self.directory / name).read_bytes()
        self._check(name, hashlib.sha256(data).hexdigest())
        return data

    def _check(self, name: str, digest: str) -> None:
        """Raise IndexDamagedError when `digest` is not the checksum a file of this generation
        was written with (none recorded: nothing to check)."""
        entry = self.meta.get("checksums", {}).get(name)
        if entry and entry[1] and digest != entry[1]:
            raise IndexDamagedError(
                f"The index in {self.directory.parent} is damaged ({self.generation}/{name} "
                "differs from what was written). Run `qabot index` to repair it."
            )

    def _rows(self, name: str) -> list[dict[str, Any]]:
        """Return the rows of a JSON Lines file of this generation, checked against the
        checksum it was written with (ValueError if it differs)."""
        digest = hashlib.sha256()
        rows = []
        problem: ValueError | None = None
        with (self.directory / name).open("rb") as lines:
            for line in lines:
                digest.update(line)
                try:
                    rows.append(json.loads(line))
                except ValueError as error:  # told apart from damage once all is hashed
                    problem = problem or error
        self._check(name, digest.hexdigest())
        if problem is not None:
            raise problem
        return rows

    @contextlib.contextmanager
    def _damaged(self, what: str) -> Iterator[None]:
        """Turn a missing or garbled index file into one clear error."""
        try:
            yield
        except PermissionError as error:  # another user's file, at a question: not damage
            raise unreadable(self.directory.parent, error) from error
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise self._format_error(what, error) from error

    def _format_error(self, what: str, error: Exception) -> IndexFormatError:
        """Return the error for a file of this generation that cannot be read."""
        written_by = self.meta.get("attribution_version")
        if written_by != ATTRIBUTION_VERSION:  # a newer qabot's quotes, not damage
            return IndexFormatError(
                f"The index in {self.directory.parent} was built by another version of "
                f"qabot (quote attribution {written_by}; this one reads "
                f"{ATTRIBUTION_VERSION}) and this one cannot read its {what}. Run "
                "`qabot index --rebuild` to build it again."
            )
        return IndexFormatError(
            f"The index in {self.directory.parent} is damaged ({what}: {error}). "
            "Run `qabot index --rebuild` to build it again."
        )

    @property
    def passage_count(self) -> int:
        """Number of passages in this generation."""
        return len(self.engine)

    @property
    def quote_count(self) -> int:
        return int(self.meta.get("quotes", 0))
