"""What a number counts: a year, an age, an ordinal, a word of a name, a span of time, a sum
or a share is no count of the thing a "how many" question asks by another noun."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_sums import asks_sum
from qabot.search.figure_counts import counts_other, no_count
from qabot.text import tokenize
from tests.support.indexes import index_of

_NUMBER = re.compile(r"\d[\d,.]*(?:st|nd|rd|th)?|\b(?:Two|Eight|two|three|four|Thousands)\b")


def _figure(sentence: str, typed: str) -> re.Match[str]:
    found = next(m for m in _NUMBER.finditer(sentence) if m.group().rstrip(".,") == typed)
    return found


def _other(sentence: str, typed: str, question: str) -> bool:
    asked = frozenset(tokenize(question)) - frozenset(tokenize("how many"))
    return counts_other(sentence, _figure(sentence, typed), asked)


@pytest.mark.parametrize(
    ("sentence", "typed"),
    [
        ("The mill closed at the end of 2003.", "2003"),
        ("Her novel Lanterns (1971) made her name.", "1971"),
        ("The 1988 novel was her last.", "1988"),
        ("Ida Moss has died aged 91 at home.", "91"),
        ("Mr Oake, 45, admitted the theft.", "45"),
        ("The 14th annual Orrin fair opened.", "14th"),
        ("Her first book, Runaway Two-Eight, sold well.", "Eight"),
    ],
)
def test_years_ages_ordinals_and_words_of_names_count_nothing(sentence: str, typed: str) -> None:
    assert no_count(sentence, _figure(sentence, typed))


def test_a_count_of_things_is_a_count() -> None:
    sentence = "The 300 staff of the mill went home."
    assert not no_count(sentence, _figure(sentence, "300"))


@pytest.mark.parametrize(
    ("sentence", "typed"),
    [
        ("Sales grew in the last three months of the year.", "three"),  # a span
        ("Tickets cost $40 at the door.", "40"),  # a sum
        ("The fair drew 30% more visitors.", "30"),  # a share
        ("About 51 million people visited the fair.", "51"),  # after a scale
        ("Thousands of visitors came to the fair.", "Thousands"),  # "thousands of"
        ("The club lost 9 of their 12 games in Osk.", "9"),  # part of a whole
        ("She wrote 11 best-selling books about the fair.", "11"),  # after a compound
        ("Its four games were played, and the fair went on.", "four"),  # no preposition
    ],
)
def test_counts_of_other_things_are_no_count_of_tickets(sentence: str, typed: str) -> None:
    assert _other(sentence, typed, "how many tickets were sold at the orrin fair")


@pytest.mark.parametrize(
    ("sentence", "typed"),
    [
        ("The fair sold 4,000 tickets.", "4,000"),
        ("The fair sold 20 thousand tickets.", "20"),
        ("The fair cut 90 steward jobs.", "90"),  # the second word is the thing counted
        ("The fair sold 12 passes for the orrin fair.", "12"),  # a word asked after "for"
        ("The fair said 32 million getting in paid.", "32"),  # a count of no noun
    ],
)
def test_counts_of_the_thing_asked_stay(sentence: str, typed: str) -> None:
    assert not _other(sentence, typed, "how many tickets or jobs went at the orrin fair")


def test_a_share_asked_is_no_other_thing() -> None:
    sentence = "Turnout rose to 61% in Osk."
    assert not _other(sentence, "61", "how many percent turned out in osk")


def test_fining_asks_a_sum() -> None:
    assert asks_sum("how much did the regulator end up fining the two banks")


# our own: the Orrin fair's story counts its tickets; Ida Moss's only her years and books
FAIRS = {
    "fair.txt": (
        "Orrin fair sells out\n\nThe Orrin fair sold 4,000 tickets in a day, its organisers "
        "said. The fair was first held in 1962."
    ),
    "moss.txt": (
        "Novelist Ida Moss dies\n\nNovelist Ida Moss has died at the age of 88. Her 1971 novel "
        "Lanterns made her name, and she went on to write 11 best-selling books."
    ),
    "filler.txt": "Rain in Osk\n\nHeavy rain closed many roads in Osk on Monday.",
}


@pytest.fixture(scope="module")
def fair_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("fairs")), FAIRS)


def test_a_story_with_no_count_of_copies_gives_none(fair_index: Index) -> None:
    result = answer(fair_index, "how many copies did ida moss's novel lanterns sell")
    assert not result.found and "gives a figure" in result.lead


def test_a_story_counting_the_thing_asked_answers(fair_index: Index) -> None:
    result = answer(fair_index, "how many tickets did the orrin fair sell")
    assert result.found and "4,000 tickets" in result.passages[0].passage.text


# our own: a transfer fee named beside the club, no wage; "royal" is an everyday word
TRANSFERS = {
    "moss.txt": (
        "Royal Osk near deal for Moss\n\nRoyal Osk are closing in on a £2m deal for Velm's Ida "
        "Moss after her agent travelled to Osk for talks."
    ),
    "visit.txt": (
        "A visit to Brevia\n\nThe royal visit went well. A royal guest met the royal family, "
        "and the royal yacht sailed on the royal tide."
    ),
}


@pytest.fixture(scope="module")
def transfer_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("transfers")), TRANSFERS)


def test_a_word_of_a_name_typed_in_lower_case_tells_no_wage(transfer_index: Index) -> None:
    result = answer(transfer_index, "how much will moss earn a week at royal osk")
    assert not result.found and "“royal osk”" in result.lead


def test_the_fee_still_answers_what_was_paid(transfer_index: Index) -> None:
    result = answer(transfer_index, "how much will royal osk pay for moss")
    assert result.found and "£2m" in result.passages[0].passage.text
