"""Reading dates, outlets and recency out of a question (`read_filters`), and date and source
options."""

from __future__ import annotations

import contextlib
import re
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from qabot.errors import FilterError
from qabot.indexing import Outlet
from qabot.search import Filters, read_date, read_filters, resolve_sources
from qabot.search.date_phrases import split_words
from qabot.search.filter_reading import (
    FILTER_WORDS,
    REPORTED_AFTER,
    reference_day,
    trailing_source,
)
from qabot.text import words

# a Wednesday: "this week" began on Monday 2024-03-18
REFERENCE = date(2024, 3, 20)
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
OUTLETS = [
    Outlet(key="bbc news", name="BBC News", articles=3, first="2024-01-02", last="2024-03-20"),
    Outlet(key="guardian", name="The Guardian", articles=2, first=None, last=None),
    Outlet(key="independent", name="Independent", articles=1, first=None, last=None),
    Outlet(key="reuters com", name="reuters.com", articles=1, first=None, last=None),
    Outlet(key="balance", name="The Balance", articles=1, first=None, last=None),
    Outlet(key="phys org", name="Phys.org", articles=1, first=None, last=None),
    Outlet(key="wkrn 4news", name="WKRN 4News", articles=1, first=None, last=None),
    Outlet(key="now harbourtown", name="NOW Harbourtown", articles=1, first=None, last=None),
    Outlet(
        key="harbourtown gleaner", name="Harbourtown Gleaner", articles=1, first=None, last=None
    ),
    Outlet(key="valley metro times", name="Valley Metro Times", articles=1, first=None, last=None),
    Outlet(key="fernvale wiki", name="Fernvale Wiki", articles=1, first=None, last=None),
]


def _read(text: str) -> tuple[Filters, str]:
    reading = read_filters(text, reference=REFERENCE, outlets=OUTLETS)
    return reading.filters, reading.words


@pytest.mark.parametrize(
    ("question", "since", "until", "left"),
    [
        ("strike today", "2024-03-20", "2024-03-20", "strike"),
        (
            "what happened yesterday in Paris?",
            "2024-03-19",
            "2024-03-19",
            "what happened in Paris?",
        ),
        ("strike this week", "2024-03-18", "2024-03-20", "strike"),
        ("strike last week", "2024-03-11", "2024-03-17", "strike"),
        ("strike in the past week", "2024-03-14", "2024-03-20", "strike"),
        ("floods last month", "2024-02-01", "2024-02-29", "floods"),
        ("floods this year", "2024-01-01", "2024-03-20", "floods"),
        ("floods in the last 3 days", "2024-03-18", "2024-03-20", "floods"),
        ("what did Lind say in March?", "2024-03-01", "2024-03-31", "what did Lind say?"),
        ("what did Lind say in May?", "2023-05-01", "2023-05-31", "what did Lind say?"),
        ("votes since January 2024", "2024-01-01", None, "votes"),
        ("votes since 5 March", "2024-03-05", None, "votes"),
        ("votes until 2023", None, "2023-12-31", "votes"),
        ("votes before March 2024", None, "2024-02-29", "votes"),
        ("votes after February 2024", "2024-03-01", None, "votes"),
        ("votes from January to February 2024", "2024-01-01", "2024-02-29", "votes"),
        ("votes between 2023-12-01 and 2024-01-15", "2023-12-01", "2024-01-15", "votes"),
        # a first date with no year is in the year the range ends in: "between March and May
        # 2023" read March as March 2024, "from 1 March 2024 to 31 May 2023"
        ("votes between March and May 2023", "2023-03-01", "2023-05-31", "votes"),
        ("votes from November to February 2023", "2022-11-01", "2023-02-28", "votes"),
        ("votes from 5 June to 2 July 2022", "2022-06-05", "2022-07-02", "votes"),
        ("votes from last week to yesterday", "2024-03-11", "2024-03-19", "votes"),
        ("votes between 2023 and 2021", "2021-01-01", "2023-12-31", "votes"),  # backwards
        # a range opened by "in" or "during", or closed by "until" or "through", was read as its
        # first date alone ("votes in 2022 to 2023" kept 2022 and searched "votes to 2023")
        ("votes in 2022 to 2023", "2022-01-01", "2023-12-31", "votes"),
        ("votes from March until May 2023", "2023-03-01", "2023-05-31", "votes"),
        ("votes from 2021 through 2022", "2021-01-01", "2022-12-31", "votes"),
        # ... or by a dash ("ebay from 2004-2005" kept 2004 and searched "ebay -2005")
        ("votes from 2021-2022", "2021-01-01", "2022-12-31", "votes"),
        ("votes in 2021–2022?", "2021-01-01", "2022-12-31", "votes?"),
        ("votes from March - May 2023", "2023-03-01", "2023-05-31", "votes"),
        ("votes in 2021 - a busy year", "2021-01-01", "2021-12-31", "votes - a busy year"),
        (
            "what did Lind say in 2023 to the union",
            "2023-01-01",
            "2023-12-31",
            "what did Lind say to the union",
        ),
        ("votes on March 4, 2024", "2024-03-04", "2024-03-04", "votes"),
        ("today's headlines", "2024-03-20", "2024-03-20", "headlines"),
    ],
)
def test_date_words_become_a_day_range_and_leave_the_question(
    question: str, since: str | None, until: str | None, left: str
) -> None:
    filters, rest = _read(question)
    assert filters.to_json()["since"] == since
    assert filters.to_json()["until"] == until
    assert rest == left


