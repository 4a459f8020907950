"""The tantivy engine: BM25 over passages in a tantivy index, for archives of a million passages.

tantivy (a Rust search library) keeps postings compressed on disk, memory-maps them on open, ranks
with block-max WAND. The passages, zstd-compressed with a trained dictionary, live beside it in
pack files read with pread (qabot.engines.text_packs), so a generation costs less disk than the
raw text, opens in milliseconds, answers in about a millisecond at a million passages and keeps
little resident memory (benchmarks/README.md).

Analysis stays ours: `qabot.text.analyze` produces the terms joined by spaces, indexed through
tantivy's "whitespace" tokenizer (measured faster to feed than `PreTokenizedString`, which needs
one Python object per token; tantivy's own regex tokenizer and stemmer cost more CPU than ours).
Fields:

    terms    passage terms (BM25, freq only: no positions are needed)
    title    the article's title terms, a field of its own so its weight can be tuned
    article  article id, raw, indexed only: for deletes
    position / order   fast: to order tied hits by passage without reading them (order_key)
    record / numbers   fast: where the passage (id, offsets, text) is in the packs; its
             record's length there, its number of distinct terms and the kinds of dates and
             figures it holds (qabot.text.figure_kinds: "when" and "how many" pass over
             passages holding none without reading them); both stored spread over 64 bits
             so that tantivy bit-packs them (`qabot.engines.tantivy_columns`: a search then
             opens them in ~1 us instead of 40-90)
    day      fast: the article's publication day (0: unknown), for date filters (range query)
    outlet   the article's folded outlet, raw, indexed and fast: for outlet filters
    signature_low / signature_high   fast: a signature of the passage's distinct terms
             (qabot.text.term_signature), so de-duplication tells most passages apart without
             comparing their terms
    title_bits   fast: the article's key and its title's signature
    capitals the terms the passage writes with a capital away from an opening
             (qabot.text.capitalised_terms), indexed only: their document frequency against
             the `terms` field's tells a name from a word without reading passages

Nothing is stored in tantivy's own doc store: a hit's passage is read from its pack by the
two fast fields, one pread, no document fetch.

Ranking parameters (BM25 b per field, the title's weight) are recorded per generation; see
`qabot.engines.tantivy_ranking` for how b is set although tantivy fixes it.
"""

from __future__ import annotations

import shutil
import weakref
from pathlib import Path
from typing import Any, Self

import tantivy

from qabot.engines.tantivy_documents import (
    FILLER,
    LOCK_FILES,
    DocumentFields,
    DocumentWriting,
    build_schema,
    io_errors,
    link_tree,
)
from qabot.engines.tantivy_listings import Listing
from qabot.engines.tantivy_passages import passage_reader
from qabot.engines.tantivy_ranking import Ranking, read_params, write_params
from qabot.engines.tantivy_recent import RecentSearches
from qabot.engines.tantivy_search import Searching
from qabot.engines.text_packs import PackReader, PackWriter, PassageCodec
from qabot.errors import IndexFormatError
from qabot.text.patterns import lazy

# tantivy creates a lock file even to read: on a read-only folder (or one we may not write)
_READ_ONLY = lazy(r"os error (30|13)\b|Read-only file system|Permission denied")


def _open_read_only(directory: Path) -> tuple[tantivy.Index, Path]:
    """Open an index in a folder we cannot write: through a temporary folder of links to its
    files, where tantivy may create its lock files; return the index and that folder."""
    import tempfile  # here: only a read-only index needs it (with `random` it imports)

    shadow = Path(tempfile.mkdtemp(prefix="qabot-readonly-"))
    try:
        for entry in directory.iterdir():
            if entry.name not in LOCK_FILES:
                (shadow / entry.name).symlink_to(entry.resolve())
        return tantivy.Index.open(str(shadow)), shadow
    except BaseException:
        shutil.rmtree(shadow, ignore_errors=True)
        raise


class TantivyEngine(DocumentWriting, Searching, Listing):
    """Engine protocol implementation over tantivy (see qabot.engines): writing in
    `tantivy_documents`, searching in `tantivy_search` (tied hits in `tantivy_ties`), listings
    in `tantivy_listings`, term statistics in `tantivy_statistics`, passages read in
    `tantivy_passages`."""

    name = "tantivy"
    keeps_removed_text = True  # packs are append-only (qabot.engines.text_packs)

    def __init__(self, directory: Path, index: tantivy.Index, params: dict[str, Any]) -> None:
        self._directory = directory
        self._index = index
        self._params = params
        self._schema = index.schema
        self._writer: tantivy.IndexWriter | None = None
        self._searcher: tantivy.Searcher | None = None
        self._recent = RecentSearches()
        self._weights: dict[str, float] = {}
        self._clauses: dict[str, list[tuple[tantivy.Occur, tantivy.Query]]] = {}
        self._body_filler = " " + " ".join([FILLER] * params["body_padding"])
        self._title_filler = " " + " ".join([FILLER] * params["title_padding"])
        self._pending: list[DocumentFields] | None = None  # a new index's first passages
        self._codec = PassageCodec(directory)
        self._packs = PackReader(directory)
        self._passage, self._terms, self._span, self._text = passage_reader(
            self._codec, self._packs
        )
        self._pack_writer: PackWriter | None = None

    @classmethod
    @io_errors
    def create(
        cls, directory: Path, previous: Path | None = None, *, ranking: Ranking | None = None
    ) -> Self:
        """Return a writer for `directory`, starting as a hard-linked copy of `previous`.

        A copy keeps the ranking parameters `previous` was built with; `ranking` applies to a
        new, empty generation only.
        """
        directory = Path(directory)
        if previous is not None:
            params = read_params(Path(previous))
            link_tree(Path(previous), directory)
            return cls(directory, tantivy.Index.open(str(directory)), params)
        directory.mkdir(parents=True, exist_ok=True)
        params = (ranking or Ranking()).params()
        index = tantivy.Index(build_schema(), path=str(directory), reuse=False)
        write_params(directory, params)
        engine = cls(directory, index, params)
        engine._pending = []
        return engine

    @classmethod
    def open(cls, directory: Path) -> Self:
        """Return a read-only engine over a committed generation (memory-mapped, milliseconds)."""
        directory = Path(directory)
        params = read_params(directory)
        shadow = None
        try:
            try:
                index = tantivy.Index.open(str(directory))
            except ValueError as error:
                if not _READ_ONLY.search(str(error)):
                    raise
                index, shadow = _open_read_only(directory)
        except (OSError, ValueError) as error:
            raise IndexFormatError(
                f"The search index in {directory} cannot be read ({error}). "
                "Run `qabot index --rebuild` to build it again."
            ) from error
        engine = cls(directory, index, params)
        if shadow is not None:  # removed once the engine is garbage
            weakref.finalize(engine, shutil.rmtree, shadow, True)
        return engine
