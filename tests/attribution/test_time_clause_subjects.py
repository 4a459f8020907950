"""A sentence opening with a clause of time of its own ("When ...", "After ...") and a comma has
its subject after the comma, unless that subject is a pronoun; short invented texts."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_participle_after_a_when_clause_is_the_main_subjects() -> None:
    quotes = attributed(
        "Ivo Marek and Tomas Ruiz met in the final.",
        "When Tomas Ruiz won the title, Marek shook his hand, saying he was the best player.",
    )
    assert quotes == [("Ivo Marek", "he was the best player")]


def test_a_tribute_after_a_death_told_in_a_when_clause_is_the_mourners() -> None:
    quotes = attributed(
        "The presenter Jon Vale has died at 79.",
        "When Vale died, Mayor Ana Kerr led the tributes, saying he \u201cshaped a whole "
        "generation of viewers\u201d.",
    )
    assert [speaker for speaker, _ in quotes] == ["Ana Kerr"]


def test_a_pronoun_after_a_when_clause_is_that_clauses_subject() -> None:
    quotes = attributed(
        "Tomas Ruiz is a reporter.",
        "When Ruiz was at college, he studied under a famous editor, saying it was a gift.",
    )
    assert [speaker for speaker, _ in quotes] == ["Tomas Ruiz"]