@pytest.mark.parametrize(
    "question",
    [
        "since May took office, what changed?",  # a person, not a month
        "Theresa May on Brexit",
        "the 2024 election campaign",  # a year on its own is a topic
        "plans for 2030",
        "what will happen in 2031?",  # after the newest article: no article is from then
        "the march on Washington",
        "what did Ana Ruiz tell Radio 4's Today programme",  # a programme's name
        "what did ana ruiz say on the today programme",  # ... typed in lower case
        "what did Ana Ruiz say on the last Saturday before Christmas",  # a day described
        "what did Ana Ruiz say the Monday after the vote",
        "what did Ana Ruiz say on the 2023 budget crisis?",  # the year names the crisis
        "how many were hurt in the 2022 harbour fire",
        # a record: "since" after a superlative dates it, it asks no days
        "was it really the wettest winter since 1998",
        "were ferry fares at their highest level since 2019",
        "a recent",  # "recent" alone still reads as recency (below); here: nothing else lost
    ][:-1],
)
def test_words_that_only_look_like_dates_stay(question: str) -> None:
    filters, rest = _read(question)
    assert filters.since is None and filters.until is None
    assert rest == question


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("latest news about Ukraine", "about Ukraine"),
        ("the most recent vote", "the vote"),
        ("newest Stoltenberg quotes", "Stoltenberg quotes"),
        ("what has happened recently in Kyiv?", "what has happened in Kyiv?"),
    ],
)
def test_recency_words_ask_for_newest_first(question: str, left: str) -> None:
    filters, rest = _read(question)
    assert filters.recent is True
    assert rest == left


