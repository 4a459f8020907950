"""A list item's first word opens a sentence, an aside between dashes after a cue is no part of
the words said, and a clause set before the main one is passed over for its subject; each on a
short invented text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.attribution import extract_quotes
from qabot.attribution.sentence_roles import opens_sentence
from tests.attribution.test_quotes import attributed, make_article


def test_a_list_items_first_word_opens_a_sentence() -> None:
    text = "Ann Ward won.\n\n - Nora Quill came second."
    assert opens_sentence(text, text.index("Nora"))
    text = "Ann Ward won - Nora Quill came second."
    assert not opens_sentence(text, text.index("Nora"))


def test_a_list_items_subject_is_the_one_described() -> None:
    assert attributed(
        "Ann Ward won the race.",
        ' - Fenwick\'s Nora Quill has not ruled out running. "I may race," said the champion.',
    ) == [("Nora Quill", "I may race")]


def test_an_aside_between_dashes_after_a_cue_is_no_words_said() -> None:
    assert attributed(
        "Nora Quill said — on the radio, as it happens — that the harbour would close."
    ) == [("Nora Quill", "the harbour would close")]
    assert attributed("Nora Quill said -- in a letter -- the harbour would close.") == [
        ("Nora Quill", "the harbour would close")
    ]


def test_a_clause_before_the_main_one_is_passed_over() -> None:
    assert attributed(
        "If the ferry sails late, Nora Quill will be furious, warning that fares must fall."
    ) == [("Nora Quill", "fares must fall")]


def test_a_contracted_pronoun_opens_the_words_told() -> None:
    assert attributed("Nora Quill told the Fenwick Herald she'd stand again.") == [
        ("Nora Quill", "she'd stand again")
    ]
    assert attributed("Nora Quill announced she'll stand again.") == [
        ("Nora Quill", "she'll stand again")
    ]
    assert attributed("Nora Quill said on Friday she'd stand again.") == [
        ("Nora Quill", "she'd stand again")
    ]


def test_whom_or_what_before_a_quote_is_no_words_said() -> None:
    assert attributed(
        'Nora Quill told Fenwick Radio breakfast host Ian Vance, "The harbour will close."'
    ) == [("Nora Quill", "The harbour will close.")]
    assert attributed('Nora Quill added a caveat: "The harbour will close."') == [
        ("Nora Quill", "The harbour will close.")
    ]
    # a verb before the quote: the words quoted are another's
    assert attributed('Nora Quill said as the crowd shouted: "Close it!"') != [
        ("Nora Quill", "Close it!")
    ]


_PIECES = [
    "Nora Quill",
    "El Mansour",
    "Fenwick Rovers's",
    " said",
    " told the Herald",
    " – saying",
    " and adding that",
    " by saying",
    " he'd",
    " she was",
    ' "',
    "”",
    ": ",
    ", ",
    " — on the radio —",
    " -- ",
    ". ",
    "\n\n - ",
    " the harbour would close",
    " If",
    " For months,",
    " by the judge",
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_quotes_stay_inside_any_text(pieces: list[str]) -> None:
    # the new openings, asides and particles never read outside the text or out of order
    text = "".join(pieces)
    for quote in extract_quotes(make_article(text)):
        assert 0 <= quote.start <= quote.end <= len(text)


def test_an_empty_apposition_before_a_cue_is_no_speaker() -> None:
    # two commas with nothing between them before "told": no apposition, no crash
    assert extract_quotes(make_article(" For months, ,  told the Herald. ")) == []


def test_a_parenthetical_cue_parts_a_clause_with_a_plain_verb() -> None:
    assert attributed("Nora Quill ran the port. The harbour, Ms Quill said, remains open.") == [
        ("Nora Quill", "The harbour, Ms Quill said, remains open")
    ]
    assert attributed("Nora Quill ran the port. The ferry, she said, sailed at dawn.") == [
        ("Nora Quill", "The ferry, she said, sailed at dawn")
    ]
    assert attributed("Nora Quill ran the port. The storm, she said, made the ferry late.") == [
        ("Nora Quill", "The storm, she said, made the ferry late")
    ]


def test_a_speaker_named_only_after_the_description_stops_nothing() -> None:
    # a case hypothesis found: the sentence's one speaker is not among the names before the
    # description ("by the judge"), which once stopped the reading with an error
    pieces = ["Nora Quill", " – saying", " told the Herald", " told the Herald", "Nora Quill"]
    pieces += [". ", " For months,", " by the judge", " told the Herald", "Nora Quill"]
    text = "".join(pieces)
    for quote in extract_quotes(make_article(text)):
        assert 0 <= quote.start <= quote.end <= len(text)


def test_a_name_set_apart_from_its_verb_after_a_cue_opens_the_words_said() -> None:
    found = attributed(
        "The vote is close. Nora Quill said Lee, despite his money, is the weaker candidate."
    )
    assert found == [("Nora Quill", "Lee, despite his money, is the weaker candidate")]


@pytest.mark.parametrize(
    "when", ["Monday, in a statement,", "Jan. 5, after the vote,", "Friday, at a rally,"]
)
def test_when_set_apart_after_a_cue_is_no_subject_of_the_words(when: str) -> None:
    found = attributed(f"The vote is close. Nora Quill said {when} that the plan failed.")
    assert found == [("Nora Quill", "the plan failed")]
