""" "Thanked" attributes the quoted words in its own clause, as "praised" does (invented
texts)."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_thanked_gives_the_quoted_words_after_it() -> None:
    found = attributed('Okafor thanked fans "for sticking with us all these years".')
    assert [who for who, _ in found] == ["Okafor"]
    assert "for sticking with us all these years" in found[0][1]


def test_thanked_after_a_list_still_quotes() -> None:
    found = attributed(
        'Okafor thanked the band, the crew and "everyone who bought a ticket in the rain".'
    )
    assert found and "everyone who bought a ticket" in found[0][1]


def test_thanked_without_quoted_words_reports_none() -> None:
    assert attributed("Lena Okafor thanked the voters for their support on Monday.") == []


def test_thanked_reports_no_quote_of_a_later_clause() -> None:
    found = attributed(
        "Although Lena Okafor thanked the voters for their support, she struck a sombre"
        ' note, saying: "We have a long way to go."'
    )
    assert all(not text.startswith("the voters") for _, text in found)
