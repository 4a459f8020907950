"""Callback data comes back from clients that can forge it: decoding never raises, stays in
bounds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.bot.buttons import (
    MAX_CALLBACK_DATA,
    ButtonData,
    decode_callback,
    encode_more,
    encode_stored,
)
from qabot.search import MAX_OFFSET


def test_encoded_buttons_decode_to_what_was_encoded() -> None:
    assert decode_callback(encode_more(3, "frost blossoms") or "") == ButtonData(
        "q", 3, "frost blossoms"
    )
    assert decode_callback(encode_stored(6, "0123456789abcdef")) == ButtonData(
        "s", 6, "0123456789abcdef"
    )


@pytest.mark.parametrize(
    "data",
    [
        "q:1000000000:frost",  # an offset that once made the engine allocate 64 GB
        "q:1000000000000000000:frost",  # ... and one that raised a Rust panic
        f"q:{MAX_OFFSET + 1}:frost",
        "q:-3:frost",
        "q:²:frost",  # str.isdigit() says yes, int() says no
        "q:٣:frost",  # Arabic-Indic digit three
        "q:03:frost",
        "q: 3:frost",
        "q:3:",
        "q:3:   ",
        "q:3:\x1b[2Jfrost",
        "q:3:fro\x00st",
        "s:3:../../etc/passwd",
        "s:3:0123456789ABCDEF",
        "s:3:0123456789abcdef\n",
        "s:3:0123456789abcde",
        "x:3:frost",
        "q3frost",
        "",
        "q:3:" + "x" * MAX_CALLBACK_DATA,
        "q:3:\ud800",
    ],
)
def test_forged_or_out_of_bounds_data_is_refused(data: str) -> None:
    assert decode_callback(data) is None


@pytest.mark.parametrize("data", [None, 3, b"q:3:frost", ["q", 3, "frost"]])
def test_data_that_is_not_text_is_refused(data: object) -> None:
    assert decode_callback(data) is None


def test_question_that_would_not_decode_gets_no_inline_button() -> None:
    assert encode_more(3, "x" * 70) is None
    assert encode_more(MAX_OFFSET + 3, "frost") is None
    assert encode_more(3, "frost\x1b[2J") is None


@settings(deadline=None)
@given(st.one_of(st.text(max_size=80), st.from_regex(r"[qs]:[0-9]{1,25}:.{0,70}", fullmatch=True)))
def test_decoding_never_raises_and_stays_within_bounds(data: str) -> None:
    decoded = decode_callback(data)
    if decoded is not None:
        assert decoded.kind in {"q", "s"}
        assert 0 <= decoded.offset <= MAX_OFFSET
        assert decoded.value.strip()
        assert len(data.encode()) <= MAX_CALLBACK_DATA


@settings(deadline=None)
@given(st.integers(0, MAX_OFFSET), st.text(min_size=1, max_size=60))
def test_what_encode_more_writes_decodes_back(offset: int, question: str) -> None:
    data = encode_more(offset, question)
    if data is not None:
        assert decode_callback(data) == ButtonData("q", offset, question)
