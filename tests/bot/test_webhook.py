"""A webhook body that is not an update is skipped with a warning (the server acknowledges it)."""

from __future__ import annotations

import json
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.bot.webhook import read_update
from tests.support.updates import GOOD


def test_a_good_body_is_read_as_its_update() -> None:
    update = read_update(json.dumps(GOOD).encode(), None)
    assert update is not None
    assert (update.update_id, update.effective_message.text) == (5, "hi")


@pytest.mark.parametrize(
    "body",
    [b"", b"{not json", b"\xff\xfe", b"null", b"[1]", b'{"update_id": 2, "message": 5}'],
)
def test_a_body_that_is_no_update_is_skipped_with_one_warning(
    body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="qabot.bot.webhook"):
        assert read_update(body, None) is None
    assert len(caplog.records) == 1
    assert caplog.records[0].getMessage().startswith("Skipped a webhook")


@settings(deadline=None)
@given(st.one_of(st.binary(max_size=200), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["update_id", "message", "chat", "date", "text", "from", "id"]),
        inner, max_size=4),
    max_leaves=12,
).map(lambda value: json.dumps(value).encode())))  # fmt: skip
def test_reading_a_webhook_body_never_raises(body: bytes) -> None:
    read_update(body, None)
