"""Quote-index rows an update keeps as written: their counts read from their lines."""

from __future__ import annotations

import json
from pathlib import Path

from qabot.attribution import SpeakerSummary
from qabot.fileio import split_jsonl, write_jsonl
from qabot.indexing.quote_store import QuoteRow, quote_count, quote_total


def test_a_rows_count_is_read_from_its_line_as_written_or_from_its_object(tmp_path: Path) -> None:
    row = QuoteRow(
        article_id="ab12",
        segment="quotes-000001.jsonl",
        offset=10,
        length=200,
        count=7,
        speakers={'Said "Count": 9, Jones': SpeakerSummary(count=7, names=["Ann Jones"])},
    )
    path = tmp_path / "rows.jsonl"
    write_jsonl(path, [row.to_json()])
    line = path.read_text(encoding="utf-8")
    assert quote_count(line) == 7
    reordered = json.dumps(
        {"count": 3, **{k: v for k, v in row.to_json().items() if k != "count"}}
    )
    assert quote_count(reordered) == 3


def test_the_quotes_of_kept_rows_are_counted_from_their_openings_or_each_row(
    tmp_path: Path,
) -> None:
    rows = [
        QuoteRow(
            article_id=f"a{n}",
            segment="quotes-000001.jsonl",
            offset=n,
            length=1,
            count=n + 1,
            speakers={"Ann Jones": SpeakerSummary(count=n + 1, names=["Ann Jones"])},
        ).to_json()
        for n in range(4)
    ]
    path = tmp_path / "rows.jsonl"
    write_jsonl(path, rows)
    kept, gone = split_jsonl(path, "article_id", {"a1"})
    assert [json.loads(line)["count"] for line in gone] == [2]
    assert quote_total(kept) == 1 + 3 + 4 == sum(map(quote_count, kept))
    # a row written another way (its count elsewhere) is read whole, with its run
    reordered = json.dumps({"count": 5, **{k: v for k, v in rows[1].items() if k != "count"}})
    path.write_text(path.read_text(encoding="utf-8") + reordered + "\n", encoding="utf-8")
    kept, _ = split_jsonl(path, "article_id", {"a0"})
    assert quote_total(kept) == 2 + 3 + 4 + 5
