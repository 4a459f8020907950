"""Who-said ranking on quotes made by hand: other forms of a word, and the quote's own words."""

from __future__ import annotations

from pathlib import Path

from qabot.records import Passage, Quote
from qabot.search import Context, answer, rank_who_said
from qabot.text import tokenize
from tests.support.indexes import index_of


def quote(speaker: str, text: str, article: str = "a1", sentence: str | None = None) -> Quote:
    return Quote(article, speaker, text, "direct", "said", 0, len(text), sentence or text)


def speakers(quotes: list[Quote], topic: str, scores: dict[str, float]) -> list[str]:
    """Return the speakers ranked for a who-said question on `topic`, each article's passage
    scored as given."""
    hits = [
        (Passage(f"{article}:0", article, 0, 0, 100, "x" * 100), score)
        for article, score in scores.items()
    ]
    return [q.speaker for q in rank_who_said(quotes, tokenize(topic), Context.of(hits))]


def test_an_irregular_form_of_a_verb_counts_as_the_word_asked() -> None:
    quotes = [
        quote("Ada Vale", "The pupils were playing football"),
        quote("Ola Berg", "The pupils were shot at in the yard"),
    ]
    assert speakers(quotes, "pupils were shooting victims", {"a1": 1.0})[0] == "Ola Berg"


def test_two_words_asked_count_when_a_quote_writes_them_as_one() -> None:
    quotes = [quote("Ola Berg", "The era was wild"), quote("Ada Vale", "The dotcom era was wild")]
    assert speakers(quotes, "the dot-com era", {"a1": 1.0})[0] == "Ada Vale"


def test_a_quote_holding_more_of_the_question_beats_a_slightly_better_passage() -> None:
    quotes = [
        quote("Ada Vale", "Staff deal with each visa in minutes", "a1", "he said."),
        quote("Ola Berg", "Every few minutes a shiny gadget came out", "a2", "he said."),
    ]
    topic = "a shiny gadget came out every few minutes, not a visa"
    assert speakers(quotes, topic, {"a1": 1.0, "a2": 0.6})[0] == "Ola Berg"


def test_words_describing_a_speaker_are_no_evidence_of_what_they_said(tmp_path: Path) -> None:
    # "record label boss and fund manager" says who Brandt is; "mismanagement" is what Kai Lund
    # said
    index = index_of(
        tmp_path,
        {
            "club.txt": "Football club faces ruin after record losses\n\n"
            "Record label boss and fund manager Ola Brandt - the club's largest investor - said "
            'he would put no more money in. "I want answers from the board," Brandt said.\n\n'
            '"This is the price of years of mismanagement," said bank analyst Kai Lund.\n',
        },
    )
    result = answer(index, "who blamed the club's record losses on years of bad management?")
    assert result.quotes and result.quotes[0].speaker == "Kai Lund"
