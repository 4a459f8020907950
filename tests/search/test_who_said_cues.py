"""'Who said ...?' asked with a verb of its own ("who denied ...?"): of two speakers whose words
hold the question's alike, the one whose words the article puts with that verb comes first."""

from __future__ import annotations

from qabot.records import Quote
from qabot.search.quote_ranking import Context
from qabot.search.who_said_ranking import rank_who_said
from qabot.text import tokenize


def quote(speaker: str, cue: str, text: str, start: int) -> Quote:
    sentence = f"{speaker} {cue} {text}."
    return Quote("a", speaker, text, "reported", cue, start, start + len(text), sentence)


def test_the_verb_asked_puts_first_whoever_the_article_gives_it() -> None:
    quotes = [
        quote("Ola Brandt", "said", "the inquiry report was fair", 0),
        quote("Ivo Kersten", "denied", "the inquiry report was fair", 100),
        quote("Una Moss", "said", "the harbour would reopen soon", 200),
    ]
    ranked = rank_who_said(
        quotes,
        tokenize("the inquiry report was fair"),
        Context({"a": [(0, 300, 1.0)]}, 1.0),
        verb_stems=frozenset(tokenize("denied")),
    )
    assert [q.speaker for q in ranked[:2]] == ["Ivo Kersten", "Ola Brandt"]
