"""An update python-telegram-bot cannot read is replaced by an empty one, not re-read forever."""

from __future__ import annotations

import logging

import pytest

from qabot.bot.updates import readable
from tests.support.updates import GOOD


def test_a_readable_update_is_kept_as_it_is() -> None:
    assert readable(GOOD) == GOOD


@pytest.mark.parametrize(
    "broken",
    [
        {"update_id": 6, "message": {"message_id": 1, "chat": {"id": 5, "type": "private"}}},
        {"update_id": 6, "message": "hello"},
        {"update_id": 6, "message": {**GOOD["message"], "entities": [{"type": "bot_command"}]}},
    ],
)
def test_an_unreadable_update_becomes_an_empty_one_and_is_logged(
    broken: dict, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        assert readable(broken) == {"update_id": 6}
    assert "Skipped update 6" in caplog.text


@pytest.mark.parametrize("broken", [{"message": {}}, "junk", None, 7])
def test_an_update_without_an_id_is_dropped(broken: object) -> None:
    assert readable(broken) is None
