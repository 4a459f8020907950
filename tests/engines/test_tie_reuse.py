"""A search for fewer hits after one for more of the same words is taken from it, unsearched,
when the tie at its last hit is one the longer search saw end: even when that tie runs to the
longer search's last hit, and when tied passages share an article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qabot.engines import engine_class
from qabot.text import tokenize
from tests.engines.test_engines import _build, _ids

LINE = "The harbour master counted boats."


class CountedSearcher:
    """tantivy's searcher, its searches counted."""

    def __init__(self, searcher: Any) -> None:
        self._searcher = searcher
        self.searches = 0

    def search(self, *args: Any, **options: Any) -> Any:
        self.searches += 1
        return self._searcher.search(*args, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._searcher, name)


def _counted(directory: Path) -> tuple[Any, CountedSearcher]:
    engine = engine_class("tantivy").open(directory)
    counted = CountedSearcher(engine._get_searcher())
    engine._get_searcher = lambda: counted
    return engine, counted


def test_a_tie_running_to_the_last_hit_of_a_longer_search_is_taken_from_it(
    tmp_path: Path,
) -> None:
    # two better passages, then 20 tied: a search for 10 fetches the whole tie, sees it end
    # and keeps its first 8 in passage order; one for 5 is cut from it
    articles = {f"story{n:02d}": ("Harbour", [LINE]) for n in reversed(range(20))}
    articles |= {f"lead{n}": ("Harbour", ["Boats, boats and more boats."]) for n in range(2)}
    articles |= {"other": ("Quay", ["Gulls circled the quay."])}
    _build("tantivy", tmp_path / "gen", articles)
    engine, counted = _counted(tmp_path / "gen")
    wide = engine.search_scored(tokenize("boats"), k=10)
    assert wide.scores[2] == wide.scores[9] and wide.tied_to == 22
    searched = counted.searches
    taken = engine.search(tokenize("boats"), k=5)
    assert counted.searches == searched
    alone = engine_class("tantivy").open(tmp_path / "gen").search(tokenize("boats"), k=5)
    assert _ids(taken) == _ids(alone) == [*_ids(alone)[:2], "story00:0", "story01:0", "story02:0"]
    assert [score for _, score in taken] == [score for _, score in alone]


def test_a_tie_cut_by_the_longer_search_is_searched_again(tmp_path: Path) -> None:
    # a tie of 200 runs past what a search for 10 fetches (TIE_LIMIT * 10): not known to end
    articles = {f"story{n:03d}": ("Harbour", [LINE]) for n in reversed(range(200))}
    _build("tantivy", tmp_path / "gen", articles)
    engine, counted = _counted(tmp_path / "gen")
    assert engine.search_scored(tokenize("boats"), k=10).tied_to is None
    searched = counted.searches
    taken = engine.search(tokenize("boats"), k=5)
    assert counted.searches > searched
    alone = engine_class("tantivy").open(tmp_path / "gen").search(tokenize("boats"), k=5)
    assert _ids(taken) == _ids(alone)


def test_tied_passages_of_one_article_are_taken_in_place_order(tmp_path: Path) -> None:
    # three tied passages in each odd story: a search for 30 holds the whole tie; one for 4
    # takes the first four by article, then by place in it
    articles = {
        f"story{n:02d}": ("Harbour", [LINE] * (3 if n % 2 else 1)) for n in reversed(range(8))
    }
    _build("tantivy", tmp_path / "gen", articles)
    engine, counted = _counted(tmp_path / "gen")
    engine.search_scored(tokenize("boats"), k=30)
    searched = counted.searches
    taken = engine.search(tokenize("boats"), k=4)
    assert counted.searches == searched
    alone = engine_class("tantivy").open(tmp_path / "gen").search(tokenize("boats"), k=4)
    assert _ids(taken) == _ids(alone) == ["story00:0", "story01:0", "story01:1", "story01:2"]
