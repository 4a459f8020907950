"""What a "who said ...?" answer may claim: held against the words around the chosen quote."""

from __future__ import annotations

from dataclasses import replace

from qabot.records import Passage, Quote
from qabot.search.quote_evidence import quote_evidence
from qabot.text import analyze, tokenize

TEXT = (
    'The harbour will flood again, the mayor warned. "The walls are far too low," said Ana Ruiz.'
)
QUOTE = Quote(
    article_id="a",
    speaker="Ana Ruiz",
    text="The walls are far too low",
    kind="direct",
    cue="said",
    start=49,
    end=74,
    sentence='"The walls are far too low," said Ana Ruiz.',
)
PASSAGE = Passage(
    id="a:0",
    article_id="a",
    position=0,
    start=0,
    end=len(TEXT),
    text=TEXT,
    sentence_ends=(47, len(TEXT)),
    sentence_terms=(analyze(TEXT[:47]), analyze(TEXT[47:])),
)
ELSEWHERE = Passage(id="b:0", article_id="b", position=0, start=0, end=4, text="Moon")
IDF = {"wall": 2.0, "low": 1.0, "harbour": 2.0, "flood": 3.0, "moon": 5.0, "land": 2.0}


def test_the_fixture_quotes_its_text_verbatim() -> None:
    assert TEXT[QUOTE.start : QUOTE.end] == QUOTE.text


def test_the_quote_its_sentence_and_its_passage_count() -> None:
    evidence = quote_evidence(QUOTE, tokenize("harbour walls flood"), [(PASSAGE, 1.0)], IDF)
    assert evidence.share == 1.0 and evidence.shared == 3
    assert evidence.confident and evidence.offered


def test_a_passage_not_holding_the_quote_does_not_count() -> None:
    alone = quote_evidence(QUOTE, tokenize("harbour walls flood"), [(ELSEWHERE, 1.0)], IDF)
    assert alone.shared == 1 and alone.share == 2.0 / 7.0
    assert not alone.confident and not alone.offered


def test_part_of_the_question_is_offered_as_the_closest_only() -> None:
    part = quote_evidence(QUOTE, tokenize("walls too low for the moon landing"), [], IDF)
    assert part.shared == 2 and part.offered and not part.confident


def test_one_shared_word_is_no_evidence_but_a_one_word_question_needs_one() -> None:
    assert not quote_evidence(QUOTE, tokenize("moon landing walls"), [], IDF).offered
    assert quote_evidence(QUOTE, tokenize("walls"), [], IDF).offered


def test_another_form_of_a_question_word_counts() -> None:
    crowded = replace(
        QUOTE,
        text="The estate is overcrowded",
        end=QUOTE.start + 25,
        sentence="The estate is overcrowded, said Ana Ruiz.",
    )
    weights = {"estat": 1.0, "crowd": 1.0}
    evidence = quote_evidence(crowded, tokenize("estate too crowded"), [], weights)
    assert evidence.shared == 2 and evidence.confident
