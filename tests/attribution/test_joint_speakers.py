"""Joint speakers: words two people said together are recorded under each name (invented
texts)."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # two names before the cue
        (
            ["The vote was close. Hana Ortiz and Peter Lund said the result was fair."],
            [("Hana Ortiz", "the result was fair"), ("Peter Lund", "the result was fair")],
        ),
        # a kin noun before the second name
        (
            ["Milo Brandt and his wife Greta said they were “deeply moved” by the gifts."],
            [
                ("Milo Brandt", "they were “deeply moved” by the gifts"),
                ("Greta", "they were “deeply moved” by the gifts"),
            ],
        ),
        # "both X and Y"
        (
            ["Both Hana Ortiz and Peter Lund insisted the harbour was “safe and busy”."],
            [
                ("Hana Ortiz", "the harbour was “safe and busy”"),
                ("Peter Lund", "the harbour was “safe and busy”"),
            ],
        ),
        # roles before each name, after the quote
        (
            ["“We had a rough first year,” singer Hana Ortiz and drummer Peter Lund said."],
            [
                ("Hana Ortiz", "We had a rough first year"),
                ("Peter Lund", "We had a rough first year"),
            ],
        ),
        # after an opening phrase
        (
            ["On Monday, Hana Ortiz and Peter Lund said the result was fair."],
            [("Hana Ortiz", "the result was fair"), ("Peter Lund", "the result was fair")],
        ),
        # an inverted cue
        (
            ["“The trial shows it can work,” said Hana Ortiz and Peter Lund."],
            [
                ("Hana Ortiz", "The trial shows it can work"),
                ("Peter Lund", "The trial shows it can work"),
            ],
        ),
        # titles and surnames
        (
            ["Mr Brandt and Ms Ortiz said they would stay on the board."],
            [
                ("Brandt", "they would stay on the board"),
                ("Ortiz", "they would stay on the board"),
            ],
        ),
    ],
)
def test_words_said_together_are_each_speakers(
    paragraphs: list[str], expected: list[tuple[str, str]]
) -> None:
    assert sorted(attributed(*paragraphs)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # a place before "and", a clause joined after a comma, the end of a list
        "The striker has trained in Holland and Peter Lund said: “He is close to fitness.”",
        "Ortiz replaced Brandt, and Peter Lund said: “He is close to fitness.”",
        "The fans cheered Ortiz, Brandt, Jo Vance and Peter Lund, who said: “He is close to"
        " fitness.”",
    ],
)
def test_a_clause_joined_by_and_gives_one_speaker(sentence: str) -> None:
    found = attributed("Hana Ortiz and Milo Brandt were at the club.", sentence)
    assert [speaker for speaker, _ in found] == ["Peter Lund"]


def test_a_body_whose_name_holds_words_and_no_first_name_is_no_co_speaker() -> None:
    found = attributed("Lakeside Timber and Rail has denied that it cut the prices.")
    assert all(speaker != "Lakeside Timber" for speaker, _ in found)


def test_words_two_bodies_said_together_are_each_bodys() -> None:
    found = attributed("Both the IMF and World Bank have urged Ruritania to cut its tariffs.")
    assert sorted(speaker for speaker, _ in found) == ["IMF", "World Bank"]


def test_an_opening_phrase_before_and_is_no_co_speaker() -> None:
    found = attributed("In Holland and the Dutch FA said the match would go ahead.")
    assert [speaker for speaker, _ in found] == ["Dutch FA"]


def test_a_co_speaker_with_a_role_of_a_named_body_is_a_speaker() -> None:
    found = attributed(
        '"We regret the losses," Velm Bank chief executive Tom Hale and finance director Ann '
        "Dunn said in a letter."
    )
    assert sorted(speaker for speaker, _ in found) == ["Ann Dunn", "Tom Hale"]


def test_a_capitalised_opening_before_a_role_gives_no_co_speaker() -> None:
    found = attributed("In Tarn finance director Tom Hale and Ann Dunn said the bank was sound.")
    assert [speaker for speaker, _ in found] == ["Ann Dunn"]
