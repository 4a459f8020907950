"""Outlet tags: where a question was read, typed as a tag at either end, never its words.

Readers tag a question with the outlet they read it in: "when was gordon brown born (bbc
news)", "bbc: who won the election", "sony profits - reuters", "what did blair say on bbc
news". Searched as words, "bbc news" finds stories about the BBC. A tag is set apart from the
question by brackets, a dash or a colon, or is "on", "in" or "from" and a name ending it. When
the name is an outlet of the archive its articles are kept; when it names one no article is
from (`unheld_outlet`, or an initialism before what ends an outlet's name: "bbc news") it is
set aside and named, as the absent-outlet reading does, but for one after what it printed
that the articles write, in a "who said" claim ("who declined to comment on the report in the
Sunday Express": a report other outlets tell of); a tag naming no outlet stays words, and so
does "in the salon" typed in lower case when the stories the question's other words find
write it so (a place in the story, not the outlet Salon). A bare outlet name inside the
question ("what did the bbc say about the licence fee") is no tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from qabot.indexing import Index
from qabot.search.absent_outlets import (
    absent_outlet,
    passages_write,
    source_outlet,
    unheld_outlet,
    written_outlet,
)
from qabot.search.date_phrases import split_words
from qabot.search.filter_reading import FilterReading
from qabot.search.filter_words import SOURCE_NOUNS
from qabot.search.outlet_names import MAX_OUTLET_WORDS, outlet_names
from qabot.text import tokenize
from qabot.text.lexicon import LEFT_FROM, MASTHEAD_NOUNS, MEDIUM_NAME_ENDS
from qabot.text.patterns import lazy

_NAME = r"(?P<name>[^\W\d_][\w.&'’ ]*?)"
_END_MARKS = r"\s*[?.!]*\s*$"
# "(bbc news)", "[Reuters]"; "... - reuters", "... — BBC", "...: bbc"
_AT_END = (
    lazy(r"\s*[(\[]\s*" + _NAME + r"\s*[)\]]" + _END_MARKS),
    lazy(r"(?:\s+[-–—]+|\s*[:|])\s*" + _NAME + _END_MARKS),
)
# "(bbc news) ...", "bbc: ...", "Reuters - ..."
_AT_START = (
    lazy(r"^\s*[(\[]\s*" + _NAME + r"\s*[)\]]\s*[-–—:|]*\s+"),
    lazy(r"^\s*" + _NAME + r"\s*(?:[:|]|\s[-–—]+)\s+"),
)
# "... on bbc news", "... from reuters", "... in the New York Times"
_PLACED = lazy(r"\s(?:on|in|from)\s+(?=\S)", re.IGNORECASE)
_NEWS_ENDS = frozenset(end.casefold() for end in MEDIUM_NAME_ENDS)
# "... in the salon" typed in lower case: the passages best matching the question that may
# write the word as a common noun (`_written_as_word`)
WORD_PASSAGES = 5


@dataclass(frozen=True, slots=True)
class OutletTag:
    """A question without its outlet tag, and the outlets it keeps or the one it names that no
    article is from."""

    rest: str
    sources: tuple[str, ...] = ()
    absent: str = ""


def outlet_tag(index: Index, text: str) -> OutletTag | None:
    """Return `text` without the outlet tag at its start or end, or None when it has none."""
    for pattern in _AT_END:
        if (found := pattern.search(text)) and (
            tag := _tagged(index, found["name"], text[: found.start()], placed=False)
        ):
            return tag
    for pattern in _AT_START:
        if (found := pattern.match(text)) and (
            tag := _tagged(index, found["name"], text[found.end() :], placed=False)
        ):
            return tag
    end = re.search(_END_MARKS, text)
    stop = end.start() if end else len(text)
    for placed in reversed(list(_PLACED.finditer(text, 0, stop))):
        name = text[placed.end() : stop]
        if len(name.split()) > MAX_OUTLET_WORDS + 1:
            break
        rest = text[: placed.start()]
        if placed[0].strip().casefold() == "from" and _leaves(rest):
            continue  # "why did X resign from the BBC": what is left is asked about
        if tag := _tagged(index, name, rest, placed=True):
            if tag.absent and _printed(rest) and written_outlet(index, text, tag.absent):
                break  # "the report in the Sunday Express", told of by the articles: words
            return tag
    return None


def with_tag(reading: FilterReading, tag: OutletTag | None) -> FilterReading:
    """Return `reading` (of the question without its tag) with the tag's outlet added."""
    if tag is None:
        return reading
    if tag.sources:
        sources = tuple(sorted({*reading.filters.sources, *tag.sources}))
        return replace(reading, filters=replace(reading.filters, sources=sources))
    return replace(reading, absent=reading.absent or tag.absent)


