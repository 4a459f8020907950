"""Misspelt surnames: a lone surname spelt with one slip is the person named in full whose
surname it misspells, never another word or a body's name (invented texts)."""

from __future__ import annotations

import pytest

from qabot.attribution.misspelt_surnames import misspelt_surname
from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("word", "surnames", "expected"),
    [
        ("halvorsn", ["halvorsen", "okafor"], "halvorsen"),  # a letter left out
        ("halvorssen", ["halvorsen"], "halvorsen"),  # a letter added
        ("halvorsan", ["halvorsen"], "halvorsen"),  # a letter changed
        ("halvrosen", ["halvorsen"], "halvorsen"),  # two letters swapped
        ("israel", ["israeli"], None),  # the last letter differs: another word
        ("catholics", ["catholic"], None),
        ("wang", ["wong"], None),  # too short to tell
        ("halvorsn", ["halvorsen", "halvorson"], None),  # two it may misspell
        ("petersen", ["halvorsen"], None),
        ("okaförr", ["okafor"], None),  # two slips
        ("okafor", ["okaför"], "okaför"),  # a letter changed, an accented one
        ("okafr", ["okaför"], "okaför"),  # an accented letter left out
        ("okaföor", ["okafor"], "okafor"),  # an accented letter added
        ("okaför", ["okafør"], "okafør"),  # one accented letter for another
    ],
)
def test_a_surname_misspells_one_surname_by_one_slip(
    word: str, surnames: list[str], expected: str | None
) -> None:
    assert misspelt_surname(word, surnames) == expected


def test_a_misspelt_surname_is_the_speaker_named_in_full() -> None:
    assert attributed(
        "Ingrid Halvorsen won the final in three sets.",
        '"It was a hard match," said Halvorsn.',
    ) == [("Ingrid Halvorsen", "It was a hard match")]


def test_a_body_s_name_is_no_misspelt_surname() -> None:
    speakers = [
        speaker
        for speaker, _ in attributed(
            "The Transport Workers' Union met the company on Monday.",
            '"At least we are talking," said Unison.',
        )
    ]
    assert speakers == ["Unison"]


def test_a_full_name_read_after_its_slip_is_the_same_person() -> None:
    # the story's subject is read when its cue is; the titled slip was read first
    assert attributed(
        "Ingrid Halvorsen said the final was hard.",
        '"It was a hard match," said Ms Halvorsn.',
    ) == [
        ("Ingrid Halvorsen", "the final was hard"),
        ("Ingrid Halvorsen", "It was a hard match"),
    ]


def test_a_full_name_is_no_slip_of_another_full_name() -> None:
    speakers = {
        speaker
        for speaker, _ in attributed(
            "Ingrid Halvorsen said the final was hard.",
            "Tomas Halvorsn said the crowd was loud.",
        )
    }
    assert speakers == {"Ingrid Halvorsen", "Tomas Halvorsn"}
