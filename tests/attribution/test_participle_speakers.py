"""A participle cue's speaker, and bare clauses after when a verb needing "that" spoke
(invented texts)."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_participle_never_takes_a_name_after_it_as_its_speaker() -> None:
    quotes = attributed(
        "In March, a judge sided with the growers, saying the levy broke the Fair Trade Act."
    )
    assert quotes == [("a judge", "the levy broke the Fair Trade Act")]


def test_a_participles_subject_may_follow_a_short_opening_phrase() -> None:
    assert attributed(
        "Later, the mayor defended the budget, saying it would keep libraries open."
    ) == [("the mayor", "it would keep libraries open")]
    assert attributed("On Sunday, Acme shares fell, saying nothing.") == []


def test_announced_takes_a_bare_clause_after_when_it_was_announced() -> None:
    assert attributed("Dana Ruiz announced Sunday she will step down after the vote.") == [
        ("Dana Ruiz", "she will step down after the vote")
    ]
    assert attributed("Acme announced on Friday the closure of its plant.") == []


def test_a_clause_after_a_comma_is_not_what_was_announced() -> None:
    quotes = attributed(
        "As part of deals announced late last year, Acme will spend $1bn on new trucks."
    )
    assert quotes == []


def test_describing_it_as_reports_what_it_was_called() -> None:
    quotes = attributed(
        "Ann Pike, the mayor, said such claims \u201care plainly false\u201d, describing it as a "
        "\u201csmear campaign\u201d."
    )
    assert quotes == [
        ("Ann Pike", "such claims \u201care plainly false\u201d"),
        ("Ann Pike", "a \u201csmear campaign\u201d"),
    ]
    assert attributed("Ann Pike described it as the worst flood in a century.") == [
        ("Ann Pike", "the worst flood in a century")
    ]
