"""A sum asked ("how much did X cost / pay / earn?") is answered by a passage holding a sum of
money or a share: a count of the things recalled, a size or a date is no cost."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_sums import holds_sum
from tests.support.indexes import index_of

# our own articles: Tolvane's recall is counted in chargers and never costed; the Marrow Hall
# works and the Pellin ferry fares are given as sums and a share
ARTICLES = {
    "recall.txt": (
        "Tolvane recalls chargers\n\n"
        "Tolvane has said it will replace more than three million chargers for its Orbix "
        "lamps because of fire worries. The recall covers every Orbix lamp sold since 2019."
    ),
    "hall.txt": (
        "Marrow Hall reopens\n\n"
        "Marrow Hall reopened on Saturday after two years of building work. The renovation "
        "cost £4.2m, most of it raised by the town."
    ),
    "ferry.txt": (
        "Ferry fares rise\n\n"
        "Passengers on the Pellin ferry will pay 12% more for tickets from March, the "
        "operator said."
    ),
    "storm.txt": (
        "Storm hits Brenmouth port\n\n"
        "Storms forced Brenmouth port to cancel 240 sailings over the weekend. Separately, the "
        "Halden bridge toll will go up to £3 in May."
    ),
    "gale.txt": (
        "Gale closes Ostry harbour\n\n"
        "Gales forced Ostry harbour to turn away 80 trawlers last week. Landing fees rose 4% "
        "on the year, the harbour master said."
    ),
    "striker.txt": (
        "Vantor homesick at Lisbury\n\n"
        "Striker Marco Vantor of Lisbury says he is homesick. The striker joined the Lions from "
        "Kelso for £9m in 2003."
    ),
    # a fee paid for keeper Oran Dell, never his pay; coach Ada Finch's pay a week
    "keeper.txt": (
        "Dunmore sign keeper\n\n"
        "Dunmore have completed a £3m deal for keeper Oran Dell. Dell said Dunmore had been "
        "his first choice."
    ),
    "coach.txt": (
        "Dunmore name coach\n\n"
        "Ada Finch has been named Dunmore coach. She will earn £8,000 a week, the club said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("sums")), ARTICLES)


def test_a_count_of_the_things_recalled_tells_no_cost(index: Index) -> None:
    result = answer(index, "how much is the orbix charger recall costing tolvane")
    assert not result.found and not result.passages
    assert result.lead.startswith("None of the passages that best match")
    assert " gives a sum for “orbix”" in result.lead


def test_a_sum_answers_what_something_cost(index: Index) -> None:
    result = answer(index, "how much did the marrow hall renovation cost")
    assert result.found and "£4.2m" in result.passages[0].passage.text


def test_a_share_answers_how_much_more_is_paid(index: Index) -> None:
    result = answer(index, "how much more will pellin ferry passengers pay")
    assert result.found and "12% more" in result.passages[0].passage.text


def test_a_count_beside_a_sum_of_another_thing_tells_no_cost(index: Index) -> None:
    # the passage holds a sum (a toll), but the sentence about the storm only counts sailings
    result = answer(index, "how much did the storm chaos cost brenmouth port")
    assert not result.found and "gives a figure" in result.lead


def test_money_asked_is_not_given_by_a_share(index: Index) -> None:
    result = answer(index, "how much money did the gale chaos cost ostry harbour")
    assert not result.found and "gives a sum" in result.lead


def test_a_sum_in_the_story_words_answers_what_a_player_cost(index: Index) -> None:
    # "joined the Lions for £9m": no word of the question beside the sum, but the passage
    # names who was asked about
    result = answer(index, "how much did vantor cost lisbury")
    assert result.found and "£9m" in result.passages[0].passage.text


def test_pay_asked_is_not_given_by_a_fee_paid_for_the_one_asked(index: Index) -> None:
    result = answer(index, "how much will oran dell earn a week at dunmore")
    assert not result.found and not result.passages
    assert result.lead.endswith(" gives pay for “oran dell” or “dunmore”.")  # a name whole


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("how much will ada finch earn at dunmore", "£8,000 a week"),  # pay
        ("how much is ada finch being paid by dunmore", "£8,000 a week"),
        ("how much was paid for keeper oran dell", "£3m deal"),  # a price paid for him
    ],
)
def test_pay_asked_is_given_by_a_sum_told_as_pay(index: Index, question: str, given: str) -> None:
    result = answer(index, question)
    assert result.found and given in result.passages[0].passage.text


def test_a_count_asked_a_week_is_given_by_one_told_for_a_span_of_time(index: Index) -> None:
    # "turn away 80 trawlers last week": a count of one week, not one a week
    result = answer(index, "how many trawlers a week does ostry harbour turn away")
    assert not result.found and "gives a figure" in result.lead


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("By 2030, 20% of homes will have one.", False),  # a part of the homes
        ("Some 70% of all mobile phones sold have one.", False),
        ("Fans will pay 12% more for tickets.", True),  # an amount paid
        ("The town will pay 30% of the cost.", True),  # a share of a sum
        ("It passed 20% of its profits on.", True),  # a share of money
        ("Tenants will pay 15% of the costs.", True),  # a value noun in the plural
        ("Up to 40% of the prices charged are fees.", True),
        ("The renovation cost £4.2m.", True),
    ],
)
def test_a_share_of_things_counted_is_no_sum(text: str, held: bool) -> None:
    assert holds_sum(text) is held
