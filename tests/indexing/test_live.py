"""Readers during rebuilds: a reader keeps its generation until it switches to a newer one."""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path
from typing import Any

import pytest

from qabot.errors import IndexFormatError
from qabot.indexing import IndexHolder, current_generation, load_index, update_index
from qabot.indexing.holder import YOUNG_THRESHOLD
from qabot.indexing.layout import file_checksums
from qabot.search import answer
from qabot.text import tokenize
from qabot.text.signatures import order_key


def change(articles_dir: Path, n: int) -> None:
    (articles_dir / "tram.txt").write_text(
        f"Tram line {n} opens\n\nThe new tram line {n} carried commuters across the river.\n",
        encoding="utf-8",
    )


def port_generation(tmp_path: Path) -> tuple[Path, Path]:
    """Index one article quoting Ona Vell; return the index folder and its generation's."""
    articles, index_dir = tmp_path / "articles", tmp_path / "index"
    articles.mkdir()
    (articles / "a.txt").write_text(
        'Port reopens\n\n"The port is open again," said harbour master Ona Vell.\n'
    )
    update_index(articles, index_dir)
    return index_dir, index_dir / str(current_generation(index_dir))


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def write_rows(path: Path, rows: list[dict[str, Any]]) -> str:
    """Write rows as JSON lines; return what was written."""
    data = "".join(json.dumps(row) + "\n" for row in rows)
    path.write_text(data)
    return data


def sign(generation: Path, **changes: Any) -> None:
    """Write `changes` into the generation's meta with the checksums of its files as they
    are now: what a writer did, not damage."""
    meta = json.loads((generation / "meta.json").read_text()) | changes
    meta["checksums"] = file_checksums(generation)
    (generation / "meta.json").write_text(json.dumps(meta))


