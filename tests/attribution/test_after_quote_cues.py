"""Cues read only after a quote, and cues whose verb has an object: what they attribute
(invented texts)."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_underlined_after_a_quote_names_its_speaker() -> None:
    quotes = attributed(
        "The growers say the scheme has worked well.",
        "“We are keen to try it in other valleys,” underlined Mr Vos.",
    )
    assert quotes == [
        ("the growers", "the scheme has worked well"),
        ("Vos", "We are keen to try it in other valleys"),
    ]


def test_underlined_with_an_object_is_no_speech() -> None:
    quotes = attributed(
        "“Growth is weak,” said economist Tom Berg. “They will cut rates soon.” Data from Spain "
        "on Monday underlined the problems facing the bank. It has also underscored the view "
        "that rates must fall."
    )
    assert quotes == [("Tom Berg", "Growth is weak"), ("Tom Berg", "They will cut rates soon.")]


def test_a_cue_with_an_object_takes_no_quote_before_it() -> None:
    # the firm "confirmed the figures": its sentence reports nothing, the quote before is
    # the last speaker's, not the firm's; "told the crowd" still names who was told
    quotes = attributed(
        "“We have full confidence in the team,” said Anna Holt. “It will deliver the results.” "
        "Acme also confirmed the figures on Monday.",
        "“We will win,” Mr Lind said. “The cup is ours now.” Mr Lind told the crowd.",
    )
    assert [speaker for speaker, _ in quotes] == ["Anna Holt", "Anna Holt", "Lind", "Lind"]


def test_a_quote_opening_a_paragraph_goes_on_before_a_cue_with_an_object() -> None:
    quotes = attributed(
        "Coach Tom Berg has warned his side. “We must stay calm,” Berg said. “We have to be "
        "patient.",
        "“It will be vital to keep cool.” Berg has recalled the experienced Ian Moss at centre. "
        "“He is one of the best,” acknowledged Williams.",
    )
    assert ("Tom Berg", "It will be vital to keep cool.") in quotes
    assert ("Williams", "He is one of the best") in quotes


def test_a_name_alone_after_a_quote_is_its_speaker() -> None:
    # the verb left out: "“...,” Mr Berg." is still Mr Berg's, not the firm's the paragraph
    # is about
    quotes = attributed(
        "Acme expects rates to fall. Acme economist Tom Berg said the slowdown had begun.",
        "Acme believes growth will slow. “It will mark the start of a more difficult period,” "
        "Mr Berg.",
    )
    assert quotes[-1] == ("Tom Berg", "It will mark the start of a more difficult period")


def test_a_name_and_any_past_tense_verb_after_a_quote_ending_in_a_comma_name_its_speaker() -> None:
    # "confessed" or not, a quote closed by a comma is followed by who said it, not by the
    # speaker before
    quotes = attributed(
        "Tom Berg and Ian Moss met voters. “It went well,” observed Mr Berg. “I could not "
        "think of a thing to say,” a weary Mr Moss grumbled to the host.",
    )
    assert quotes[-1] == ("Ian Moss", "I could not think of a thing to say")


def test_a_paragraph_opening_quote_goes_on_before_a_cue_reporting_its_own_clause() -> None:
    # the open quote ending the paragraph before runs on; "Lind said she was ..." is the next
    # sentence's cue, with words of its own
    quotes = attributed(
        "Coach Tom Berg was pleased. He said: “We hoped for a win. It is just wonderful.",
        "“I think people saw the effort.” Ann Lind said she was “ecstatic” about the result.",
    )
    assert ("Tom Berg", "I think people saw the effort.") in quotes


def test_a_quote_after_a_closed_one_is_not_taken_from_the_cue_reporting_a_clause() -> None:
    # the last paragraph's quote is closed: nothing goes on, and the cue after may be its own
    quotes = attributed(
        "Coach Ray Dunn said the side was tired. “We need a rest,” he said.",
        "“We won the cup. It was a great day.” Tom Berg said he was delighted with the team.",
    )
    assert ("Ray Dunn", "We won the cup. It was a great day.") not in quotes


def test_a_quote_before_a_cue_with_its_own_quote_goes_on_with_the_last_speaker() -> None:
    quotes = attributed(
        "“How you respond to a setback is what marks you out,” argues coach Tom Ince.",
        "“One of the challenges is how you turn it round.” And Ann Lind says: “It will drive "
        "her on this season.”",
    )
    assert quotes == [
        ("Tom Ince", "How you respond to a setback is what marks you out"),
        ("Tom Ince", "One of the challenges is how you turn it round."),
        ("Ann Lind", "It will drive her on this season."),
    ]
