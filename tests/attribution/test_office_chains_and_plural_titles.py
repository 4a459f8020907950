"""A title and what it is of ("Chief of Staff", "Secretary of Homeland Security") or a plural
title ("Senators") written before a name is no part of that name, though the lexicon knows no
first name there: the name starts after them. Short invented texts."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed

WORDS = "The harbour plan is the best thing this town has done"


@pytest.mark.parametrize(
    ("office", "surname"),
    [
        ("Deputy Chief of Staff", "Brannock"),
        ("White House Chief of Staff", "Brannock"),
        ("Town Hall Chief of Staff", "McBrannock"),  # a prefixed surname is one word too
        ("Secretary of Homeland Security", "Brannock"),
        ("Minister for Europe", "Brannock"),
    ],
)
def test_an_office_and_what_it_is_of_are_no_part_of_a_name(office: str, surname: str) -> None:
    found = attributed(
        f'{office} Tavin {surname} praised the crews. "{WORDS}," {surname} wrote in an email.'
    )
    assert (f"Tavin {surname}", WORDS) in found


def test_a_body_already_cut_from_a_run_after_an_office_leaves_the_whole_name() -> None:
    # "House" is a body's word, cut as one: "Tavin Brannock" is all that is left, the name
    found = attributed(
        "It was shown by Speaker of the House Tavin Brannock's plan. In July, Brannock "
        f'dismissed it. "{WORDS}," Brannock said.'
    )
    assert ("Tavin Brannock", WORDS) in found


def test_an_office_then_a_surname_alone_is_no_one_called_after_the_office() -> None:
    found = attributed(f'Chief of Staff Brannock spoke first. "{WORDS}," Brannock said.')
    assert found
    assert all(speaker == "Brannock" for speaker, _ in found)


@pytest.mark.parametrize("title", ["Senators", "Councillors"])
def test_a_plural_title_before_two_names_is_no_part_of_the_first(title: str) -> None:
    found = attributed(
        f"{title} Tavin Brannock and Jory Kellan met on Tuesday. "
        f'"{WORDS}," Brannock said after the meeting.'
    )
    assert ("Tavin Brannock", WORDS) in found


def test_an_office_of_two_words_is_its_holder_the_story_titles_later() -> None:
    found = attributed(
        "Jory Kellan claimed in a paper that an officer had a role. Mr Kellan said he was hurt. "
        "The home secretary said he would not launch an inquiry.",
        'Later Home Secretary Tavin Brannock told the radio: "No inquiry is needed."',
    )
    assert ("Tavin Brannock", "he would not launch an inquiry") in found


@pytest.mark.parametrize(
    "later",
    [
        "Former home secretary Tavin Brannock",  # a former holder is not the office's now
        "Shadow home secretary Tavin Brannock",  # nor one of another rank
    ],
)
def test_an_office_named_later_with_other_words_is_not_its_holder(later: str) -> None:
    found = attributed(
        "Jory Kellan claimed in a paper that an officer had a role. Mr Kellan said he was hurt. "
        "The home secretary said he would not launch an inquiry.",
        f'Later {later} told the radio: "No inquiry is needed."',
    )
    assert not any(
        speaker == "Tavin Brannock" and text == "he would not launch an inquiry"
        for speaker, text in found
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # a role word opening a run mid-sentence, the surname standing alone later
        'The panel also includes Pastor Tavin Brannock, a local man. "{w}," Brannock said.',
        'RIVERTON - Actress Tavin Brannock took the stage. "{w}," Brannock said.',
        # the phrase before the cue keeps the role word; the story knows the name without it
        'Rain fell. Reporter Tavin Brannock says: "{w}." As Brannock spoke, it rained.',
    ],
)
def test_a_role_word_before_an_unknown_first_name_is_no_part_of_the_name(paragraph: str) -> None:
    found = attributed(paragraph.format(w=WORDS))
    assert {speaker for speaker, _ in found} == {"Tavin Brannock"}


def test_a_plural_title_before_no_first_name_is_a_place_not_a_title() -> None:
    # "Kings" is the plural of a title, but "Kings Cross Station" is a place: it stored "Cross
    # Station", a person made of the station's last words
    quotes = attributed(
        "Trains from Kings Cross Station were cancelled on Monday.",
        '"We are sorry for the delays," Station said.',
    )
    assert [speaker for speaker, _ in quotes] != ["Cross Station"]
    assert attributed('"It is time," said Senators Mitch Connell and Jo Cornyn.')[0][0] == (
        "Mitch Connell"
    )
