"""Text encodings of article files: bytes -> str, or a warning saying why the file is not text.

UTF-8 (with or without a byte-order mark) is the norm; a text of no UTF-8 beyond ASCII whose
other bytes are letters and marks of Windows-1252 (a file saved as Latin-1) is read so
(`qabot.text.read_windows_1252`). UTF-16 and UTF-32 are read when they carry a byte-order
mark, or when their zero bytes fall where a mostly Latin text puts them; anything else holding
zero bytes is binary and skipped, never indexed as garbage.
"""

from __future__ import annotations

import codecs

from qabot.text import read_windows_1252

_MARKS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MOSTLY = 0.9  # share of a wide character's high bytes that must be zero to guess its encoding
_MOSTLY_PLAIN = 0.5  # share of printable ASCII a text read in a guessed wide encoding must hold


def marked_encoding(head: bytes) -> str | None:
    """Return the encoding a byte-order mark at the start of `head` declares, or None."""
    return next((name for mark, name in _MARKS if head.startswith(mark)), None)


def _zero_share(data: bytes) -> float:
    return data.count(0) / len(data) if data else 0.0


def _wide_encoding(data: bytes) -> str | None:
    """Guess UTF-32 or UTF-16 without a mark from where the zero bytes are, or None."""
    if len(data) % 4 == 0 and len(data) >= 4:
        if not any(data[3::4]) and _zero_share(data[2::4]) >= _MOSTLY:
            return "utf-32-le"
        if not any(data[0::4]) and _zero_share(data[1::4]) >= _MOSTLY:
            return "utf-32-be"
    if len(data) % 2 == 0 and len(data) >= 2:
        if _zero_share(data[1::2]) >= _MOSTLY:
            return "utf-16-le"
        if _zero_share(data[0::2]) >= _MOSTLY:
            return "utf-16-be"
    return None


def _mostly_latin(text: str) -> bool:
    """Return whether a text an unmarked wide encoding was guessed for is the mostly Latin
    text the guess assumes: zero bytes and 0xFF repeated read as UTF-16 are "ÿÿÿ", no text."""
    plain = sum(char.isascii() and (char.isprintable() or char.isspace()) for char in text)
    return plain >= _MOSTLY_PLAIN * len(text)


def decode_text(data: bytes, rel: str) -> tuple[str | None, str | None]:
    """Return (text, None), or (None, warning) when `data` is not text in a known encoding."""
    encoding = marked_encoding(data[:4])
    if encoding is None and b"\x00" in data:
        encoding = _wide_encoding(data)
        if encoding is None or not _mostly_latin(data.decode(encoding, "replace")):
            return None, f"skipped {rel}: binary file, not text; articles must be text files"
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as error:
        legacy = read_windows_1252(data) if encoding is None else None
        if legacy is not None:
            return _checked(legacy, rel)
        if encoding not in (None, "utf-8-sig"):
            return None, f"skipped {rel}: not valid {encoding.upper()} text; save it as UTF-8"
        return None, (
            f"skipped {rel}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); save it as UTF-8"
        )
    return _checked(text, rel)


def _checked(text: str, rel: str) -> tuple[str | None, str | None]:
    if "\x00" in text:
        return None, f"skipped {rel}: binary file, not text; articles must be text files"
    if not text.strip():
        return None, f"skipped {rel}: the file is empty"
    return text, None
