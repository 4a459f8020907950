"""Passages: Article -> list[Passage], whole sentences and paragraphs sized for a chat message.

    articles -> passages -> index -> retrieval -> answer -> console / Telegram

A passage is a run of whole paragraphs (or, inside a paragraph too long to show at once, of
whole sentences) of about MIN_WORDS..MAX_WORDS words, cut from `Article.text` by offsets so it
is always verbatim. Consecutive passages overlap by one paragraph, or by one sentence when the
paragraphs are long: a quote that runs on into the next paragraph then stays in one passage with
the paragraph that names its speaker.

Every passage is at most MAX_WORDS words and MAX_CHARS characters, whatever the input: a sentence
over either limit (a page without punctuation, a single-line dump) is cut at whitespace into
pieces first, and at a character boundary when a single "word" is longer than a piece.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from qabot.records import Article, Passage
from qabot.text import ASCII_SPACES, sentence_spans
from qabot.text.patterns import lazy

MIN_WORDS = 60
TARGET_WORDS = 120
MAX_WORDS = 160
MAX_CHARS = 2400  # hard limit on a passage's length, gaps between its sentences included
# Characters counted as one word: long "words" (links, code) weigh more, so MAX_WORDS
# weighted words never exceed MAX_CHARS characters.
CHARS_PER_WORD = MAX_CHARS // MAX_WORDS
PIECE_CHARS = MAX_CHARS // 2  # pieces of a sentence over the limits are at most this long
_WORD = lazy(r"\S+")

_DOUBLE_QUOTES = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb")


def _opens_quote(text: str, start: int, end: int, marks: tuple[str, ...]) -> bool:
    """Return True when the paragraph `text[start:end]` leaves a quotation open (it goes on in
    the next one); `marks`: the double quote marks `text` may hold (only '"' in ASCII text)."""
    # parity of all double quote marks: news text mixes straight and curly ones in one quote
    return sum(text.count(mark, start, end) for mark in marks) % 2 == 1


def _units(text: str, spans: list[tuple[int, int]], words: list[int]) -> list[int]:
    """Return, for each sentence, the index one past the last sentence of its unit.

    A unit is a paragraph, together with the paragraphs that continue a quotation it leaves
    open, when that fits in MAX_WORDS; the sentences of a longer paragraph are units each.
    """
    paragraphs: list[tuple[int, int]] = []
    first = 0
    for i in _paragraph_ends(text, spans):
        paragraphs.append((first, i + 1))
        first = i + 1
    marks = ('"',) if text.isascii() else _DOUBLE_QUOTES
    total = [0, *accumulate(words)]
    unit_end = [0] * len(spans)
    p = 0
    while p < len(paragraphs):
        first, last = paragraphs[p]
        p += 1
        while (
            p < len(paragraphs)
            and _opens_quote(text, spans[paragraphs[p - 1][0]][0], spans[last - 1][1], marks)
            and total[paragraphs[p][1]] - total[first] <= MAX_WORDS
        ):
            last = paragraphs[p][1]
            p += 1
        if total[last] - total[first] <= MAX_WORDS:
            unit_end[first:last] = [last] * (last - first)
        else:
            unit_end[first:last] = range(first + 1, last + 1)
    return unit_end


def _paragraph_ends(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Return, in order, the sentences that end a paragraph: those followed by a blank line
    ("\\n\\n" in the gap before the next one), and the last. Each blank line of the text is
    placed among the sentences by bisection, not every gap looked into."""
    ends = [end for _, end in spans]
    found: list[int] = []
    at = text.find("\n\n")
    while at >= 0:
        i = bisect_right(ends, at) - 1  # the last sentence ending at or before the blank line
        if 0 <= i < len(spans) - 1 and at + 2 <= spans[i + 1][0] and i not in found[-1:]:
            found.append(i)
        at = text.find("\n\n", at + 1)
    return [*found, len(spans) - 1] if spans else []


