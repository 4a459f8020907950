"""The word framing a "how many/much" question is not searched: it says what kind of answer is
wanted ("much" money, "many" things), and passages full of it are no better answers."""

from __future__ import annotations

from qabot.search.relevance import search_terms


def test_a_framing_word_is_not_searched() -> None:
    assert "mani" not in search_terms("How many lanterns did Oakvale sell?")
    assert "much" not in search_terms("by how much did lantern sales grow")
    # not framing a question, the same word is searched
    assert "mani" in search_terms("many lanterns oakvale")
    # a question of the frame alone keeps it
    assert search_terms("how many?") == ["mani"]
