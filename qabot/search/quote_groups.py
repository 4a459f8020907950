"""Quotes for display: the answer's quotes (`QuoteHit`) grouped by article, each sentence once.

Both front ends show quotes through `group_quotes`, so the console and Telegram agree on which
words are emphasised and where the speaker is named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from qabot.records import ArticleInfo, Quote
from qabot.text import sentence_spans, terms_of, tokenize
from qabot.text.patterns import lazy

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """One attributed quote, with its speaker's canonical name and its article."""

    quote: Quote
    speaker: str
    article: ArticleInfo
    # other stories whose words inside this quote's sentence were left out when it was chosen
    # (copies of its story: `quote_hits`), named where it is shown (`QuoteGroup.also_in`)
    copies: tuple[ArticleInfo, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Return one item of the `quotes` list of the `--json` contract."""
        return {
            "speaker": self.speaker,
            "text": self.quote.text,
            "kind": self.quote.kind,
            "cue": self.quote.cue,
            "article": self.article.to_json(),
            "start": self.quote.start,
            "end": self.quote.end,
        }


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    """One thing to show for quotes: the attributing sentence, or words that run on from it."""

    speaker: str
    text: str  # verbatim
    emphasis: tuple[tuple[int, int], ...]  # spans of `text` that are the speaker's own words
    show_speaker: bool = False  # name the speaker above it: several speak, and it changes here


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """The quotes of one article, in article order, each sentence shown once."""

    article: ArticleInfo
    entries: tuple[QuoteEntry, ...]
    # other stories holding a sentence shown here (copies of it), left out where they came
    also_in: tuple[ArticleInfo, ...] = ()

    def copies_named(self, clean: Callable[[str], str]) -> str:
        """Return the titles of `also_in` (a path for one with none), each made safe to show
        by `clean`, "; " between them: what both front ends print after "also in"."""
        return "; ".join(clean(other.title or other.path) for other in self.also_in)


def same_words(one: str, other: str) -> bool:
    """Return whether two sentences are the same as `SentencesShown` tells them (a copy's)."""
    return (folded_words(one) or one) == (folded_words(other) or other)


class SentencesShown(Generic[T]):
    """The sentences an answer shows, by their words, each with the story it is shown under
    and where (a hit, a group): a copy of a story writes a sentence the same, and one answer
    shows it once, under the first story, naming the copies (`QuoteGroup.also_in`). Quote
    choice (`quote_hits`, so its limit counts quotes shown) and display (`group_quotes`, for
    quotes chosen apart) keep the rule here."""

    def __init__(self) -> None:
        self._shown: dict[str, tuple[str, T]] = {}

    def elsewhere(self, sentence: str, article_id: str) -> T | None:
        """Return where `sentence` is shown under another story than `article_id`'s, or None."""
        shown = self._shown.get(folded_words(sentence) or sentence)
        return shown[1] if shown is not None and shown[0] != article_id else None

    def add(self, sentence: str, article_id: str, at: T) -> None:
        """Record `sentence` shown under `article_id`'s story, at `at` (the first is kept)."""
        self._shown.setdefault(folded_words(sentence) or sentence, (article_id, at))


def group_quotes(
    quotes: list[QuoteHit], asked: str | None = None, topic: str | None = None
) -> list[QuoteGroup]:
    """Group quotes by article for display, so a reader sees who said each word.

    A quote inside its attributing sentence shows as that sentence with the words emphasised
    (one sentence of words at most); words that run on from an attribution already shown
    (continuation paragraphs) show alone, unemphasised; otherwise the attribution comes
    first, then the words, emphasised as inside it. Speakers are named above their words
    when several speak, or when the one who does is not `asked`, the person the answer is
    about: a body's spokesman alone on screen under "What the FA and people speaking for them
    said" is not the FA.

    With `topic` (what the answer's heading says the words are about), words not emphasised
    so have each sentence naming it emphasised: "In respect of Iraq, ..." shown unmarked
    after the sentence of their words on Afghanistan read as no answer to "about Iraq".

    A sentence shown under an earlier story (a copy of this one) is not shown again: words
    it attributes show alone, their speaker named, and the earlier story says the other
    holds it too (`QuoteGroup.also_in`), as it names the copies left out when its quotes were
    chosen (`QuoteHit.copies`).
    """
    named = frozenset(tokenize(topic)) if topic else frozenset()
    by_article: dict[str, list[QuoteHit]] = {}
    for hit in quotes:
        by_article.setdefault(hit.article.id, []).append(hit)
    speakers = {hit.speaker for hit in quotes}
    several = len(speakers) > 1 or (asked is not None and speakers != {asked})
    groups: list[QuoteGroup] = []
    earlier = SentencesShown[int]()  # the group each sentence is shown in
    also_in: dict[int, list[ArticleInfo]] = {}
    for hits in by_article.values():
        hits = _sentence_first(hits)
        entries: dict[tuple[str, str], list[tuple[int, int]]] = {}
        cue_left_out: set[tuple[str, str]] = set()
        shown: set[str] = set()
        for hit in hits:
            sentence, words = hit.quote.sentence, hit.quote.text
            at = sentence.find(words) if words else -1
            held = None if sentence in shown else earlier.elsewhere(sentence, hit.article.id)
            if held is not None:
                also_in.setdefault(held, []).append(hit.article)
            if hit.copies:  # named where the hit's sentence is shown
                here = len(groups) if held is None else held
                also_in.setdefault(here, []).extend(hit.copies)
            if at >= 0 and held is not None:
                continue  # the sentence and the words in it were shown under a copy
            if at >= 0:
                text, span = sentence, (at, at + len(words))
            elif sentence in shown or held is not None:
                text, span = words, (0, len(words))
                if held is not None:
                    cue_left_out.add((hit.speaker, text))
            else:
                cue = _whole(sentence)
                text = f"{cue}\n{words}"
                span = (len(cue) + 1, len(text))
            shown.add(sentence)
            entries.setdefault((hit.speaker, text), []).append(span)
        for sentence in shown:
            earlier.add(sentence, hits[0].article.id, len(groups))
        shown_entries: list[QuoteEntry] = []
        for (speaker, text), spans in entries.items():
            changed = not shown_entries or shown_entries[-1].speaker != speaker
            marked = tuple(
                part
                for span in spans
                for part in ([span] if _marks(text, span) else _naming(text, span, named))
            )
            name = (several and changed) or (speaker, text) in cue_left_out
            shown_entries.append(QuoteEntry(speaker, text, marked, name))
        if shown_entries:
            groups.append(QuoteGroup(hits[0].article, tuple(shown_entries)))
    return [
        replace(group, also_in=tuple({a.id: a for a in also_in[at]}.values()))
        if at in also_in
        else group
        for at, group in enumerate(groups)
    ]


_WORD = lazy(r"\w+")


def folded_words(text: str) -> str:
    """Return the words of `text`, case-folded, one space apart: a sentence or a quote as any
    copy of its story writes it, whatever the punctuation or case (the key both quote choice,
    `quote_hits`, and display use)."""
    return " ".join(_WORD.findall(text.casefold()))


def _whole(sentence: str) -> str:
    """Return an attributing sentence as shown above the words it introduces: one that is the
    end of a sentence (the cue after an earlier quote, " the cardinal will ask.") opens with an
    ellipsis, so it does not read as a sentence of its own."""
    sentence = sentence.strip()
    return f"…{sentence}" if sentence[:1].islower() else sentence


def _sentence_first(hits: list[QuoteHit]) -> list[QuoteHit]:
    """Return the hits in rank order, but each attributing sentence with the words inside it
    before words that run on from it, so the sentence is shown once ("And he stressed ...", then
    a quote two sentences on that it introduces, even when that quote ranks first)."""
    first_rank: dict[str, int] = {}
    for rank, hit in enumerate(hits):
        first_rank.setdefault(hit.quote.sentence, rank)

    def order(item: tuple[int, QuoteHit]) -> tuple[int, bool, int]:
        rank, hit = item
        outside = not hit.quote.text or hit.quote.sentence.find(hit.quote.text) < 0
        return first_rank[hit.quote.sentence], outside, rank

    return [hit for _, hit in sorted(enumerate(hits), key=order)]


def _naming(text: str, span: tuple[int, int], topic: frozenset[str]) -> list[tuple[int, int]]:
    """Return the spans of the sentences of `text[span]` that hold a term of `topic`."""
    if not topic:
        return []
    start, end = span
    return [
        (start + a, start + b)
        for a, b in sentence_spans(text[start:end])
        if not topic.isdisjoint(terms_of(text[start + a : start + b]))
    ]


def _marks(text: str, span: tuple[int, int]) -> bool:
    """Return whether to emphasise the quoted words at `span`: only beside the sentence that
    names who speaks (inside it, or on the line after it: that sentence may hold other words
    of theirs, on another subject, and unmarked the answer's words read as no more than its
    continuation), and only one sentence of words (more would point nowhere)."""
    start, end = span
    if len(sentence_spans(text[start:end])) > 1:
        return False
    return any(character.isalnum() for character in text[:start] + text[end:])
