"""Both engines filter by day, outlet and article the same way, and a filter never changes a
score."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from qabot.engines import Engine, IndexedPassage, PassageFilter, engine_class
from qabot.engines.tantivy_queries import ARTICLE_TERMS
from qabot.records import Passage, day_number, outlet_key
from qabot.text import analyze, tokenize

ENGINES = ["rank-bm25", "tantivy"]

# article id -> (date or None, outlet or None, passages); every passage mentions the strike
ARTICLES: dict[str, tuple[str | None, str | None, list[str]]] = {
    "early": (
        "2024-01-10",
        "BBC News",
        ["Rail workers began a strike over pay in January.", "Trains stood idle at depots."],
    ),
    "middle": (
        "2024-03-05",
        "The Guardian",
        ["The strike spread to bus drivers in March.", "Commuters walked to work instead."],
    ),
    "late": (
        "2024-06-20",
        "BBC News",
        ["The strike ended with a new pay deal in June.", "Unions called the deal a victory."],
    ),
    "undated": (None, None, ["A strike of dock workers was threatened again."]),
}


def _rows(article_id: str, iso: str | None, outlet: str | None, texts: list[str]):
    rows, offset = [], 0
    for position, text in enumerate(texts):
        passage = Passage(
            id=f"{article_id}:{position}",
            article_id=article_id,
            position=position,
            start=offset,
            end=offset + len(text),
            text=text,
        )
        rows.append(
            IndexedPassage(passage, analyze(text), None, day_number(iso), outlet_key(outlet))
        )
        offset += len(text) + 2
    return rows


def _build(name: str, directory: Path, articles=ARTICLES) -> Engine:
    writer = engine_class(name).create(directory)
    for article_id, (iso, outlet, texts) in articles.items():
        writer.add(_rows(article_id, iso, outlet, texts))
    writer.commit()
    return engine_class(name).open(directory)


def _articles(hits: list[tuple[Passage, float]]) -> set[str]:
    return {passage.article_id for passage, _ in hits}


def _day(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


@pytest.mark.parametrize("name", ENGINES)
def test_day_range_keeps_only_dated_passages_inside_it(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen")
    where = PassageFilter(first_day=_day("2024-02-01"), last_day=_day("2024-06-20"))
    assert _articles(engine.search(tokenize("strike"), 10, where)) == {"middle", "late"}
    since = PassageFilter(first_day=_day("2024-03-06"))
    assert _articles(engine.search(tokenize("strike"), 10, since)) == {"late"}
    until = PassageFilter(last_day=_day("2024-03-05"))
    assert _articles(engine.search(tokenize("strike"), 10, until)) == {"early", "middle"}


@pytest.mark.parametrize("name", ENGINES)
def test_outlet_filter_keeps_only_those_outlets(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen")
    bbc = PassageFilter(outlets=frozenset({outlet_key("the BBC news")}))
    assert _articles(engine.search(tokenize("strike"), 10, bbc)) == {"early", "late"}
    nobody = PassageFilter(outlets=frozenset())
    assert engine.search(tokenize("strike"), 10, nobody) == []


@pytest.mark.parametrize("name", ENGINES)
def test_article_filter_keeps_only_those_articles_with_their_scores(
    name: str, tmp_path: Path
) -> None:
    engine = _build(name, tmp_path / "gen")
    question = tokenize("strike pay deal workers")
    where = PassageFilter(articles=frozenset({"late", "undated"}))
    expected = [
        (p, s) for p, s in engine.search(question, 10) if p.article_id in {"late", "undated"}
    ]
    filtered = engine.search(question, 10, where)
    assert [p for p, _ in filtered] == [p for p, _ in expected]
    assert [s for _, s in filtered] == pytest.approx([s for _, s in expected])
    assert engine.search(question, 10, PassageFilter(articles=frozenset())) == []
    assert PassageFilter(articles=frozenset({"late"})).matches(0, "", "late")
    assert not PassageFilter(articles=frozenset({"late"})).matches(0, "", "early")


@pytest.mark.parametrize("name", ENGINES)
def test_filter_keeps_the_unfiltered_scores_and_order(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen")
    question = tokenize("strike pay deal workers")
    everything = engine.search(question, 10)
    where = PassageFilter(first_day=_day("2024-01-01"), outlets=frozenset({"bbc news"}))
    expected = [(p, score) for p, score in everything if p.article_id in {"early", "late"}]
    filtered = engine.search(question, 10, where)
    assert [p for p, _ in filtered] == [p for p, _ in expected]
    assert [score for _, score in filtered] == pytest.approx([score for _, score in expected])
    assert engine.search(question, 10, PassageFilter()) == everything


@pytest.mark.parametrize("name", ENGINES)
def test_filters_hold_after_an_incremental_update(name: str, tmp_path: Path) -> None:
    _build(name, tmp_path / "gen1", {k: ARTICLES[k] for k in ("early", "middle")})
    writer = engine_class(name).create(tmp_path / "gen2", previous=tmp_path / "gen1")
    writer.remove({"early"})
    writer.add(_rows("late", *ARTICLES["late"]))
    writer.commit()
    engine = engine_class(name).open(tmp_path / "gen2")
    bbc = PassageFilter(outlets=frozenset({"bbc news"}), first_day=_day("2024-01-01"))
    assert _articles(engine.search(tokenize("strike"), 10, bbc)) == {"late"}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("BBC News", "bbc news"),
        ("The Guardian", "guardian"),
        ("bbc.co.uk", "bbc co uk"),
        ("ＢＢＣ", "bbc"),
        ("The", "the"),
        (None, ""),
        ("", ""),
    ],
)
def test_outlet_key_folds_case_width_punctuation_and_a_leading_the(
    name: str | None, key: str
) -> None:
    assert outlet_key(name) == key


@pytest.mark.parametrize(
    ("iso", "day"),
    [
        ("2024-03-05", date(2024, 3, 5).toordinal()),
        ("2024-03-05T10:00:00", date(2024, 3, 5).toordinal()),
        (None, 0),
        ("", 0),
        ("March", 0),
        ("2024-02-30", 0),
    ],
)
def test_day_number_is_zero_for_unknown_dates(iso: str | None, day: int) -> None:
    assert day_number(iso) == day


@pytest.mark.parametrize("name", ENGINES)
def test_newest_gives_the_openings_of_the_newest_dated_articles(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen")
    assert [p.id for p in engine.newest(10)] == ["late:0", "middle:0", "early:0"]
    assert [p.id for p in engine.newest(1)] == ["late:0"]
    bbc = PassageFilter(outlets=frozenset({"bbc news"}), last_day=_day("2024-06-01"))
    assert [p.id for p in engine.newest(10, bbc)] == ["early:0"]
    assert engine.newest(0) == []
    assert [p.id for p in engine.newest(10**12)] == ["late:0", "middle:0", "early:0"]


@pytest.mark.parametrize("name", ENGINES)
def test_a_filter_of_many_articles_matches_as_one_of_few(name: str, tmp_path: Path) -> None:
    """tantivy asks for a few articles by a union of terms and for many by a term set
    (ARTICLE_TERMS): the same passages and scores either way, and the unfiltered scores."""
    engine = _build(name, tmp_path / "gen")
    question = tokenize("strike pay deal workers")
    few = frozenset({"late", "undated"})
    many = few | {f"gone-{n}" for n in range(ARTICLE_TERMS + 1)}
    expected = [(p, s) for p, s in engine.search(question, 10) if p.article_id in few]
    assert expected
    assert engine.search(question, 10, PassageFilter(articles=few)) == expected
    assert engine.search(question, 10, PassageFilter(articles=many)) == expected
