"""A gender a role noun written of women too gives ("chairman", "spokesman") is a guess: a later
"Ms" overrules it, and a "she" right after the sentence in which that person spoke is theirs
when no woman is named before. Short invented texts."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed

OPENING = (
    "The Nurses Union has said it opposes the new rota. The union said staff lack the rest to "
    'work such "long and tiring" shifts. But the board said the rota would help wards "cut '
    'queues". Union chairman Kiro Vantel said nurses should be "trusted and rested" by managers.'
)
WORDS = "They should not be asked to work twelve hours without a break, which is what it means"


@pytest.mark.parametrize("first", ["Kiro", "Anna"])
def test_a_she_after_a_chairman_who_spoke_in_the_sentence_before_is_theirs(first: str) -> None:
    found = attributed(OPENING.replace("Kiro", first), f'"{WORDS}," she said. The rota starts.')
    assert (f"{first} Vantel", WORDS) in found


def test_a_later_ms_overrules_the_gender_a_chairman_gave() -> None:
    found = attributed(
        OPENING, "The rota starts next week. Ms Vantel said it would mean more paperwork."
    )
    assert ("Kiro Vantel", "it would mean more paperwork") in found


@pytest.mark.parametrize(
    "between",
    [
        "The rota starts next week across the region.",  # she did not speak in the sentence before
        "Ward manager Peter Reddle said the rota was fair.",  # someone else spoke since
    ],
)
def test_a_she_not_right_after_a_chairman_s_words_stays_unsure(between: str) -> None:
    found = attributed(OPENING, f'{between} "{WORDS}," she said.')
    assert not any(text == WORDS for _, text in found)
