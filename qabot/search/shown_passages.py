"""Passages for display: an answer's passages as the front ends show them below its quotes.

A speech answer on a topic may give the passage its first quote was taken from
(`quote_passages`): whole, it repeats the sentence shown just above it as the quote, and a
passage searched below quotes may still hold one of them (in quote marks the quote is shown
without). A reader has seen those words; shown again they only lengthen the answer (a dozen
lines on a phone). Each passage is shown with the sentences whose every word was shown above
in a quote left out ("…" where they were, nothing where they are whole paragraphs at its
start or end), and not at all when nothing else remains. The `--json` passages stay whole:
this is what the console, `qabot ask` and the bot print, not the answer's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from qabot.search.duplicates import sentences_of
from qabot.text.patterns import lazy

if TYPE_CHECKING:
    from collections.abc import Sequence

    from qabot.records import Passage
    from qabot.search.answer_record import Answer
    from qabot.search.hit_record import Hit
    from qabot.search.quote_groups import QuoteGroup

LEFT_OUT = "…"  # where sentences shown above as quotes were
# a sentence of fewer words ("No.", "He agreed.") is left in: shown above or not, it costs
# nothing, and matching so few words may only be chance; a passage with fewer words left than
# this beside the quotes' sentences adds nothing to them
MIN_WORDS = 3
_WORD = lazy(r"\w+")
# white space holding a line break: where one paragraph ends and the next begins
_PARAGRAPH_BREAK = lazy(r"[^\S\n]*\n\s*")
_BREAK_BEFORE = lazy(r"\s*\n[^\S\n]*$")


@dataclass(frozen=True, slots=True)
class ShownPassage:
    """One passage as shown: its text (verbatim but for sentences shown above as quotes, each
    run of them one LEFT_OUT), the span of its best sentence in that text, its number."""

    hit: Hit
    rank: int
    text: str
    emphasis: tuple[int, int] | None


def shown_passages(answer: Answer, groups: Sequence[QuoteGroup]) -> list[ShownPassage]:
    """Return the answer's passages as shown below its quotes, shown as `groups`
    (`group_quotes`, made once by the front end for both), numbered in order (a passage
    holding nothing but the quotes is left out, and those after it take its number)."""
    quoted = [_words(entry.text) for group in groups for entry in group.entries]
    shown: list[ShownPassage] = []
    dropped = 0
    for hit in answer.passages:
        text, emphasis = hit.passage.text, hit.emphasis
        left_out = _left_out(hit.passage, quoted) if quoted else []
        if left_out:
            text, kept = _cut(text, left_out)
            if _count(_words(text)) < MIN_WORDS:
                dropped += 1  # nothing but words shown above (and a "he said." between)
                continue
            emphasis = _moved(emphasis, kept) if emphasis else None
        text, emphasis = _trimmed(text, emphasis)
        shown.append(ShownPassage(hit, hit.rank - dropped, text, emphasis))
    return shown


def _trimmed(text: str, span: tuple[int, int] | None) -> tuple[str, tuple[int, int] | None]:
    """Return `text` without the white space at its ends, and `span` moved with it: a passage
    cut where a paragraph ends opens on its line break, shown as an empty first line."""
    start = len(text) - len(text.lstrip())
    text = text.strip()
    if span is None:
        return text, None
    begin, end = max(span[0] - start, 0), min(span[1] - start, len(text))
    return text, (begin, end) if begin < end else None


def _words(text: str) -> str:
    """Return the words of `text`, each between spaces: blind to quote marks, punctuation and
    line breaks (a quote shown without its marks, or with its cue's, is the same words)."""
    return f" {' '.join(_WORD.findall(text))} "


def _within(sentence: str, quoted: list[str]) -> bool:
    """Return whether the sentence's words (MIN_WORDS or more) were all shown, in order, in
    one quote entry."""
    words = _words(sentence)
    return _count(words) >= MIN_WORDS and any(words in entry for entry in quoted)


def _count(words: str) -> int:
    return len(words.split())


def _left_out(passage: Passage, quoted: list[str]) -> list[tuple[int, int]]:
    """Return the runs of consecutive sentences of the passage shown above as quotes."""
    spans = sentences_of(passage)
    runs: list[tuple[int, int]] = []
    joined = False  # the sentence before was left out too
    for start, end in spans:
        if _within(passage.text[start:end], quoted):
            if joined:
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((start, end))
            joined = True
        else:
            joined = False
    return runs


def _cut(text: str, runs: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int, int]]]:
    """Return `text` with each run replaced by LEFT_OUT, and each kept piece as (start, end
    in `text`, start in the result). A run of whole paragraphs opening or closing the passage
    is left out with its paragraph break and no LEFT_OUT: a passage is an excerpt whatever its
    edges, and a lone "…" line under its number, or last, reads as a fault of the display."""
    pieces: list[str] = []
    kept: list[tuple[int, int, int]] = []
    at = length = 0
    for start, end in [*runs, (len(text), len(text))]:
        if start < len(text) and not text[:start].strip():
            after = _PARAGRAPH_BREAK.match(text, end)
            if after is not None:  # the passage opens with paragraphs shown above
                at = after.end()
                continue
        cut = start
        if start < len(text) and not text[end:].strip():
            before = _BREAK_BEFORE.search(text, at, start)
            if before is not None:  # ... or closes with them
                cut = before.start()
        kept.append((at, cut, length))
        pieces.append(text[at:cut])
        length += cut - at
        if cut == start and start < len(text):
            pieces.append(LEFT_OUT)
            length += len(LEFT_OUT)
        at = end if cut == start else len(text)
    return "".join(pieces), kept


def _moved(span: tuple[int, int], kept: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """Return `span` of the whole text as a span of the cut one, or None when it is not all
    inside one kept piece."""
    for start, end, to in kept:
        if start <= span[0] and span[1] <= end:
            return span[0] - start + to, span[1] - start + to
    return None
