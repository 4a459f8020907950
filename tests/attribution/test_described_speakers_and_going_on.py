"""A nationality after a sentence whose one speaker or subject it fits ("said the American",
"said the New Zealander"), a named person's colon introduction ("X was more restrained in his
assessment: "...""), and "he added" going on with the last speaker after narration about
another man: each on short invented texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.attribution.test_quotes import attributed

WORDS = "The harbour pitch is ready for the spring season and we are pleased"


def test_a_nationality_after_a_sentence_whose_one_speaker_it_fits_is_that_speaker() -> None:
    found = attributed(
        "Peter Marsk beat Tom Reed in the second round of the harbour open.",
        '"I had a good plan," Marsk said. And Reed, who was beaten, said Marsk was an example '
        f'to others. "{WORDS}," said the American.',
    )
    assert ("Tom Reed", WORDS) in found


def test_a_nationality_after_a_lead_naming_one_person_passes_over_whom_the_subject_answers() -> (
    None
):
    found = attributed(
        "Club champion Ann Cole has criticised the harbour board over its new fees.",
        f'Reacting to a comment by board chairman Tom Reed, the American said: "{WORDS}."',
    )
    assert ("Ann Cole", f"{WORDS}.") in found


def test_a_nationality_in_two_words_is_a_description_not_a_name() -> None:
    found = attributed(
        "Director Ivo Marsk has said that it will be years before he starts a new film.",
        f'The film maker spoke on a visit to Tarn. "{WORDS}," said the New Zealander.',
    )
    assert ("Ivo Marsk", WORDS) in found
    assert not any(speaker == "New Zealander" for speaker, _ in found)


def test_a_nationality_the_article_gives_someone_else_is_not_the_speaker_before() -> None:
    found = attributed(
        "Ivo Marsk beat Chilean Tom Reed in the second round of the harbour open.",
        f'Reed said Marsk was the better player. "{WORDS}," said the American.',
    )
    assert ("Tom Reed", WORDS) not in found


def test_a_named_person_introducing_a_quote_with_a_colon_speaks_it() -> None:
    found = attributed(
        "Second seed Ivo Marsk beat Tom Reed in the harbour final.",
        f'"{WORDS}," said Reed. Marsk was more restrained in his assessment: "I have to '
        'improve my serve."',
    )
    assert ("Ivo Marsk", "I have to improve my serve.") in found


@pytest.mark.parametrize("verb", ["added", "continued"])
def test_he_added_after_narration_naming_the_last_speaker_again_is_that_speaker(
    verb: str,
) -> None:
    found = attributed(
        "Tom Reed scored the first goal in the harbour derby.",
        f'He said: "{WORDS}." Peter Marsk made it 2-0 at the break. Victory took the club top and '
        f'Reed is confident it can stay there. He {verb}: "We had several chances."',
    )
    assert ("Tom Reed", "We had several chances.") in found


def test_he_added_after_a_sentence_about_a_man_who_spoke_before_stays_with_him() -> None:
    found = attributed(
        "Tom Reed scored the first goal in the harbour derby.",
        f'He said: "{WORDS}." Ivo Marsk said the derby was hard. Marsk was pleased with Reed '
        'too. He added: "We had several chances."',
    )
    assert ("Tom Reed", "We had several chances.") not in found


def test_the_answer_after_someone_was_asked_if_he_would_say_is_his() -> None:
    found = attributed(
        "The club would take back its former chairman Lord Marsk, Tom Reed has said.",
        f'Mr Reed was asked if he would say yes or no if Lord Marsk applied. "{WORDS}."',
    )
    assert ("Tom Reed", f"{WORDS}.") in found
    assert not any(text.startswith("yes or no") for _, text in found)


def test_a_name_ending_an_opening_participle_phrase_speaks_not_the_body_it_leads() -> None:
    found = attributed(
        "The harbour watchdog said it would look at the case.",
        "Speaking after the inquiry was announced Tom Reed, leader of the Harbour Council "
        f'Liberals, said: "{WORDS}."',
    )
    assert found[-1] == ("Tom Reed", f"{WORDS}.")


@pytest.mark.parametrize("rank", ["Captain", "Detective Inspector"])
def test_a_rank_spelled_out_before_a_full_name_is_no_part_of_it(rank: str) -> None:
    found = attributed(f"{rank} Ivo Marsk has acknowledged his side needs more flair.")
    assert found == [("Ivo Marsk", "his side needs more flair")]


def test_a_peer_s_title_baron_names_the_person_of_that_surname() -> None:
    found = attributed(
        "Former party leader Tom Reed has been made a life peer.",
        "He will be known as Baron Reed of Tarn. Lord Reed - who led the party for years - said "
        "he would use the house to talk on education.",
    )
    assert found == [("Tom Reed", "he would use the house to talk on education")]


@pytest.mark.parametrize(
    "sentence",
    [
        'He attended a school in Tarn, known then as the "Eton of the harbour".',
        'One of his recent reads, "This Kind of Harbour," by Ann Cole, made the point.',
    ],
)
def test_a_name_or_a_work_s_title_in_quote_marks_is_no_one_s_words(sentence: str) -> None:
    found = attributed(f'Tom Reed said: "I was lucky." {sentence}')
    assert found == [("Tom Reed", "I was lucky.")]


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                " ",
                "Tom Reed",
                "said the American.",
                "the New Zealander",
                "He added:",
                "was asked if he would say",
                "Speaking after",
                ", leader of the Harbour Liberals,",
                "Captain",
                "Baron",
                "known as the",
                "by",
                ":",
                ".",
                "\n",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_every_quote_read_from_these_shapes_has_a_speaker_and_words(text: str) -> None:
    for speaker, words in attributed(text):
        assert speaker.strip()
        assert words.strip()


def test_baron_after_a_first_name_or_alone_is_a_surname() -> None:
    found = attributed(f'Editor Martin Baron spoke. "{WORDS}," said Baron.')
    assert found == [("Martin Baron", WORDS)]
