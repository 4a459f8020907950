"""Weight groups: every set of terms weighing a share of the question holds one of them, so a
passage below the page is read only when one may hold most of the question."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.search.filters import Filters
from qabot.search.held_words import holds_most
from qabot.search.passages_below import _first_relevant, _may_hold_most, most_held_below
from qabot.search.weight_groups import GROUPS_MAX, weight_groups
from tests.support.indexes import filler_notes, index_of


def test_a_term_weighing_half_is_a_group_alone() -> None:
    groups = weight_groups({"kite": 3.0, "sand": 1.0, "gull": 1.0, "tide": 1.0}, 0.5)
    assert groups is not None
    assert sorted(map(sorted, groups)) == [["gull", "sand", "tide"], ["kite"]]


def test_light_terms_make_up_half_only_together() -> None:
    groups = weight_groups({"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0}, 0.5)
    assert groups is not None
    assert len(groups) == 6 and all(len(group) == 2 for group in groups)


def test_too_many_groups_are_not_made() -> None:
    weights = {f"t{i}": 1.0 for i in range(14)}  # C(14, 7) least groups
    assert weight_groups(weights, 0.5) is None


def test_no_weight_makes_no_groups() -> None:
    assert weight_groups({}, 0.5) is None


_WEIGHTS = st.dictionaries(
    st.sampled_from("abcdefghij"), st.floats(0.01, 12.0), min_size=1, max_size=10
)


@given(_WEIGHTS, st.sets(st.sampled_from("abcdefghij")), st.sampled_from([0.3, 0.5, 0.7]))
def test_every_set_weighing_the_share_holds_a_group(
    weights: dict[str, float], held: set[str], share: float
) -> None:
    groups = weight_groups(weights, share)
    if groups is None:
        return  # too many: the caller reads the passages instead
    assert len(groups) <= GROUPS_MAX
    total = math.fsum(weights.values())
    if math.fsum(weights[term] for term in held if term in weights) >= (share - 1e-9) * total:
        assert any(set(group) <= held for group in groups)
    for group in groups:  # each is least: without any one of its terms it weighs too little
        weight = math.fsum(weights[term] for term in group)
        assert all(weight - weights[term] < (share - 1e-6) * total for term in group)


_STORIES = {
    # our own: the rarest words of the questions below stand in different stories, and only
    # one story writes three of them together, another two with a third in its title
    "lamps.txt": "Lamp fair\n\nThe brass lamps of the old quarter were polished for the fair.\n",
    "kites.txt": "Kite day\n\nChildren flew red kites over the dunes near the lighthouse.\n",
    "gulls.txt": "Gulls\n\nGulls took the chips of a tourist on the promenade at dusk.\n",
    "all.txt": "Dunes\n\nRed kites and gulls filled the sky above the dunes all afternoon.\n",
    "titled.txt": "Brass lamps\n\nThe quarter was lit by gas until the war, a guide said.\n",
    **filler_notes(14),
}
_QUESTIONS = [
    "why did red kites and gulls fill the sky above the dunes",
    "when were the brass lamps of the quarter lit by gas",
    "who polished the brass kites of the promenade lighthouse",
    "where do gulls take chips from tourists at dusk",
    "why did children fly lamps over the gas tower",
    "what did the guide say of the war and the fair",
]


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("groups"), _STORIES)


@pytest.mark.parametrize("question", _QUESTIONS)
def test_most_held_below_is_what_the_passages_below_hold(stories: Index, question: str) -> None:
    # the look-up spares the reading only where it would find none holding most
    read = holds_most(stories, question, _first_relevant(stories, question, None).hits)
    assert most_held_below(stories, question, None) == read
    if read:
        assert _may_hold_most(stories, question, None)


def test_no_passage_holding_enough_of_the_question_is_told_without_reading(
    stories: Index,
) -> None:
    question = "who polished the brass kites of the promenade lighthouse"
    assert not _may_hold_most(stories, question, None)
    assert _may_hold_most(stories, "why did red kites and gulls fill the dunes", None)


def test_a_filter_leaving_out_the_story_holding_the_words_leaves_none(stories: Index) -> None:
    question = "why did red kites and gulls fill the sky above the dunes"
    assert _may_hold_most(stories, question, None)
    dated = Filters(since=date(2030, 1, 1))  # no story is dated: none within any days
    assert not _may_hold_most(stories, question, dated)
    assert not most_held_below(stories, question, dated)
