"""Cues read only after a quote, and cues whose verb has an object: what they attribute
(invented texts)."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("verb", ["had declared", "had already declared", "'d declared"])
def test_a_past_perfect_cue_after_a_closed_quote_is_narration_not_its_speaker(verb: str) -> None:
    # "The marchers had declared ...": what they did before, not who spoke the quote closed
    # before it; the quote goes on with the paragraph's speaker
    quotes = attributed(
        'The marchers plan to carry banners. But park warden Ann Lind has warned: "Banners will '
        'be taken at the gate. "And no one carrying a flag will be let in." The marchers '
        f"{verb} Sunday as a day of protest and had hoped to march through the park."
    )
    assert quotes == [
        ("Ann Lind", "Banners will be taken at the gate."),
        ("Ann Lind", "And no one carrying a flag will be let in."),
    ]


def test_a_simple_past_cue_after_a_closed_quote_is_still_its_speaker() -> None:
    quotes = attributed("“We will not give up the fight.” The marchers declared on Sunday.")
    assert quotes == [("the marchers", "We will not give up the fight.")]


def test_a_passive_aside_after_a_closed_quote_is_neither_its_speaker_nor_a_speaker() -> None:
    # "Tom Berg, asked about the row, said ...": Berg was asked, and says what follows the
    # aside; the quote before goes on with the speaker before it
    quotes = attributed(
        "“We all get angry from time to time, but he should say sorry,” Ann Lind said. “Let us "
        "all move on - it is the sensible thing.” Opposition leader Tom Berg, asked about the "
        "row by reporters, said it was vital for politicians to stay civil."
    )
    assert quotes == [
        ("Ann Lind", "We all get angry from time to time, but he should say sorry"),
        ("Ann Lind", "Let us all move on - it is the sensible thing."),
        ("Tom Berg", "it was vital for politicians to stay civil"),
    ]


@pytest.mark.parametrize(
    "cue",
    [
        "the bishop will ask",
        "the old bishop frowned",
        "he frowned",
        "whispered the party official",
    ],
)
def test_a_quote_with_an_unread_cue_of_its_own_is_no_later_speakers(cue: str) -> None:
    # the quote's own cue names its speaker, even when its verb is not one we read: never
    # the speaker of a later sentence
    quotes = attributed(
        f"“How is it that the war goes on in the hills?,” {cue}. Dr Ann Lind has since "
        "criticised the government over the war, saying the failure to end it had damaged "
        "faith in politics."
    )
    assert all(not text.startswith("How is it") for _, text in quotes)


def test_a_pronoun_and_a_verb_the_cue_list_lacks_go_on_with_the_last_speaker() -> None:
    quotes = attributed(
        "“We work well as a pair,” Tom Berg says. “Ian is a fine host. And if not, I could always "
        "use a cleaner,” he jokes. Ian Moss says the pair have tried to ignore the pressure."
    )
    assert ("Tom Berg", "Ian is a fine host. And if not, I could always use a cleaner") in quotes


def test_a_quote_inside_its_sentence_before_a_description_and_a_verb_keeps_its_speaker() -> None:
    # the quote does not open its sentence: "the voters would ..." is the sentence's own clause
    quotes = attributed(
        "At the time, Tom Berg told the BBC that the result was good. His view was that “as the "
        "voters learn more,” the voters would leave the other side for his."
    )
    assert ("Tom Berg", "as the voters learn more") in quotes


def test_a_description_and_a_verb_the_cue_list_lacks_name_the_one_described() -> None:
    quotes = attributed(
        "Cardinal Tom Berg will give his sermon tonight.",
        "“How is it that the war goes on in the hills?,” the cardinal will ask. “How can one "
        "wish for a happy new year?” Dr Ann Lind has since criticised the government.",
    )
    assert quotes[:2] == [
        ("Tom Berg", "How is it that the war goes on in the hills?"),
        ("Tom Berg", "How can one wish for a happy new year?"),
    ]


def test_an_apposition_before_told_is_no_passive_aside() -> None:
    quotes = attributed(
        "The victim's uncle, Tom Berg, told the BBC the killer did not deserve any credit, "
        "saying: “Nothing is worth five years off a sentence.”"
    )
    assert [speaker for speaker, _ in quotes] == ["Tom Berg", "Tom Berg"]


def test_who_agreed_after_a_closed_quote_did_not_say_it_but_goes_on_after() -> None:
    # "X agreed." after a closed quote: X agrees with the last speaker's words; the quote
    # opening the next sentence is X's own
    quotes = attributed(
        "Farmers are angry about the tax. “It will ruin us,” said grower Tomas Okafor. “Half "
        "the valley will sell up.” Ida Lund, who runs a dairy near the river, agreed. “We "
        "cannot carry on like this.”",
    )
    assert quotes == [
        ("Tomas Okafor", "It will ruin us"),
        ("Tomas Okafor", "Half the valley will sell up."),
        ("Ida Lund", "We cannot carry on like this."),
    ]


def test_an_inverted_cue_parting_a_new_sentence_takes_no_quote_before_it() -> None:
    # '“...” It matters, said X, that ...': X's sentence opens after the quote's full stop; the
    # paragraph's opening quote goes on with the speaker of the paragraph before
    quotes = attributed(
        "The council met on Monday. “The bridge must be rebuilt,” said engineer Tomas Okafor.",
        "“We cannot wait for another winter.” It matters, said Ms Ida Lund, that the work "
        "starts in spring.",
    )
    assert ("Tomas Okafor", "We cannot wait for another winter.") in quotes
    assert all(speaker != "Ida Lund" or "winter" not in text for speaker, text in quotes)
