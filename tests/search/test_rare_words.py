"""The question's rarest word and the stories lacking it (`rare_words.rarest_lacked`): a quote
of a story whose matching passages never use that word is weighed down by `who_said_ranking`."""

from __future__ import annotations

from qabot.records import Passage, Quote
from qabot.search.rare_words import RARE_IDF, rarest_lacked
from qabot.text import tokenize

PASSAGES = {
    "album": "The whole world is waiting for this album, the singer said of the music.",
    "return": "Motherhood has changed her music, and the whole world can hear it.",
    "crowd": "The square was overcrowded, and the music loud.",
}


def _hits(article_id: str) -> tuple[tuple[Passage, float], ...]:
    text = PASSAGES.get(article_id, "")
    return ((Passage(f"{article_id}:0", article_id, 0, 0, len(text), text), 1.0),) if text else ()


def _quote(article_id: str) -> Quote:
    return Quote(article_id, "Sam Reyes", "words", "direct", "said", 0, 5, "words")


def _idf(rarest: float) -> dict[str, float]:
    return {"motherhood": rarest, "music": 2.0, "whole": 2.5, "world": 2.0}


def test_a_story_lacking_the_rarest_word_asked_is_told_apart() -> None:
    lacks = rarest_lacked(tokenize("motherhood music whole world"), _idf(RARE_IDF + 1), _hits)
    assert lacks is not None
    assert lacks(_quote("album"))
    assert not lacks(_quote("return"))


def test_another_form_of_the_rarest_word_is_no_lack() -> None:
    terms = tokenize("crowded music")
    lacks = rarest_lacked(terms, {terms[0]: RARE_IDF + 1, terms[1]: 2.0}, _hits)
    assert lacks is not None
    assert not lacks(_quote("crowd"))
    assert lacks(_quote("album"))


def test_a_question_of_everyday_words_tells_no_story_apart() -> None:
    assert (
        rarest_lacked(tokenize("motherhood music whole world"), _idf(RARE_IDF - 1), _hits) is None
    )
