"""`qabot add` of JSON Lines whose "text" is not a string: the warning says so, with the file
and the line, not "the text is only page furniture" nor "no "text" field"."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.processes import qabot


def _add(tmp_path: Path, records: list[object]):  # type: ignore[no-untyped-def]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    options = ["--articles", str(tmp_path / "a"), "--index-dir", str(tmp_path / "i")]
    return qabot("add", str(feed), *options, cwd=tmp_path)


def test_a_list_whose_items_hold_no_text_is_named_as_a_list(tmp_path: Path) -> None:
    done = _add(tmp_path, [{"title": "Tram news", "text": ["x"]}])
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert 'feed.jsonl line 1: "text" is a list, not a string' in done.stderr
    assert "give the article text as one string" in done.stderr
    assert "page furniture" not in done.stderr


def test_a_list_of_objects_beside_a_good_record_is_one_warning(tmp_path: Path) -> None:
    good = {"title": "Tram line opens", "text": "The new tram line carried commuters on Monday."}
    done = _add(tmp_path, [good, {"title": "Bus news", "text": [{"p": "The bus left."}]}])
    assert "Traceback" not in done.stderr
    assert 'feed.jsonl line 2: "text" is a list, not a string' in done.stderr
    assert 'no "text" field' not in done.stderr
    assert "1 article" in done.stdout
