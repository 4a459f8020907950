"""Group speakers: a speaker read as a group who speaks as one person (`speaks_as_one`)."""

from __future__ import annotations

import pytest

from qabot.search.group_speakers import speaks_as_one
from qabot.search.who_said_roles import ROLE_WEIGHT


@pytest.mark.parametrize(
    ("speaker", "fit", "expected"),
    [
        ("one Bombay trader", 0.0, True),  # one person left unnamed
        ("the Conservatives' campaign director", 0.0, True),
        ("a Conservative spokesperson", ROLE_WEIGHT, True),  # the voice asked for by the role
        ("the Tories", ROLE_WEIGHT, False),  # the body itself is a group
        ("campaigners", 0.0, False),
        ("", ROLE_WEIGHT, False),
    ],
)
def test_speaks_as_one_spares_an_unnamed_person_and_a_voice_asked_for(
    speaker: str, fit: float, expected: bool
) -> None:
    assert speaks_as_one(speaker, fit) is expected


def test_a_spokesperson_not_asked_for_by_the_role_is_not_spared() -> None:
    assert speaks_as_one("Blair spokesman", 0.0) is False
