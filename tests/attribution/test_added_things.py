"""A thing "added" reports no words: a quantity and its noun as well as "the
conversion" (invented texts)."""

from __future__ import annotations

import pytest

from qabot.attribution.added_things import added_thing
from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    "after",
    [
        "more than two million new subscribers in 2003, lifting its sales by a tenth",
        "nearly 4,000 members last year",
        "300 new jobs",
        "some forty shops to its chain",
        "three more stores",
    ],
)
def test_a_quantity_and_its_noun_are_a_thing_added(after: str) -> None:
    assert added_thing(after, 0, len(after))


@pytest.mark.parametrize(
    "after",
    [
        "about 1,200 new posts would be created",
        "some 800 staff have been moved",
        "three players were hurt",
        "more of the same was needed",
        "the team expects a win",
    ],
)
def test_a_clause_after_added_is_words_said(after: str) -> None:
    assert not added_thing(after, 0, len(after))


def test_a_body_that_only_added_a_thing_is_not_the_firm_that_spoke() -> None:
    found = attributed(
        "Brightwave added more than two million new subscribers in 2003.",
        "The firm said it had cut its debt.",
    )
    assert found == [("the firm", "it had cut its debt")]


def test_a_body_that_added_words_is_still_the_firm_that_spoke() -> None:
    found = attributed(
        "Brightwave added that 300 new jobs would be created.",
        "The firm said it had cut its debt.",
    )
    assert [speaker for speaker, _ in found] == ["Brightwave", "Brightwave"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2001 champion claimed her fifth county title, and her first since 2019.",
        "The regional channel claims an audience of more than two million viewers.",
        "Milo Brandt claimed the coaching award while his side held off the holders.",
        "Peter Lund converted and added a penalty after one of several infringements.",
        # "adding" and "claiming" too, and the thing ends where the sentence's verb goes on
        "The Greens had the lead, with Ada Vale hastily adding a fourth pledge on the issue to "
        "her leaflet, and have even won over the farmers.",
        "Milo Brandt left early, claiming the coaching award on his way out.",
    ],
)
def test_a_thing_claimed_or_added_reports_no_words(sentence: str) -> None:
    assert attributed(sentence) == []


def test_words_claimed_after_an_aside_between_dashes_are_reported() -> None:
    found = attributed(
        "Farmers claimed the 1932 Grazing Act - which limits the herds on the moor - was void."
    )
    assert [speaker for speaker, _ in found] == ["farmers"]


def test_words_after_adding_are_still_words_said() -> None:
    found = attributed("Ada Vale backed the plan, adding the town would pay for it.")
    assert found == [("Ada Vale", "the town would pay for it")]
