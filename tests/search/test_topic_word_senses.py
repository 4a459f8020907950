"""A topic is met by the quote or its sentence as asked, not by a stem another word shares
("ratings" is no "rates") nor by the head of a two-word topic asked in the plural written in
the singular before another noun ("card issuers" of "id cards"). Through answer(); invented
articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from qabot.search.telling_words import another_kind, derived_only
from tests.support.indexes import filler_notes, index_of

ARTICLES = {
    "quiz.txt": "Quiz show ratings fall\n\nThe quiz show lost viewers this week. "
    '"We have had offers from other channels," said Lev Marr, the show\'s producer.\n',
    "bank.txt": "Bank holds interest rates\n\nThe bank kept interest rates at 4%. "
    '"Rates will stay where they are for now," said Ines Holt, the bank\'s governor.\n',
    "shop.txt": "Shop fraud warning\n\nShops were warned of fraud. "
    '"Card issuers will refund our customers," said Ola Brin of the traders\' group.\n',
    "ids.txt": "Identity plan\n\nThe government wants ID cards for all. "
    '"The cards will keep us safe," said Bo Reed, the home secretary.\n',
    **filler_notes(10),
}


def test_a_noun_made_with_ing_is_another_word_than_the_one_asked() -> None:
    assert derived_only("Quiz show ratings fall", "interest rates") == {"rate"}
    # the word asked written otherwise too, or asked so itself, is met
    assert derived_only("Ratings fall as rates rise", "interest rates") == set()
    assert derived_only("Quiz show ratings fall", "tv ratings") == set()


def test_the_head_asked_in_the_plural_written_before_another_noun_is_another_kind() -> None:
    pair = ("id", "card")
    assert another_kind(pair, {"card"}, ["Card issuers will refund us."], "id cards")
    assert not another_kind(pair, {"card"}, ["The cards will keep us safe."], "id cards")
    # asked in the singular, the singular is the word asked wherever it stands
    assert not another_kind(pair, {"card"}, ["Card issuers will refund us."], "id card")


def test_words_sharing_only_a_stem_of_the_title_are_not_about_the_topic(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did lev marr say about interest rates")
    assert result.speaker == "Lev Marr"
    assert not result.lead.startswith("What Lev Marr said about interest rates")
    held = answer(index, "what did ines holt say about interest rates")
    assert held.lead.startswith("What Ines Holt said about interest rates:")


def test_the_head_of_a_compound_as_a_qualifier_is_not_about_it(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did ola brin say about id cards")
    assert result.speaker == "Ola Brin"
    assert not result.lead.startswith("What Ola Brin said about id cards")
    held = answer(index, "what did bo reed say about id cards")
    assert held.lead.startswith("What Bo Reed said about id cards:")
