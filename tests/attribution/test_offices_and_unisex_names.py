"""An office tied to its body ("Chief Secretary to the Treasury") written before a name leaves
the body out of the name; a first name both men and women bear ("Lee") tells no gender; an age
before a name after an opening phrase makes it the subject; "remarks" is a cue after someone,
a noun after a body's word. Short invented texts."""

from __future__ import annotations

import pytest

from qabot.text.lexicon import first_name_gender, name_gender
from tests.attribution.test_quotes import attributed

BEFORE = 'Tomas Werrin argued a change was needed. "We are creating two towns," he said.'
WORDS = "The council is committed to cutting its spending by a third"


@pytest.mark.parametrize(
    "office",
    [
        "But Chief Secretary to the Treasury",
        "Secretary of State for Health",
        "Minister of the Interior",
    ],
)
def test_an_office_s_body_before_a_name_is_no_part_of_it(office: str) -> None:
    found = attributed(BEFORE, f'{office} Paul Darrow attacked the plans. "{WORDS}," he said.')
    assert ("Paul Darrow", WORDS) in found


def test_a_name_after_a_comma_and_an_office_is_not_the_sentence_s_subject() -> None:
    found = attributed(
        "Lord Vance, Minister for Defence Procurement, said the report was fair. Turning "
        'the agency around "was like turning a tanker", he said.'
    )
    assert not any(speaker == "Defence Procurement" for speaker, _ in found)


def test_a_unisex_first_name_is_a_name_without_a_gender() -> None:
    assert first_name_gender("Lee") == "m"  # still a known first name
    assert name_gender("Lee") is None
    assert name_gender("Paul") == "m"
    assert name_gender("Wendy") == "f"


def test_a_she_after_a_unisex_first_name_is_its_bearer_s() -> None:
    found = attributed(
        '"She respects that," said the actress\'s agent Wendy Marle. Magistrate Lee Gorran, '
        "who issued the order, said she understood the photographers' work. "
        f'"{WORDS}," she said.'
    )
    assert ("Lee Gorran", WORDS) in found


def test_an_age_before_a_name_after_an_opening_phrase_makes_it_the_subject() -> None:
    found = attributed(
        "Deutsche Broking Tokyo expects growth. On the edge of the city, 83-year-old Yuki "
        "Tamaro plays a round of golf.",
        f'"{WORDS}," he remarks.',
        "Golf keeps Mr Tamaro busy.",
    )
    assert ("Yuki Tamaro", WORDS) in found


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The minister remarks that the war was illegal.", "the minister"),
        ("Jo Smith remarks that the war was illegal.", "Jo Smith"),
        ("Opposition remarks that the war was illegal were ignored.", None),
        ("His remarks that the war was illegal angered the council.", None),
    ],
)
def test_remarks_is_a_cue_after_someone_and_a_noun_otherwise(
    sentence: str, speaker: str | None
) -> None:
    found = attributed(sentence)
    assert [s for s, _ in found] == ([speaker] if speaker else [])


def test_a_body_s_branch_in_a_country_is_no_one_s_name() -> None:
    found = attributed(
        "Exports to Japan rose. Glen Ward, Vice President of Maxwell Trading Japan, said growth "
        "would slow. Japan expects a deficit.",
        f'"{WORDS}," he said.',
    )
    assert ("Glen Ward", WORDS) in found
    assert not any("Japan" in speaker for speaker, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Let us say then that the plan is no revolution.",
        "Let's say you think a degree will cost a fortune.",
        "Let me just say that the town was not full of dentists.",
        "And let me say that the town was not full of dentists.",
        "SAVE A QUARTER Let's say you think a degree will cost a fortune.",
    ],
)
def test_let_opening_a_speaker_phrase_asks_the_reader_and_names_no_one(sentence: str) -> None:
    assert attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Workers let go by the firm said the cuts were unfair.", "Workers let go by the firm"),
    ],
)
def test_let_inside_a_speaker_phrase_is_its_verb(sentence: str, speaker: str) -> None:
    assert [s for s, _ in attributed(sentence)] == [speaker]
