"""Bodies whose names hold "and", a thing no pronoun means, and names of two first names
(invented texts)."""

from __future__ import annotations

import pytest

from qabot.attribution import person_name
from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # up to three capitalised words after "the", then "and", then an organisation word
        (
            "The Upland Sheep and Goat Breeders Council said the flocks were healthy.",
            "Upland Sheep and Goat Breeders Council",
        ),
        # a possessive opens it, and a company's ending closes it
        (
            "Norway's Fjordline Timber and Paper Co. said the flocks were healthy.",
            "Fjordline Timber and Paper Co",
        ),
        # an organisation word in the plural
        (
            "The Alpine Rescue and Mountain Guide Societies said the flocks were healthy.",
            "Alpine Rescue and Mountain Guide Societies",
        ),
        # a list after "for" in a department's name
        (
            "A spokeswoman for the Department for Roads, Rail and Ports said the flocks were"
            " healthy.",
            "Department for Roads, Rail and Ports",
        ),
    ],
)
def test_a_body_whose_name_holds_and_speaks_whole(sentence: str, speaker: str) -> None:
    assert attributed(sentence) == [(speaker, "the flocks were healthy")]


def test_two_bodies_joined_by_and_are_not_one_name() -> None:
    found = attributed("The Tories and the Farmers Union said the flocks were healthy.")
    assert found != [("Tories and the Farmers Union", "the flocks were healthy")]


def test_he_in_the_paragraph_after_a_bodys_spokesman_is_the_body() -> None:
    found = attributed(
        "A spokesman for the Department for Roads, Rail and Ports said the bridge would"
        " reopen in May.",
        "He added that tolls would stay at their present level for a year.",
    )
    assert found == [
        ("Department for Roads, Rail and Ports", "the bridge would reopen in May"),
        (
            "Department for Roads, Rail and Ports",
            "tolls would stay at their present level for a year",
        ),
    ]


def test_they_never_means_a_thing_read_as_a_speaker() -> None:
    found = attributed(
        "The Harbour Board said it would act on pay.",
        "Jobs have continued to grow since the law came in - funny how that works!",
        "I hope the ministers will cut the tax on the people they say they are helping.",
    )
    assert found == [("Harbour Board", "it would act on pay")]


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("Anna Maria Kowalczyk", "Anna Maria Kowalczyk"),  # two first names: one person
        ("Sculptor Lena Okafor", "Lena Okafor"),  # a role word before a first name
    ],
)
def test_a_name_opening_with_a_first_name_keeps_it(speaker: str, name: str) -> None:
    assert person_name(speaker)[0] == name


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a title word inside a body's name after "of"
        (
            "The Association of Chief Harbour Officers of Wessex said the flocks were healthy.",
            "Association of Chief Harbour Officers of Wessex",
        ),
        # a list after "of" and a place after another "of"
        (
            "The National Guild of Weavers and Dyers of Wessex said the flocks were healthy.",
            "National Guild of Weavers and Dyers of Wessex",
        ),
        # three capitalised words between "the" and "and"
        (
            "According to the Upland Health Research and Grazing Information Center, the"
            " flocks were healthy.",
            "Upland Health Research and Grazing Information Center",
        ),
        # an initialism and a place after the organisation word
        (
            "The Ministry's Roads and Bridges Office (RBO) in Carlow said the flocks were"
            " healthy.",
            "Roads and Bridges Office",
        ),
    ],
)
def test_a_body_whose_name_holds_of_and_and_speaks_whole(sentence: str, speaker: str) -> None:
    assert attributed(sentence)[0][0].endswith(speaker)


def test_two_bodies_with_initialisms_are_not_one_name() -> None:
    found = attributed(
        "Both the Council of Sheep Breeders (CSB) and Goat Society Association (GSA) said the"
        " flocks were healthy."
    )
    assert all("Council" not in speaker or "Goat" not in speaker for speaker, _ in found)
