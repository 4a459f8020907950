"""Word pieces an index stored, kept by text: stored and read back unchanged, and an article's
opening kept only for the text it was stored for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qabot.text.kept_pieces import (
    fingerprint,
    keep_opening,
    keep_pieces,
    kept_pieces,
    opening_text,
    read_pieces,
    stored_pieces,
)


@given(st.lists(st.integers(0, 65_535), max_size=200))
def test_stored_pieces_read_back_as_the_same_rows(rows: list[int]) -> None:
    stored = stored_pieces(rows)
    assert stored.isascii()
    assert read_pieces(stored) == rows


def test_kept_pieces_are_those_stored_for_the_text() -> None:
    keep_pieces("Ferns grew back by spring.", stored_pieces([7, 8, 9]))
    assert kept_pieces("Ferns grew back by spring.") == [7, 8, 9]
    assert kept_pieces("Ferns grew back by summer.") is None


def test_an_openings_pieces_are_kept_only_for_the_text_they_were_stored_for() -> None:
    text = "Tidewater ferry fares rise from May, the operator said."
    keep_opening("tidewater", fingerprint(text), stored_pieces([4, 5]))
    # the article changed since: its new opening is cut when weighed, not given old pieces
    assert opening_text("tidewater", text + " Ferries run late.") == text + " Ferries run late."
    assert kept_pieces(text + " Ferries run late.") is None
    assert opening_text("tidewater", text) == text
    assert kept_pieces(text) == [4, 5]
    # an article whose quotes were not read: nothing kept
    assert opening_text("elsewhere", "Quarry reopens.") == "Quarry reopens."
    assert kept_pieces("Quarry reopens.") is None
