"""A sentence opening with its speech verb ('Said Mr Reed: "..."'), "the <noun>" right after
a sentence about one person, a title or a time before a speaker, a title quoted inside a quote
and a closing mark whose opening one was lost: each on short invented texts."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.attribution.names import People
from qabot.attribution.quote_marks import quote_spans
from tests.attribution.test_quotes import attributed

WORDS = "The new pitch is ready for the spring season and we are pleased"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f'Said Mr Reed: "{WORDS}."', "Tom Reed"),
        (f'Said club coach Ann Cole, "{WORDS}."', "Ann Cole"),
        (f'Said Ann Cole, who coaches the team, "{WORDS}."', "Ann Cole"),
        (f'Continued the report: "{WORDS}."', "the report"),
    ],
)
def test_a_sentence_opening_with_its_speech_verb_gives_the_speaker_after_it_the_quote(
    sentence: str, speaker: str
) -> None:
    found = attributed(f"Tom Reed runs the club. {sentence}")
    assert (speaker, f"{WORDS}.") in found


def test_a_sentence_opening_with_said_to_be_names_no_speaker() -> None:
    found = attributed(f'Said to be worth £2m, the pitch opened. "{WORDS}," he said.')
    assert not any(speaker.startswith("to") for speaker, _ in found)


def test_asked_if_opening_a_sentence_is_no_cue_before_its_speaker() -> None:
    found = attributed(f'Tom Reed spoke. Asked if he would stay he told the BBC: "{WORDS}."')
    assert found == [("Tom Reed", f"{WORDS}.")]


def test_an_occupation_after_the_and_capitalised_words_is_no_name() -> None:
    people = People(
        "Mr Dane spoke on Monday. The Roman Catholic Archbishop of Tarn, the Most Reverend Ivo "
        "Marsk, told the radio it was fine."
    )
    assert "archbishop" not in people.names.by_surname


def test_he_after_a_sentence_about_a_man_with_a_titled_role_in_apposition_is_him() -> None:
    found = attributed(
        "Prime Minister Tom Dane said the plan was fair. Mr Dane's spokesman said the church "
        "had a view. His words came as Cardinal Peter Marsk, the Archbishop of Tarn, backed the "
        'plan. In a statement, he said the plan was "a very key step".'
    )
    assert ("Peter Marsk", 'the plan was "a very key step"') in found


@pytest.mark.parametrize(
    "paragraphs",
    [
        (f'Peter Marsk was delighted with his award. "{WORDS}," said the Harbour fly-half.',),
        # across a paragraph, from the article's lead
        ("Peter Marsk says the pack is ready.", f'The prop said: "{WORDS}"'),
    ],
)
def test_the_noun_of_one_person_after_a_sentence_about_one_person_is_them(
    paragraphs: tuple[str, ...],
) -> None:
    assert ("Peter Marsk", WORDS) in attributed(*paragraphs)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # two people named in the sentence before
        (f'Peter Marsk beat Tom Reed in the final. "{WORDS}," said the Harbour fly-half.',),
        # a paragraph after the lead: its last sentence may be about someone else
        (
            "The club met on Monday.",
            "Peter Marsk is the choice of the board.",
            f'On a visit, the prop said: "{WORDS}."',
        ),
        # a body's spokesman is someone else
        (f'Peter Marsk was delighted. "{WORDS}," said the spokesman.',),
    ],
)
def test_the_noun_of_one_person_stays_a_description_when_unsure(
    paragraphs: tuple[str, ...],
) -> None:
    assert ("Peter Marsk", WORDS) not in attributed(*paragraphs)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f'A Match of the Week spokesman said: "{WORDS}."', "a Match of the Week spokesman"),
        (f'A spokesman for Match of the Week said: "{WORDS}."', "Match of the Week"),
        (f'Jo Ray of the BBC said: "{WORDS}."', "Jo Ray"),
    ],
)
def test_a_title_holding_of_the_is_one_phrase(sentence: str, speaker: str) -> None:
    assert (speaker, f"{WORDS}.") in attributed(sentence)


def test_a_time_ago_opening_a_sentence_is_no_part_of_the_speaker() -> None:
    found = attributed("Two weeks ago the group also announced it would cut costs by $4m.")
    assert found == [("the group", "it would cut costs by $4m")]


def test_a_title_quoted_inside_a_quote_ends_no_quote() -> None:
    found = attributed(
        'Ann Cole said: "When I started, he was the "Father of the Club" and as such he '
        'helped me a lot."'
    )
    assert found == [
        (
            "Ann Cole",
            'When I started, he was the "Father of the Club" and as such he helped me a lot.',
        )
    ]


def test_reported_words_drop_a_closing_mark_whose_opening_one_was_lost() -> None:
    found = attributed(
        'Costs were already "high" and little was done to help them," said Mr Reed.'
    )
    assert all(not text.endswith('"') for _, text in found)


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(['"', " ", "a", "Father", "of", "the", "House", "and", ".", "\n"])
    ).map("".join)
)
def test_quote_spans_stay_ordered_and_inside_the_paragraph(text: str) -> None:
    spans = quote_spans(text)
    assert all(0 <= start < end <= len(text) for start, end, _ in spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
