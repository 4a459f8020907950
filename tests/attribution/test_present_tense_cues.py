"""Speech verbs in the present tense as well as the past (invented texts)."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize("verb", ["reveals", "observes", "cautions", "boasts", "retorts"])
def test_a_present_tense_cue_gives_the_quote_after_its_colon(verb: str) -> None:
    found = attributed(
        "Ines Okafor runs the village bakery.",
        f'Between batches, Ms Okafor {verb} her plan: "We will open a second shop in May."',
    )
    assert found == [("Ines Okafor", "We will open a second shop in May.")]
