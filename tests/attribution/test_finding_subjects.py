"""A poll, a study or a report with words after its noun as the subject of "found that" or
"shows that": its maker's words when "by" names the maker, else the document's."""

from __future__ import annotations

import pytest

from qabot.attribution.finding_subjects import finding_subject
from tests.attribution.test_quotes import attributed


def test_a_document_made_by_a_named_body_speaks_for_the_body() -> None:
    quotes = attributed(
        "Ferry fares\n\nFares rose again. A survey by the Harbour Watch Trust found that most "
        "riders want cheaper tickets.\n\nA study carried out in 2019 by Brenlow Analytics "
        "showed that ferries run late."
    )
    assert ("Harbour Watch Trust", "most riders want cheaper tickets") in quotes
    assert ("Brenlow Analytics", "ferries run late") in quotes


def test_a_document_with_no_maker_named_speaks_for_itself() -> None:
    quotes = attributed(
        "Ferry fares\n\nThe poll of 2,000 riders found that fares are too high. "
        "On Monday, the review published last week showed that two boats had no licence."
    )
    assert ("the poll", "fares are too high") in quotes
    assert ("the review", "two boats had no licence") in quotes


def test_a_capital_only_opening_the_sentence_names_no_body() -> None:
    quotes = attributed(
        "Ferry fares\n\nSeparate figures on late boats showed that fares are too high. "
        "Harbour firm Brenlow Analytics' survey of riders found that ferries run late."
    )
    assert ("Separate figures", "fares are too high") in quotes
    assert ("Brenlow Analytics", "ferries run late") in quotes


def test_a_by_that_names_no_maker_is_no_part_of_the_speaker() -> None:
    # "by riders at the pier": who answered the poll, not who made it
    assert attributed(
        "Ferry fares\n\nA poll conducted by riders at the pier found that fares are too high."
    ) == [("a poll", "fares are too high")]


def test_a_person_who_shows_something_reports_no_finding() -> None:
    # no document opens the clause: the other rules read these (here: nothing)
    assert attributed("Ferry fares\n\nKellan Marsh of the union showed that he was fit.") == []


@pytest.mark.parametrize(
    ("left", "words"),
    [
        ("A poll by Acme ", ["A", "poll", "by", "Acme"]),
        ("Fares rose, and a study of riders ", ["a", "study", "of", "riders"]),
        ("A study by Brenlow and the Ferry Trust ", "A study by Brenlow and the Ferry Trust"),
        ("a survey by riders ", ["a", "survey"]),
    ],
)
def test_finding_subject_reads_the_phrase_opening_the_clause(
    left: str, words: list[str] | str
) -> None:
    found = finding_subject(left)
    assert found is not None
    expected = words.split() if isinstance(words, str) else words
    assert found.words == expected
    assert left[found.offset :].split()[: len(expected)] == expected
    assert found.words[found.noun] in {"poll", "study", "survey"}


@pytest.mark.parametrize(
    "left",
    [
        "The author of a study by Acme ",  # the document is no subject of the verb
        "Lee said a study by Acme ",  # a verb before it: another clause's object
        "A study that was funded by Acme ",  # a relative clause after the noun
        "A new poll ",  # no words after the noun: the older rule reads it
        "Jupiter Research by Acme ",  # a body's name, not a document
    ],
)
def test_finding_subject_leaves_other_phrases(left: str) -> None:
    assert finding_subject(left) is None


def test_by_names_the_maker_whatever_the_documents_noun() -> None:
    # "review" is no noun "according to" reads as a document; "by" names its maker all the same
    assert attributed(
        "Ferry fares\n\nA review by the Harbour Watch Trust found that fares had been too high."
    ) == [("Harbour Watch Trust", "fares had been too high")]


def test_who_commissioned_a_document_did_not_find_what_it_found() -> None:
    assert attributed(
        "Ferry fares\n\nAn inquiry commissioned by Brenlow Ferries found that boats ran late."
    ) == [("an inquiry", "boats ran late")]


def test_a_capital_opening_the_sentence_is_no_maker_before_a_lower_case_one() -> None:
    assert attributed(
        "Ferry fares\n\nFares rose. Recent figures from the harbour board showed that boats "
        "ran late."
    ) == [("Recent figures", "boats ran late")]


@pytest.mark.parametrize(
    "text",
    [
        "Kellan Marsh runs the pier. His study found that boats ran late.",
        "Kellan Marsh runs the pier. His study of the boats found that they ran late.",
        "The board met on Monday. Our new survey shows that boats run late.",
    ],
)
def test_a_finding_phrase_is_one_noun_phrase_naming_a_source(text: str) -> None:
    # a possessive pronoun's document ("his study") names no one this rule can tell
    assert attributed("Ferry fares\n\n" + text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In the end the inquiry found that boats ran late.", "boats ran late"),
        ("In the end the inquiry found boats had run late.", "boats had run late"),
    ],
)
def test_an_opening_adverbial_phrase_is_no_part_of_the_finding_s_source(
    text: str, found: str
) -> None:
    # "In the end" opens the sentence: the inquiry found it, as without the opening phrase
    # (it was read as "the end the inquiry", so no source at all)
    assert attributed("Ferry fares\n\n" + text) == [("the inquiry", found)]
