"""Speakers read through what frames them: "according to X" before someone else's cue, a long
opening adverbial with no comma before a role and a name, a name with two roles in apposition;
each on a short invented text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.ending_names import subject_after_adverbial
from qabot.indexing import Index
from qabot.search import answer
from tests.attribution.test_quotes import attributed
from tests.support.indexes import index_of

OPENING = "Mayor Ruth Olsen met the ferry owners at a dinner in March."


@pytest.mark.parametrize(
    "sentence",
    [
        'According to Mr Berg the mayor said: "Give me one more summer and I will go."',
        'According to Mr Berg, the mayor said: "Give me one more summer and I will go."',
        'According to the diary, the mayor said: "Give me one more summer and I will go."',
    ],
)
def test_words_told_of_by_someone_else_are_the_speakers_own(sentence: str) -> None:
    assert attributed(OPENING, sentence) == [
        ("Ruth Olsen", "Give me one more summer and I will go.")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # no one speaks after the source: its words stay the source's
        ("According to Mr Berg, the ferry will sail again in May.", "Berg"),
        # firms adding jobs, research suggesting, a share of those asked: no person speaks
        (
            "According to harbour office figures, local firms added 140 jobs in May.",
            "harbour office figures",
        ),
        ("According to Mr Berg, research suggests that people like ferries.", "Berg"),
    ],
)
def test_a_source_keeps_its_words_when_no_person_speaks_after_it(
    sentence: str, speaker: str | None
) -> None:
    quotes = attributed("Ferry news", sentence)
    assert {who for who, _ in quotes} == ({speaker} if speaker else set())


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("According to Mr Berg, the mayor said that she would go in May.", "she would go in May"),
        (
            "According to the Ferry Times, chief executive Ruth Olsen said that the firm is"
            ' "looking at every pier".',
            'the firm is "looking at every pier"',
        ),
        # a cue with whom it was said to: the words after "that"
        (
            "According to Mr Berg, the mayor warned the owners in a letter that fares would rise.",
            "fares would rise",
        ),
    ],
)
def test_words_reported_through_a_source_are_the_source_s_and_the_speaker_s(
    sentence: str, words: str
) -> None:
    quotes = attributed(OPENING, sentence)
    source = "Ferry Times" if "Times" in sentence else "Berg"
    assert [who for who, _ in quotes if who.endswith(source)] != []  # the source's account
    assert ("Ruth Olsen", words) in quotes


def test_a_role_and_name_after_a_long_opening_without_a_comma_speak() -> None:
    quotes = attributed(
        "Mr Dale attacked the harbour plans on Sunday.",
        "Responding to the claims made on Sunday night Harbour Party co-chairman Lena Fisk "
        'said: "These figures were simply made up by our rivals."',
    )
    assert quotes == [("Lena Fisk", "These figures were simply made up by our rivals.")]


def test_a_long_phrase_ending_in_an_object_name_has_no_speaker() -> None:
    quotes = attributed(
        "The harbour report was published on Monday.",
        "In a long letter sent last week to the harbour staff by party chairman Lena Fisk "
        'the mayor said: "The pier must close." In a letter sent last week to all the staff '
        'of party chairman Lena Fisk said: "The pier must close."',
    )
    assert all(who != "Lena Fisk" for who, _ in quotes)


def test_a_name_with_two_roles_in_apposition_speaks() -> None:
    quotes = attributed(
        "Complaints about the late show rose sharply in May.",
        'Lars Dahl, FVC president and longtime campaigner said: "This show is a disgrace."',
    )
    assert quotes == [("Lars Dahl", "This show is a disgrace.")]


def test_a_surname_ending_like_an_adverb_described_by_a_role_speaks() -> None:
    quotes = attributed(
        "The harbour committee met on Monday.",
        'Donnolly, a former harbour master, said: "The committee has lost its way."',
        "Finally, a former mayor said the committee should close.",
    )
    assert quotes == [
        ("Donnolly", "The committee has lost its way."),
        ("a former mayor", "the committee should close"),
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The opposition also made much of the figures.", "the opposition"),
        ("The committee reached its view after months of hearings.", "the committee"),
        # "the firm" most often means the business just named
        ("The firm also unveiled plans to cut prices.", "Acme"),
    ],
)
def test_it_opening_a_sentence_is_the_body_the_sentence_before_describes(
    subject: str, speaker: str
) -> None:
    quotes = attributed(
        "Acme said prices would rise in May. The figures were published by the Harbour "
        f"Agency on Tuesday. {subject} It added that more cuts would follow."
    )
    assert quotes[-1] == (speaker, "more cuts would follow")


def test_it_after_a_described_person_is_no_person() -> None:
    quotes = attributed(
        "Acme said prices would rise. The chairman also unveiled plans to cut jobs. "
        "It added that more cuts would follow."
    )
    assert quotes[-1] == ("Acme", "more cuts would follow")


@pytest.mark.parametrize(
    "clause",
    ["which critics call a", "which some critics have dubbed a", "which opponents branded a"],
)
def test_a_name_given_in_a_relative_clause_is_not_the_subjects_words(clause: str) -> None:
    quotes = attributed(
        f'Mr Dale defended the new harbour tax, {clause} "stealth tax on all families".'
    )
    assert all(who != "Dale" for who, _ in quotes)


def test_a_name_the_subject_gives_in_a_relative_clause_stays_theirs() -> None:
    quotes = attributed(
        'Mr Dale laughed at the sketch of him as a pirate, which he calls "good fun for everyone".'
    )
    assert all(who == "Dale" for who, _ in quotes)


@given(st.text(max_size=200))
def test_reading_a_subject_after_an_opening_never_fails(text: str) -> None:
    found = subject_after_adverbial(text)
    assert found is None or text[found[0] :].split()[: len(found[1])] == found[1]


ARTICLES = {
    "ferry.txt": "Ferry deal\n\nMayor Ruth Olsen met the ferry owners at a dinner in March. "
    'According to Mr Berg the mayor said: "Give me one more summer and I will go."\n',
    "pier.txt": "Pier claims\n\nMr Dale attacked the harbour plans on Sunday.\n\nResponding to "
    "the claims made on Sunday night Harbour Party co-chairman Lena Fisk said: "
    '"These pier figures were simply made up by our rivals."\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("through"), ARTICLES)


def test_who_said_words_told_of_by_another_names_the_speaker(index: Index) -> None:
    result = answer(index, "who said give me one more summer and I will go?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ruth Olsen"]


def test_what_a_role_and_name_said_after_a_long_opening_is_found(index: Index) -> None:
    result = answer(index, "what did Lena Fisk say about the pier figures?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Lena Fisk"]
