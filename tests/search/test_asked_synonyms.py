"""Synonyms of asked words looked up word by word agree with the whole stemmed table."""

from __future__ import annotations

import pytest

from qabot.search import word_forms
from qabot.search.asked_synonyms import synonyms
from qabot.text import tokenize


@pytest.mark.parametrize(
    "word", ["squad", "mistake", "remark", "cost", "leaving", "cry", "using", "picked", "zyzzyva"]
)
def test_synonyms_of_a_word_are_those_of_the_stemmed_table(word: str) -> None:
    stem = tokenize(word)[0]
    assert synonyms(stem) == word_forms._synonyms(stem)


def test_a_synonym_in_the_vocabulary_stands_for_the_word_asked() -> None:
    vocabulary = {*tokenize("the team error"), "harbour"}
    found = word_forms.synonym_forms(tokenize("squad mistake"), vocabulary, lookup=synonyms)
    assert found == {"team": ["squad"], "error": ["mistak"]}


def test_a_stop_word_or_a_single_letter_has_no_synonyms() -> None:
    assert synonyms("") == frozenset()
    assert synonyms("x") == frozenset()
