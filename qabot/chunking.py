"""Passages: Article -> list[Passage], whole sentences and paragraphs sized for a chat message.

    articles -> passages -> index -> retrieval -> answer -> console / Telegram

A passage is a run of whole paragraphs (or, inside a paragraph too long to show at once, of
whole sentences) of about MIN_WORDS..MAX_WORDS words, cut from `Article.text` by offsets so it
is always verbatim. Consecutive passages overlap by one paragraph, or by one sentence when the
paragraphs are long: a quote that runs on into the next paragraph then stays in one passage with
the paragraph that names its speaker.
"""

from __future__ import annotations

import re
from itertools import accumulate

from qabot.records import Article, Passage

MIN_WORDS = 60
TARGET_WORDS = 120
MAX_WORDS = 160

# Candidate sentence ends: terminal punctuation, then closing quotes/brackets, then a space.
_CANDIDATE = re.compile("[.!?\u2026]+[\"'\u201d\u2019\u00bb)\\]]*(?=\\s)")
_LINE = re.compile(r"[^\n]+")
_OPENERS = "\"'\u201c\u2018\u00ab(["


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words after which a full stop does not end a sentence: titles always precede a name.
_TITLES = _word_set(
    "mr mrs ms dr prof sr jr st sen rep gov gen col lt sgt capt cmdr adm rev hon mt ft messrs "
    "mme mlle maj brig supt insp det pres vs"
)
# Before a number a full stop after these is an abbreviation ("No. 10", "Feb. 15", "p. 4").
_BEFORE_NUMBERS = _word_set(
    "no nos nr p pp vol art fig ch sec jan feb mar apr jun jul aug sep sept oct nov dec approx ca"
)
# After "U.S." or "a.m." only a word that usually opens a sentence starts a new one.
_STARTERS = _word_set(
    "the a an he she it they we i you his her its their this that these those there but and "
    "so yet in on at for after before when while if as however meanwhile officials"
)
_DOUBLE_QUOTES = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.){2,}$")


def _ends_sentence(previous: str, punctuation: str, following: str) -> bool:
    """Decide whether `punctuation` between two words ends a sentence."""
    first = following.lstrip(_OPENERS)[:1]
    if not first or first.islower():
        return False  # "e.g. the", '"Why?" he asked', "[...] stage"
    if "." not in punctuation.rstrip("\"'\u201d\u2019\u00bb)]") or punctuation.startswith(".."):
        return True  # ! ? and ellipses before a capital
    word = previous.lstrip(_OPENERS)
    stem = word.rstrip(".").lower()
    if stem in _TITLES:
        return False
    if first.isdigit():
        return stem not in _BEFORE_NUMBERS
    if len(word) == 2 and word[0].isupper():
        return False  # an initial: "Jens H. Stoltenberg"
    if _DOTTED.match(word):
        return following.lstrip(_OPENERS).split(" ", 1)[0].lower() in _STARTERS
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the [start, end) offsets of every sentence of `text`, in order.

    Every line break ends a sentence (paragraphs and list items always do). Within a line a
    sentence ends at . ! ? or an ellipsis, with any closing quotes, before a capital letter,
    except after titles ("Mr."), initials, "No. 10", "Feb. 15" and dotted acronyms ("U.S.").
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, stop = line.span()
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start == stop:
            continue
        for match in _CANDIDATE.finditer(text, start, stop):
            end = match.end()
            before = text.rfind(" ", start, match.start()) + 1
            after = end
            while after < stop and text[after].isspace():
                after += 1
            word_before = text[max(before, start) : match.start() + 1]
            if after < stop and _ends_sentence(word_before, match.group(), text[after:stop]):
                spans.append((start, end))
                start = after
        spans.append((start, stop))
    return spans


def _opens_quote(paragraph: str) -> bool:
    """Return True when `paragraph` leaves a quotation open (it goes on in the next one)."""
    # parity of all double quote marks: news text mixes straight and curly ones in one quote
    return sum(paragraph.count(mark) for mark in _DOUBLE_QUOTES) % 2 == 1


def _units(text: str, spans: list[tuple[int, int]], words: list[int]) -> list[int]:
    """Return, for each sentence, the index one past the last sentence of its unit.

    A unit is a paragraph, together with the paragraphs that continue a quotation it leaves
    open, when that fits in MAX_WORDS; the sentences of a longer paragraph are units each.
    """
    paragraphs: list[tuple[int, int]] = []
    first = 0
    for i in range(len(spans)):
        if i + 1 == len(spans) or "\n\n" in text[spans[i][1] : spans[i + 1][0]]:
            paragraphs.append((first, i + 1))
            first = i + 1
    total = [0, *accumulate(words)]
    unit_end = [0] * len(spans)
    p = 0
    while p < len(paragraphs):
        first, last = paragraphs[p]
        p += 1
        while (
            p < len(paragraphs)
            and _opens_quote(text[spans[paragraphs[p - 1][0]][0] : spans[last - 1][1]])
            and total[paragraphs[p][1]] - total[first] <= MAX_WORDS
        ):
            last = paragraphs[p][1]
            p += 1
        if total[last] - total[first] <= MAX_WORDS:
            unit_end[first:last] = [last] * (last - first)
        else:
            unit_end[first:last] = range(first + 1, last + 1)
    return unit_end


def chunk_article(article: Article) -> list[Passage]:
    """Cut `article` into overlapping passages of whole sentences, verbatim from its text."""
    text = article.text
    spans = sentence_spans(text)
    if not spans:
        return []
    words = [len(text[s:e].split()) for s, e in spans]
    total = [0, *accumulate(words)]
    unit_end = _units(text, spans, words)
    unit_start = [0] * len(spans)
    for i in range(1, len(spans)):
        unit_start[i] = unit_start[i - 1] if unit_end[i - 1] == unit_end[i] else i

    passages: list[Passage] = []
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
        start, stop = spans[begin][0], spans[end - 1][1]
        passages.append(
            Passage(
                id=f"{article.id}:{len(passages)}",
                article_id=article.id,
                position=len(passages),
                start=start,
                end=stop,
                text=text[start:stop],
            )
        )
        if end == len(spans):
            return passages
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