@pytest.mark.parametrize(
    ("question", "sources", "left"),
    [
        ("what did the BBC report on the strike?", ("BBC News",), "the strike?"),
        ("strike according to the Guardian", ("The Guardian",), "strike"),
        ("strike coverage in the Guardian", ("The Guardian",), "strike coverage"),
        ("floods, from Reuters", ("reuters.com",), "floods,"),
        ("floods, from reuters.com", ("reuters.com",), "floods,"),
        ("what's new from Phys.org?", ("Phys.org",), "what's new?"),
        ("floods in BBC News", ("BBC News",), "floods"),
        ("floods on the BBC?", ("BBC News",), "floods?"),
        ("according to the guardian, floods", ("The Guardian",), ", floods"),
        ("what did the guardian report on floods?", ("The Guardian",), "floods?"),
        ("according to the independent, the vote failed", ("Independent",), ", the vote failed"),
        ("floods in the Guardian last week", ("The Guardian",), "floods"),
        # after "stories", "articles", "news": only a source can follow, in any case
        ("stories from the guardian about floods", ("The Guardian",), "stories about floods"),
        ("articles in the independent", ("Independent",), "articles"),
        # and after "anything from": taken out with it, not a follow-up "anything about floods",
        # and the word opening the topic after it too ("about floods" was echoed)
        ("anything from the guardian about floods", ("The Guardian",), "floods"),
        (
            "is there something from the independent on the vote?",
            ("Independent",),
            "is there the vote?",
        ),
        # a call sign opening the outlet's name is the outlet
        ("what did WKRN report on the fire?", ("WKRN 4News",), "the fire?"),
        ("how did the guardian cover the floods?", ("The Guardian",), "the floods?"),
        ("so what did the bbc say of the strike", ("BBC News",), "so the strike"),
        ("what did wkrn report on the fire?", ("WKRN 4News",), "the fire?"),
        ("fire, according to wkrn", ("WKRN 4News",), "fire,"),
        # a newspaper called by the words from its masthead noun on, after "the"
        (
            "what did the gleaner report about the storm?",
            ("Harbourtown Gleaner",),
            "the storm?",
        ),
        ("storm coverage in the Gleaner", ("Harbourtown Gleaner",), "storm coverage"),
        ("storm, according to the Metro Times", ("Valley Metro Times",), "storm,"),
        (
            "what did the times say about the storm",
            ("Valley Metro Times",),
            "the storm",
        ),
    ],
)
def test_known_outlets_become_a_filter(question: str, sources: tuple[str, ...], left: str) -> None:
    filters, rest = _read(question)
    assert filters.sources == sources
    assert rest == left


@pytest.mark.parametrize(
    "question",
    [
        "news from France",  # not an outlet of the index
        "what did the ministry report on the strike?",
        "in the independent inquiry into the crash",  # an adjective, written in lower case
        "according to the independent inquiry",
        "the vote hangs in the balance",
        "floods in the guardian",  # in lower case only a phrase that names a source reads it
        "the Reuters",  # no phrase before it
        "BBC licence fee",
        "stories from the independent inquiry",  # not set apart: the inquiry's stories
        "anything from the independent inquiry",
        "anything from valley metro to the coast",  # a whole name only: "Valley Metro Times"
        "what is happening now?",  # "NOW Harbourtown" opens with a common word, not a sign
        "fire in wkrn county",  # a call sign in lower case only where a source is read
        "crowds in Times Square",  # a masthead noun's short name needs "the" before it
        "crowds in the Times Square protests",  # and nothing of a longer name after it
        "floods in the times",  # in lower case only a phrase that names a source reads it
    ],
)
def test_words_that_are_not_a_known_outlet_stay(question: str) -> None:
    filters, rest = _read(question)
    assert filters.sources == ()
    assert rest == question


@pytest.mark.parametrize(
    "question",
    [
        "why did Ada Vale resign from the Guardian",
        "who was sacked from BBC News last week",
        "why did the editor step down from The Guardian?",
        "his departure from the Guardian",
    ],
)
def test_an_outlet_someone_leaves_is_what_is_asked_about(question: str) -> None:
    # "from" after a verb of leaving names what is left, never the articles' source
    filters, _ = _read(question)
    assert filters.sources == ()
    absent = read_filters(question, reference=REFERENCE, unheld=lambda name: name).absent
    assert absent == ""


def test_date_and_recency_words_stay_when_no_article_is_dated() -> None:
    reading = read_filters(
        "latest strike news from last week in the Guardian",
        reference=REFERENCE,
        outlets=OUTLETS,
        dated=False,
    )
    assert reading.filters == Filters(sources=("The Guardian",))
    assert reading.words == "latest strike news from last week"


def test_outlet_words_are_only_read_against_the_index_outlets() -> None:
    reading = read_filters("strike according to the Guardian", reference=REFERENCE)
    assert reading.filters.sources == ()
    assert reading.words == "strike according to the Guardian"


