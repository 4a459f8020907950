"""Encodings: UTF-8, UTF-16 and UTF-32 are read, marked or not; binary never."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.ingest.encodings import decode_text

TEXT = "Harbour pilots strike\n\nPilots in Port Elms walked out on Monday, the union said.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with its mark
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),  # with its mark
        TEXT.encode("utf-32-le"),
        TEXT.encode("utf-32-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le", "utf16be", "utf32", "utf32le", "utf32be"],
)
def test_utf8_utf16_and_utf32_files_are_read_as_the_same_text(data: bytes) -> None:
    assert decode_text(data, "a.txt") == (TEXT, None)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        # zero bytes where UTF-16 puts them, but no text in them ("ÿþÿþ" was indexed)
        (b"\x00\xff\x00\xfe" * 50, "binary"),
        (b"\xff\x00" * 64, "binary"),
        (b"\x01\x00\x02\x00\x03\x00\x00\x00" * 16, "binary"),
        ("привет мир".encode("cp1251"), "not UTF-8"),  # accented letters only, read as 1252
        (b"caf\xc3\xa9 and caf\xe9", "not UTF-8"),  # UTF-8 and another code page
        (b"   \n\n", "empty"),
    ],
)
def test_binary_latin1_and_empty_files_are_skipped_with_the_reason(data: bytes, why: str) -> None:
    text, warning = decode_text(data, "a.txt")
    assert text is None
    assert warning is not None and why in warning and "a.txt" in warning


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Caf\xe9 strike\n\nThe caf\xe9 staff struck.", "Café strike\n\nThe café staff struck."),
        (
            b"\x93We sail again in the morning,\x94 the captain said \x96 at last.",
            "“We sail again in the morning,” the captain said – at last.",
        ),
    ],
)
def test_a_file_saved_as_latin1_or_windows_1252_is_read_so(data: bytes, text: str) -> None:
    # it was skipped ("not UTF-8 text (byte 0xe9 at offset 3); save it as UTF-8")
    assert decode_text(data, "a.txt") == (text, None)


@settings(deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_to_text_without_nul_or_a_warning(data: bytes) -> None:
    text, warning = decode_text(data, "a.txt")
    assert (text is None) != (warning is None)
    if text is not None:
        assert "\x00" not in text
        text.encode("utf-8")  # always writable as UTF-8
