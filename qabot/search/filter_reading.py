"""Filter reading: the words of a question about time or outlet, taken out as `Filters`.

`read_filters` finds the words of a question that are about time or outlet ("yesterday", "last
week", "on Monday", "in March", "since January 2024", "latest", "according to Reuters", "in the
Guardian", "did the BBC report ...") and returns them as a `Filters` with the question minus
those words. An outlet is read only when an article of the index carries it, so no other word is
ever taken away; a name where only a source goes that `unheld` tells is an outlet no article
is from is taken away too, and named (`FilterReading.absent`) for the answer to say so, but
for one after what it printed ("the report in the Sunday Express") that the articles write
(`told`): the report is then what is asked about, which an article of another outlet may tell.
The date phrases themselves are read in date_ranges; the words in filter_words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from qabot.indexing import Outlet
from qabot.search.date_phrases import Word, split_words
from qabot.search.date_ranges import date_at, is_relative, prepositional
from qabot.search.filter_words import (
    ABOUT,
    ANYTHING,
    ASKING,
    DID,
    FILTER_WORDS,
    NEWS_NOUNS,
    OUTLET_BEFORE,
    PREPOSITIONS,
    RECENT,
    SOURCE_NOUNS,
)
from qabot.search.filters import Filters
from qabot.search.joined_dates import DatePhrase, joined_dates
from qabot.search.outlet_names import MAX_OUTLET_WORDS, OUTLET_VERBS, outlet_names, set_apart
from qabot.search.removed_words import without_words
from qabot.text import STOP_WORDS
from qabot.text.lexicon import LEFT_FROM

__all__ = [
    "FILTER_WORDS",
    "NEWS_NOUNS",
    "FilterReading",
    "read_filters",
    "reference_day",
    "trailing_source",
]

# verbs of an outlet's work, not of speech: "what did the BBC say" asks for someone quoted
_REPORTING = OUTLET_VERBS - frozenset("say said tell told".split())
# "(as) reported by the BBC": "by" after these names a source, as "according to" does
_REPORTED = frozenset("reported written published covered".split())
# "..., the BBC reported", "... as the BBC reported": a source named after what is asked
REPORTED_AFTER = frozenset("reported reports wrote writes".split())

# what opens the topic after "anything from <outlet>": taken out with the outlet
_TOPIC_OPENERS = frozenset({"on", "about", "regarding", "concerning"})


class Unheld(Protocol):
    """Tells whether a name typed where only a source goes is an outlet no article is from,
    returning it as the outlet writes itself; `subject` when it is the subject of a reporting
    verb ("what did the daily planet report")."""

    def __call__(self, name: str, *, subject: bool = False) -> str | None: ...


@dataclass(frozen=True, slots=True)
class FilterReading:
    """A question's filters and the words left to search."""

    filters: Filters
    words: str
    clash: str = ""  # date phrases that leave no day ("since 2005" and "before 2004")
    absent: str = ""  # an outlet named where only a source goes, that no article is from


