"""A description after "but" in a sentence that gave one person's words is the other person
named there; a semicolon after a cue introduces a quote as a colon does; "economists polled by
X" speak, not X (invented texts)."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_description_after_but_is_the_other_person_named_in_the_sentence() -> None:
    found = attributed(
        "A try by Tam Rolloway was ruled out by referee Ewan Castell. Castell said that"
        " Rolloway was held short, but the Scot said he had grounded the ball. Years later he"
        " wrote: “I did score that try at Murrayfield.”"
    )
    assert found == [
        ("Ewan Castell", "Rolloway was held short"),
        ("Tam Rolloway", "he had grounded the ball"),
        ("Tam Rolloway", "I did score that try at Murrayfield."),
    ]


def test_a_semicolon_after_a_cue_introduces_the_quote() -> None:
    found = attributed(
        "The fund predicts that costs will double by 2030. Nia Okafor, an economist at Brantley"
        " Securities, asks; “Who is going to pay for the pensions of the next generation?”"
    )
    assert found[-1] == (
        "Nia Okafor",
        "Who is going to pay for the pensions of the next generation?",
    )


def test_people_asked_by_a_body_speak_not_the_body() -> None:
    found = attributed("Economists polled by Harwell News said the bank would hold rates.")
    assert found == [("economists", "the bank would hold rates")]
