"""The live index: the generation that answers read, loaded lazily, switched when a new one lands.

`Index` is one generation (`qabot.indexing.build` writes them, `loading.load_index` opens the
current one), reading article records and quotes on first use; `IndexHolder` (`holder`) gives a
long-running front end the newest generation on each question, without a restart.
"""

from __future__ import annotations

import bisect
import json
import os
import threading
import weakref
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qabot.engines import Engine
from qabot.fileio import ReadAt
from qabot.indexing.generation_files import GenerationFiles
from qabot.indexing.initialisms import INITIALISMS_FILE, Initialisms
from qabot.indexing.layout import MANIFEST_FILE, manifest_of
from qabot.indexing.outlets import CALENDAR_FILE, Calendar, DateSpan, Outlet
from qabot.indexing.quote_store import INDEX_FILE as QUOTE_INDEX
from qabot.indexing.quote_store import StoredRows, read_quotes
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
from qabot.indexing.stored_lines import ARTICLES_FILE, StoredArticles
from qabot.records import Passage, Quote
from qabot.text.signatures import order_key

if TYPE_CHECKING:
    from qabot.attribution import SpeakerDirectory

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
        self._files = GenerationFiles(directory, meta)  # read checked
        self._speakers: SpeakerDirectory | None = None
        self._lock = threading.Lock()
        self._articles: StoredArticles | None = None
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
        self._calendar: Calendar | None = None

    @property
    def built_at(self) -> str:
        return str(self.meta.get("built_at", ""))

    @property
    def articles(self) -> StoredArticles:
        """Article id -> ArticleInfo, read from articles.jsonl on first use, each record
        decoded when first asked for (see article_records)."""
        if self._articles is None:
            with self._lock:
                if self._articles is None:
                    with self._files.damaged(ARTICLES_FILE):
                        text = self._files.checked(ARTICLES_FILE).decode("utf-8")
                        self._articles = StoredArticles(
                            text, lambda error: self._files.format_error(ARTICLES_FILE, error)
                        )
        return self._articles

    @property
    def calendar(self) -> Calendar:
        """The articles counted by outlet and day: read from calendar.json on first use, or
        counted from the article records when the generation stores none (an older qabot's),
        one this qabot cannot read (a newer one's) or one counting other articles than meta.json
        (`Calendar.stored`): the records answer for them, so the index still answers."""
        if self._calendar is None:
            calendar = None
            if CALENDAR_FILE in self.meta.get("checksums", {}):
                with self._files.damaged(CALENDAR_FILE):
                    stored = self._files.checked(CALENDAR_FILE)
                articles = self.meta.get("articles")
                calendar = Calendar.stored(stored, articles if type(articles) is int else None)
            if calendar is None:
                calendar = Calendar.of_articles(self.articles.values())
            self._calendar = calendar
        return self._calendar

    @property
    def outlets(self) -> list[Outlet]:
        """The outlets of the articles, most articles first (built on first use)."""
        if self._outlets is None:
            self._outlets = self.calendar.outlets()
        return self._outlets

    @property
    def newest_date(self) -> str | None:
        """The ISO date of the newest dated article (what relative dates may count from)."""
        return self.dates.last

    @property
    def dates(self) -> DateSpan:
        """The span of the articles' dates, and whether some are undated (on first use)."""
        if self._dates is None:
            self._dates = self.calendar.span()
        return self._dates

    @property
    def quote_rows(self) -> StoredRows:
        """Article id -> where its quotes are and who speaks in them (see quote_store), each
        row decoded when first asked for."""
        if self._quote_rows is None:
            with self._lock:
                if self._quote_rows is None:
                    with self._files.damaged(QUOTE_INDEX):
                        self._quote_rows = StoredRows(
                            self._files.checked(QUOTE_INDEX).decode("utf-8"),
                            lambda error: self._files.format_error(QUOTE_INDEX, error),
                        )
        return self._quote_rows

    @property
    def quoted_names(self) -> QuotedNames:
        """The first and last names of the people quoted, read from quoted_names.jsonl on first
        use (a plain question needs them; building `speakers` takes far longer)."""
        if self._quoted_names is None:
            with self._lock:
                if self._quoted_names is None:
                    with self._files.damaged(NAMES_FILE):
                        names = (str(row["name"]) for row in self._files.rows(NAMES_FILE))
                        self._quoted_names = QuotedNames.of_names(names)
        return self._quoted_names

    @property
    def initialisms(self) -> Initialisms:
        """The names articles write beside their initials, read from initialisms.jsonl on
        first use."""
        if self._initialisms is None:
            with self._lock:
                if self._initialisms is None:
                    with self._files.damaged(INITIALISMS_FILE):
                        rows = self._files.rows(INITIALISMS_FILE)
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
            # the directory's code (matching names, roles and bodies) is imported with the
            # first speech question: a process answering plain ones never loads it
            from qabot.attribution import SpeakerDirectory, merge_names

            if stores_speakers(self.meta):
                with self._files.damaged(SPEAKERS_FILE):
                    merged = speakers_of(self._files.checked(SPEAKERS_FILE))
            elif stores_parts(self.meta):  # written by an update that read articles
                with self._files.damaged(PARTS_FILE):
                    parts = parts_of(self._files.checked(PARTS_FILE))
                with self._files.damaged(MANIFEST_FILE):
                    manifest = manifest_of(json.loads(self._files.checked(MANIFEST_FILE)))
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
        with self._files.damaged("the quotes"):
            for article_id in article_ids:
                with self._kept_lock:
                    quotes = kept.get(article_id)
                    if quotes is not None:
                        kept.move_to_end(article_id)
                if quotes is None:
                    place = rows.place(article_id)  # its row's speakers left undecoded
                    if place is None:
                        continue
                    quotes = tuple(read_quotes(self.directory, (place,), self._segments))
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
        with self._files.damaged("the quotes"):
            return list(read_quotes(self.directory, self.quote_rows.values()))

    def passages_of(self, article_id: str) -> list[Passage]:
        """Return one article's passages in order (for listings, not for answering)."""
        with self._files.damaged("the passages"):
            return self.engine.passages_of(article_id)

    @property
    def passage_count(self) -> int:
        """Number of passages in this generation."""
        return len(self.engine)

    @property
    def quote_count(self) -> int:
        return int(self.meta.get("quotes", 0))
