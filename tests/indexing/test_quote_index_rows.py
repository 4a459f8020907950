"""Quote-index rows an update keeps as written: their counts read from their lines."""

from __future__ import annotations

import json
from pathlib import Path

from qabot.attribution import SpeakerSummary
from qabot.fileio import write_jsonl
from qabot.indexing.quote_store import QuoteRow, quote_count


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
