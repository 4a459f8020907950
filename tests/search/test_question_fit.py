"""Passages under a "who said ...?" answer hold the question's words together, or say nothing."""

from __future__ import annotations

from pathlib import Path

from qabot.records import Passage
from qabot.search import answer
from qabot.search.question_fit import holds_together, weighty_terms
from qabot.text import analyze, tokenize
from tests.support.indexes import index_of

IDF = {"moon": 8.0, "made": 2.0, "chees": 7.0, "budget": 4.0, "con": 6.0}


def _passage(*sentences: str) -> Passage:
    text, ends, terms = "", [], []
    for sentence in sentences:
        text += sentence + " "
        ends.append(len(text))
        terms.append(analyze(sentence))
    return Passage(
        id="a:0",
        article_id="a",
        position=0,
        start=0,
        end=len(text),
        text=text,
        sentence_ends=tuple(ends),
        sentence_terms=tuple(terms),
    )


def test_an_everyday_word_is_not_one_of_the_weighty_words() -> None:
    assert weighty_terms(tokenize("moon made cheese"), IDF) == {"moon", "chees"}


def test_one_weighty_word_beside_an_everyday_one_does_not_hold_the_question() -> None:
    goat = _passage("Goat cheese is made in the hills.", "It sells well.")
    assert not holds_together(goat, tokenize("the moon is made of cheese"), IDF)
    moon = _passage("A cheese shaped like the moon won.", "It sells well.")
    assert holds_together(moon, tokenize("the moon is made of cheese"), IDF)


def test_words_far_apart_in_a_passage_are_not_together() -> None:
    apart = _passage(
        "She played a con artist.", "Critics loved it.", "Later came big budget films."
    )
    assert not holds_together(apart, tokenize("the budget was a con"), IDF)
    near = _passage("The budget is a con.", "Critics loved it.")
    assert holds_together(near, tokenize("the budget was a con"), IDF)


ARTICLES = {
    "cheese.txt": "Goat cheese fair opens\n\n"
    + "Goat cheese made in the hills sold out at the fair on Sunday. " * 4
    + "\n",
    "night.txt": "Night sky show\n\n"
    + "Crowds watched the full moon rise over the bay on Sunday night. " * 4
    + "\n",
    "market.txt": "Cheese market grows\n\n"
    + 'Sales of cheese rose again this year. "The market for cheese is booming," said Ada Lind. '
    + "Growers in the valley expect more next year.\n",
}


def test_a_who_said_question_nothing_answers_says_so(tmp_path: Path) -> None:
    result = answer(index_of(tmp_path, ARTICLES), "who said the moon is made of cheese?")
    assert not result.found and not result.passages and not result.quotes
    # one line saying what was looked for, naming nobody
    assert result.lead == "No quote or passage in the articles says “the moon is made of cheese”."


def test_a_who_said_question_no_word_of_which_is_known_is_one_line(tmp_path: Path) -> None:
    # not "No quote matches that." and then "Nothing matches ...": one line saying what to do
    result = answer(index_of(tmp_path, ARTICLES), "who said the zorbly wumpus gronked?")
    assert not result.found and not result.passages and not result.quotes
    assert result.lead.startswith("Nothing in the articles matches")
    assert "No quote" not in result.lead


def test_a_who_said_answer_keeps_its_relevant_quote(tmp_path: Path) -> None:
    result = answer(index_of(tmp_path, ARTICLES), "who said the cheese market was booming?")
    assert result.found and [hit.speaker for hit in result.quotes][:1] == ["Ada Lind"]
    assert all(
        hit.passage.article_id == result.quotes[0].quote.article_id for hit in result.passages
    )


def test_passages_under_nothing_said_on_a_topic_name_the_person(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "ferry.txt": "Ferry fares rise\n\n"
            '"Fares must rise to pay for the new boats," said Ada Lind, the ferry chief.\n',
            "tennis.txt": "Tennis club opens\n\n"
            + "The tennis club opened six new courts in the valley on Sunday. " * 3
            + "\n",
        },
    )
    result = answer(index, "what did Ada Lind say about tennis?")
    assert result.lead.startswith("Ada Lind said nothing about tennis in the articles;")
    assert result.quotes and not result.passages


def test_words_said_where_the_article_names_the_topic_are_not_called_off_topic(
    tmp_path: Path,
) -> None:
    index = index_of(
        tmp_path,
        {
            "pier.txt": "Pier closes for repairs\n\n"
            "The harbour board shut the old pier on Monday after a storm. "
            'But Ada Lind said: "I do not wonder it happened, the planks were rotten."\n',
        },
    )
    result = answer(index, "what did Ada Lind say about the harbour board?")
    assert result.lead.startswith("No words of Ada Lind name the harbour board in the articles;")
    assert "first where the articles mention it" in result.lead
    assert result.quotes and "planks were rotten" in result.quotes[0].quote.text
