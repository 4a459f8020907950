"""A surname written with a capitalised particle ("El", "De", "Van") is the surname of the
longer name before it, though its last word never stands alone; each on a short invented text."""

from __future__ import annotations

import pytest

from qabot.attribution.name_clues import particle_surname, particle_surnames
from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    "paragraph",
    [
        'Farid El Mansour will race. "I can win," said the 29-year-old. El Mansour trains here.',
        'Farid El Mansour is set to race in Lisbon. "I can win," said El Mansour.',
        "Farid El Mansour races on Sunday. El Mansour said he could win.",
        'Tariq Van Doorne is set to race in Lisbon. "I can win," said Van Doorne.',
    ],
)
def test_the_particle_surname_is_the_whole_name(paragraph: str) -> None:
    speakers = {speaker for speaker, _ in attributed(paragraph)}
    assert speakers in ({"Farid El Mansour"}, {"Tariq Van Doorne"})


def test_only_a_particle_opens_a_surname() -> None:
    surnames = particle_surnames(["El Mansour", "Lisbon Harbour", "Farid El Mansour"])
    assert surnames == {"Mansour"}
    assert particle_surname(["Farid", "El", "Mansour"], surnames)
    assert not particle_surname(["Farid", "Mansour"], surnames)
    assert not particle_surname(["Farid", "Le", "Mansour"], set())
