"""Told deeds: a deed told of "he" or "she" right after the sentence naming the one asked."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import filler_notes, index_of

# our own: the sentence telling the deed names no one, the one before it names who did it
ARTICLES = {
    "mill.txt": "Miller stays on\n\nThe town council sold the old mill to a bakery last spring. "
    "The deal was signed on the quay by the council's clerk. The mill's keeper is Oren Pallis. "
    "He has been linked with a move to the Kestel bakery, which opened in May.\n",
    "kiln.txt": "Potter stays on\n\nThe town council sold the old kiln to a guild last spring. "
    "Ada Brill, the guild's head, praised the kiln's keeper Lio Marsh for his years there. "
    "The deal was signed on the quay by Tomas Grell, the council's clerk. He has been linked "
    "with a move to the Harrow guild.\n",
    **filler_notes(12),
}


def test_a_deed_told_of_he_after_a_sentence_naming_the_one_asked_is_told(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "which towns has oren pallis been linked with")
    assert result.found, result.lead
    assert "Kestel bakery" in result.passages[0].passage.text


def test_a_deed_told_of_he_after_a_sentence_naming_another_is_not_told(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "which towns has lio marsh been linked with")
    assert not result.found and not result.passages
    assert "“linked”, the deed asked about" in result.lead