def read_filters(
    text: str,
    *,
    reference: date | None,
    outlets: Sequence[Outlet] = (),
    dated: bool = True,
    unheld: Unheld | None = None,
    told: Callable[[str], bool] | None = None,
) -> FilterReading:
    """Return the question's date, outlet and recency words as Filters, and the other words.

    Without `dated` (no article of the index has a date) date and recency words stay words:
    as filters they could only empty every answer; only then may the `reference` day that
    relative dates count from be None (no day is read). `unheld` tells whether a name that is
    no outlet of the index names an outlet all the same ("the bbc" -> "the BBC"); `told`
    whether the articles write such an outlet's name ("the Sunday Express"), whose words stay
    after what it printed ("declined to comment on the report in the sunday express").
    """
    if reference is None:
        if dated:
            raise ValueError("dates are read against a reference day")
        reference = date.min  # never read: no date word is
    words = split_words(text)
    names = outlet_names(outlets)
    phrases: list[DatePhrase] = []  # each date phrase's days, joined at the end
    keys: set[str] = set()
    recent = False
    absent = ""
    removed: list[tuple[int, int]] = []  # word index ranges taken out
    last = len(words)  # the words before a source named at the end are read below
    if (after := trailing_source(words)) is not None:
        first, start, verb = after
        the = words[start - 1].text == "the"
        outlet = names.at(words, start, strong=True)
        if outlet is not None and outlet[0] == verb:
            keys |= outlet[1]
        elif unheld is not None and (
            source := unheld(" ".join(["the"] * the + [word.raw for word in words[start:verb]]))
        ):
            absent = source
        else:
            first = last  # no outlet: "..., as Blair reported" keeps its words
        if first < last:
            removed.append((first, verb + 1))
            last = first
    at = 0
    while at < last:
        word = words[at].text
        end = None
        if not dated or _is_a_name(words, at):
            pass
        elif word in RECENT or (word == "most" and _next(words, at) == "recent"):
            recent = True
            end = at + 1 + (word == "most")
            if _next(words, end - 1) in NEWS_NOUNS:
                end += 1
        elif word in PREPOSITIONS:
            since: list[date] = []
            until: list[date] = []
            skipped: list[tuple[date, date]] = []  # "in March and May": April
            end = prepositional(words, at, reference, since, until, skipped)
            if end is not None:
                bounds = max(since, default=None), min(until, default=None)
                phrases.append(DatePhrase(at, end, *bounds, tuple(skipped)))
        elif (found := date_at(words, at, reference)) and is_relative(words, at, reference):
            phrases.append(DatePhrase(at, found.end, found.first, found.last))
            end = found.end
        if (
            end is None
            and (word in OUTLET_BEFORE or _according_to(words, at))
            and not (word == "from" and at and words[at - 1].text in LEFT_FROM)
        ):
            # "resign from the BBC": what is left is asked about, no source
            start = at + (2 if word == "according" else 1)
            start += _next(words, start - 1) == "the"
            reported = word == "by" and at > 0 and words[at - 1].text in _REPORTED
            strong = (
                reported or word == "according" or (at > 0 and words[at - 1].text in SOURCE_NOUNS)
            )
            anything = word == "from" and at > 0 and words[at - 1].text in ANYTHING
            # "anything from": a whole name only ("anything from music to games")
            if outlet := names.at(words, start, strong=strong or anything, openings=not anything):
                end, found_keys = outlet
                keys |= found_keys
                at -= reported * (1 + (at > 1 and words[at - 2].text == "as")) + anything
                # "anything from the LA Times on iraq": "on" went with it ("on iraq?" echoed)
                end += anything and _next(words, end - 1) in _TOPIC_OPENERS
            elif (
                unheld is not None
                and not absent
                and (strong or word in {"in", "from"})
                # "anything from the bbc on iraq": a source typed in lower case too
                and (named := _unheld_at(words, start, unheld, capitals=not (strong or anything)))
                and not (
                    told is not None
                    and word in {"in", "from"}
                    and at > 0
                    and words[at - 1].text in SOURCE_NOUNS
                    and told(named[1])
                )
            ):
                # "according to the bbc, what ...", "in the Guardian, what ...": not words to
                # search when an outlet is meant, though no article is from it
                end, absent = named
                at -= reported * (1 + (at > 1 and words[at - 2].text == "as"))  # "as reported"
                at -= anything  # "anything from the BBC on iraq" asks about iraq, no one
                end += anything and _next(words, end - 1) in _TOPIC_OPENERS
                if at and words[at - 1].raw == ",":
                    at -= 1  # "the ferry, according to the BBC?": the comma goes with it
        if end is None and word in DID:
            start = at + 1 + (_next(words, at) == "the")
            outlet = names.at(words, start, strong=True)
            if outlet and _next(words, outlet[0] - 1) in OUTLET_VERBS:
                keys |= outlet[1]
                # "[what did the BBC report on] the strike?": the question's opening goes with
                # the outlet, and what is left is what it is about (an echo of "what did on
                # the strike" read as nothing)
                first = at - 1 if at and words[at - 1].text in ASKING else at + 1
                last = outlet[0] + 1 + (_next(words, outlet[0]) in ABOUT)
                removed.append((first, last))
                at = last
                continue
            if unheld is not None and not absent and (named := _reported_by(words, at, unheld)):
                # "what did the bbc report about the election?": what it reported is asked
                stop, absent = named
                first = at - 1 if at and words[at - 1].text in ASKING else at + 1
                last = stop + 1 + (_next(words, stop) in ABOUT)
                removed.append((first, last))
                at = last
                continue
        if end is None:
            at += 1
            continue
        removed.append((at, end))
        at = end
    days = joined_dates(words, phrases)
    removed += days.joiners  # "last week [and] in May"
    filters = Filters(
        since=days.since,
        until=days.until,
        sources=names.names(keys),
        recent=recent,
        skipped=days.skipped,
    )
    return FilterReading(filters, without_words(text, words, removed), days.clash, absent)


