"""A quoted word in an apposition before a preposition ("The sources, all unnamed “allies” of Jo
Ray, said"): the words before speak, not the name after the preposition; a line-up after a
quote ("Rovers: Ray, Lee, ...") is no part of the quote nor of its sentence; a share noun that
heads the phrase ("Majority argue") is no name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution import extract_quotes
from qabot.attribution.apposition_shapes import quoted_description
from qabot.attribution.team_sheets import sheet_start
from tests.attribution.test_quotes import attributed, make_article

INTRO = "Tom Vance met Jo Ray at the harbour on Monday."


@pytest.mark.parametrize("noun", ['"allies"', "“friends”"])
def test_a_quoted_word_before_of_leaves_the_subject_speaking(noun: str) -> None:
    said = attributed(
        INTRO,
        f"The author's sources, all unnamed {noun} of Mr Vance and Mr Ray, said the harbour "
        "master felt let down by the board.",
    )
    assert [who for who, _ in said] == ["the author's sources"]


def test_a_quoted_title_after_a_name_still_lets_the_name_speak() -> None:
    said = attributed(
        INTRO,
        'Jo Ray, author of "Night Falls" and two other books, said the ferry was far too late.',
    )
    assert [who for who, _ in said] == ["Jo Ray"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["all", "unnamed", '"······"', "of", "Mr", "Ray"], True),
        (["close", "“······”", "to", "Jo", "Ray"], True),
        (["author", "of", '"······"'], False),  # the quote ends the apposition
        (['"······"', "of", "Jo", "Ray"], False),  # not lower case
        (["the", "harbour", "master"], False),
    ],
)
def test_quoted_description(words: list[str], expected: bool) -> None:
    assert quoted_description(words) is expected


LINE_UP = (
    "Rovers: Vance, Ray (Dean 77), Lee, Pike, Moss, Hart. Subs: Dean, Cole. Referee: P Holt (Kent)"
)


def test_a_line_up_ends_the_quote_and_its_sentence() -> None:
    text = f'- Rovers boss Tom Vance: "We played well today and deserved the win." {LINE_UP}'
    quotes = extract_quotes(make_article(INTRO, text))
    assert [q.speaker for q in quotes] == ["Tom Vance"]
    assert quotes[0].text == "We played well today and deserved the win."
    assert "Rovers:" not in quotes[0].sentence
    assert quotes[0].sentence.endswith('the win."')


def test_a_quote_left_open_stops_at_a_line_up_paragraph() -> None:
    quotes = extract_quotes(
        make_article(INTRO, 'Tom Vance said: "We played well today and deserved it.', LINE_UP)
    )
    assert [q.speaker for q in quotes] == ["Tom Vance"]
    assert "Vance, Ray" not in quotes[0].text
    assert "Rovers:" not in quotes[0].sentence


def test_a_line_up_opens_at_its_label_not_at_the_sentence_before() -> None:
    text = "Booked: Pike, Moss. Rovers: Vance, Ray (Lee 77), Dean, Pike, Moss."
    # "Moss. Rovers" is no one name, and two names are no line-up
    assert sheet_start(text, 0, len(text)) == text.index(" Rovers")


@pytest.mark.parametrize(
    "text",
    [
        "He named three: Vance, Ray and Lee, all of them late.",  # lower-case label, "and"
        "Rovers: Vance, Ray, Lee.",  # three names are no line-up
        "The plan: cut costs, sell land, hire staff, raise fares.",  # no names
    ],
)
def test_prose_is_no_line_up(text: str) -> None:
    assert sheet_start(text, 0, len(text)) is None


@given(st.text(max_size=200))
def test_sheet_start_is_inside_the_text(text: str) -> None:
    found = sheet_start(text, 0, len(text))
    assert found is None or 0 <= found <= len(text)


@pytest.mark.parametrize("word", ["Majority", "Minority"])
def test_a_share_noun_heading_the_phrase_is_no_name(word: str) -> None:
    said = attributed(INTRO, f"{word} argue that the ferry is too small for the town.")
    assert all(who != word for who, _ in said)


def test_a_share_noun_in_an_office_keeps_the_name() -> None:
    said = attributed(
        INTRO, "Senate Majority Leader Jo Ray said the ferry was too small for the town."
    )
    assert [who for who, _ in said] == ["Jo Ray"]
