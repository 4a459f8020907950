"""Speaker reading and cue words: names that look like titles, long roles, more speech verbs and
subjects followed by a time, each on a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed

INTRO = "The harbour board met on Monday to discuss the ferry."


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        # a surname that is also a title word, after an initial or a first name
        ("said Representative Peter T. King of Dover", "Peter T. King"),
        ("said Stephen King", "Stephen King"),
        # a hyphenated title before the name is a role, not part of it
        ("said Harbour Workers Union Secretary-Treasurer Gary Cole", "Gary Cole"),
        # "scoffed", "barked": speech verbs
        ("scoffed Ana Ruiz, 22, who runs the kiosk", "Ana Ruiz"),
        ("Tom Vance barked", "Tom Vance"),
    ],
)
def test_inverted_cues_name_their_speaker(cue: str, speaker: str) -> None:
    quotes = attributed(INTRO, f"\u201cThe ferry will never run on time again,\u201d {cue}.")
    assert quotes == [(speaker, "The ferry will never run on time again")]


def test_a_closing_mark_typed_as_an_opening_one_still_closes_the_quote() -> None:
    quotes = attributed(INTRO, "\u201cThe ferry is late again,\u201c said Ana Ruiz, a pilot.")
    assert quotes == [("Ana Ruiz", "The ferry is late again")]


def test_a_time_after_the_subject_is_no_part_of_its_name() -> None:
    quotes = attributed(
        INTRO,
        "Tom Vance on Thursday stepped up his attack on the board, saying the ferry is "
        "\u201ca floating disgrace, and everyone knows it.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["Tom Vance"]


def test_an_irregular_past_verb_ends_the_subject() -> None:
    quotes = attributed(
        INTRO,
        "Ana Ruiz went after the board over the fares, stating that the ferry "
        "\u201ccosts twice what it did and runs half as often.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["Ana Ruiz"]


def test_quoting_verbs_attribute_the_quoted_words_that_follow() -> None:
    quotes = attributed(
        INTRO, "Ana Ruiz bemoaned \u201ca board that never listens to the people it serves.\u201d"
    )
    assert [speaker for speaker, _ in quotes] == ["Ana Ruiz"]


def test_a_title_word_alone_is_still_no_name() -> None:
    quotes = attributed(INTRO, "\u201cThe ferry is late again,\u201d said the Deputy Chief.")
    assert all(speaker != "Chief" for speaker, _ in quotes)
