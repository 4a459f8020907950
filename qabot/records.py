"""Records that flow through the pipeline: Article -> Passage / Quote -> Hit -> Answer.

They live in one small module so every step (and every engine) can import them without
importing each other. All are frozen: a record is a value, never updated in place.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What a reader needs to find an article again: shown under every passage and quote."""

    id: str  # stable short hash of `path`
    path: str  # relative to the articles folder, "/" separators; "FILE#ID" for JSON records
    title: str
    source: str | None = None  # outlet, e.g. "Euronews"
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when known
    url: str | None = None
    author: str | None = None  # the byline's people ("Jessica Holly and Gail Levy") when given

    def to_json(self) -> dict[str, str | None]:
        """Return the `article` object of the `--json` contract."""
        return flat_dict(self)


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from disk: clean body text, debris removed, title not included."""

    info: ArticleInfo
    text: str  # paragraphs separated by exactly one blank line ("\n\n")

    @property
    def id(self) -> str:
        return self.info.id


@dataclass(frozen=True, slots=True)
class Passage:
    """A run of whole sentences/paragraphs of one article: `text == article.text[start:end]`."""

    id: str  # f"{article_id}:{position}"
    article_id: str
    position: int  # 0-based order within the article
    start: int
    end: int
    text: str
    # where each sentence of `text` ends (offsets into `text`), set when the passage is cut;
    # empty when unknown (a passage made by hand)
    sentence_ends: tuple[int, ...] = ()
    # the analysed terms of each sentence (`qabot.text.analyze`), computed once at index time
    # and stored with the passage, so answering never analyses passage text again
    sentence_terms: tuple[str, ...] = ()
    # the analysed terms of its article's title, stored at index time beside the sentence terms
    # (every candidate an answer reads needs them); None when not stored
    title_terms: tuple[str, ...] | None = None

    def __reduce__(self) -> tuple[type[Passage], tuple[Any, ...]]:
        """Pickle as the fields in order (analysis workers send every passage to the indexing
        process): half the time of a frozen dataclass's state, read back a little faster."""
        return (
            Passage,
            (
                self.id,
                self.article_id,
                self.position,
                self.start,
                self.end,
                self.text,
                self.sentence_ends,
                self.sentence_terms,
                self.title_terms,
            ),
        )

    def sentence_spans(self) -> list[tuple[int, int]]:
        """Return the [start, end) offsets of each sentence in `text` (none when unknown)."""
        spans, start = [], 0
        for end in self.sentence_ends:
            while start < end and self.text[start].isspace():
                start += 1
            spans.append((start, end))
            start = end
        return spans

    def sentence_span(self, i: int) -> tuple[int, int]:
        """Return `sentence_spans()[i]` alone (an answer marks one sentence of a passage)."""
        ends, text = self.sentence_ends, self.text
        start, end = ends[i - 1] if i else 0, ends[i]
        while start < end and text[start].isspace():
            start += 1
        return start, end

    def cut(self, start: int, end: int) -> Passage:
        """Return the part text[start:end] as a passage of its own (offsets kept verbatim).

        Stored sentences go along when the part is made of whole sentences; otherwise they are
        dropped (the part is then analysed when needed), never left pointing past its text.
        """
        spans = self.sentence_spans()
        inside = [i for i, (a, b) in enumerate(spans) if start <= a and b <= end]
        whole = bool(inside) and spans[inside[0]][0] == start and spans[inside[-1]][1] == end
        keep_terms = whole and len(self.sentence_terms) == len(spans)
        return replace(
            self,
            start=self.start + start,
            end=self.start + end,
            text=self.text[start:end],
            sentence_ends=tuple(spans[i][1] - start for i in inside) if whole else (),
            sentence_terms=tuple(self.sentence_terms[i] for i in inside) if keep_terms else (),
        )

    def stored_terms(self) -> list[str] | None:
        """Return the passage's analysed terms as stored at index time, or None if not stored."""
        if not self.sentence_terms:
            return None
        return " ".join(self.sentence_terms).split()


QuoteKind = Literal["direct", "reported"]


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker; `text == article.text[start:end]` (verbatim)."""

    article_id: str
    speaker: str  # canonical name within the article ("Jens Stoltenberg"), as written there
    text: str  # the quoted or reported content, verbatim
    kind: QuoteKind
    cue: str  # the cue verb/phrase as written ("told Euronews", "said", "according to")
    start: int
    end: int
    sentence: str  # the sentence (or paragraph) that carries the attribution, verbatim

    def __hash__(self) -> int:
        """Hash by where the words are (equality still weighs every field): the dataclass's
        hash of all eight fields is asked of every quote of a who-said answer, in the dicts
        that keep what no question changes of it, and two quotes at one place are rare."""
        return hash((self.article_id, self.start, self.end))

    def words_around(self) -> str:
        """Return the words of the sentence besides a report's own: "On Monday X said the plan
        was dead" is the report and "On Monday X said", which "who said" ranking weighs apart
        (the report counted twice would outweigh words in quote marks by the writer's wording
        alone). Words in quote marks keep their whole sentence, as they always have."""
        if self.kind == "direct" or not self.text:
            return self.sentence
        at = self.sentence.find(self.text)
        if at < 0:
            return self.sentence
        return f"{self.sentence[:at]} {self.sentence[at + len(self.text) :]}"


def flat_dict(record: Any) -> dict[str, Any]:
    """Return a record of flat fields (str, int, None) as a dict: `asdict` without its deep copy,
    which costs more than the rest of writing an index's quotes."""
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def article_id(path: str, record: str | None = None) -> str:
    """Return a stable short id for an article file ("politics/012.txt") or for one record of a
    file of records ("feed.jsonl", "7").

    The two cannot collide: a file named "feed.jsonl#7" is hashed as its name, the record as the
    file name and the record id separated by a NUL, which no file name holds.
    """
    key = path if record is None else f"{path}\0{record}"
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def day_number(iso: str | None) -> int:
    """Return an ISO date (YYYY-MM-DD...) as a day number (`date.toordinal`), 0 when unknown.

    Engines store it as an unsigned fast field: date filters compare numbers, and 0 (no date)
    falls outside every range a filter asks for.
    """
    try:
        return date.fromisoformat((iso or "")[:10]).toordinal()
    except ValueError:
        return 0


_NAME_WORDS = re.compile(r"[^\W_]+")


def outlet_key(name: str | None) -> str:
    """Return the folded form of an outlet name that filters match on: "The BBC" -> "bbc".

    NFKC, case folding, words only (dots and hyphens of domains split words), a leading
    "the" dropped, so "BBC", "the BBC" and "bbc" are one outlet.
    """
    found = _NAME_WORDS.findall(unicodedata.normalize("NFKC", name or "").casefold())
    if len(found) > 1 and found[0] == "the":
        found = found[1:]
    return " ".join(found)
