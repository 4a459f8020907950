"""A search for passages naming someone, when no passage holding the name can be relevant:
nothing is read past the best candidate, and the page is the same (empty)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.records import Passage
from qabot.search.candidate_limits import candidates_for, none_holding_relevant
from qabot.search.relevance import COVERAGE_SHARE, relevance_terms, search_terms
from qabot.search.retrieval import search
from qabot.text import tokenize
from tests.support.indexes import index_of

FISH = "cod haddock plaice sole turbot herring mackerel sprat pollock hake skate bream".split()
QUESTION = "Sabu teamle fles"


def _articles(told: bool) -> dict[str, str]:
    """Three stories of a rare report nobody named tells of, many passages naming Sabu on
    other things; with `told`, one more where Sabu speaks of the report."""
    articles = {
        f"report{n}.txt": (
            f"Report {n}\n\nThe teamle fles report came out on day {n}, and the harbour board "
            f"read it with the {FISH[n]} traders.\n"
        )
        for n in range(3)
    }
    for n in range(40):
        fish, other = FISH[n % 12], FISH[(n * 5 + 3) % 12]
        articles[f"market{n}.txt"] = (
            f"Market {n}\n\nSabu sold {fish} and {other} at stall {n} of the market on the "
            f"quay, number {n * 7}.\n"
        )
    if told:
        articles["told.txt"] = "Told\n\nSabu said the teamle fles report was wrong.\n"
    return articles


def _names_sabu(passage: Passage) -> bool:
    return "Sabu" in passage.text


@pytest.mark.parametrize("k", [3, 20])
def test_a_name_no_relevant_passage_holds_finds_nothing_unread(tmp_path: Path, k: int) -> None:
    index = index_of(tmp_path, _articles(told=False))
    weights = index.engine.idf(relevance_terms(QUESTION))
    fetch = candidates_for(k + 1)
    found = index.engine.search_scored(search_terms(QUESTION), fetch, None, tokenize("Sabu"))
    assert found.holding is not None and any(found.holding)  # many candidates name him
    assert none_holding_relevant(index, found, weights, COVERAGE_SHARE, k + 1, fetch)
    marked = search(
        index, QUESTION, k, only=_names_sabu, enough=k + 1, holding=["sabu"], counted=False
    )
    # the same search read candidate by candidate (no marks) finds none either
    read = search(index, QUESTION, k, only=_names_sabu, enough=k + 1, counted=False)
    assert marked.hits == read.hits == []


@pytest.mark.parametrize("k", [1, 3, 20])
def test_a_relevant_passage_holding_the_name_is_still_found(tmp_path: Path, k: int) -> None:
    index = index_of(tmp_path, _articles(told=True))
    weights = index.engine.idf(relevance_terms(QUESTION))
    fetch = candidates_for(k + 1)
    found = index.engine.search_scored(search_terms(QUESTION), fetch, None, tokenize("Sabu"))
    assert not none_holding_relevant(index, found, weights, COVERAGE_SHARE, k + 1, fetch)
    marked = search(
        index, QUESTION, k, only=_names_sabu, enough=k + 1, holding=["sabu"], counted=False
    )
    assert [hit.article.title for hit in marked.hits] == ["Told"]
