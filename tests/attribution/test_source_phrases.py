"""Source phrases: initials written with stops, "according to" past a title's stop, a relative
clause between a speaker and the cue, a source's noun with what ties it to the story after it,
a place after "in", and phrases that open with "his" or "their", each on a short invented text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.cue_sources import ACCORDING
from qabot.attribution.phrase_heads import head_words
from qabot.attribution.speaker_phrases import speaker_before
from qabot.text.lexicon import is_capitalised
from tests.attribution.test_quotes import attributed

INTRO = "The harbour board met on Monday to discuss the ferry."


@pytest.mark.parametrize(
    "sentence",
    [
        "The H.B.A. said the ferry would run again.",
        "The ferry would run again, the H.B.A. said.",
        "The ferry would run again, according to the H.B.A.",
        "The ferry would run again, according to the H.B.A., which runs the port.",
    ],
)
def test_initials_written_with_stops_name_a_body(sentence: str) -> None:
    quotes = attributed(INTRO, sentence)
    assert [(speaker, text.casefold()) for speaker, text in quotes] == [
        ("H.B.A", "the ferry would run again")
    ]


@pytest.mark.parametrize("word", ["F.B.I.", "A.F.L.-C.I.O.", "U.S.", "NATO", "Acme"])
def test_initials_and_names_are_capitalised_words(word: str) -> None:
    assert is_capitalised(word)


@pytest.mark.parametrize("word", ["BREAKING", "EXCLUSIVE", "harbour", "f.b.i."])
def test_shouted_and_lower_case_words_are_not(word: str) -> None:
    assert not is_capitalised(word)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a title's stop is no end of the source
        ("The board kept three seats, according to Ms. Ruiz's office.", "Ms. Ruiz's office"),
        (
            "The board kept three seats, according to Ann B. Ruiz's adviser.",
            "Ann B. Ruiz's adviser",
        ),
        # what the source is, after it: the words before were said
        (
            "The board kept three seats, according to the Harbour Trust, the body that runs it.",
            "Harbour Trust",
        ),
    ],
)
def test_according_to_reads_the_whole_source(sentence: str, speaker: str) -> None:
    assert attributed(INTRO, sentence) == [(speaker, "The board kept three seats")]


@given(st.text(st.sampled_from(list("Mr. Ab,;:!? ")), max_size=40))
def test_according_source_never_ends_on_a_title_stop(tail: str) -> None:
    text = " " + tail
    found = ACCORDING.match(text)
    if found is not None and text[found.end() :].lstrip().startswith("."):
        assert not re.search(r"\bMr$", found.group(1))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Voters who backed Ruiz said they would stay home.", "voters"),
        ("A neighbour who saw the fire said it spread quickly.", "a neighbour"),
        ("The host who also presents Stars In Their Eyes said she was leaving.", "the host"),
    ],
)
def test_a_relative_clause_before_the_cue_leaves_its_noun_the_speaker(
    sentence: str, speaker: str
) -> None:
    assert [s for s, _ in attributed(INTRO, sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Those who voted for Ruiz said they regretted it.",
        # "who" as the object of the cue: the officials speak
        "They cited Acme, a group of hackers who harbour officials say is tied to Ruiz.",
    ],
)
def test_a_relative_clause_gives_no_name_inside_it(sentence: str) -> None:
    assert all("Ruiz" not in s for s, _ in attributed(INTRO, sentence))


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("officials familiar with the plan", ["officials"]),
        ("a source close to the board", ["a", "source"]),
        ("three people briefed on the talks", ["three", "people"]),
        (
            "a spokeswoman for the Harbour Union",
            ["a", "spokeswoman", "for", "the", "Harbour", "Union"],
        ),
    ],
)
def test_a_source_noun_is_the_head_before_what_ties_it_to_the_story(
    phrase: str, head: list[str]
) -> None:
    assert head_words(phrase.split()) == head


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Officials in Dover said the ferry would run again.", "officials"),
        ("The ferry would run again, according to Democrats in Dover.", "Democrats"),
        ("The ferry would run again, said one Democrat familiar with the talks.", "one Democrat"),
    ],
)
def test_a_place_after_in_is_not_the_speaker(sentence: str, speaker: str) -> None:
    assert [s for s, _ in attributed(INTRO, sentence)] == [speaker]


def test_a_possessive_opening_a_description_is_written_as_one() -> None:
    quotes = attributed(INTRO, "His agent told the Gazette that the ferry would run again.")
    assert quotes == [("his agent", "the ferry would run again")]


def test_a_title_opened_by_a_possessive_is_no_speaker() -> None:
    quotes = attributed(INTRO, "Our Mutual Friend said the ferry would run again.")
    assert quotes == []


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cThe ferry is late again,\u201d said a neighbour, Ann Pike.",
        "The ferry is late again, said a neighbour, Ann Pike.",
        "\u201cThe ferry is late again,\u201d said one witness, Ann Pike, who lives nearby.",
    ],
)
def test_a_name_in_apposition_after_a_description_speaks(sentence: str) -> None:
    assert attributed(INTRO, sentence) == [("Ann Pike", "The ferry is late again")]


def test_a_description_without_a_name_after_it_stays_the_speaker() -> None:
    quotes = attributed(
        INTRO, "\u201cThe ferry is late again,\u201d said a neighbour, who was cross."
    )
    assert quotes == [("a neighbour", "The ferry is late again")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a noun after "their" before the cue word: "claims" is no cue
        "The plan returns children from Dover who have failed in their asylum claims.",
        # "who" opens a question's clause, not a relative one
        "The public can see who gives how much but the report says doubts remain.",
    ],
)
def test_no_place_or_clause_is_read_as_a_speaker_before_who(sentence: str) -> None:
    assert all(s not in {"Dover", "the public can see"} for s, _ in attributed(INTRO, sentence))


_PHRASE_TEXT = st.lists(
    st.sampled_from(
        ["Ann", "Pike", "who", "voters", "backed", "the", "their", "in", "Dover", ",", "-", "that"]
    )
).map(" ".join)


@given(_PHRASE_TEXT)
def test_the_speaker_phrase_before_a_cue_is_words_of_the_text(left: str) -> None:
    found = speaker_before(left)
    if found is not None and found[0] >= 0:
        offset, words, _ = found
        assert 0 <= offset <= len(left)
        assert all(word in left[offset:] for word in words)


@given(_PHRASE_TEXT)
def test_a_speaker_phrase_read_again_is_the_same_and_its_own(left: str) -> None:
    first = speaker_before(left)
    read = None if first is None else (first[0], list(first[1]), first[2])
    if first is not None:
        first[1].append("changed by a caller")  # a caller's list is its own
    assert speaker_before(left) == read
