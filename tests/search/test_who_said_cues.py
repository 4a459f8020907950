"""'Who said ...?' asked with a verb of its own ("who denied ...?"): of two speakers whose words
hold the question's alike, the one whose words the article puts with that verb comes first."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from qabot.records import Quote
from qabot.search.performed_acts import acted_verbs, performs
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


def spoken(speaker: str, text: str, start: int) -> Quote:
    return Quote(
        "a",
        speaker,
        text,
        "direct",
        "said",
        start,
        start + len(text),
        f'"{text}," said {speaker}.',
    )


def test_the_act_asked_performed_in_the_first_person_counts_as_its_cue() -> None:
    quotes = [
        spoken("Ola Brandt", "They never apologise to the harbour families", 0),
        spoken("Ivo Kersten", "We apologise to the harbour families", 100),
    ]
    ranked = rank_who_said(
        quotes,
        tokenize("the harbour families"),
        Context({"a": [(0, 300, 1.0)]}, 1.0),
        verb_stems=frozenset(tokenize("apologised")),
    )
    assert [q.speaker for q in ranked[:2]] == ["Ivo Kersten", "Ola Brandt"]


def test_a_state_of_mind_in_the_first_person_is_no_act() -> None:
    assert performs(
        "I apologise to all who suffered", acted_verbs(frozenset(tokenize("apologised")))
    )
    assert not performs(
        "They failed to answer. I know", acted_verbs(frozenset(tokenize("answer")))
    )
    assert not performs("I think the fares will rise", acted_verbs(frozenset(tokenize("thought"))))


FIRST_PERSON = {"i", "we", "i'm", "we're", "i'd", "we'd", "i've", "we've", "i'll", "we'll"}


def _performs_word_by_word(text: str, stems: frozenset[str]) -> bool:
    """`performs` as it reads every word of every sentence, with no search first."""
    for sentence in re.split(r"[.!?;:]", text.casefold().replace("’", "'")):
        after = False
        for word in re.findall(r"[\w']+", sentence):
            if after and stems.intersection(tokenize(word)):
                return True
            after = after or word in FIRST_PERSON
    return False


@given(st.text(alphabet="iwemdrlv'’ .;Ix", max_size=30))
def test_a_quote_without_the_first_person_is_told_as_word_by_word(text: str) -> None:
    for stems in (frozenset({"m"}), frozenset({"d", "ve"}), frozenset({"x", "rv"})):
        assert performs(text, stems) == _performs_word_by_word(text, stems)


def test_the_acts_of_one_quote_are_told_whichever_verb_is_asked_first() -> None:
    text = "We apologise. They resigned, and I admit it"
    for verb, acted in (("resigned", False), ("apologised", True), ("admitted", True)):
        assert performs(text, acted_verbs(frozenset(tokenize(verb)))) is acted
    assert not performs(text, frozenset())
