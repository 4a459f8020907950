"""Stray words: a sentence's opening word is no speaker, a name is read whole, each on a short
invented text; and the word tests hold for any text."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.attribution.sentence_roles import opens_sentence
from qabot.attribution.stray_words import (
    capitalised_inside,
    is_common_plural,
    is_sentence_opener,
    numbered_name,
)
from tests.attribution.test_quotes import attributed

INTRO = "The harbour board met on Monday to discuss the ferry."


@pytest.mark.parametrize(
    "sentence",
    [
        # an adverb opening the sentence, before a comma
        "Overall, asking fares have fallen by a tenth since the summer.",
        "Lately, says nobody in particular, the ferry has been on time.",
        # an -ing word opening the sentence
        "Having said that, the ferry is looking in much better shape.",
        "Following claims that the ferry was unsafe, the board met again.",
    ],
)
def test_a_sentence_opening_word_is_no_speaker(sentence: str) -> None:
    speakers = {speaker for speaker, _ in attributed(INTRO, sentence)}
    assert not speakers & {"Overall", "Lately", "Having", "Following"}


def test_an_opening_word_the_article_also_writes_inside_sentences_is_a_name() -> None:
    quotes = attributed(
        INTRO,
        "The ferry's owner is a firm called Lately.",
        "Lately, the ferry's owner, said the fares would rise.",
    )
    assert [speaker for speaker, _ in quotes] == ["Lately"]


def test_a_surname_ending_in_s_is_a_name_not_a_plural_description() -> None:
    quotes = attributed(
        "The pilot Toby Marais has a new boat for the ferry run.",
        "\u201cWe wanted a bigger boat for the winter,\u201d Marais told the board.",
    )
    assert quotes == [("Toby Marais", "We wanted a bigger boat for the winter")]


def test_a_plural_opening_a_sentence_is_still_a_description() -> None:
    quotes = attributed(INTRO, "Pilots said the ferry was running late.")
    assert quotes == [("pilots", "the ferry was running late")]


def test_a_number_before_a_one_word_name_is_part_of_the_name() -> None:
    quotes = attributed(
        "The rapper 42 Pilot played the harbour on Friday.",
        "\u201cThe crowd was the best I ever had,\u201d 42 Pilot said.",
    )
    assert quotes == [("42 Pilot", "The crowd was the best I ever had")]


def test_a_holiday_is_no_one() -> None:
    quotes = attributed(
        "Mr Ian Vance, whose firm runs the ferry, said with Christmas coming the board had "
        "time to think again.",
        "He told the board that the fares were too high.",
    )
    assert {speaker for speaker, _ in quotes} == {"Ian Vance"}


@pytest.mark.parametrize(
    ("words", "run", "expected"),
    [
        (["rapper", "42", "Pilot"], ["Pilot"], ["42", "Pilot"]),
        (["about", "20", "Pilot"], ["Pilot"], ["Pilot"]),  # a count
        (["20", "Pilots"], ["Pilots"], ["Pilots"]),  # a count of people
        (["in", "2005", "Pilot"], ["Pilot"], ["Pilot"]),  # a year
        (["Ana", "Ruiz"], ["Ana", "Ruiz"], ["Ana", "Ruiz"]),
    ],
)
def test_numbered_name_joins_only_a_name_number(
    words: list[str], run: list[str], expected: list[str]
) -> None:
    assert numbered_name(words, run) == expected


@settings(deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("Aab,. \n\"'-s"), max_size=80),
    word=st.text(alphabet=st.sampled_from("Aabs"), min_size=1, max_size=5),
    position=st.integers(min_value=0, max_value=90),
)
def test_word_tests_never_fail_on_any_text(text: str, word: str, position: int) -> None:
    capitalised_inside(text, word)
    is_sentence_opener(text, word, position)
    is_common_plural(text, word)


def _capitalised_inside_by_pattern(text: str, word: str) -> bool:
    """What `capitalised_inside` answers, read by the pattern it stands for."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")
    return any(not opens_sentence(text, m.start()) for m in pattern.finditer(text))


@settings(deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("Aab_1é,. \n\"'’-s"), max_size=60),
    word=st.text(alphabet=st.sampled_from("Aab'’-. é_"), min_size=1, max_size=4),
)
def test_a_word_written_with_a_capital_inside_is_found_where_its_pattern_finds_it(
    text: str, word: str
) -> None:
    assert capitalised_inside(text, word) == _capitalised_inside_by_pattern(text, word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Aa. Aa-b went. Aa went.", "Aa", False),  # opening sentences; part of "Aa-b"
        ("Aa. Then Aa went.", "Aa", True),
        ("So O'Aa went. Aa went.", "Aa", False),  # inside "O'Aa": not the word alone
        ("Aa aAa Aa_ went. Aa", "Aa", False),
        ("We saw Aa", "Aa", True),  # at the text's end
        ("AaAa went. So AaAa.", "AaAa", True),
    ],
)
def test_a_word_is_capitalised_inside_only_where_it_stands_alone_inside_a_sentence(
    text: str, word: str, expected: bool
) -> None:
    assert capitalised_inside(text, word) is expected


def test_an_empty_word_is_written_nowhere() -> None:
    assert not capitalised_inside("We saw Aa. Then Bb went.", "")


def test_a_long_text_asked_of_many_words_is_read_in_linear_time() -> None:
    """Each answer reads the whole text where the word only opens sentences: a page of some
    8,000 sentences asked of 1,000 names (one a cue) must not take a regular expression's scan
    of every place of the text for each (~3 ms a name here, ~0.1 ms by `str.find`)."""
    names = [f"Name{i}" for i in range(1000)]
    text = " ".join(f"{name} went home. The pilot saw them." for name in names) * 4
    started = time.process_time()  # CPU time: a busy machine's waits are not the code's
    assert not any(capitalised_inside(text, name) for name in names)
    assert capitalised_inside(text + " We met Name7.", "Name7")
    assert time.process_time() - started < 1.5  # ~0.15 s here; the pattern took ~3.3 s
