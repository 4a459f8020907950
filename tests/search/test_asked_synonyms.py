"""Synonyms of asked words looked up word by word agree with the whole stemmed table."""

from __future__ import annotations

import pytest

from qabot.search import word_forms
from qabot.search.asked_synonyms import opening, table_synonyms
from qabot.text import tokenize
from qabot.text.analyzer import terms_of_words
from qabot.text.lexicon import SYNONYM_GROUPS


@pytest.mark.parametrize(
    "word", ["squad", "mistake", "remark", "cost", "leaving", "cry", "using", "picked", "zyzzyva"]
)
def test_synonyms_of_a_word_are_those_of_the_stemmed_table(word: str) -> None:
    stem = tokenize(word)[0]
    groups = [group.split() for group in SYNONYM_GROUPS.split(" / ")]
    words = sorted({w for group in groups for w in group})
    stem_of = dict(zip(words, terms_of_words(words), strict=True))
    whole = {stem_of[w] for g in groups if any(stem_of[o] == stem for o in g) for w in g}
    assert table_synonyms(stem) == frozenset(whole - {stem, ""})


def test_every_word_of_the_lexicon_opens_as_its_stem_says() -> None:
    # what makes `table_synonyms` the whole stemmed table's: the words it stems are all those
    # opening with `opening(stem)`, so none of the stem is missed
    words = SYNONYM_GROUPS.replace(" / ", " ").split()
    assert all(word.isascii() and word.isalpha() and word.islower() for word in words)
    missed = {
        (word, stem)
        for word, stem in zip(words, terms_of_words(words), strict=True)
        if stem and not word.startswith(opening(stem))
    }
    assert not missed


def test_the_table_lookup_finds_a_word_whose_stem_changed_its_second_letter() -> None:
    # "dying" stems to "die": the groups of "dying" are the groups of "die"
    groups = [group.split() for group in SYNONYM_GROUPS.split(" / ")]
    kin = {tokenize(w)[0] for group in groups if "dying" in group for w in group}
    assert kin - {"die"} <= table_synonyms("die")


def test_a_synonym_in_the_vocabulary_stands_for_the_word_asked() -> None:
    vocabulary = {*tokenize("the team error"), "harbour"}
    found = word_forms.synonym_forms(tokenize("squad mistake"), vocabulary)
    assert found == {"team": ["squad"], "error": ["mistak"]}


def test_a_stop_word_has_no_synonyms() -> None:
    assert table_synonyms("") == frozenset()


def test_the_table_lookup_gives_a_letter_the_synonyms_of_its_groups() -> None:
    # "k" (kelvin, thousand) is a word of the lexicon, as the whole table read it
    assert tokenize("kelvin")[0] in table_synonyms("k")
