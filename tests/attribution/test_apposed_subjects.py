"""A name opening a sentence before a description in apposition speaks, not a name or body
inside the description; "went on to" and a verb that is no speech is no cue; each on a short
invented text."""

from __future__ import annotations

from qabot.attribution.apposed_subjects import apposed_subject
from qabot.attribution.cue_senses import went_on_to_act
from tests.attribution.test_quotes import attributed


def test_a_relative_clause_after_the_name_names_no_speaker() -> None:
    assert attributed(
        "Nora Quill, whose ferry The Kestrel went on to win a race, said the season was good."
    ) == [("Nora Quill", "the season was good")]


def test_a_participle_aside_after_the_name_names_no_speaker() -> None:
    assert attributed(
        "Dame Nora Quill, sailing with Ann Ward, Bo Ek and Jo Ray, said the tide was late."
    ) == [("Nora Quill", "the tide was late")]


def test_a_body_after_the_name_is_where_the_speaker_works() -> None:
    assert attributed('Nora Quill, Fenwick Ferry Association said: "We tried hard."') == [
        ("Nora Quill", "We tried hard.")
    ]
    assert attributed(
        'Dr Nora Quill, of the Centre for Tides and Society at Fenwick said: "The tides are late."'
    ) == [("Nora Quill", "The tides are late.")]


def test_no_description_no_apposed_subject() -> None:
    assert apposed_subject("Nora Quill, Ann Ward and Bo Ek ") is None  # a list
    assert apposed_subject("Nora Quill, the harbour board has ") is None  # a clause
    assert apposed_subject("Leading sailor, and founder of Acme Jo Ray, ") is None
    assert apposed_subject("Nora Quill, who sailed, ") == (0, ["Nora", "Quill"])
    assert apposed_subject("However, Nora Quill, a ferry owner, ") == (9, ["Nora", "Quill"])


def test_went_on_to_and_a_deed_is_no_speech() -> None:
    assert went_on_to_act(" to win the cup", 0)
    assert went_on_to_act(" to score a hit", 0)
    assert not went_on_to_act(" to say it was late", 0)
    assert not went_on_to_act(" to admit it was late", 0)
    assert not went_on_to_act(": it was late", 0)
    assert attributed("Ann Ward, who went on to win the cup, is a sailor.") == []


def test_a_whose_clause_before_a_told_cue_names_no_speaker() -> None:
    assert attributed(
        'Nora Quill, whose real name is Ann Ward, told a news conference: "We tried hard."'
    ) == [("Nora Quill", "We tried hard.")]
    assert attributed(
        'Nora Quill, whose ferry has grown old, told a news conference: "We tried hard."'
    ) == [("Nora Quill", "We tried hard.")]


def test_a_cue_word_after_an_owner_is_a_noun_and_the_quote_goes_on() -> None:
    quotes = attributed(
        'Tom Ray added: "Walter is a real sailor. "He is a proper human being and a '
        "great man.\" Ray joined Sir Alex Dunn in backing Smith's claims."
    )
    assert quotes == [
        ("Tom Ray", "Walter is a real sailor."),
        ("Tom Ray", "He is a proper human being and a great man."),
    ]


def test_a_cue_word_after_an_owner_and_capitalised_words_is_a_plural_noun() -> None:
    quotes = attributed(
        "Tom Foxx and Mary Swank won the Guild awards, boosting their Oscars hopes this month. "
        "Later Swank said she was thrilled."
    )
    assert quotes == [("Mary Swank", "she was thrilled")]


def test_a_role_after_an_owner_still_speaks_at_a_cue_word_that_is_also_a_noun() -> None:
    quotes = attributed("Voters in Hull like their MP. Now their MP claims the bill will pass.")
    assert quotes == [("their MP", "the bill will pass")]
