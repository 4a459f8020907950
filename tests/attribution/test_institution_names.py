"""Institution names: a body's whole name is its speaker, and a person named with it is the
person; each on a short invented text; and the name tests hold for any words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.attribution.institution_names import (
    institution_description,
    joins_institution,
    of_institution,
    possessed_institution,
)
from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a person named after the body and a role
        ("Fares will rise, according to Bank of Harbours deputy governor Ana Ruiz.", "Ana Ruiz"),
        ('"Fares will rise," said Bank of Harbours chief Tom Vance.', "Tom Vance"),
        # "&", "and", a weekday, a possessive inside a body's name
        ("The firm Marsh & Vance said that fares would rise.", "Marsh & Vance"),
        (
            "The Department of Ferries and Harbours said fares would rise in May.",
            "Department of Ferries and Harbours",
        ),
        ("The Sunday Times reported that fares would rise in May.", "Sunday Times"),
        (
            "The Harbour Commissioner's Office said that fares would rise in May.",
            "Harbour Commissioner's Office",
        ),
        (
            "Fares will rise in May, says the Office for Harbour Statistics.",
            "Office for Harbour Statistics",
        ),
        # what a body publishes is the body's word
        ("Fares rose by a tenth, according to the Bank of Harbours' figures.", "Bank of Harbours"),
        # two bodies: the second speaks
        (
            "Both the Council of Ferry Owners and Harbour Pilots Association said fares rose.",
            "Harbour Pilots Association",
        ),
    ],
)
def test_an_institution_s_whole_name_is_read(sentence: str, speaker: str) -> None:
    assert [s for s, _ in attributed(sentence)] == [speaker]


def test_a_spokeswoman_described_by_her_department_s_full_name() -> None:
    quotes = attributed(
        'A Department for Ferries and Harbours spokeswoman said: "Fares will rise in May."'
    )
    assert quotes == [
        ("a Department for Ferries and Harbours spokeswoman", "Fares will rise in May.")
    ]


def test_a_person_of_a_body_with_and_in_its_name_is_the_person() -> None:
    quotes = attributed(
        "Ana Ruiz, a former harbour pilot who now studies the ferries of the north at the "
        "Centre for Ferry and Harbour Studies, said, \u201cThe fares will rise again in May.\u201d"
    )
    assert [s for s, _ in quotes] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("words", "index", "run", "expected"),
    [
        (["Department", "of", "Trade", "and", "Industry"], 3, ["Industry"], True),
        (["Ana", "Ruiz", "and", "Tom", "Vance"], 2, ["Vance", "Tom"], False),
        (["Ernst", "&", "Young"], 1, ["Young"], True),
        (["the", "Sunday", "Times"], 1, ["Times"], True),
        (["on", "Sunday", "Vance"], 1, ["Vance"], False),
    ],
)
def test_joins_institution(words: list[str], index: int, run: list[str], expected: bool) -> None:
    assert joins_institution(words, index, run) is expected


_WORDS = st.lists(
    st.sampled_from(
        [
            "of",
            "for",
            "and",
            "&",
            "the",
            "a",
            "Bank",
            "Office",
            "Ana",
            "Ruiz's",
            "said",
            "Sunday",
            "",
        ]
    ),
    max_size=8,
)


@settings(deadline=None)
@given(words=_WORDS, index=st.integers(min_value=0, max_value=9), cut=st.integers(0, 9))
def test_name_tests_never_fail_on_any_words(words: list[str], index: int, cut: int) -> None:
    if index < len(words):
        joins_institution(words, index, words[index + 1 :][::-1])
        of_institution(words, index)
    possessed_institution(words, cut)
    institution_description(words)


def test_and_the_inside_a_bodys_list_keeps_the_whole_name() -> None:
    quotes = attributed("The Harbour Commission for Wales and the Marches said trade grew by 4%.")
    assert quotes == [("Harbour Commission for Wales and the Marches", "trade grew by 4%")]
