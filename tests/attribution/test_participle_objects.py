"""A name after "on", "to" or "against" before a participle cue is the verb's object, and the
sentence's subject speaks; short invented texts."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_praise_heaped_on_a_colleague_saying_is_the_praisers_words() -> None:
    quotes = attributed(
        "Prime Minister Ana Kerr met the press.",
        "She heaped praise on Tomas Varga saying he was doing a great job.",
    )
    assert quotes == [("Ana Kerr", "he was doing a great job")]


def test_footage_of_someone_asking_stays_theirs() -> None:
    quotes = attributed(
        "Ana Kerr and Tomas Varga campaigned.",
        "Footage of Tomas Varga asking voters for help was shown.",
    )
    assert [speaker for speaker, _ in quotes] == ["Tomas Varga"]


def test_a_documentary_showing_someone_telling_a_meeting_gives_their_words() -> None:
    quotes = attributed(
        "Tomas Varga, the party's deputy leader, spoke at a hall in Leeds.",
        'The film showed Mr Varga, apparently talking about tax, telling the meeting: "The'
        ' rates are far too high."',
    )
    assert quotes == [("Tomas Varga", "The rates are far too high.")]


def test_a_poster_showing_someone_saying_gives_their_words() -> None:
    quotes = attributed(
        "Ana Kerr leads the opposition.",
        'The poster shows Ms Kerr holding a pocket watch, saying: "I can spend it twice."',
    )
    assert quotes == [("Ana Kerr", "I can spend it twice.")]


def test_a_named_person_showing_someone_keeps_speaking() -> None:
    quotes = attributed(
        "Ana Kerr and Tomas Varga toured the plant.",
        "Ms Kerr showed Mr Varga the new line, saying it would open soon.",
    )
    assert quotes == [("Ana Kerr", "it would open soon")]


def test_saying_and_a_colon_with_no_name_before_it_gives_the_subjects_words() -> None:
    quotes = attributed(
        "Ann Kerr left the show on Friday.",
        'Kerr, 71, appeared not to have enjoyed her time in the house saying: "I need a rest."',
    )
    assert quotes == [("Ann Kerr", "I need a rest.")]


def test_saying_and_a_colon_after_no_named_subject_gives_nobody_words() -> None:
    assert attributed('The bill was passed by the house saying: "We agree."') == []


def test_an_opening_past_participle_phrase_is_no_speaker_of_a_participle() -> None:
    quotes = attributed(
        "Chastened by the reviews, as well as complaints over its costs, the board revised "
        "its plan, promising to cut fares."
    )
    assert all(not speaker.startswith("Chastened") for speaker, _ in quotes)
