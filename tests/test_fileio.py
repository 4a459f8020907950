"""Files read in place: byte ranges of files that never change, without reopening them."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

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
    assert kept == ['{"id": "a", "n": 1}\n', '{"id": "d"}\n']  # a last line gets its newline
    assert gone == ['{"id": "b\\"", "n": 2}\n', '{"n": 3, "id": "c"}\n']  # "c" read whole
    assert split_jsonl(None, "id", set()) == ([], [])
    assert split_jsonl(tmp_path / "absent.jsonl", "id", set()) == ([], [])


def test_write_jsonl_writes_kept_lines_before_new_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    write_jsonl(path, [{"id": "new"}], ['{"id": "old"}\n'])
    assert [row["id"] for row in read_jsonl(path)] == ["old", "new"]
