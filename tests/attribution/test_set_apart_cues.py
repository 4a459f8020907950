"""A cue set apart by commas after a word tying its sentence to the one before ("But, he said,
...") reports the main clause after it; after a short subject ("The answer, says X, is ...") the
whole clause it parts, and the name after the cue speaks; each on a short invented text."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed

_INTRO = "Nora Quill runs the Fenwick ferry."


def test_a_tie_before_a_cue_set_apart_is_no_words_said() -> None:
    assert attributed(_INTRO, "But, she said, the harbour would close in May.") == [
        ("Nora Quill", "the harbour would close in May")
    ]
    assert attributed(_INTRO, "By contrast, said Ms Quill, the old pier was cheap to run.") == [
        ("Nora Quill", "the old pier was cheap to run")
    ]
    assert attributed(_INTRO, "For instance, says Ms Quill, fares have doubled.") == [
        ("Nora Quill", "fares have doubled")
    ]
    assert attributed(_INTRO, "Also, she said, the crew would strike on Monday.") == [
        ("Nora Quill", "the crew would strike on Monday")
    ]


def test_an_opening_word_before_an_inverted_cue_is_no_speaker() -> None:
    assert attributed(_INTRO, "Often, said Ms Quill, this ferry sailed half empty.") == [
        ("Nora Quill", "this ferry sailed half empty")
    ]


def test_an_inverted_cue_after_a_short_subject_reports_the_whole_clause() -> None:
    assert attributed(_INTRO, "The answer, says Ms Quill, is a second boat.") == [
        ("Nora Quill", "The answer, says Ms Quill, is a second boat")
    ]
    assert attributed(_INTRO, "This, said Ms Quill, should cut the queues.") == [
        ("Nora Quill", "This, said Ms Quill, should cut the queues")
    ]


def test_a_clause_before_an_inverted_cue_is_no_subject_it_parts() -> None:
    assert attributed(
        _INTRO, "The ferry has about forty regular users, said Ms Quill, its owner."
    ) == [("Nora Quill", "The ferry has about forty regular users")]


def test_a_role_after_the_name_is_no_words_said() -> None:
    assert attributed(
        _INTRO, "Not least, said Nora Quill, owner of the ferry, because the tides are bad."
    ) == [("Nora Quill", "because the tides are bad")]


def test_a_quote_after_a_cue_set_apart_is_the_named_speakers() -> None:
    assert attributed(
        'Ann Ward, who sailed with Nora Quill for years, said the boat was "safe and sound".',
        'But, said Quill, "I will not sail it again after this winter."',
    ) == [
        ("Ann Ward", 'the boat was "safe and sound"'),
        ("Nora Quill", "I will not sail it again after this winter."),
    ]


def test_how_words_were_given_after_a_tie_and_a_clause_is_no_words_said() -> None:
    assert (
        attributed(_INTRO, "And Ms Quill has quickly responded, with posters in the port.") == []
    )


def test_a_name_and_cue_closing_the_sentence_own_the_cues_before() -> None:
    assert attributed(
        "Nora Quill is a harbour master.",
        "Tide tables suggest a later spring than official estimates, Ms Quill said.",
    ) == [("Nora Quill", "Tide tables suggest a later spring than official estimates")]


def test_this_or_last_before_a_noun_opens_the_words_said() -> None:
    assert attributed("Nora Quill said this year's regatta was the best yet.") == [
        ("Nora Quill", "this year's regatta was the best yet")
    ]
    assert attributed("Nora Quill said last year's fares were too high.") == [
        ("Nora Quill", "last year's fares were too high")
    ]
    assert attributed("Nora Quill said this plan would fail.") == [
        ("Nora Quill", "this plan would fail")
    ]
    assert attributed("Nora Quill said this week the ferry would sail.") == [
        ("Nora Quill", "the ferry would sail")
    ]


def test_long_circumstances_before_that_are_no_words_said() -> None:
    assert attributed(
        "Nora Quill said in one of a series of radio interviews last week that the ferry "
        "would sail."
    ) == [("Nora Quill", "the ferry would sail")]
    assert attributed(
        "Ann Ward wrote after Nora Quill argued at the harbour board meeting that it would sail."
    ) == [("Nora Quill", "it would sail")]
    assert (
        attributed(
            "When Nora Quill said at a meeting of the harbour board in May that fares would "
            "rise, the crew walked out."
        )
        == []
    )


def test_a_pronoun_set_apart_with_no_one_before_its_sentence_is_the_person_named_in_it() -> None:
    quotes = attributed(
        "So who is to blame?",
        "Tom Harper has no doubt it is the mayor who, he claims, is rushing the plan through "
        "the council without a vote.",
    )
    assert len(quotes) == 1
    assert quotes[0][0] == "Tom Harper"
    assert "is rushing the plan through the council without a vote" in quotes[0][1]


def test_a_pronoun_set_apart_still_means_someone_named_before_its_sentence() -> None:
    quotes = attributed(
        "Jo Ruiz spoke to reporters in Leeds.",
        "Tom Harper has no doubt it is the mayor who, she claims, is rushing the plan through.",
    )
    assert [speaker for speaker, _ in quotes] == ["Jo Ruiz"]