@pytest.mark.parametrize(
    ("question", "day", "left"),
    [
        ("what did Truss say on Monday?", "2024-03-18", "what did Truss say?"),
        ("news from last Friday", "2024-03-15", "news"),
        ("what happened on Tuesday", "2024-03-19", "what happened"),
        ("what happened on Wednesday?", "2024-03-20", "what happened?"),  # the reference day
        ("strike this Monday", "2024-03-18", "strike"),
        ("strike last Thursday", "2024-03-14", "strike"),
        ("What did Lind say Sunday?", "2024-03-17", "What did Lind say?"),
        ("Friday: what did Lind say?", "2024-03-15", ": what did Lind say?"),
        ("what did Truss say On Monday?", "2024-03-18", "what did Truss say?"),
        ("strike on Monday, 4 March 2024", "2024-03-04", "strike"),  # the calendar date wins
        ("strike on Monday 11 March", "2024-03-11", "strike"),
    ],
)
def test_a_weekday_is_the_latest_such_day_up_to_the_reference_day(
    question: str, day: str, left: str
) -> None:
    filters, rest = _read(question)
    assert (filters.since, filters.until) == (date.fromisoformat(day), date.fromisoformat(day))
    assert rest == left


@pytest.mark.parametrize(
    "question",
    [
        "Black Friday sales",
        "what did the shops say about Black Friday?",
        "black friday sales",
        "the Good Friday Agreement",
        "Super Tuesday results",
        "who is Man Friday?",
        "reviews of Friday Night Lights",
        "what did Lind write in the Sunday Times?",
        "what did Klopp say about Monday's match?",  # an event: reported after, or ahead of it
        "what is planned for next Monday?",
        "strikes on Mondays",
        "what happens every Sunday?",
        "Truss Monday speech",  # a capitalised word before: read as a name, to be safe
    ],
)
def test_a_weekday_in_a_name_or_ahead_stays_a_word(question: str) -> None:
    filters, rest = _read(question)
    assert filters.since is None and filters.until is None
    assert rest == question


def test_a_weekday_read_from_a_question_is_named_in_the_description() -> None:
    filters, _ = _read("what did Truss say on Monday?")
    assert filters.describe() == "Monday 2024-03-18"
    assert _read("strike since Monday")[0].describe() == "since 2024-03-18"


