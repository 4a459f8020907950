"""A description's party or place the noted role leaves out ("the Tarn North MP" after "Labour
MP X") still means the one person the sentence before is about; another party does not; a
body's name ending in "Guild" or "Consortium" is a body: each on short invented texts."""

from __future__ import annotations

import pytest

from qabot.attribution.names import People
from qabot.attribution.speaker_reading import interpret
from tests.attribution.test_quotes import attributed

WORDS = "It was a pretty horrible thing with a pretty happy ending for the harbour"


@pytest.mark.parametrize("description", ["the Tarn North MP", "the Labour MP"])
def test_a_place_or_the_same_party_the_noted_role_leaves_out_is_the_person_before(
    description: str,
) -> None:
    found = attributed(
        "Labour MP Tom Reed has met the daughter he never knew.",
        f'Mr Reed spoke of the meeting on Monday. "{WORDS}," said {description}.',
    )
    assert ("Tom Reed", WORDS) in found


def test_another_party_than_the_noted_role_s_is_someone_else() -> None:
    found = attributed(
        "Labour MP Tom Reed has met the daughter he never knew.",
        f'Mr Reed spoke of the meeting on Monday. "{WORDS}," said the Conservative MP.',
    )
    assert ("Tom Reed", WORDS) not in found


@pytest.mark.parametrize("name", ["Harbour Nurses Guild", "British Harbour Consortium"])
def test_a_name_ending_in_a_body_s_noun_is_a_body(name: str) -> None:
    text = f"The {name} said it would fight the plan."
    speaker = interpret(People(text), ["The", *name.split()], 0)
    assert speaker is not None
    assert speaker.organisation
