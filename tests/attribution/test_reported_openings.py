"""Reported words found where a cue's source or its words are worded at length: "according to
X." ending a sentence, "said <when and where> that ...", and a telephone call that is no
speech ("called the fire brigade", "X called the police, said a neighbour")."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_according_to_a_description_ending_the_sentence() -> None:
    # the sentence's full stop is no part of "a harbour official"
    assert attributed("Ferries will stop at noon, according to a harbour official.") == [
        ("a harbour official", "Ferries will stop at noon")
    ]
    assert attributed("Fares will rise, according to local transport officials.") == [
        ("local transport officials", "Fares will rise")
    ]


def test_according_to_an_initialism_keeps_its_stop() -> None:
    # "the F.A.A." ending the sentence is the body, its stop no sentence end of its own
    assert attributed("The plane is grounded, according to the F.A.A.") == [
        ("F.A.A", "The plane is grounded")
    ]


def test_said_when_and_where_at_length_then_that() -> None:
    assert attributed(
        "Ona Brill said earlier on Monday during a port visit that fees would fall."
    ) == [("Ona Brill", "fees would fall")]


def test_calling_a_service_of_several_words_is_no_speech() -> None:
    assert attributed("Ravi Tull saw the smoke and called the fire brigade.") == []
    assert attributed("Ravi Tull called the coast guard service, said a neighbour.") == [
        ("a neighbour", "Ravi Tull called the coast guard service")
    ]
    # a complement still reports what was said
    assert attributed("Ravi Tull called the plan pragmatic.") == [
        ("Ravi Tull", "the plan pragmatic")
    ]


def test_a_caller_before_a_cue_after_a_comma_is_no_speaker() -> None:
    assert attributed("A man called the police, said a neighbour.") == [
        ("a neighbour", "A man called the police")
    ]


def test_a_document_s_findings_after_shows_that_are_the_document_s() -> None:
    quotes = attributed(
        "Holiday plans\n\nA new staff poll shows that most staff want a longer break. "
        "The inquiry found that the office had no fire plan.\n\n"
        "Kellan Marsh showed that he was fit. The report found that fees rose, the mayor said."
    )
    assert ("a new staff poll", "most staff want a longer break") in quotes
    assert ("the inquiry", "the office had no fire plan") in quotes
    assert not any(text.startswith("he was fit") for _, text in quotes)
    assert ("the mayor", "The report found that fees rose") in quotes
