"""A surname written with a capitalised particle ("El", "De", "Van") is the surname of the
longer name before it, though its last word never stands alone; each on a short invented text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


_RUN_WORDS = st.sampled_from(["El", "ABU", "Van", "Ten", "Tee", "Elle", "Mr", "Mansour", "É"])


@given(st.lists(st.lists(_RUN_WORDS, min_size=1, max_size=3), max_size=6))
def test_runs_cut_into_words_only_after_a_short_first_word_lose_no_surname(
    runs: list[list[str]],
) -> None:
    texts = [(" ", "\t", "\u00a0")[i % 3].join(words) for i, words in enumerate(runs)]
    plain = {
        words[1]
        for words in (text.split() for text in texts)
        if len(words) == 2 and words[0].casefold() in {"el", "abu", "van", "ten"}
    }
    assert particle_surnames(texts) == plain


@pytest.mark.parametrize(
    "paragraph",
    [
        'Actor Tavin diBrannock arrived late. "I can win," diBrannock said.',
        'Actor Tavin diBrannock arrived late. "I can win," said diBrannock.',
        'Rain fell. "I can win," said Tavin vanBrannock.',
    ],
)
def test_a_surname_opening_with_a_lower_case_particle_is_a_name(paragraph: str) -> None:
    speakers = {speaker for speaker, _ in attributed(paragraph)}
    assert speakers in ({"Tavin diBrannock"}, {"Tavin vanBrannock"})