def test_a_reader_holding_a_generation_survives_two_newer_ones_landing(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    reader = load_index(index_dir)
    held = reader.directory
    for n in range(3):
        change(articles_dir, n)
        update_index(articles_dir, index_dir)
    assert current_generation(index_dir) == "gen-000004"
    assert held.exists()  # three generations later, still there for its reader
    result = answer(reader, "What did Maria Keller say about fog?")
    assert result.found and result.quotes
    assert len(reader.articles) == 3 and reader.quotes
    del reader, result
    gc.collect()
    change(articles_dir, 9)
    update_index(articles_dir, index_dir)
    assert not held.exists()  # released: the next update deletes it
    assert sorted(p.name for p in index_dir.glob("gen-*")) == ["gen-000004", "gen-000005"]


def test_a_holder_keeps_answering_when_the_new_generation_is_damaged(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    holder = IndexHolder(index_dir)
    first = holder.get()
    (index_dir / "CURRENT").write_text("garbage\n")
    assert holder.get() is first
    change(articles_dir, 1)
    update_index(articles_dir, index_dir)  # repairs and switches
    assert holder.get().generation == current_generation(index_dir) != first.generation


def test_the_articles_with_quotes_are_told_by_their_order_keys(
    articles_dir: Path, tmp_path: Path
) -> None:
    (articles_dir / "quiet.txt").write_text(
        "Ferry timetable changes\n\nThe winter timetable starts on Monday.\n", encoding="utf-8"
    )
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    index = load_index(index_dir)
    quoted = set(index.quote_rows)
    unquoted = set(index.articles) - quoted
    assert quoted and unquoted
    orders = [order_key(a) for a in [*sorted(quoted), *sorted(unquoted)]]
    assert index.may_have_quotes([*orders, None]) == [
        *[True] * len(quoted),
        *[False] * len(unquoted),
        True,  # a key not known: it may
    ]
    # the engine stores the key with every passage: a search gives them, unread
    hits = index.engine.search_scored(tokenize("timetable ferry"), 5)
    assert hits.orders == [order_key(hits.span(i)[0]) for i in range(len(hits))]
    assert hits.first(1).orders == hits.orders[:1]


@pytest.mark.parametrize(
    ("quote_fields", "told"),
    [
        ({}, r"\(quote attribution 999\.99, quote lines \d+; this one reads [\d.]+, \d+\)"),
        # a meta that records no count of what its quote lines hold: none is named
        ({"quote_fields": None}, r"\(quote attribution 999\.99; this one reads [\d.]+\)"),
    ],
)
def test_quotes_a_newer_version_wrote_are_told_from_damage(
    tmp_path: Path, quote_fields: dict[str, None], told: str
) -> None:
    # a summary shape this version does not know, under other quote rules (checksums right):
    # the user is told which version wrote the index, not that it is damaged
    index_dir, generation = port_generation(tmp_path)
    rows = read_rows(generation / "quote_index.jsonl")
    for row in rows:
        row["speakers"] = {
            name: [*summary, [], "m", "?"] for name, summary in row["speakers"].items()
        }
    write_rows(generation / "quote_index.jsonl", rows)
    sign(generation, attribution_version="999.99", **quote_fields)
    index = load_index(index_dir)
    with pytest.raises(IndexFormatError, match=rf"built by a newer version of qabot {told}"):
        answer(index, "who said the port is open again?")


def test_a_quote_index_row_is_decoded_when_asked_for_and_a_garbled_one_is_one_error(
    tmp_path: Path,
) -> None:
    # rows are decoded when their article's quotes are read, not all at load: a row garbled
    # by a writer (checksums right) is still one clear error, never an article without quotes
    index_dir, generation = port_generation(tmp_path)
    assert len(load_index(index_dir).quote_rows._decoded) == 0  # type: ignore[attr-defined]
    rows = read_rows(generation / "quote_index.jsonl")
    for row in rows:
        row["speakers"] = {name: "garbled" for name in row["speakers"]}
    write_rows(generation / "quote_index.jsonl", rows)
    sign(generation)
    index = load_index(index_dir)
    with pytest.raises(IndexFormatError, match=r"damaged \(quote_index\.jsonl: not a speaker"):
        dict(index.quote_rows.items())
    # reading an article's quotes decodes only where they are (StoredRows.place): garbled
    # speakers leave them found; a garbled place is the error
    assert index.quotes_of_articles(list(index.quote_rows))
    for row in rows:
        row["offset"] = "garbled"
    write_rows(generation / "quote_index.jsonl", rows)
    sign(generation)
    index = load_index(index_dir)
    with pytest.raises(
        IndexFormatError, match=r"damaged \(quote_index\.jsonl: the place 'garbled'"
    ):
        answer(index, "what did Ona Vell say about the port?")


def test_an_articles_quotes_are_read_once_and_the_kept_ones_are_bounded(
    articles_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    index = load_index(index_dir)
    quoted = sorted(index.quote_rows)
    assert len(quoted) >= 2
    first = index.quotes_of_articles([*quoted, "no-such-article"])
    again = index.quotes_of_articles(quoted)
    assert again == first and all(a is b for a, b in zip(again, first, strict=True))
    assert index.quotes_of_articles(quoted[:1]) == [q for q in first if q.article_id == quoted[0]]
    # the same quotes as a fresh reader of the same generation reads them
    assert load_index(index_dir).quotes_of_articles(quoted) == first
    # only the last ARTICLE_QUOTES_KEPT articles are kept; the others are read again, the same
    monkeypatch.setattr("qabot.indexing.live.ARTICLE_QUOTES_KEPT", 1)
    small = load_index(index_dir)
    assert small.quotes_of_articles(quoted) == first
    assert list(small._quotes_kept) == quoted[-1:]
    assert small.quotes_of_articles(quoted) == first


def test_quote_lines_of_a_newer_writer_it_cannot_read_are_told_from_damage(
    tmp_path: Path,
) -> None:
    # a quote line this version cannot read (a field it needs gone), written by a qabot whose
    # quote lines hold more: the user is told a newer qabot built the index
    index_dir, generation = port_generation(tmp_path)
    (segment,) = generation.glob("quotes-*.jsonl")
    lines = read_rows(segment)
    for line in lines:  # a field renamed: "cue" written "said"
        line["said"] = line.pop("cue")
    data = write_rows(segment, lines)
    rows = read_rows(generation / "quote_index.jsonl")
    for row in rows:
        row["length"] = len(data.encode())
    write_rows(generation / "quote_index.jsonl", rows)
    quote_fields = json.loads((generation / "meta.json").read_text())["quote_fields"]
    sign(generation, quote_fields=quote_fields + 1)
    index = load_index(index_dir)
    with pytest.raises(IndexFormatError, match=r"built by a newer version of qabot"):
        answer(index, "who said the port is open again?")


def test_a_holder_freezes_its_warm_generation_and_lets_it_go_when_a_new_one_lands(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    holder = IndexHolder(index_dir)
    threshold = gc.get_threshold()
    try:
        assert answer(holder.get(), "What did Maria Keller say about fog?").found
        first = weakref.ref(holder.get())  # the question after the load: frozen now
        assert gc.get_freeze_count() > 0
        change(articles_dir, 1)
        update_index(articles_dir, index_dir)
        assert answer(holder.get(), "What did Maria Keller say about fog?").found
        holder.get()  # collects once (the old generation with it) and freezes again
        assert first() is None
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


@pytest.mark.parametrize(("before", "after"), [(700, YOUNG_THRESHOLD), (50_000, 50_000), (0, 0)])
def test_a_holder_lets_more_young_objects_gather_once_frozen_never_fewer(
    articles_dir: Path, tmp_path: Path, before: int, after: int
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    holder = IndexHolder(index_dir)
    threshold = gc.get_threshold()
    gc.set_threshold(before, 7, 9)
    try:
        holder.get()  # loads: nothing frozen yet
        assert gc.get_threshold() == (before, 7, 9)
        holder.get()  # the question after the load freezes
        assert gc.get_threshold() == (after, 7, 9)  # the older generations' kept
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
