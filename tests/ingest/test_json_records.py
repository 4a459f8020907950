"""JSON records from hostile files: bad values, deep nesting, broken lines, huge records, dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qabot.ingest import files as ingest_files
from qabot.ingest import json_records, read_article_file

BODY = "The harbour reopened on Monday after a week of strikes, officials said."


def record(**fields: object) -> str:
    return json.dumps({"title": "Harbour reopens", "text": BODY, **fields})


def write_lines(path: Path, lines: list[str | bytes]) -> Path:
    path.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines))
    return path


@pytest.mark.parametrize("date", ["1e20", "Infinity", "-Infinity", "NaN", "1e400", "-1e20"])
def test_a_date_out_of_any_range_leaves_the_article_without_a_date_and_says_so(
    tmp_path: Path, date: str
) -> None:
    line = f'{{"title": "Harbour reopens", "text": "{BODY}", "date": {date}}}'
    articles, warnings = read_article_file(write_lines(tmp_path / "feed.jsonl", [line]), tmp_path)
    assert [a.info.date for a in articles] == [None]
    assert len(warnings) == 1
    assert warnings[0].startswith("feed.jsonl line 1: ")
    assert warnings[0].endswith("is not a date; indexed without one")


def test_deeply_nested_json_is_one_skipped_line_and_the_rest_is_read(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "feed.jsonl", [record(id="a"), "[" * 100_000, record(id="b")])
    articles, warnings = read_article_file(path, tmp_path)
    assert [a.info.path for a in articles] == ["feed.jsonl#a", "feed.jsonl#b"]
    assert warnings == ["skipped feed.jsonl line 2: not valid JSON (nested too deeply)"]


def test_deeply_nested_json_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    articles, warnings = read_article_file(tmp_path / "deep.json", tmp_path)
    assert articles == []
    assert warnings == ["skipped deep.json: not valid JSON (nested too deeply)"]


def test_a_line_that_is_not_utf8_drops_only_that_line(tmp_path: Path) -> None:
    bad = record(id="b").encode().replace(b"harbour", b"harb\xf6ur")
    path = write_lines(tmp_path / "feed.jsonl", [record(id="a"), bad, record(id="c")])
    articles, warnings = read_article_file(path, tmp_path)
    assert [a.info.path for a in articles] == ["feed.jsonl#a", "feed.jsonl#c"]
    assert len(warnings) == 1 and "line 2: not UTF-8" in warnings[0]


def test_lone_surrogates_in_json_strings_become_replacement_characters(tmp_path: Path) -> None:
    line = f'{{"title": "Bad \\ud800 title", "text": "{BODY} \\udfff end."}}'
    [article], _ = read_article_file(write_lines(tmp_path / "feed.jsonl", [line]), tmp_path)
    assert "\ufffd" in article.info.title and "\ufffd" in article.text
    (article.text + article.info.title).encode("utf-8")


def test_a_record_over_the_size_cap_is_skipped_and_the_next_one_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_records, "MAX_RECORD_BYTES", 1000)
    monkeypatch.setattr(json_records, "_SKIP_BLOCK", 64)
    huge = record(id="big", text=BODY * 100)
    path = write_lines(tmp_path / "feed.jsonl", [record(id="a"), huge, record(id="c")])
    articles, warnings = read_article_file(path, tmp_path)
    assert [a.info.path for a in articles] == ["feed.jsonl#a", "feed.jsonl#c"]
    assert len(warnings) == 1 and "line 2: record larger than" in warnings[0]


def test_json_lines_larger_than_the_document_cap_stream_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_files, "MAX_FILE_BYTES", 2000)
    lines = [record(id=str(n)) for n in range(100)]  # about 13 kB
    articles, warnings = read_article_file(write_lines(tmp_path / "dump.jsonl", lines), tmp_path)
    assert len(articles) == 100 and warnings == []
    (tmp_path / "one.json").write_text(json.dumps([json.loads(line) for line in lines]))
    assert read_article_file(tmp_path / "one.json", tmp_path)[0] == []  # one document: capped


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=40)
    | st.sampled_from([BODY, "1e20", "2024-02-30", "\ud800"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "title", "date", "id", "source", "url", "body", "published"]),
            children,
            max_size=6,
        )
    ),
    max_leaves=20,
)


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(JSON_VALUES, max_size=6))
def test_any_json_records_give_articles_or_warnings_never_an_exception(
    tmp_path: Path, values: list[object]
) -> None:
    lines = [json.dumps(v) for v in values]
    articles, _warnings = read_article_file(write_lines(tmp_path / "f.jsonl", lines), tmp_path)
    for article in articles:
        json.dumps(article.info.to_json(), ensure_ascii=False).encode("utf-8")
        article.text.encode("utf-8")
    assert len({a.id for a in articles}) == len(articles)


@pytest.mark.parametrize(
    ("name", "text", "why"),
    [
        ("cut.json", '{"text": "The harbour', "Unterminated string starting at line 1"),
        ("cut.jsonl", '{"text": "The harbour', "Unterminated string starting at column 10"),
        ("tab.json", '\n{"text": "a\tb"}', "Invalid control character at line 2"),
        ("tab.jsonl", '{"text": "a\tb"}', "Invalid control character at column 12"),
        ("empty.json", "\n\n[", "Expecting value at line 3"),
    ],
)
def test_a_broken_json_file_says_where_in_plain_words(
    tmp_path: Path, name: str, text: str, why: str
) -> None:
    # "Unterminated string starting at at line 1": the decoder's message ends on "at"
    (tmp_path / name).write_text(text, encoding="utf-8")
    articles, warnings = read_article_file(tmp_path / name, tmp_path)
    line = " line 1" if name.endswith(".jsonl") else ""
    assert articles == []
    assert warnings == [f"skipped {name}{line}: not valid JSON ({why})"]
