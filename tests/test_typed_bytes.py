"""The console's key reader in front of GNU readline (`qabot.typed_bytes`): bytes that are no
UTF-8 character reach readline as the Windows-1252 letters they are, every byte read is handed
over at once (one held back would wait for the next key), and UTF-8 passes unchanged."""

from __future__ import annotations

import os

import pytest

from qabot.typed_bytes import TypedBytes, as_utf8


class _Keys:
    """A TypedBytes reading from a pipe, with readline's queue of bytes as a list."""

    def __init__(self, typed: bytes) -> None:
        read, write = os.pipe()
        os.write(write, typed)
        os.close(write)
        self.reader = TypedBytes.__new__(TypedBytes)
        self.reader._fd = read
        self.queued: list[int] = []
        self.reader._stuff = self.queued.append  # readline's rl_stuff_char

    def key(self) -> bytes:
        """Return what one call of the key reader gives readline: its byte and those queued."""
        self.queued.clear()
        first = self.reader._getc(None)
        return b"" if first < 0 else bytes([first, *self.queued])


@pytest.mark.parametrize(
    ("typed", "keys"),
    [
        (b"ab", [b"a", b"b"]),
        (b"caf\xc3\xa9!", [b"c", b"a", b"f", "é".encode(), b"!"]),  # UTF-8 as it is
        (b"caf\xe9 x", [b"c", b"a", b"f", "é ".encode(), b"x"]),  # Latin-1, the space with it
        (b"\xe9\xe9\r", ["éé\r".encode()]),  # two, and Enter: nothing held back
        (b"\x93hi\x94", ["“".encode(), b"h", b"i", "”".encode()]),
        (b"\xe2\x82", ["â‚".encode()]),  # a UTF-8 character cut short: its bytes as 1252
        (b"\x81", ["\ufffd".encode()]),  # no character of that code page
    ],
)
def test_each_call_gives_readline_whole_utf8_characters(typed: bytes, keys: list[bytes]) -> None:
    reader = _Keys(typed)
    assert [reader.key() for _ in keys] == keys
    assert reader.key() == b""  # the end: readline's EOF


def test_runs_beyond_ascii() -> None:
    assert as_utf8("é".encode()) == "é".encode()
    assert as_utf8(b"\xe9") == "é".encode()