@given(st.dates(min_value=date(1, 1, 8)), st.sampled_from(WEEKDAYS), st.booleans())
def test_a_weekday_is_always_that_day_of_the_week_in_the_week_up_to_the_reference_day(
    reference: date, weekday: str, last: bool
) -> None:
    first, final = read_date(f"last {weekday}" if last else weekday.capitalize(), reference)
    assert first == final
    assert first.strftime("%A").casefold() == weekday
    assert 0 <= (reference - first).days <= 6


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024-03-05", "2024-03-05", "2024-03-05"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023", "2023-01-01", "2023-12-31"),
        ("5 March 2024", "2024-03-05", "2024-03-05"),
        ("March 2024", "2024-03-01", "2024-03-31"),
        ("today", "2024-03-20", "2024-03-20"),
        ("yesterday", "2024-03-19", "2024-03-19"),
        ("last week", "2024-03-11", "2024-03-17"),
        ("3 days ago", "2024-03-17", "2024-03-17"),
        ("the last 2 weeks", "2024-03-07", "2024-03-20"),
        ("Monday", "2024-03-18", "2024-03-18"),
        ("last friday", "2024-03-15", "2024-03-15"),
    ],
)
def test_date_options_name_a_range_of_days(value: str, first: str, last: str) -> None:
    assert read_date(value, REFERENCE) == (date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize("value", ["", "2024-13", "2024-02-30", "next week", "soon", "March 5 x"])
def test_bad_date_options_raise_value_error_naming_the_forms(value: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        read_date(value, REFERENCE)


def test_source_options_resolve_to_the_index_spelling_or_fail_with_the_known_ones() -> None:
    assert resolve_sources(["bbc"], OUTLETS) == ("BBC News",)
    assert resolve_sources(["the guardian", "Reuters"], OUTLETS) == ("The Guardian", "reuters.com")
    assert resolve_sources(["Gleaner"], OUTLETS) == ("Harbourtown Gleaner",)
    with pytest.raises(FilterError, match="Known outlets: BBC News, The Guardian"):
        resolve_sources(["Le Monde"], OUTLETS)


def test_an_unknown_source_option_is_offered_the_outlets_spelt_close_to_it() -> None:
    # it listed the first eight outlets, whatever was typed, and never said there were more
    with pytest.raises(FilterError) as misspelt:
        resolve_sources(["Harbourtown Gleanor"], OUTLETS)
    assert str(misspelt.value) == (
        "No articles from 'Harbourtown Gleanor' in the index. Did you mean Harbourtown "
        "Gleaner? See `qabot sources`."
    )
    assert len(OUTLETS) > 8
    with pytest.raises(FilterError, match=rf", NOW Harbourtown and {len(OUTLETS) - 8} more\. See"):
        resolve_sources(["Le Monde"], OUTLETS)


_FILTERISH = [
    "today", "yesterday", "last", "week", "month", "in", "since", "until", "March", "May",
    "2024", "2024-03", "the", "BBC", "Guardian", "according", "to", "from", "latest", "did",
    "report", "3", "days", "ago", "between", "and", ",", "?", "Monday", "friday", "this",
    "Black", "next", "Friday's", "Sunday",
]  # fmt: skip
_QUESTION_WORDS = st.lists(
    st.one_of(st.sampled_from(_FILTERISH), st.text(min_size=1, max_size=12)), max_size=14
).map(" ".join)


@settings(deadline=None)
@example("0 today `0")
@example("last today .0")
@given(_QUESTION_WORDS)
def test_reading_filters_never_raises_and_only_removes_filter_words(question: str) -> None:
    reading = read_filters(question, reference=REFERENCE, outlets=OUTLETS)
    before, after = words(question), words(reading.words)
    # what is left is the question's words in order, minus some of them
    remaining = iter(before)
    assert all(word in remaining for word in after)
    removed = list(before)
    for word in after:
        removed.remove(word)
    outlet_words = {part for outlet in OUTLETS for part in words(f"the {outlet.name}")}
    assert all(
        word.removesuffix("'s") in FILTER_WORDS
        or word in outlet_words
        or re.fullmatch(r"\d+(?:st|nd|rd|th)?", word)
        for word in removed
    ), removed


@settings(deadline=None)
@given(st.text(max_size=80), st.dates(min_value=date(1, 1, 1)))
def test_reading_filters_never_raises_on_any_text_and_reference_day(
    question: str, reference: date
) -> None:
    read_filters(question, reference=reference, outlets=OUTLETS)
    with contextlib.suppress(ValueError):
        read_date(question, reference)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what did Howard tell the Today programme?", "what did Howard tell the Today programme?"),
        ("what did the minister say today?", "what did the minister say?"),
    ],
)  # fmt: skip
def test_a_capitalised_date_word_after_the_is_a_name(question: str, words: str) -> None:
    assert read_filters(question, reference=REFERENCE, outlets=OUTLETS).words == words


def test_an_undated_reading_needs_no_reference_day_and_the_clock_is_asked_only_when_needed() -> (
    None
):
    undated = read_filters("what did the BBC say yesterday", reference=None, dated=False)
    assert undated.filters == Filters() and undated.words == "what did the BBC say yesterday"
    with pytest.raises(ValueError, match="reference day"):
        read_filters("yesterday", reference=None, dated=True)
    assert reference_day("2024-03-20T10:00:00", "newest") == REFERENCE
    assert reference_day(None, "newest", REFERENCE) == REFERENCE
    assert reference_day("2024-03-20", "today") == date.today()


_ENDINGS = ["reported", "REPORTS", "Wrote", "wriTes", "report", "writ", "ſ", "İ", "ß"]


@given(
    st.lists(
        st.one_of(st.sampled_from([*_ENDINGS, "the", "as", ",", "?", "BBC", "x"]), st.text()),
        max_size=12,
    ).map(" ".join)
)
@example("what did X say about the strike, the BBC REPORTED?")
def test_a_source_named_last_ends_on_a_verb_the_folded_text_holds(text: str) -> None:
    # source_reading asks trailing_source only of a question whose case-folded text holds a
    # verb of REPORTED_AFTER: every question it finds a source in does
    if trailing_source(split_words(text)) is not None:
        assert any(verb in text.casefold() for verb in REPORTED_AFTER)