def _leaves(rest: str) -> bool:
    """Tell whether the words before "from" end on one after which it names what someone
    leaves or is put out of ("resigned", "stepped down"), never a source."""
    words = rest.split()
    return bool(words) and words[-1].casefold().rstrip(",") in LEFT_FROM


def _tagged(index: Index, name: str, rest: str, *, placed: bool) -> OutletTag | None:
    """Return the tag `name` as an outlet, `rest` the question's words, or None."""
    words = split_words(name)
    the = bool(words) and words[0].text == "the"
    if not rest.strip() or not 0 < len(words) - the <= MAX_OUTLET_WORDS:
        return None
    if not all(word.raw[:1].isalpha() or word.raw in {"&", "."} for word in words):
        return None
    lowered = placed and the and len(words) == 2 and not words[1].raw[:1].isupper()
    if lowered and words[1].text in MASTHEAD_NOUNS:
        return None  # "on the record", "in the world": words, unless written as a name
    rest = rest.strip()
    if index.outlets:
        names = outlet_names(index.outlets)
        # after "on", "in" or "from" the whole name, never its opening words ("in tom & jerry"
        # of "Tom & Jerry Daily"): such a phrase also ends a question's own words
        found = (
            names.bare_at(words, int(the)) if placed else names.at(words, int(the), strong=True)
        )
        if found is not None and found[0] == len(words):
            if lowered and _written_as_word(index, words[1].raw, rest):
                return None  # "caught on camera in the salon": a place the story tells of
            return OutletTag(rest, sources=names.names(found[1]))
    if lowered:
        return None  # "in the end": only an outlet of the archive ("from the bbc")
    if placed and not the:
        # "in iraq", "from brussels": only an initialism before what ends an outlet's name
        news = len(words) > 1 and words[-1].text in _NEWS_ENDS
        absent = source_outlet(index, name) if news else None
    else:
        absent = (
            (None if placed else _paper_named(index, name, the=the))  # not "in the daily round"
            or unheld_outlet(index, name)
            or (source_outlet(index, name) if words[-1].text in _NEWS_ENDS else None)
        )
    return OutletTag(rest, absent=absent) if absent else None


def _paper_named(index: Index, name: str, *, the: bool) -> str | None:
    """Return the newspaper a tag set apart by brackets, a dash or a colon names ("(the Daily
    Planet)"), or None. A tag stands where only a source goes, as the one who reported does
    ("what did the daily planet report"): a name shaped like a paper's is one there with "the"
    or without it, of two words or more ("(daily planet)", "(evening standard)"; one word,
    "(sun)", may be anything), and typed in lower case when no article writes it and it ends on
    a masthead's noun ("(evening standard)"; "(daily planet)" may be a paper or a qualifier such
    as "(weekly average)", and is searched as words)."""
    if not the and len(name.split()) < 2:
        return None
    if not the and name.islower() and name.split()[-1] not in MASTHEAD_NOUNS:
        return None  # "(weekly average)", "(daily total)": typed so, a qualifier as likely
    return absent_outlet(index, name if the else f"the {name}", subject=True)


def _written_as_word(index: Index, word: str, rest: str) -> bool:
    """Tell whether the passages best matching the question's other words (`rest`) write
    `word` in lower case: an outlet's name is seldom in its own articles' text, while a common
    noun ("the salon", "the balance") is written so in the stories the other words find."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(word.casefold()) + r"(?![\w-])")
    return passages_write(index, tokenize(rest), pattern, WORD_PASSAGES)


def _printed(rest: str) -> bool:
    """Tell whether the words before "in" or "from" end on what an outlet prints ("the
    report", "a story"): the phrase then names a report, which other outlets tell of."""
    words = rest.split()
    return bool(words) and words[-1].casefold() in SOURCE_NOUNS
