"""A Bot API update as Telegram sends it: a private message "hi" from user 7 (as JSON data)."""

from __future__ import annotations

from typing import Any

GOOD: dict[str, Any] = {
    "update_id": 5,
    "message": {
        "message_id": 1,
        "date": 0,
        "chat": {"id": 7, "type": "private"},
        "from": {"id": 7, "is_bot": False, "first_name": "Ann"},
        "text": "hi",
    },
}
