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
