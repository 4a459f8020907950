"""Candidates a search's test cannot pass are left unread: the page is the same."""

from __future__ import annotations

import random
from pathlib import Path

from qabot.records import Passage
from qabot.search.relevance import relevance_terms
from qabot.search.retrieval import search
from qabot.search.selection import select
from qabot.search.selection_record import Selection
from qabot.text import tokenize
from tests.support.indexes import index_of

FISH = "cod haddock plaice sole turbot herring mackerel sprat pollock hake skate bream".split()


def _articles() -> dict[str, str]:
    """Stories of a strike naming Ada Vale, more of it not naming her (some near-copies of
    one another), and passages holding one word of her name."""
    articles = {}
    for n in range(24):
        fish, other = FISH[n % 12], FISH[(n * 5 + 3) % 12]
        copy = n % 6 == 0  # every sixth a near-copy of the one before
        number = n - 1 if copy else n
        articles[f"strike{n}.txt"] = (
            f"Strike {n}\n\nThe harbour pilots strike in the vale held {fish} and {other} boats "
            f"at dock {number}, and the pilots said the strike would go on.\n"
        )
    for n in range(6):
        fish, other = FISH[(n * 3 + 1) % 12], FISH[(n * 7 + 2) % 12]
        articles[f"vale{n}.txt"] = (
            f"Vale {n}\n\nAda Vale, who sells {fish} and {other} at berth {n}, said the harbour "
            "pilots strike had hurt trade.\n"
        )
    for n in range(30):
        articles[f"filler{n}.txt"] = (
            f"Filler {n}\n\nAda {FISH[n % 12]}son and the vale of {FISH[(n + 5) % 12]} met "
            f"{n} times.\n"
        )
    return articles


def _names_her(passage: Passage) -> bool:
    return "Ada Vale" in passage.text


def _passing(chosen: Selection) -> list[tuple[int, str]]:
    """Return the place among the relevant ones and the id of each passage passing the test."""
    return [
        (place, passage.id)
        for place, (passage, _), passes in zip(
            chosen.places, chosen.relevant, chosen.passing, strict=True
        )
        if passes
    ]


def _page(chosen: Selection, places: int) -> tuple[list[str], bool, bool]:
    """Return the passages `search` would show of a selection (those passing its test among
    the first `places` relevant ones), whether more follow, and whether it was full."""
    shown = [passage for place, passage in _passing(chosen) if place < places]
    return shown, chosen.count > places, chosen.full


def test_candidates_the_test_cannot_pass_leave_the_page_as_it_was(tmp_path: Path) -> None:
    # in any order of the candidates, those lacking the name's terms are taken unread, and
    # read back only when the count of relevant ones could reach the page's end
    index = index_of(tmp_path, _articles())
    question = "Ada Vale harbour pilots strike"
    terms, weights = tokenize(question), index.engine.idf(relevance_terms(question))
    found = index.engine.search_scored(terms, 60, None, tokenize("Ada Vale"))
    assert found.holding is not None
    left_unread = 0
    for seed in range(40):
        order = list(range(len(found)))
        random.Random(seed).shuffle(order)
        may_pass = [found.holding[j] for j in order]
        last = max(i for i, held in enumerate(may_pass) if held)
        for wanted in (3, 4, 6, 9, 21):
            for enough in (2, wanted):
                runs = []
                for unread in (None, may_pass):
                    candidates = found.picked(order)
                    candidates.scores = list(found.scores)  # in this order, best first
                    chosen = select(
                        index,
                        candidates,
                        terms,
                        weights,
                        (),
                        wanted,
                        test=_names_her,
                        enough=enough,
                        page=enough,
                        last_passing=last,
                        counted=False,
                        may_pass=unread,
                    )
                    runs.append(chosen)
                before, after = runs
                assert _page(after, wanted - 1) == _page(before, wanted - 1)
                if after.count == before.count:  # every relevant one counted: places known
                    assert _passing(after) == _passing(before)
                left_unread += before.count - len(after.relevant)
    assert left_unread > 0


def test_a_search_for_passages_naming_someone_shows_the_same_page(tmp_path: Path) -> None:
    index = index_of(tmp_path, _articles())
    question = "Ada Vale harbour pilots strike"
    for k in (2, 3, 5, 8, 20):
        unread = search(
            index,
            question,
            k,
            only=_names_her,
            enough=k + 1,
            holding=tokenize("Ada Vale"),
            counted=False,
        )
        read = search(index, question, k, only=_names_her, enough=k + 1, counted=False)
        assert [hit.passage.id for hit in unread.hits] == [hit.passage.id for hit in read.hits]
        assert unread.more == read.more
