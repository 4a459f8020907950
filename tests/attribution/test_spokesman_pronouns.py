"""A pronoun after a body's spokesman spoke means the spokesman, not the last person named before
him; a quote whose own cue's speaker we cannot read is nobody else's. Short invented texts."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_he_after_a_bodys_spokesman_is_the_spokesman() -> None:
    assert attributed(
        "Farmer Geoff Fenwick said the ban was ridiculous.",
        "The Association of Harbour Pilots has issued guidance on the new rules. A spokesman "
        "said: “It will be based on intelligence received.” The decision will be left to local "
        "crews. He said pilots would consider evidence on its merits.",
    ) == [
        ("Geoff Fenwick", "the ban was ridiculous"),
        ("Association of Harbour Pilots", "It will be based on intelligence received."),
        ("Association of Harbour Pilots", "pilots would consider evidence on its merits"),
    ]


def test_he_after_a_person_named_since_the_spokesman_is_that_person() -> None:
    assert attributed(
        "Farmer Geoff Fenwick said the ban was ridiculous.",
        "The Association of Harbour Pilots has issued guidance. A spokesman said: “It will be "
        "based on intelligence.” Mr Fenwick disagreed. He said pilots would never look.",
    )[-1] == ("Geoff Fenwick", "pilots would never look")


def test_a_quote_whose_described_speaker_is_unread_goes_to_no_one_else() -> None:
    assert attributed(
        "Former ferry champion Geoff Fenwick has criticised the harbour pilots.",
        "“At the moment, the pilots only want to beat each other,” the two-time ferry and "
        "harbour record holder told Five Live. However, Bo Kent countered: “That is unfair.”",
    ) == [
        ("Geoff Fenwick", "the harbour pilots"),
        ("Bo Kent", "That is unfair."),
    ]


def test_a_description_and_its_cue_after_a_quote_name_its_speaker() -> None:
    from qabot.attribution.uncued_signs import cue_after

    text = "“We will win,” the world 200m and 400m harbour record holder told Five Live."
    assert cue_after(text, text.index("” ") + 1, len(text))
    text = "“We will win,” she said."
    assert cue_after(text, text.index("” ") + 1, len(text))
    # a description and no cue: the writer's clause
    text = "“We will win,” the banner on the ferry was hung at the start of the race."
    assert not cue_after(text, text.index("” ") + 1, len(text))