def trailing_source(words: list[Word]) -> tuple[int, int, int] | None:
    """Return (where the phrase starts, where the name starts, where its verb is) for a source
    named after what is asked, the question's last words but for punctuation: "..., the BBC
    reported", "... as the bbc reported", "..., as BBC News reports" (a name of letters,
    MAX_OUTLET_WORDS words at most, after "the" or not); None when the question ends otherwise.
    Whether the name is an outlet's is the caller's to tell."""
    end = len(words)
    while end and not words[end - 1].raw[:1].isalnum():
        end -= 1  # "?", "."
    verb = end - 1
    if verb < 3 or words[verb].text not in REPORTED_AFTER:
        return None
    for start in range(verb - 1, max(verb - MAX_OUTLET_WORDS, 2) - 1, -1):
        if not words[start].raw.isalpha() or words[start].text == "the":
            return None
        opener = start - 1 - (words[start - 1].text == "the")
        if opener >= 2 and (words[opener].raw == "," or words[opener].text == "as"):
            comma = words[opener].text == "as" and words[opener - 1].raw == ","
            return opener - comma, start, verb  # ", as the BBC reported": the comma goes too
    return None


def _unheld_at(
    words: list[Word], start: int, unheld: Unheld, *, capitals: bool
) -> tuple[int, str] | None:
    """Return (end, the outlet as written) for a name from word `start` set apart from what
    follows that `unheld` tells is an outlet; after "in" or "from" (`capitals`) only one
    written capitalised after "the" ("in the Guardian", never "in the end"). Elsewhere only a
    source goes ("according to", "reported by"), as after a verb of reporting: a paper's name
    may be typed in lower case there ("according to the daily planet, what happened")."""
    the = start > 0 and words[start - 1].text == "the"
    if capitals and not the:
        return None
    for end in range(start + 1, min(start + MAX_OUTLET_WORDS, len(words)) + 1):
        raw = words[end - 1].raw
        if not raw.isalpha() or (capitals and not raw[:1].isupper()):
            return None
        if set_apart(words, end):
            named = unheld(
                " ".join(["the"] * the + [word.raw for word in words[start:end]]),
                subject=not capitals,
            )
            if not named:
                return None
            # "according to the BBC, what ...": the comma goes with it
            return end + (end < len(words) and words[end].raw in {",", ":"}), named
    return None


def _reported_by(words: list[Word], at: int, unheld: Unheld) -> tuple[int, str] | None:
    """Return (where its verb is, the outlet as written) for "did X report" at word `at` whose
    X `unheld` tells is an outlet ("what did you report" names no one); as the subject of a
    reporting verb, a paper's name may be typed in lower case ("the daily planet")."""
    if at + 1 < len(words) and words[at + 1].text != "the" and words[at + 1].text in STOP_WORDS:
        return None
    for stop in range(at + 2, min(at + 2 + MAX_OUTLET_WORDS, len(words))):
        if words[stop].text in _REPORTING:
            named = unheld(" ".join(word.raw for word in words[at + 1 : stop]), subject=True)
            return (stop, named) if named else None
        if not words[stop].raw.isalpha():
            return None
    return None


def _is_a_name(words: list[Word], at: int) -> bool:
    """Tell whether a capitalised word after "the" is part of a name, not a date or recency
    word: "the Today programme", "the Latest Show" (a question's first word is capitalised
    anyway, so only words after it count)."""
    after_the = at + 1 if words[at].text == "the" else at  # a phrase may start at "the"
    return (
        0 < after_the < len(words)
        and words[after_the - 1].text == "the"
        and words[after_the].raw[:1].isupper()
    )


def _next(words: list[Word], at: int) -> str:
    return words[at + 1].text if at + 1 < len(words) else ""


def _according_to(words: list[Word], at: int) -> bool:
    return words[at].text == "according" and _next(words, at) == "to"


def reference_day(newest: str | None, relative_to: str, today: date | None = None) -> date:
    """Return the day relative dates count from: the newest article's or `today` (None: the
    clock's, asked only then: it costs ~10 us, the time zone file is looked at every time)."""
    if relative_to == "newest" and newest:
        try:
            return date.fromisoformat(newest[:10])
        except ValueError:
            pass
    return today or date.today()
