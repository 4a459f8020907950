"""A body named right after a noun of what it is ("the media watchdog, Acme Watch") is the one
"the group" or "the pressure group" means when no body spoke before it; on short invented
texts."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_body_introduced_by_its_kind_is_the_group_that_speaks() -> None:
    quotes = attributed(
        "Ruritania has been accused of blocking a news site by the media watchdog, Ink "
        "Without Walls.",
        "The Paris-based pressure group said the site had been down for ten days.",
    )
    assert quotes == [("Ink Without Walls", "the site had been down for ten days")]


def test_two_bodies_introduced_leave_the_group_a_description() -> None:
    quotes = attributed(
        "The charity Bread First and the campaign group Fair Grain met on Monday.",
        "The group said the talks had gone well.",
    )
    assert quotes == [("the group", "the talks had gone well")]


def test_a_body_that_spoke_comes_before_one_introduced() -> None:
    quotes = attributed(
        "Ticket sales rose, the rail firm Tarvex said, after the watchdog, Rail Watch, had "
        "asked for cheaper fares.",
        "The company said sales would keep rising.",
    )
    assert quotes[-1] == ("Tarvex", "sales would keep rising")


def test_a_body_introduced_by_any_noun_a_description_may_mean() -> None:
    # "the budget carrier, Skyvane": a noun "the company" may mean, not only "company" itself
    quotes = attributed(
        "Fares fell this winter at the budget carrier, Skyvane Air.",
        "The company said the cuts would last until March.",
    )
    assert quotes == [("Skyvane Air", "the cuts would last until March")]


def test_the_group_paragraphs_later_is_the_body_introduced_and_heard_from() -> None:
    quotes = attributed(
        "Ruritania has been accused of blocking a news site by the media watchdog, Ink "
        "Without Walls.",
        "The Paris-based pressure group said the site had been down for ten days.",
        "Ruritania is believed to filter more of the net than any other country.",
        "Net cafes there must use software to control what can be read.",
        "\u201cRuritania is censoring the site,\u201d said the group in a statement. For its part,"
        " the search giant said it was looking into the issue.",
    )
    assert quotes == [
        ("Ink Without Walls", "the site had been down for ten days"),
        ("Ink Without Walls", "Ruritania is censoring the site"),
        ("the search giant", "it was looking into the issue"),
    ]
