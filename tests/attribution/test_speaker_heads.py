"""Speaker heads: a description speaks only when its head can say something (a person, people,
a body, what a body publishes), never a thing or a clause read before a cue; and speakers read
past a sentence's opening adverb and out of a relative clause on a name; each on a short
invented text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.speaker_heads import can_speak
from qabot.indexing import Index
from qabot.search import answer
from tests.attribution.test_quotes import attributed
from tests.support.indexes import index_of


@pytest.mark.parametrize(
    "phrase",
    [
        "a senior official",
        "colleagues",
        "the airline",
        "a trade body",
        "campaigners",
        "the retired neurosurgeon",
        "the 22-year-old",
        "a lot of the athletes",
        "forty-three per cent",
        "those questioned",
        "a report into shopping habits",
        "the filing documents",
        "a Labour spokesman",
        "her campaign workers here",
    ],
)
def test_a_person_people_a_body_or_a_document_can_speak(phrase: str) -> None:
    assert can_speak(phrase.split())


@pytest.mark.parametrize(
    "phrase",
    [
        "a hamstring injury",
        "different waters",
        "your body fat percentage",
        "his quiet determination",
        "a rare move",
        "the regrowth",
    ],
)
def test_a_thing_cannot_speak(phrase: str) -> None:
    assert not can_speak(phrase.split())


@given(st.lists(st.text(min_size=1), max_size=8))
def test_can_speak_reads_any_words(words: list[str]) -> None:
    assert can_speak(words) in {True, False}


@pytest.mark.parametrize(
    "sentence",
    [
        "A hamstring injury denied Pike the chance to make a third start.",
        "However, your body fat percentage tells you what your weight is made of.",
        "Different waters added from springs change the taste, and more.",
    ],
)
def test_a_thing_before_a_cue_is_no_speaker(sentence: str) -> None:
    assert attributed("The harbour board met on Monday.", sentence) == []


def test_a_capitalised_adverb_opening_the_sentence_is_no_name() -> None:
    assert attributed(
        "Similarly, Ann Lee, a former harbour master, said she could not back the plan."
    ) == [("Ann Lee", "she could not back the plan")]


def test_a_relative_clause_on_a_name_far_into_its_sentence_is_theirs() -> None:
    assert attributed(
        "The ferry deal was struck after nine days of talks with help from Harbour "
        "Secretary Tom Price, who said he expects the boats to sail next week."
    ) == [("Tom Price", "he expects the boats to sail next week")]


def test_words_said_in_a_relative_clause_end_before_the_main_verb() -> None:
    assert attributed("Ann Lee, who said the pier was unsafe, resigned from the board.") == [
        ("Ann Lee", "the pier was unsafe")
    ]


ARTICLES = {
    "rugby.txt": "Pike ruled out\n\nA hamstring injury denied Sam Pike the chance to start "
    "against the Dragons on Saturday, and the winger will miss the trip to Cardiff.\n",
    "ferry.txt": "Ferry deal\n\nThe ferry deal was struck after nine days of talks with help "
    "from Harbour Secretary Tom Price, who said he expects the boats to sail next week.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("heads"), ARTICLES)


def test_no_thing_is_named_as_who_said_words(index: Index) -> None:
    result = answer(index, "who denied Sam Pike the chance to start against the Dragons?")
    assert all("injury" not in hit.speaker for hit in result.quotes)


def test_what_a_named_person_said_in_a_relative_clause_is_found(index: Index) -> None:
    result = answer(index, "what did Tom Price say about the boats?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Tom Price"]
    assert "sail next week" in result.quotes[0].quote.text


def test_a_thing_after_a_comma_and_a_verb_is_its_object_and_no_one_speaks() -> None:
    assert (
        attributed(
            "He missed a tackle on Sam Pike in the build-up to the try, conceded a penalty "
            "at the breakdown, was turned over in another tackle and fumbled a kick."
        )
        == []
    )


def test_a_quote_branded_by_others_after_a_noun_is_theirs_not_the_subjects() -> None:
    assert attributed(
        'Ann Lee has announced plans to close the pier, in a move branded a "shameful '
        'retreat" by the Greens.'
    ) == [("Greens", "shameful retreat")]


def test_a_subject_set_apart_by_an_aside_opens_the_words_said() -> None:
    assert attributed("Other harbour masters said they, too, had no word from the board.") == [
        ("other harbour masters", "they, too, had no word from the board")
    ]


def test_a_relative_clause_after_an_inverted_speaker_is_theirs_too() -> None:
    assert attributed(
        '"The board does not understand the harbour," said Capt. Ann Lee, who said she would '
        "vote against the plan."
    ) == [
        ("Ann Lee", "The board does not understand the harbour"),
        ("Ann Lee", "she would vote against the plan"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Experts on harbours and ferry safety said the pier could not be saved.",
            "experts on harbours and ferry safety",
        ),
        (
            "Critics of the plan and its backers said the pier could not be saved.",
            "critics of the plan and its backers",
        ),
    ],
)
def test_a_described_source_whose_tie_holds_and_speaks_whole(sentence: str, speaker: str) -> None:
    assert attributed(sentence) == [(speaker, "the pier could not be saved")]
