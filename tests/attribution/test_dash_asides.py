"""Reported words that run on past an aside between dashes or a cut inside brackets (invented
texts)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.content_cuts import content_end
from tests.attribution.test_quotes import attributed


def test_reported_words_run_on_past_an_aside_between_dashes() -> None:
    quotes = attributed(
        "Tolla Reyne said the bridge - which cost the town a fortune - was never safe.",
        "Ivo Marr said the council had failed - and the mayor agreed.",
    )
    assert ("Tolla Reyne", "the bridge - which cost the town a fortune - was never safe") in quotes
    assert ("Ivo Marr", "the council had failed") in quotes


@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_content_ends_inside_its_sentence(masked: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(masked)), min(b, len(masked))))
    assert start <= content_end(masked, start, end) <= end


def test_reported_words_stop_at_a_dash_before_a_quote() -> None:
    quotes = attributed(
        'Ana Dell said the plan was weak - "We need the details," she said - and walked out.'
    )
    assert ("Ana Dell", "the plan was weak") in quotes
    assert ("Ana Dell", "We need the details,") in quotes or (
        "Ana Dell",
        "We need the details",
    ) in quotes


def test_a_semicolon_inside_brackets_cuts_no_reported_words() -> None:
    quotes = attributed(
        "Harbour Lines said it will sell 90m euros (£62m; $98m) of new shares next year.",
        "Ivo Marr said the fares would rise; the mayor said nothing.",
    )
    assert (
        "Harbour Lines",
        "it will sell 90m euros (£62m; $98m) of new shares next year",
    ) in quotes
    assert ("Ivo Marr", "the fares would rise") in quotes


@given(
    st.lists(st.sampled_from(["Ivo Marr said", " (", ")", "; ", " - ", " 9m", " euros", "."])).map(
        "".join
    )
)
def test_every_quote_read_around_brackets_has_a_speaker_and_words(text: str) -> None:
    for speaker, words in attributed(text):
        assert speaker.strip()
        assert words.strip()


def test_a_dash_after_the_cue_is_no_part_of_the_words() -> None:
    quotes = attributed("As the mayor, Jo Vance, said - every budget must offer something.")
    assert quotes == [("Jo Vance", "every budget must offer something")]
