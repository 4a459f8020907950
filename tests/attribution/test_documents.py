"""Documents: the source of words cited "according to" a poll, a filing or a report; each on
a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry fares rose by a fifth last year, according to Ofgem filings.",
            ("Ofgem", "Ferry fares rose by a fifth last year"),
        ),
        (
            "Most riders back the new timetable, according to a survey by the Transit League.",
            ("Transit League", "Most riders back the new timetable"),
        ),
        (
            "Half of the quay is unsafe, according to early results of the harbour audit.",
            ("early results", "Half of the quay is unsafe"),
        ),
    ],
)
def test_according_to_a_document_cites_its_maker_or_the_document(
    text: str, expected: tuple[str, str]
) -> None:
    assert attributed(text) == [expected]


def test_according_to_a_law_or_a_possessed_document_names_no_source() -> None:
    text = (
        "No one may fish from the pier, according to harbour law. Vance had $2m in the bank, "
        "according to his tax filings."
    )
    assert attributed(text) == []


def test_according_to_mid_sentence_cites_the_words_before_a_but() -> None:
    text = "Ruiz has won 40 seats, according to a Herald tally, but her lead is shrinking."
    assert attributed(text) == [("Herald", "Ruiz has won 40 seats")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A study written by Ruth Okafor, a member of Harbour Lane Chambers says the quay "
            "was sold too cheaply.",
            [("Ruth Okafor", "the quay was sold too cheaply")],
        ),
        (
            "In a film shown by Channel Nine, a retired ferry captain said the quay was unsafe.",
            [("a retired ferry captain", "the quay was unsafe")],
        ),
    ],
)
def test_a_works_author_in_an_unclosed_apposition_speaks(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # the apposition after the author is not closed by a comma: its last words are no speaker
    assert attributed("Some news from the harbour today.", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferries ran late all year. The Harbour League report says fares rose.",
            ("Harbour League", "fares rose"),
        ),
        ("A Harbour League statement said fares rose.", ("Harbour League", "fares rose")),
        ("The Harbour League's annual report said fares rose.", ("Harbour League", "fares rose")),
        ("The report, by the Harbour League, said fares rose.", ("Harbour League", "fares rose")),
        (
            "The Harbour League issued a statement on Monday. The statement said fares rose.",
            ("Harbour League", "fares rose"),
        ),
        (
            "A study from the Harbour League came out on Monday. The study said fares rose.",
            ("Harbour League", "fares rose"),
        ),
    ],
)
def test_a_document_as_a_cue_subject_speaks_for_its_issuer(
    text: str, expected: tuple[str, str]
) -> None:
    assert attributed(text) == [expected]


def test_the_report_means_the_last_one_named_before_it() -> None:
    first = "A study from the Harbour League came out on Monday. Ferries were late."
    second = "The study said fares rose."
    assert attributed(first, second) == [("Harbour League", "fares rose")]


def test_the_report_after_a_report_with_no_issuer_stays_the_report() -> None:
    text = (
        "A study from the Harbour League came out on Monday. A new study of tolls was out too. "
        "The study said fares rose."
    )
    assert attributed(text) == [("the study", "fares rose")]


def test_a_named_document_speaks_for_the_body_that_owns_it() -> None:
    first = "The Harbour League said in its latest Blue Book report that fares rose."
    second = '"Fares rose in most ports," the Blue Book said.'
    assert attributed(first, second) == [
        ("Harbour League", "fares rose"),
        ("Harbour League", "Fares rose in most ports"),
    ]


def test_a_named_document_with_no_issuer_is_stored_as_a_document() -> None:
    first = "Fares are in its latest Blue Book report, out today."
    second = '"Fares rose in most ports," the Blue Book said.'
    assert attributed(first, second) == [("the Blue Book", "Fares rose in most ports")]


def test_a_body_named_before_a_document_noun_is_no_document() -> None:
    first = "Tolls rose, according to a Harbour League report."
    second = '"Fares rose in most ports," the Harbour League said.'
    assert attributed(first, second) == [
        ("Harbour League", "Tolls rose"),
        ("Harbour League", "Fares rose in most ports"),
    ]


def test_a_report_named_for_a_person_stays_the_report() -> None:
    text = "Wim Rook led the inquiry. The Rook report said fares rose."
    assert attributed(text) == [("the Rook report", "fares rose")]


def test_a_report_by_a_person_is_theirs() -> None:
    text = "Wim Rook led the inquiry. A report by Wim Rook said fares rose."
    assert attributed(text) == [("Wim Rook", "fares rose")]


@pytest.mark.parametrize(
    "closing",
    ['," said Jo Ray, head of the league.', '," Jo Ray said.'],
)
def test_a_quote_a_report_adds_is_the_named_speakers_who_closes_it(closing: str) -> None:
    text = 'The report adds "an important step in our grasp of how ports work' + closing
    assert attributed(text) == [("Jo Ray", "an important step in our grasp of how ports work")]


def test_a_quote_a_report_adds_closed_by_a_pronoun_stays_the_reports() -> None:
    text = 'The report adds "an important step in our grasp of how ports work," it said.'
    assert attributed(text) == [("the report", "an important step in our grasp of how ports work")]


def test_a_report_by_a_bodys_officer_names_no_issuer() -> None:
    first = "A report by the Harbour League's inspector came out on Monday."
    second = "Fares rose, the report says."
    assert attributed(first, second) == [("the report", "Fares rose")]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("The Forum for the Harbour report looked at ports.", "Forum for the Harbour"),
        ("Tolls rose. But the Acme report looked at ports.", "Acme"),
        ("Tolls rose. But, the Acme report looked at ports.", "Acme"),
        # a title's last word before the noun is no issuer
        ("Acme's Paying the Toll report looked at ports.", "the report"),
    ],
)
def test_an_issuer_is_read_whole_and_never_out_of_a_title(first: str, expected: str) -> None:
    assert attributed(first, "The report said fares rose.") == [(expected, "fares rose")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The book, Harbour's Ruin, said the fares would rise.", "the book"),
        ("A new report, Ferry Futures, says the fares would rise.", "a new report"),
        ("The letter, Dear Ian, said the fares would rise.", "the letter"),
    ],
)
def test_a_title_in_apposition_to_a_document_names_the_document(
    sentence: str, speaker: str
) -> None:
    quotes = attributed("Ian Vance runs the harbour ferry.", sentence)
    assert quotes == [(speaker, "the fares would rise")]


def test_a_name_after_someone_of_a_document_still_speaks() -> None:
    quotes = attributed(
        "Ian Vance runs the harbour ferry.",
        "The author of the book, Mitchell Ozark, said the fares would rise.",
    )
    assert quotes == [("Mitchell Ozark", "the fares would rise")]


@pytest.mark.parametrize(
    "opening",
    [
        "After the statement",
        "Before the report",
        "During his statement",
        "Following the report",
        "In the report",
    ],
)
def test_a_document_in_an_adverbial_before_a_name_is_no_title_of_it(opening: str) -> None:
    # the phrase before the name says when or where, not what the name titles: Vance speaks
    quotes = attributed(
        "Ian Vance runs the harbour ferry.",
        f"{opening}, Mr Vance, the skipper, said the fares would rise.",
    )
    assert quotes == [("Ian Vance", "the fares would rise")]
