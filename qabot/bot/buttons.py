"""Button data: what an inline button carries back to the bot (64 bytes at most), and reading it.

Callback data comes back from any client that can forge it, so `decode_callback` accepts only
the shapes `encode_*` write, with every field in bounds (a known kind, an offset of ASCII digits
up to MAX_OFFSET, a stored search's key of 16 hex digits, a short question without control
characters) and returns a record; anything else is None ("expired"). It never raises.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram.constants import InlineKeyboardButtonLimit

from qabot.search import MAX_OFFSET
from qabot.text.patterns import lazy

MAX_CALLBACK_DATA = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # 64 bytes
_OFFSET = lazy(r"0|[1-9][0-9]{0,9}")  # ASCII only: str.isdigit() also accepts "²"
_KEY = lazy(r"[0-9a-f]{16}")  # SearchStore keys
_CONTROL = lazy(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class ButtonData:
    """A pressed button: a question carried inline ("q") or a stored search's key ("s")."""

    kind: str
    offset: int
    value: str


def encode_more(offset: int, question: str) -> str | None:
    """Return callback data carrying the question itself, or None when it would not decode
    (over 64 bytes, an offset past MAX_OFFSET, control characters)."""
    data = f"q:{offset}:{question}"
    return data if decode_callback(data) == ButtonData("q", offset, question) else None


def encode_stored(offset: int, key: str) -> str:
    """Return callback data that points at a stored question by its short key."""
    return f"s:{offset}:{key}"


def decode_callback(data: object) -> ButtonData | None:
    """Return what callback data carries, or None when it is not ours or out of bounds."""
    if not isinstance(data, str) or len(data) > MAX_CALLBACK_DATA:
        return None
    try:
        size = len(data.encode("utf-8"))
    except UnicodeEncodeError:  # a lone surrogate: no client sends that
        return None
    kind, _, rest = data.partition(":")
    offset_text, _, value = rest.partition(":")
    if size > MAX_CALLBACK_DATA or not _OFFSET.fullmatch(offset_text):
        return None
    offset = int(offset_text)
    if offset > MAX_OFFSET:
        return None
    if kind == "s" and _KEY.fullmatch(value):
        return ButtonData(kind, offset, value)
    if kind == "q" and value.strip() and not _CONTROL.search(value):
        return ButtonData(kind, offset, value)
    return None
