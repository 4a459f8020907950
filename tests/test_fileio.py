"""Files read in place: byte ranges of files that never change, without reopening them."""

from __future__ import annotations

import gc
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.fileio import ReadAt, read_jsonl, split_jsonl, write_jsonl


def test_byte_ranges_of_several_files_come_back_as_written(tmp_path: Path) -> None:
    first, second = tmp_path / "one.bin", tmp_path / "two.bin"
    first.write_bytes(b"harbour master\nferry timetable\n")
    second.write_bytes("café au lait".encode())
    reader = ReadAt()
    assert reader.read(first, 15, 5) == b"ferry"
    assert reader.read(second, 0, 5) == "café".encode()
    assert reader.read(first, 0, 7) == b"harbour"  # the same file again, still open
    assert reader.read(first, 28, 10) == b"le\n"  # past its end: what there is


@given(st.integers(min_value=0, max_value=2**80), st.integers(min_value=0, max_value=2**80))
def test_a_range_past_the_end_is_cut_to_the_file_however_far_it_reaches(
    offset: int, length: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "quay.bin"
        path.write_bytes(b"harbour master")
        reader = ReadAt()
        try:  # a terabyte asked is no buffer of a terabyte, an offset past 2**63 no overflow
            assert reader.read(path, offset, length) == b"harbour master"[offset : offset + length]
        finally:
            reader.close()


def test_a_missing_file_is_not_found_and_the_files_close_with_the_reader(
    tmp_path: Path,
) -> None:
    reader = ReadAt()
    with pytest.raises(FileNotFoundError):
        reader.read(tmp_path / "absent.bin", 0, 4)
    path = tmp_path / "kept.bin"
    path.write_bytes(b"kept")
    assert reader.read(path, 0, 4) == b"kept"
    files = reader._files
    del reader
    gc.collect()
    assert files == {}


def test_split_jsonl_keeps_the_lines_of_rows_not_dropped_as_written(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    write_jsonl(path, [{"id": "a", "n": 1}, {"id": 'b"', "n": 2}, {"n": 3, "id": "c"}])
    path.write_text(path.read_text(encoding="utf-8") + '{"id": "d"}', encoding="utf-8")
    kept, gone = split_jsonl(path, "id", {'b"', "c"})
    assert list(kept) == ['{"id": "a", "n": 1}\n', '{"id": "d"}\n']  # a last line gets its newline
    assert len(kept) == 2
    assert gone == ['{"id": "b\\"", "n": 2}\n', '{"n": 3, "id": "c"}\n']  # "c" read whole
    for absent in (None, tmp_path / "absent.jsonl"):
        kept, gone = split_jsonl(absent, "id", set())
        assert (list(kept), len(kept), gone) == ([], 0, [])


def test_rows_dropped_are_found_by_their_opening_and_the_rest_kept_as_runs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "rows.jsonl"
    rows = [{"id": key, "n": n} for n, key in enumerate(["a", "b", "ab", "a", "c", "é"])]
    write_jsonl(path, rows)
    kept, gone = split_jsonl(path, "id", {"a", "é"})
    assert gone == ['{"id": "a", "n": 0}\n', '{"id": "a", "n": 3}\n', '{"id": "é", "n": 5}\n']
    assert kept.runs == (b'{"id": "b", "n": 1}\n{"id": "ab", "n": 2}\n', b'{"id": "c", "n": 4}\n')
    assert len(kept) == 3
    copy = tmp_path / "copy.jsonl"
    write_jsonl(copy, [{"id": "new"}], kept)
    assert [row.get("n") for row in read_jsonl(copy)] == [1, 2, 4, None]


_KEYS = st.sampled_from(["a", "ab", "b", 'q"', "x\\y", "é", "a\u2028", "\t", ""])


@settings(deadline=None)
@given(
    rows=st.lists(st.tuples(_KEYS, st.booleans(), st.booleans()), max_size=12),
    dropped=st.sets(_KEYS, max_size=4),
    ending=st.sampled_from(["\n", "\r\n", "\r"]),
    last_break=st.booleans(),
)
def test_split_jsonl_splits_every_file_as_reading_each_line_does(
    rows: list[tuple[str, bool, bool]], dropped: set[str], ending: str, last_break: bool
) -> None:
    """Searched for or read line by line, the same lines kept and dropped: keys written with
    escapes or without (ensure_ascii), first in their row or not, any line breaks."""
    lines = []
    for n, (key, first, ascii_only) in enumerate(rows):
        row = {"id": key, "n": n} if first else {"n": n, "id": key}
        lines.append(json.dumps(row, ensure_ascii=ascii_only))
    text = ending.join(lines) + (ending if last_break and lines else "")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.jsonl"
        path.write_bytes(text.encode())
        kept, gone = split_jsonl(path, "id", dropped)
        wrapped = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
        read = [line.rstrip("\n") + "\n" for line in wrapped]
    assert gone == [line for line in read if json.loads(line)["id"] in dropped]
    assert list(kept) == [line for line in read if json.loads(line)["id"] not in dropped]
    assert b"".join(kept.runs) == "".join(kept).encode()
    assert len(kept) == len(list(kept))


def test_write_jsonl_writes_kept_lines_before_new_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    write_jsonl(path, [{"id": "new"}], ['{"id": "old"}\n'])
    assert [row["id"] for row in read_jsonl(path)] == ["old", "new"]
