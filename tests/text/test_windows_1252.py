"""Bytes written in Windows-1252 told apart from other bytes that are no UTF-8
(`read_windows_1252`), for an article file and for a line typed at a terminal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.text import read_windows_1252

LATIN_LETTERS = "éèêëáàâäíïóöôúüçñßÉÇÑ"


@pytest.mark.parametrize(
    ("data", "as_file", "as_typed"),
    [
        (b"caf\xe9", None, "café"),  # a file: one letter beyond ASCII for four
        (
            b"The caf\xe9 staff struck at na\xefve hours.",
            "The café staff struck at naïve hours.",
            "The café staff struck at naïve hours.",
        ),
        # marks: a file's quotes and dashes; a typed line holds letters inside words only
        (
            b"\x93We sail,\x94 the captain said \x96 at last.",
            "“We sail,” the captain said – at last.",
            None,
        ),
        (b"\xe9t\xe9", None, "été"),
        (b"caf\xe9 \xc3\xa9", None, None),  # UTF-8 beside a bad byte: no one code page
        (b"caf\x81", None, None),  # a byte Windows-1252 leaves undefined
        (b"\xe0\xe1\xe2 \xe3\xe4", None, None),  # a Cyrillic code page's letters, no Latin word
    ],
)
def test_a_file_and_a_typed_line_are_read_as_windows_1252_when_written_so(
    data: bytes, as_file: str | None, as_typed: str | None
) -> None:
    assert read_windows_1252(data) == as_file
    assert read_windows_1252(data, typed=True) == as_typed


@settings(deadline=None)
@given(st.binary(max_size=200), st.booleans())
def test_what_is_read_is_the_bytes_in_windows_1252(data: bytes, typed: bool) -> None:
    text = read_windows_1252(data, typed=typed)
    if text is not None:
        assert text.encode("cp1252") == data
        assert data.decode("utf-8", "ignore").isascii()


@settings(deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=7, max_size=12),
            st.sampled_from(LATIN_LETTERS),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_words_with_a_latin_letter_inside_are_read_both_ways(
    words: list[tuple[str, str]],
) -> None:
    # seven ASCII letters or more, then one beyond ASCII: few enough for a file (at most one
    # for every 6.7 letters), and each beside an ASCII letter for a typed line
    line = " ".join(f"{ascii_part}{letter}" for ascii_part, letter in words)
    data = line.encode("cp1252")
    assert read_windows_1252(data) == line
    assert read_windows_1252(data, typed=True) == line
    assert read_windows_1252(line.encode("utf-8")) is None  # valid UTF-8 is no legacy text


def test_a_long_typed_line_failing_at_its_end_is_judged_at_once() -> None:
    # forty letters beyond ASCII between ASCII ones, then a quote mark: the typed-line pattern
    # tried both readings of each letter (2**40 steps) before giving up
    data = "na\xefve ".encode("latin-1") * 40 + b"\x93"
    assert read_windows_1252(data, typed=True) is None
    assert read_windows_1252(data[:-1], typed=True) == "naïve " * 40
