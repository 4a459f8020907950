""" "X said it" only when the quote holds the claim asked: its weighty words and its denial."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.records import Quote
from qabot.search import answer
from qabot.search.quote_evidence import quote_evidence
from qabot.search.said_negation import denial_added, denial_dropped, denial_lost
from qabot.text import tokenize
from tests.conftest import TINY_ARTICLES
from tests.support.indexes import index_of

QUOTE = Quote(
    article_id="a",
    speaker="Ana Ruiz",
    text="The harbour walls are far too low for a flood",
    kind="direct",
    cue="said",
    start=0,
    end=46,
    sentence='"The harbour walls are far too low for a flood," said Ana Ruiz.',
)
EVEN = {"harbour": 3.0, "wall": 3.0, "low": 3.0, "flood": 3.0}
CLOSEST = "No quote says that in those words; the closest is"


def test_a_missing_word_as_weighty_as_any_leaves_the_quote_only_the_closest() -> None:
    asked = tokenize("harbour walls too low for a flood or a storm")
    evidence = quote_evidence(QUOTE, asked, [], {**EVEN, "storm": 3.0})
    assert evidence.confident  # four fifths of the weight is there ...
    assert evidence.heaviest_missing == 1.0 and not evidence.sure  # ... but not the storm


def test_a_light_missing_word_still_lets_the_quote_be_claimed() -> None:
    asked = tokenize("harbour walls too low for a flood or a storm")
    evidence = quote_evidence(QUOTE, asked, [], {**EVEN, "storm": 1.0})
    assert evidence.heaviest_missing == pytest.approx(1 / 3)
    assert evidence.sure


def test_a_modal_the_quote_writes_in_another_tense_is_no_missing_word() -> None:
    # "would" for the quote's "will": rare in a small archive, it may weigh as much as any word
    asked = tokenize("harbour walls would be too low for a flood")
    assert quote_evidence(QUOTE, asked, [], {**EVEN, "would": 3.0}).sure


def test_one_word_of_the_question_tells_no_claim() -> None:
    evidence = quote_evidence(QUOTE, tokenize("we will not flood"), [], EVEN)
    assert evidence.confident and evidence.words_held == 1 and not evidence.sure


def test_a_denial_asked_needs_a_denial_in_the_quote_or_its_sentence() -> None:
    assert denial_lost("the harbour walls are not too low", QUOTE)
    assert denial_lost("the walls won't hold a flood", QUOTE)
    assert not denial_lost("the harbour walls are too low", QUOTE)
    denying = replace(QUOTE, text="The walls will never hold a flood")
    assert not denial_lost("the walls won't hold a flood", denying)
    told = replace(QUOTE, sentence="Ruiz said nothing would change: the walls are too low.")
    assert not denial_lost("the harbour walls are not too low", told)


def test_a_quote_denying_a_word_asked_plainly_is_its_opposite() -> None:
    walls = replace(QUOTE, text="The walls will not hold a flood")
    terms = tokenize("the walls will hold a flood")
    assert denial_added("the walls will hold a flood", "said", terms, walls)
    # "not really held": a word between the denial and the word it denies
    held = replace(QUOTE, text="The walls have not really held a flood")
    asked = "the walls held a flood"
    assert denial_added(asked, "said", tokenize(asked), held)
    # "doesn't prove a withdrawal": what the proving would show is denied with it
    shown = replace(QUOTE, text="A tank on a train doesn't prove a withdrawal of troops")
    asked = "troops were withdrawing"
    assert denial_added(asked, "said", tokenize(asked), shown)


def test_a_denial_of_something_else_or_one_asked_for_is_no_opposite() -> None:
    terms = tokenize("the walls will hold a flood")
    aside = replace(QUOTE, text="There is no doubt the walls will hold a flood")
    assert not denial_added("the walls will hold a flood", "said", terms, aside)
    walls = replace(QUOTE, text="The walls will not hold a flood")
    assert not denial_added("the walls will hold a flood", "denied", terms, walls)
    assert not denial_added("the walls will not hold a flood", "said", terms, walls)


def test_a_verb_asked_denied_must_be_denied_where_the_quote_holds_it() -> None:
    # "no one can take that away" denies something else: the leaving itself is not denied
    leaving = replace(
        QUOTE, text="I can leave the club with my head high, and no one can take that away"
    )
    assert not denial_lost("we are not going to leave the club", leaving)
    assert denial_dropped("we are not going to leave the club", leaving)
    assert denial_dropped("they would not leave the club", leaving)
    for denying in ("We will never leave the club", "There is no way we would leave, ever"):
        assert not denial_dropped("we are not going to leave", replace(QUOTE, text=denying))


def test_what_is_no_denied_verb_asks_nothing_of_the_quote() -> None:
    # a modal is not what is denied; "no", "without" and a hyphened "not" deny no verb
    predicted = replace(QUOTE, text="It could not have been predicted")
    assert not denial_dropped("nobody could have predicted it", predicted)
    assert not denial_dropped("it could not be predicted", predicted)
    fraud = replace(QUOTE, text="We have seen a rise in card-not-present fraud")
    assert not denial_dropped("there was a rise in card-not-present fraud", fraud)
    assert not denial_dropped("the answer is no every time", replace(QUOTE, text="Every time"))
    # the verb denied not in the quote: nothing to weigh here (`denial_lost` asks the rest)
    assert not denial_dropped("the walls would not hold", QUOTE)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("tiny")), TINY_ARTICLES)


def test_the_claim_as_quoted_is_still_claimed(tiny: Index) -> None:
    result = answer(tiny, "who said it was the worst spring he remembered?")
    assert result.lead == "Tom Briggs said it:"


def test_the_opposite_of_a_quote_is_not_claimed(tiny: Index) -> None:
    # "It is the worst spring I remember," said Briggs: asked with "not", he said the opposite
    result = answer(tiny, "who said it was not the worst spring he remembered?")
    assert result.found and result.quotes[0].speaker == "Tom Briggs"
    assert result.lead == f"{CLOSEST} Tom Briggs's:"


def test_a_quote_holding_one_word_of_the_question_is_the_closest_only(tiny: Index) -> None:
    # one word is no claim: his quote is shown as using it, never as saying what was asked
    result = answer(tiny, "who said it was the worst?")
    assert result.lead == "Quotes that use the word “worst”, by Tom Briggs:"
    assert [hit.speaker for hit in result.quotes] == ["Tom Briggs"]


def test_a_quote_denying_what_is_asked_plainly_is_not_claimed(tiny: Index) -> None:
    # Maria Keller: "We will not guide tankers through fog ..."
    result = answer(tiny, "who said they would guide tankers through fog?")
    assert result.lead == f"{CLOSEST} Maria Keller's:"
    denied = answer(tiny, "who denied they would guide tankers through fog?")
    assert denied.lead == "Maria Keller said it:"


def test_a_quote_lacking_the_weightiest_word_asked_is_not_claimed(tiny: Index) -> None:
    # Maria Keller will not guide tankers through fog: nobody spoke of a storm
    result = answer(tiny, "who said they would not guide tankers through the storm?")
    assert result.quotes[0].speaker == "Maria Keller"
    assert result.lead == f"{CLOSEST} Maria Keller's:"
