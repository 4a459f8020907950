"""Quote content: which words a found speaker said, and which they did not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.opening_phrases import opening_phrase
from tests.attribution.test_quotes import attributed


def test_reported_words_naming_their_speaker_are_someone_elses() -> None:
    quotes = attributed(
        "Harbour mayor Mr Dunmore says he is standing by his remarks about the ferry. But the "
        "premier says it is time for Mr Dunmore to apologise to the crews."
    )
    # "the premier" is no one the article names; the words are not Dunmore's
    assert ("Dunmore", "it is time for Mr Dunmore to apologise to the crews") not in quotes
    assert ("Dunmore", "he is standing by his remarks about the ferry") in quotes


def test_a_speaker_may_name_themselves_in_their_own_quoted_words() -> None:
    quotes = attributed(
        'Mary Varga spoke at the rally. "If the young Mary Varga applied today, she would be '
        'turned away," she said.'
    )
    assert quotes == [
        ("Mary Varga", "If the young Mary Varga applied today, she would be turned away")
    ]


def test_a_name_as_a_modifier_or_a_title_taken_is_no_mention_of_someone_else() -> None:
    quotes = attributed(
        "Olwen Pryce met voters in the square. A Pryce government, she vowed, would mend the "
        "roads. Later she said she would sit in the upper house as Lady Pryce of Aberteifi."
    )
    assert ("Olwen Pryce", "she would sit in the upper house as Lady Pryce of Aberteifi") in quotes


def test_an_opening_phrase_before_the_speaker_is_not_what_they_said() -> None:
    quotes = attributed(
        "In a September letter to the station manager, Dorian Pike asked the network to donate "
        "the profits. Even after the complaint was filed, Dorian Pike continued."
    )
    assert quotes == []


def test_the_main_clause_after_a_parenthetical_cue_is_what_was_said() -> None:
    quotes = attributed(
        "Back in Ohio, Mr. Ansel Brook said, he decided to take aim at the coal industry."
    )
    assert quotes == [("Ansel Brook", "he decided to take aim at the coal industry")]


def test_reported_words_before_a_cue_are_still_read() -> None:
    quotes = attributed(
        "When the files were shared the servers were overloaded, Nadia Holm said. The sales "
        "will fall, Nadia Holm predicted."
    )
    assert quotes == [
        ("Nadia Holm", "When the files were shared the servers were overloaded"),
        ("Nadia Holm", "The sales will fall"),
    ]


_WORDS = st.sampled_from(
    "In As Even At least the crowd was filed would has hasn't cheered , letter to".split()
)


@given(st.lists(_WORDS, max_size=12).map(" ".join))
def test_an_opening_phrase_is_one_phrase_or_clause_with_no_main_clause(chunk: str) -> None:
    words = chunk.split()
    finite = sum(w in {"was", "would", "has", "hasn't"} for w in words)
    if opening_phrase(chunk):
        assert "," not in chunk.strip()
        assert words[0] in {"In", "As", "Even", "At"}
        assert finite <= 1
        assert words[:2] != ["At", "least"]


def test_words_running_into_a_main_clause_that_names_the_speaker_are_cut_there() -> None:
    quotes = attributed(
        "Senator Mary Okoro spoke on Monday. Though she called the bank's conduct outrageous "
        "and shameful, Okoro restricted her comments to the future."
    )
    assert quotes == [("Mary Okoro", "the bank's conduct outrageous and shameful")]


def test_a_pronoun_before_but_and_another_name_is_not_that_other_person() -> None:
    quotes = attributed(
        "Rick Parry runs the club. Mr Steve Morgan withdrew. He also accused the club of using "
        "him as a decoy in the talks, but Parry explained that this was untrue."
    )
    assert ("Rick Parry", "the club of using him as a decoy in the talks") not in quotes
