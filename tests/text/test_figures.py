"""Figures: which kinds of dates, numbers and money a text holds, as stored at index time."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.text import figure_kinds, holds, last_that_may_hold, may_hold
from qabot.text.figures import ALL_CHECKS, DATE, KNOWN, MONEY, NUMBER, figure_checks


@pytest.mark.parametrize(
    ("text", "holds", "lacks"),
    [
        ("The ceasefire began in 2022.", [DATE, NUMBER], [MONEY]),
        ("About 150,000 troops wait at the border.", [NUMBER], [DATE, MONEY]),
        ("The bill came to $27bn on Monday.", [DATE, NUMBER, MONEY], []),
        ("Troops wait at the border.", [], [DATE, NUMBER, MONEY]),
    ],
)
def test_figure_kinds_says_which_patterns_a_text_holds(
    text: str, holds: list[re.Pattern[str]], lacks: list[re.Pattern[str]]
) -> None:
    kinds = figure_kinds(text)
    assert kinds & KNOWN
    assert all(may_hold(kinds, [pattern]) for pattern in holds)
    assert not any(may_hold(kinds, [pattern]) for pattern in lacks)


def test_unknown_kinds_may_hold_anything() -> None:
    assert may_hold(0, [DATE])
    assert may_hold(0, [MONEY, NUMBER])
    assert holds(0, [DATE]) is None


@given(
    st.lists(st.integers(0, 15), max_size=12),
    st.sampled_from([[DATE], [MONEY, NUMBER], [NUMBER]]),
)
def test_the_last_that_may_hold_is_the_last_may_hold_admits(
    stored: list[int], patterns: list[re.Pattern[str]]
) -> None:
    expected = max((i for i, kinds in enumerate(stored) if may_hold(kinds, patterns)), default=-1)
    assert last_that_may_hold(stored, patterns) == expected


@given(st.lists(st.sampled_from(["2022", " troops", " $5", " Monday", " half"]), max_size=4))
def test_holds_says_what_a_search_of_the_text_would(pieces: list[str]) -> None:
    text = "".join(pieces)
    for patterns in ([DATE], [NUMBER], [MONEY, NUMBER]):
        expected = any(pattern.search(text) for pattern in patterns)
        assert holds(figure_kinds(text), patterns) is expected


PIECES = st.sampled_from(
    [*"ab 1 9 0 $ £ , . ſ İ ı K ٣ - '".split(" "), " ", "Monday", "today", "5pm", "MILLION",
     "dollars", "Half", "last week", "Jan", "twice", "doubles", "2024", "this year", "day",
     "Sunday", "yesterday", "holiday", "Wednesday", "tomorrow", "Today", "next month", "May",
     "week", "Aprils", "10:30", ":", "9am", "am", "pm", "1850", "19", "0:5", "x2015", "€", "¥",
     "Pence", "CENTS", "cent\u017f", "yen", "Rupiah", "euros", "120045", "1:3"]
)  # fmt: skip


@given(st.lists(PIECES, max_size=12).map("".join))
def test_stored_kinds_are_exactly_what_the_patterns_find(text: str) -> None:
    kinds = figure_kinds(text)
    for pattern in (DATE, NUMBER, MONEY):
        assert may_hold(kinds, [pattern]) == bool(pattern.search(text))


@given(st.lists(PIECES, max_size=16).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_an_articles_checks_leave_every_part_of_it_the_same_kinds(
    text: str, start: int, end: int
) -> None:
    # analysis passes its article's checks with each passage: scans the article ruled out are
    # skipped, and each passage's stored kinds must stay exactly what they were
    part = text[start:end]
    assert figure_kinds(part, figure_checks(text)) == figure_kinds(part)


def test_checks_of_a_text_without_figures_skip_its_scans() -> None:
    text = "Troops wait at the border. A hundred more came on Monday."
    assert figure_checks(text) != ALL_CHECKS
    assert figure_kinds("Troops wait at the border.", figure_checks(text)) == KNOWN
    assert may_hold(figure_kinds("A hundred more came on Monday.", figure_checks(text)), [DATE])


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Prices rose 3% in 2004.", {DATE, NUMBER}),  # the year found where its digits are
        ("It shut at 12:30, with 40 staff.", {DATE, NUMBER}),  # a time's first digit before
        ("Code 120045 ran; then 2004 came.", {DATE, NUMBER}),  # a year inside a number first
        ("It cost 5 Pence more.", {NUMBER, MONEY}),  # a currency word in any case
        ("It cost 5 cent\u017f more.", {NUMBER, MONEY}),  # a long s is an s to IGNORECASE
        ("About 150,000 troops wait.", {NUMBER}),  # digits, no currency: no money scan
    ],
)
def test_kinds_told_without_a_whole_scan_are_the_patterns_own(
    text: str, kinds: set[re.Pattern[str]]
) -> None:
    stored = figure_kinds(text)
    for pattern in (DATE, NUMBER, MONEY):
        assert may_hold(stored, [pattern]) == (pattern in kinds) == bool(pattern.search(text))
