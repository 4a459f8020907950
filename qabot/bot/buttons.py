"""Button data: what an inline button carries back to the bot (64 bytes at most), and reading it.

Callback data comes back from any client that can forge it, so `decode_callback` accepts only
the shapes `encode_*` write and returns a record; anything else is None ("expired").
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram.constants import InlineKeyboardButtonLimit

MAX_CALLBACK_DATA = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # 64 bytes


@dataclass(frozen=True, slots=True)
class ButtonData:
    """A pressed button: a question carried inline ("q") or a stored search's key ("s")."""

    kind: str
    offset: int
    value: str


def encode_more(offset: int, question: str) -> str | None:
    """Return callback data carrying the question itself, or None when it would exceed 64 bytes."""
    data = f"q:{offset}:{question}"
    return data if len(data.encode()) <= MAX_CALLBACK_DATA else None


def encode_stored(offset: int, key: str) -> str:
    """Return callback data that points at a stored question by its short key."""
    return f"s:{offset}:{key}"


def decode_callback(data: str) -> ButtonData | None:
    """Return what callback data carries, or None when it is not ours."""
    kind, _, rest = data.partition(":")
    offset, _, value = rest.partition(":")
    if kind not in {"q", "s"} or not offset.isdigit() or not value:
        return None
    return ButtonData(kind, int(offset), value)
