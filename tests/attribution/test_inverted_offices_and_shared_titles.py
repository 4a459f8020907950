"""An office and what it is of after an inverted cue ('“...,” said Secretary of State X'), a
plural title before surnames alone ("Senators Brannock and Kellan"), and a first name ending in
-i before another such word ("Sri Ayuni Wibisono"): the person is the name, all of it, with no
title in it. Short invented texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.name_clues import nationality_before
from qabot.attribution.phrase_heads import head_words
from tests.attribution.test_quotes import attributed

WORDS = "The harbour plan is the best thing this town has done"


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("Secretary of State", "Tavin Brannock"),
        ("Chief of Staff", "Tavin Brannock"),
        ("Minister of Finance", "Tavin Brannock"),
        # a longer chain: the name opens at a first name the lexicon knows, as before a cue
        ("Secretary of State for Health", "Anna Brannock"),
        ("Chancellor of the Exchequer", "Anna Brannock"),
    ],
)
@pytest.mark.parametrize("after", ["", " on Monday", ", who arrived on Monday"])
def test_an_office_after_an_inverted_cue_is_the_name_after_it(
    office: str, name: str, after: str
) -> None:
    found = attributed(f'The talks went on. "{WORDS}," said {office} {name}{after}.')
    assert found == [(name, WORDS)]


def test_a_name_then_what_it_is_of_is_the_name() -> None:
    found = attributed(f'"{WORDS}," said Professor Tavin Brannock of the Harbour Trust Kellan.')
    assert found == [("Tavin Brannock", WORDS)]


def test_an_office_with_no_name_after_it_is_read_as_before() -> None:
    found = attributed(f'The board met. "{WORDS}," said Chairman of the Board.')
    assert found == [("Chairman", WORDS)]


def test_the_head_of_an_office_and_a_name_keeps_both() -> None:
    words = "Secretary of State Tavin Brannock on Monday".split()
    assert head_words(words) == words[:5]
    assert head_words(words, offices=False) == words[:1]
    # no office before "of": a head ends there, as before
    assert head_words("a strategist of the campaign".split()) == ["a", "strategist"]


def test_a_capitalised_tie_in_an_office_runs_on_to_the_name() -> None:
    # a title-cased line ("Secretary Of State"): the office still runs on to the name, and an
    # article writing it so is read (it stopped the indexing of a whole archive before)
    words = "Secretary Of State Tavin Brannock".split()
    assert head_words(words) == words
    found = attributed(f'The talks went on. "{WORDS}," said Secretary Of State Tavin Brannock.')
    assert [said for _, said in found] == [WORDS]
    # ... also where a lower-case tie follows it ("for Health"): that one is not the first
    longer = "Secretary Of State for Health Tavin Brannock".split()
    assert head_words(longer) == longer


@given(st.lists(st.sampled_from(["Of", "of", "For", "the", "Chief", "Jo", "Ray", "at"])))
def test_head_words_reads_any_run_of_office_words(words: list[str]) -> None:
    assert len(head_words(words)) <= len(words)


@pytest.mark.parametrize("title", ["Senators", "Governors", "Councillors"])
def test_a_plural_title_before_surnames_alone_is_no_part_of_the_first(title: str) -> None:
    found = attributed(
        f"{title} Brannock and Kellan met on Tuesday. Mr. Brannock wrote a letter.",
        f'"{WORDS}," Mr. Brannock said.',
    )
    assert found == [("Brannock", WORDS)]


def test_a_plural_honorific_before_one_word_is_left_as_it_was() -> None:
    # "Kings", "Lords": a place's or a team's word as often as a title, not cut
    found = attributed(f'"{WORDS}," said Kings Brannock.')
    assert found == [("Kings Brannock", WORDS)]


@pytest.mark.parametrize(
    "text",
    [
        f'Finance minister Sri Ayuni Wibisono spoke on Monday. "{WORDS}," she said.',
        f'"{WORDS}," said Sri Ayuni Wibisono, the finance minister.',
    ],
)
def test_a_first_name_ending_in_i_before_another_is_part_of_the_name(text: str) -> None:
    assert attributed(text) == [("Sri Ayuni Wibisono", WORDS)]


def test_which_words_ending_in_i_open_a_name_and_which_a_nationality() -> None:
    assert not nationality_before("Sri Ayuni Wibisono".split())
    assert not nationality_before("Rhodri Glyn Thomas".split())
    assert nationality_before("Sri Lankan Tavin Brannock".split())
    assert nationality_before("Iraqi Tavin Brannock".split())  # a nationality it knows
    assert nationality_before("Missouri Republican Tavin Brannock".split())