def passage_spans(
    text: str, sentences: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Return the sentences passages are made of: `sentence_spans` (or `sentences`, when the
    caller has them already), with any sentence over MAX_WORDS words or MAX_CHARS characters
    cut into pieces at whitespace."""
    return passage_spans_and_words(text, sentences)[0]


def passage_spans_and_words(
    text: str, sentences: list[tuple[int, int]] | None = None
) -> tuple[list[tuple[int, int]], list[int]]:
    """Return `passage_spans` and the words of each (what `chunk_article` weighs them by).

    A sentence (trimmed, inside one line) of a text whose only white space is single spaces
    and line breaks has one word more than spaces: counted in C, not split into words.
    """
    spans: list[tuple[int, int]] = []
    words: list[int] = []
    spaced = _singly_spaced(text)
    for start, end in sentence_spans(text) if sentences is None else sentences:
        count = text.count(" ", start, end) + 1 if spaced else len(text[start:end].split())
        if end - start <= MAX_CHARS and count <= MAX_WORDS:
            spans.append((start, end))
            words.append(count)
        else:
            pieces = _pieces(text, start, end)
            spans.extend(pieces)
            words.extend(len(text[a:b].split()) for a, b in pieces)
    return spans, words


# the white space of ASCII text but " " and "\n" (what str.split() cuts at)
_OTHER_SPACES = ASCII_SPACES.replace("\n", "")  # line breaks are kept between sentences


def _singly_spaced(text: str) -> bool:
    """Return True when `text` is ASCII and its only white space is single spaces and line
    breaks (most articles: reading folds white space), so a sentence's words are its spaces
    plus one. Ten scans in C, each much faster than splitting the text into words."""
    return (
        text.isascii() and "  " not in text and not any(space in text for space in _OTHER_SPACES)
    )


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one over-long sentence into pieces of at most TARGET_WORDS words and PIECE_CHARS
    characters, at whitespace (inside a word only when it is longer than a piece)."""
    pieces: list[tuple[int, int]] = []
    first = last = -1
    count = 0
    for match in _WORD.finditer(text, start, end):
        word_start, word_end = match.span()
        if first >= 0 and (count >= TARGET_WORDS or word_end - first > PIECE_CHARS):
            pieces.append((first, last))
            first = -1
        while word_end - word_start > PIECE_CHARS:  # one "word" longer than a piece
            pieces.append((word_start, word_start + PIECE_CHARS))
            word_start += PIECE_CHARS
        if first < 0:
            first, count = word_start, 0
        last = word_end
        count += 1
    if first >= 0:
        pieces.append((first, last))
    return pieces


def _weights(text: str, spans: list[tuple[int, int]], words: list[int] | None) -> list[int]:
    """Return each span's size in words (`words`, or counted here), counting CHARS_PER_WORD
    characters (with the gap to the next span) as at least one word: MAX_WORDS of them fit in
    MAX_CHARS."""
    if words is None:
        words = [len(text[start:end].split()) for start, end in spans]
    starts = [start for start, _ in spans]
    # a span reaches the next one's start (the last, its own end)
    reaches = [*starts[1:], spans[-1][1]] if spans else []
    return [
        max(count, -(-(reach - start) // CHARS_PER_WORD))
        for count, start, reach in zip(words, starts, reaches, strict=False)
    ]


def chunk_article(
    article: Article,
    spans: list[tuple[int, int]] | None = None,
    words: list[int] | None = None,
) -> list[Passage]:
    """Cut `article` into overlapping passages of whole sentences, verbatim from its text;
    `spans` are its `passage_spans` and `words` their word counts, when the caller has them
    already (`passage_spans_and_words`)."""
    if spans is None:
        spans, words = passage_spans_and_words(article.text)
    return cut_passages(article, spans, words)


def cut_passages(
    article: Article,
    spans: list[tuple[int, int]],
    words: list[int] | None = None,
    sentence_terms: list[str] | None = None,
    title_terms: tuple[str, ...] | None = None,
) -> list[Passage]:
    """Return the passages of `chunk_article`, given its `passage_spans` (and their `words`);
    index time passes each span's terms and the title's, which the passages then store."""
    text, article_id = article.text, article.id
    passages: list[Passage] = []
    for begin, end in passage_ranges(text, spans, words):
        start, stop = spans[begin][0], spans[end - 1][1]
        passage = Passage(  # the fields in order: keywords take twice as long
            f"{article_id}:{len(passages)}",
            article_id,
            len(passages),
            start,
            stop,
            text[start:stop],
            tuple([b - start for _, b in spans[begin:end]]),
            () if sentence_terms is None else tuple(sentence_terms[begin:end]),
            title_terms,
        )
        passages.append(passage)
    return passages


def passage_ranges(
    text: str, spans: list[tuple[int, int]], words: list[int] | None = None
) -> list[tuple[int, int]]:
    """Return the passages of `chunk_article` as ranges [begin, end) of `spans` (the text's
    `passage_spans`; `words`: their word counts, when known): index time builds each
    passage with the terms of its sentences, found by their numbers."""
    if not spans:
        return []
    words = _weights(text, spans, words)
    total = [0, *accumulate(words)]
    unit_end = _units(text, spans, words)
    unit_start = [0] * len(spans)
    for i in range(1, len(spans)):
        unit_start[i] = unit_start[i - 1] if unit_end[i - 1] == unit_end[i] else i

    ranges: list[tuple[int, int]] = []
    begin, previous_end = 0, 0
    while True:
        end = unit_end[begin]
        while end < len(spans) and (
            end <= previous_end
            or (
                total[end] - total[begin] < TARGET_WORDS
                and total[unit_end[end]] - total[begin] <= MAX_WORDS
            )
        ):
            end = unit_end[end]
        if total[-1] - total[begin] <= MAX_WORDS:
            end = len(spans)  # the rest fits: no short passage left over at the end
        # Too short, and the next paragraph does not fit whole: take its first sentences.
        while (
            end < len(spans)
            and total[end] - total[begin] < MIN_WORDS
            and total[end + 1] - total[begin] <= MAX_WORDS
        ):
            end += 1
        # Near the end, give back whole units so the last passage is not a stub.
        while (
            0 < total[-1] - total[end] < MIN_WORDS
            and unit_start[end - 1] > max(begin, previous_end)
            and total[unit_start[end - 1]] - total[begin] >= MIN_WORDS
        ):
            end = unit_start[end - 1]
        ranges.append((begin, end))
        if end == len(spans):
            return ranges
        previous_end = end
        begin = _overlap_start(begin, end, unit_start, unit_end, total)


def _overlap_start(
    begin: int, end: int, unit_start: list[int], unit_end: list[int], total: list[int]
) -> int:
    """Return where the passage after sentences [begin, end) starts (its overlap).

    One unit back (a paragraph), else one sentence back, else no overlap when neither fits in
    MAX_WORDS together with the next unit.
    """
    following = total[unit_end[end]] - total[end]
    for candidate in (unit_start[end - 1], end - 1):
        if begin < candidate < end and total[end] - total[candidate] + following <= MAX_WORDS:
            return candidate
    return end


def join_passages(passages: list[Passage]) -> str:
    """Return the article text that `passages` were cut from (the inverse of chunk_article).

    Overlaps are counted once; what lies between two passages is whitespace the sentence
    splitter left out, given back as a paragraph break ("\\n\\n") or a space.
    """
    parts: list[str] = []
    cursor = 0
    for passage in sorted(passages, key=lambda p: p.start):
        if passage.end <= cursor:
            continue
        if parts and passage.start > cursor:
            parts.append("\n\n" if passage.start - cursor >= 2 else " ")
        parts.append(passage.text[max(cursor - passage.start, 0) :])
        cursor = passage.end
    return "".join(parts)
