"""Deeds written but not told of the one asked: a verb joined by "and" to a predicate whose
subject is another name, and a past participle that only describes a noun."""

from __future__ import annotations

import pytest

from qabot.search.undone_deeds import done_by_another, only_attributive
from qabot.text import tokenize

_RAISE = frozenset(tokenize("raise"))
_BAN = frozenset(tokenize("ban"))


def _asked(question: str) -> frozenset[str]:
    return frozenset(tokenize(question))


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        ("Velmor launched its new kettle in May and has already raised prices by 5%.", True),
        ("Velmor launched its new kettle in May, and then raised prices by 5%.", True),
        ("Kestrin launched its new kettle in May and has already raised prices by 5%.", False),
        ("The Kestrin Group opened two shops and raised prices.", False),
        ("Prices were raised by Kestrin in May.", False),  # no "and": read as before
    ],
)
def test_a_verb_joined_by_and_is_done_by_the_name_the_sentence_opens_with(
    sentence: str, another: bool
) -> None:
    asked = _asked("why did kestrin raise its kettle prices")
    assert done_by_another(sentence, _RAISE, asked) is another


@pytest.mark.parametrize(
    ("sentence", "attributive"),
    [
        ("The runner had tested positive for the banned substance Zorex.", True),
        ("Officials found a banned drug in the sample.", True),
        ("The runner was banned for two years.", False),
        ("The league banned the runner and the banned substance was named.", False),
        ("The ban on the runner was lifted.", False),  # a noun, not a participle
    ],
)
def test_a_participle_between_an_article_and_its_noun_tells_no_deed(
    sentence: str, attributive: bool
) -> None:
    assert only_attributive(sentence, _BAN) is attributive


def test_a_sentence_opening_with_a_word_before_its_name_tells_no_other_doer() -> None:
    asked = _asked("why did kestrin raise its kettle prices")
    sentence = "Last year Kestrin launched a kettle and has since raised prices."
    assert not done_by_another(sentence, _RAISE, asked)
