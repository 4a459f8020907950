""" "How did X go?" and "what was the result of X?" ask how X ended: a passage telling of X only as
a plan gives no outcome, one telling it as done does. Through answer(), on short invented
articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_outcomes import asked_event
from tests.support.indexes import index_of

ARTICLES = {
    "trial.txt": "Village screens\n\nLimited trials of the Lumo screen are due to start this "
    "month in the Kestel valley. Lumo will trial a cheaper screen later this year.\n",
    "tour.txt": "Tour ends\n\nThe Orvel choir tour of the Kestel valley ended in triumph, with "
    "every concert sold out.\n",
    "fair.txt": "Fair closes\n\nThe Brenlow craft fair turned out to be a flop, with few "
    "visitors.\n",
    "gala.txt": "Gala night\n\nThe Morrin harbour gala proved to be the best in years.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("asked_outcomes"), ARTICLES)


def test_a_plan_gives_no_outcome(index: Index) -> None:
    result = answer(index, "how did the lumo screen trials in the kestel valley turn out")
    assert not result.found and not result.passages
    assert "an outcome of “trials”" in result.lead


def test_a_telling_of_what_happened_gives_the_outcome(index: Index) -> None:
    result = answer(index, "how did the orvel choir tour of the kestel valley go")
    assert result.found and "ended in triumph" in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("how did the brenlow craft fair turn out", "turned out to be a flop"),
        ("how did the morrin harbour gala go", "proved to be the best"),
    ],
)
def test_to_be_after_a_verb_of_how_it_ended_tells_the_outcome(
    index: Index, question: str, told: str
) -> None:
    result = answer(index, question)
    assert result.found and told in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("how did the lumo screen trials in the kestel valley turn out", "trials"),
        ("how did bt retail's broadband trial go", "trial"),
        ("what was the result of the referendum on the constitution", "referendum"),
        ("how did ireland's qualifying campaign end?", "campaign"),
        ("how did the trial of the screen affect sales", None),  # no outcome asked
        ("what was the result", None),  # of nothing named
    ],
)
def test_the_event_asked_is_the_head_of_its_noun_phrase(question: str, head: str | None) -> None:
    assert asked_event(question) == head
