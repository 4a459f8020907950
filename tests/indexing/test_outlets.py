"""The calendar of a generation (outlets, days, undated articles), stored at index time and
kept right by updates, and an index written before calendars were stored, or storing one this
qabot cannot read or one that disagrees with its records."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import current_generation, load_index, update_index
from qabot.indexing.layout import file_checksums
from qabot.indexing.outlets import CALENDAR_FILE, CALENDAR_VERSION, Calendar
from qabot.records import ArticleInfo
from qabot.search import answer

RECORDS = [
    {"id": "r1", "title": "Ferry fares rise", "text": "Ferry fares rose by a tenth.",
     "source": "The Harbour Post", "date": "2024-03-02"},
    {"id": "r2", "title": "Tram depot opens", "text": "The tram depot opened at dawn.",
     "source": "harbour post", "date": "2024-05-09T08:00:00Z"},
    {"id": "r3", "title": "Bridge repainted", "text": "Painters finished the old bridge.",
     "source": "Valley Courier", "date": "2023-11-20"},
    {"id": "r4", "title": "Orchard harvest", "text": "Pickers gathered the apple crop.",
     "source": "Valley Courier"},
    {"id": "r5", "title": "Lighthouse lamp", "text": "Keepers lit the lighthouse lamp again."},
]  # fmt: skip


def write_records(folder: Path, name: str, records: list[dict[str, str]]) -> None:
    folder.mkdir(exist_ok=True)
    lines = "".join(json.dumps(record) + "\n" for record in records)
    (folder / name).write_text(lines, encoding="utf-8")


def counted_from_records(index_dir: Path) -> Calendar:
    return Calendar.of_articles(load_index(index_dir).articles.values())


def test_calendar_counts_outlets_by_their_commonest_spelling_and_dates_by_day() -> None:
    calendar = Calendar.of_articles(
        ArticleInfo(id=r["id"], path="p", title="", source=r.get("source"), date=r.get("date"))
        for r in RECORDS
    )
    outlets = calendar.outlets()
    assert [(o.name, o.articles, o.first, o.last) for o in outlets] == [
        ("The Harbour Post", 2, "2024-03-02", "2024-05-09"),
        ("Valley Courier", 2, "2023-11-20", "2023-11-20"),
    ]
    span = calendar.span()
    assert span.days == ("2023-11-20", "2024-03-02", "2024-05-09")
    assert span.undated


def test_taking_out_every_article_of_a_day_and_an_outlet_forgets_them() -> None:
    infos = [ArticleInfo(id="a", path="a", title="", source="Dock News", date="2022-01-01")]
    calendar = Calendar.of_articles(infos)
    calendar.count(infos, -1)
    assert calendar.outlets() == []
    assert calendar.span().days == ()
    assert calendar.to_json() == Calendar().to_json()


def test_taking_out_an_article_the_calendar_never_counted_is_refused() -> None:
    calendar = Calendar.of_articles([ArticleInfo(id="a", path="a", title="", date="2022-01-01")])
    with pytest.raises(ValueError, match="fewer"):
        calendar.count([ArticleInfo(id="b", path="b", title="", date="2022-01-02")], -1)


def test_an_index_stores_its_calendar_and_updates_keep_it_right(tmp_path: Path) -> None:
    articles, index_dir = tmp_path / "articles", tmp_path / "index"
    write_records(articles, "one.jsonl", RECORDS[:3])
    write_records(articles, "two.jsonl", RECORDS[3:])
    update_index(articles, index_dir)
    steps = [
        ("three.jsonl", [RECORDS[0] | {"id": "r6", "date": "2025-01-01"}]),  # added
        ("two.jsonl", [RECORDS[3] | {"source": "Hill Gazette"}]),  # changed, r5 gone
        ("one.jsonl", None),  # removed
    ]
    for name, records in steps:
        if records is None:
            (articles / name).unlink()
        else:
            write_records(articles, name, records)
        assert update_index(articles, index_dir).updated
        generation = index_dir / str(current_generation(index_dir))
        assert (generation / CALENDAR_FILE).is_file()
        index = load_index(index_dir)
        assert index.calendar == counted_from_records(index_dir)
    assert [(o.name, o.first, o.last) for o in index.outlets] == [
        ("Hill Gazette", None, None),
        ("The Harbour Post", "2025-01-01", "2025-01-01"),
    ]
    assert index.newest_date == "2025-01-01"
    assert index.dates.undated


def strip_calendar(index_dir: Path) -> Path:
    """Make the live generation look written by a qabot that stored no calendar."""
    generation = index_dir / str(current_generation(index_dir))
    (generation / CALENDAR_FILE).unlink()
    meta = json.loads((generation / "meta.json").read_text())
    meta["checksums"] = file_checksums(generation)
    (generation / "meta.json").write_text(json.dumps(meta))
    return generation


def test_an_index_without_a_calendar_counts_its_records_and_its_update_stores_one(
    tmp_path: Path,
) -> None:
    articles, index_dir = tmp_path / "articles", tmp_path / "index"
    write_records(articles, "one.jsonl", RECORDS)
    update_index(articles, index_dir)
    stored = load_index(index_dir).calendar
    strip_calendar(index_dir)
    older = load_index(index_dir)
    assert older.calendar == stored
    assert older.newest_date == "2024-05-09"
    assert [o.name for o in older.outlets] == ["The Harbour Post", "Valley Courier"]
    write_records(articles, "two.jsonl", [RECORDS[2] | {"id": "r7", "date": "2024-06-01"}])
    update_index(articles, index_dir)
    assert load_index(index_dir).calendar == counted_from_records(index_dir)
    assert load_index(index_dir).newest_date == "2024-06-01"


def store_calendar(index_dir: Path, data: bytes) -> None:
    """Make the live generation store `data` as its calendar.json, written as it is."""
    generation = index_dir / str(current_generation(index_dir))
    (generation / CALENDAR_FILE).write_bytes(data)
    meta = json.loads((generation / "meta.json").read_text())
    meta["checksums"] = file_checksums(generation)
    (generation / "meta.json").write_text(json.dumps(meta))


def stored_calendar(index_dir: Path) -> bytes:
    return (index_dir / str(current_generation(index_dir)) / CALENDAR_FILE).read_bytes()


def newer_calendar(index_dir: Path) -> bytes:
    held = load_index(index_dir).calendar.to_json() | {"version": CALENDAR_VERSION + 1}
    return json.dumps(held).encode()


@pytest.mark.parametrize("stored", [newer_calendar, lambda _: b'{"version": 1, "outl'])
def test_an_index_whose_calendar_this_qabot_cannot_read_counts_its_records_and_answers(
    tmp_path: Path, stored: Callable[[Path], bytes]
) -> None:
    articles, index_dir = tmp_path / "articles", tmp_path / "index"
    write_records(articles, "one.jsonl", RECORDS)
    update_index(articles, index_dir)
    store_calendar(index_dir, stored(index_dir))
    index = load_index(index_dir)
    assert index.calendar == counted_from_records(index_dir)
    assert index.newest_date == "2024-05-09"
    assert [o.name for o in index.outlets] == ["The Harbour Post", "Valley Courier"]
    assert answer(index, "What happened to ferry fares?").found
    # the update of one article counts the records kept and stores a calendar of this version
    write_records(articles, "two.jsonl", [RECORDS[2] | {"id": "r7", "date": "2024-06-01"}])
    update_index(articles, index_dir)
    written = Calendar.from_json(json.loads(stored_calendar(index_dir)))  # of this version
    assert written == counted_from_records(index_dir)
    assert load_index(index_dir).newest_date == "2024-06-01"


def test_a_calendar_counting_too_many_articles_is_counted_from_the_records(
    tmp_path: Path,
) -> None:
    articles, index_dir = tmp_path / "articles", tmp_path / "index"
    write_records(articles, "one.jsonl", RECORDS)
    update_index(articles, index_dir)
    extra = ArticleInfo(id="x", path="x", title="", source="Dock News", date="2030-01-01")
    too_many = Calendar.of_articles([*load_index(index_dir).articles.values(), extra])
    store_calendar(index_dir, json.dumps(too_many.to_json()).encode())
    index = load_index(index_dir)  # a count too high never goes below zero
    assert index.calendar == counted_from_records(index_dir)
    assert index.newest_date == "2024-05-09"
    assert "Dock News" not in [o.name for o in index.outlets]
    (articles / "one.jsonl").unlink()  # the update drops every article
    write_records(articles, "two.jsonl", RECORDS[:2])
    update_index(articles, index_dir)
    written = Calendar.from_json(json.loads(stored_calendar(index_dir)))  # not load_index's
    assert written == counted_from_records(index_dir)
    assert [o.name for o in written.outlets()] == ["The Harbour Post"]


def test_a_stored_calendar_whose_outlet_names_and_days_disagree_is_refused() -> None:
    held = Calendar.of_articles(
        [ArticleInfo(id="a", path="a", title="", source="Dock News", date="2022-01-01")]
    ).to_json()
    held["outlets"]["dock news"]["names"] = {"Dock News": 2}
    with pytest.raises(ValueError, match="by name than by day"):
        Calendar.from_json(held)
    assert Calendar.stored(json.dumps(held).encode(), 1) is None


@pytest.mark.parametrize("day", ["2022-1-01", "2022-W01-1", "20220101", "someday", "2022-02-30"])
def test_a_stored_calendar_counting_a_day_that_is_no_date_is_refused(day: str) -> None:
    held = Calendar.of_articles(
        [ArticleInfo(id="a", path="a", title="", source="Dock News", date="2022-01-01")]
    ).to_json()
    held["outlets"]["dock news"]["days"] = {day: 1}
    with pytest.raises(ValueError, match="no date"):
        Calendar.from_json(held)
    assert Calendar.stored(json.dumps(held).encode(), 1) is None


def test_an_update_over_a_calendar_that_disagrees_with_the_records_counts_them(
    tmp_path: Path,
) -> None:
    articles, index_dir = tmp_path / "articles", tmp_path / "index"
    write_records(articles, "one.jsonl", RECORDS)
    update_index(articles, index_dir)
    generation = strip_calendar(index_dir)
    (generation / CALENDAR_FILE).write_text(json.dumps(Calendar().to_json()))
    meta = json.loads((generation / "meta.json").read_text())
    meta["checksums"] = file_checksums(generation)
    (generation / "meta.json").write_text(json.dumps(meta))
    (articles / "one.jsonl").unlink()
    write_records(articles, "two.jsonl", RECORDS[:2])
    update_index(articles, index_dir)
    assert load_index(index_dir).calendar == counted_from_records(index_dir)


days = st.dates().map(lambda day: day.isoformat())
infos = st.lists(
    st.builds(
        ArticleInfo,
        id=st.just("a"),
        path=st.just("a"),
        title=st.just(""),
        source=st.none() | st.sampled_from(["BBC", "the BBC", "Reuters", "  Reuters "]),
        date=st.none() | days,
    ),
    max_size=12,
)


@given(infos, infos)
def test_a_calendar_read_back_and_taken_from_is_the_calendar_of_what_is_left(
    kept: list[ArticleInfo], dropped: list[ArticleInfo]
) -> None:
    calendar = Calendar.from_json(
        json.loads(json.dumps(Calendar.of_articles(kept + dropped).to_json()))
    )
    calendar.count(dropped, -1)
    assert calendar == Calendar.of_articles(kept)
    assert calendar.outlets() == Calendar.of_articles(kept).outlets()


# bounded as the other stored-value tests bound theirs (test_name_parts, test_speaker_file):
# unbounded, hypothesis drew structures of up to 100 leaves and long texts, ~95% of the test's
# time spent drawing them (about 2 CPU-s a run), where the checks refuse a shape at its top
stored = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)


@given(stored | st.dictionaries(st.text(), stored).map(lambda o: {"version": 1, "outlets": o}))
def test_a_stored_calendar_that_is_not_one_is_refused_with_a_value_error(data: object) -> None:
    try:
        calendar = Calendar.from_json(data)
    except ValueError:
        return
    assert Calendar.from_json(calendar.to_json()) == calendar
