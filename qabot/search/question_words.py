"""The question's own words read, before any conversation is asked: as echoed and as meant, its
outlet tag and date and outlet words as filters, and the speech question its words make
("what did X say about Y?", "who said ...?"). `read_question` goes on from here with the
follow-ups a conversation gives the words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from qabot.indexing import Index
from qabot.search.filter_reading import FilterReading, reference_day
from qabot.search.filters import Filters
from qabot.search.outlet_tags import OutletTag, outlet_tag, with_tag
from qabot.search.question_phrasing import as_meant
from qabot.search.questions import SpeechQuestion, parse_speech_question
from qabot.search.relevance import question_terms
from qabot.search.replies import only_links
from qabot.search.request_framing import asks_writings, without_request_framing
from qabot.search.source_reading import read_sources
from qabot.search.typed_capitals import as_typed_plainly
from qabot.search.undated_words import UnreadDates, unread_dates
from qabot.text import parted_controls, strip_controls


@dataclass(frozen=True, slots=True, kw_only=True)
class WordsRead:
    """A question's words as read alone (see the module)."""

    asked: str  # as echoed: controls out, spaces single
    text: str  # as meant ("whos" -> "who's"), without an outlet tag
    tag: OutletTag | None  # "... (bbc news)": a source named apart
    reference: date | None  # the day relative dates count from (None: no article is dated)
    reading: FilterReading  # the date and outlet words read as filters, and the words left
    unread: UnreadDates | None  # date words an undated archive cannot apply
    only_dates: bool  # nothing asked but those dates ("latest news")
    clash: str  # dates that exclude each other ("since 2005 and before 2004")
    words: str  # what is asked, filters and framing out
    speech: SpeechQuestion | None  # the speech question the words make, if any
    found_filters: Filters  # the filters the words give (none where a date is said words)


def read_words(index: Index, text: str, dates_relative_to: str, today: date | None) -> WordsRead:
    """Read `text` alone: see the module; `read_question` documents the arguments."""
    # echoed as asked (front ends make it safe), without a pasted escape sequence: taken out
    # after the words were parted, "a ESC[31m b" left two spaces in the lead
    asked = " ".join(strip_controls(parted_controls(text)).split())
    # nor is the mark of bytes that were not UTF-8 part of a name
    text = " ".join(asked.replace("\ufffd", " ").split())
    text = as_meant(text)  # "whos", "shouldnt": the words typed in a hurry
    text = as_typed_plainly(index, text)  # "the Government", Title Case: no names
    newest = index.newest_date
    # an undated archive reads no date word (unless a follow-up asks: `read_question`): no day to
    # count from is needed, and the clock costs ~10 us a question
    reference = reference_day(newest, dates_relative_to, today) if newest is not None else None
    tag = outlet_tag(index, text)  # "... (bbc news)", "reuters: ...": a source, not words
    text = tag.rest if tag else text
    reading = with_tag(read_sources(index, text, reference), tag)  # "according to the bbc"
    kept = reading.words if reading.absent else text  # whose words stay out if dates are read
    unread = unread_dates(kept, today) if newest is None else None
    clash = reading.clash  # "since 2005 and before 2004": no day to search, the answer says
    # "latest news", "what's the latest?": nothing asked but the dates
    only_dates = unread is not None and (
        only_links(unread.words) or not question_terms(unread.words)
    )
    whole = None  # the whole text read as a speech question, once
    if unread is not None and not only_dates:
        # "what did Truss say yesterday?" and no article has a date: not "about yesterday";
        # but "who said the economy slowed in March?": words someone said
        whole = parse_speech_question(text)
        if whole is None or whole.kind != "who_said":
            reading = replace(reading, words=unread.words)
        else:
            unread = None
    else:
        unread = None
    words = reading.words
    speech = parse_speech_question(words)
    if whole is None:
        whole = speech if words == text else parse_speech_question(text)  # read once when alike
    if speech is not None and speech.kind == "what_said" and asks_writings(index, speech.speaker):
        # "what do the articles say about yukos?": the passages about Yukos
        words, speech, whole = speech.topic or words, None, None
    if speech is None and whole is None:
        words = without_request_framing(index, words)  # "chelsea news" is about Chelsea
    found_filters = reading.filters
    if whole is not None and whole.kind == "who_said" and (reading.filters or clash):
        # "who said the economy slowed late in 2004?", "... this year than in 2004": a date
        # in the words someone said is what they said, not which articles to read
        speech, words, found_filters, clash = whole, text, Filters(), ""
    elif (
        whole is not None
        and whole.kind == "what_said"
        and whole.speaker is not None  # "what about in March?" names no one
        and reading.filters
        and not reading.filters.sources  # "what did the Valley Herald say": its articles
        and (speech is None or speech.speaker != whole.speaker)
        and set(question_terms(whole.speaker)) & set(question_terms(words))
    ):
        # "what did the sheffield wednesday manager say?": a date word inside the name of
        # the one asked about is part of it, not the days to read ("anything from last week"
        # names no one: the dates are all the "speaker" holds)
        speech, words, found_filters, clash = whole, text, Filters(), ""
    return WordsRead(
        asked=asked,
        text=text,
        tag=tag,
        reference=reference,
        reading=reading,
        unread=unread,
        only_dates=only_dates,
        clash=clash,
        words=words,
        speech=speech,
        found_filters=found_filters,
    )
