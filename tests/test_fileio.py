"""Files read in place: byte ranges of files that never change, without reopening them."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from qabot.fileio import ReadAt


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
