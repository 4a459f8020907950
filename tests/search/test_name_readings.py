"""Which words of a question are names a passage must write: two given names typed in lower
case with "and" between are two people, not one; a nationality typed with its capital is an
adjective a country's name answers; a first name the archive writes only where a sentence
opens, always with a capital, is a name the passages lacking it do not answer; a word typed
with a capital that the articles write in lower case is a word ("the Franc"), and neither
is "France" the "Franc" asked though the stemmer joins them; "Le" alone is no name; a name's
last word typed as another name the archive holds, one letter off, is the name it writes;
two people named in one sentence do not answer what is asked of them. Through answer(), on
short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "books.txt": (
        "Readers buy more\n\n"
        "On average every Briton buys nine paperbacks a year, a survey of booksellers found."
    ),
    "wedding.txt": (
        "Couple to marry in June\n\n"
        "Tobias Wren and Marisol Vance are to marry in June at the abbey in Dunmore. "
        '"We are delighted," said Tobias Wren. "It is a happy day for us," Marisol Vance '
        "said. A poll found most voters support the couple marrying."
    ),
    "exports.txt": (
        "Exports climb\n\n"
        "Zarvanian exports rose 4% in March as car makers shipped more abroad, figures showed. "
        "Japan's exports of steel rose 6% in the first quarter, the trade ministry said."
    ),
    "storm.txt": (
        "Storm season ends\n\n"
        "The hurricane season cost insurers £2bn this year, brokers said, after storms "
        "hit the coast in the autumn."
    ),
    "pier.txt": (
        "Pier repairs\n\n"
        "The council met on Monday to discuss the pier. Rosalind Hart, a councillor, said "
        "repairs to the pier would take weeks. Japanese visitors had praised the old pier."
    ),
    "notes.txt": (
        "Old notes to go\n\n"
        "The old franc notes of Zembla can be changed at banks until 2009, the central bank "
        "said. Amadou Sarr, dubbed le professeur for his calm, said the change went smoothly."
    ),
    "race.txt": (
        "France wins in Le Mans\n\n"
        "France won the sidecar race at Le Mans on Sunday, ahead of a crowd of 40,000 people."
    ),
    "hurdles.txt": (
        "Hurdler rules out return\n\n"
        "Ilse Brandt, the hurdler, has ruled out a comeback this season after her knee injury."
    ),
    "shop.txt": (
        "Shop to open\n\n"
        "The bakery on the quay will open in May, Marta Brand said, once the ovens are fitted."
    ),
    "gala.txt": (
        "Gala night\n\n"
        "Lena Marsh sang a duet with her husband Victor Orlov at the gala on Friday. "
        '"We love singing together," said Lena Marsh. "It was a joy," Victor Orlov said. '
        "Her first marriage ended in a divorce in 1999."
    ),
    "court.txt": (
        "Judge rules on estate\n\n"
        "The couple divorced in 2001 after ten years of marriage, the judge said, and the "
        "estate should be split."
    ),
    "tennis.txt": (
        "Quarter-final exit\n\n"
        "Victor Salas lost in the quarter-finals at the Porthmere Open on Thursday, beaten in "
        "three sets by the top seed."
    ),
    "market.txt": (
        "Fish market opens early\n\n"
        "The fish market opened early on Friday as the boats came in with a record catch of "
        'herring. "Prices are fair," said Tobias Crane, a trader.'
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("name_readings")), ARTICLES)


def test_two_given_names_joined_by_and_are_not_read_as_one_name(index: Index) -> None:
    # it had read "tobias marisol", a name no article writes, and found nothing
    result = answer(index, "do most voters support tobias and marisol marrying")
    assert result.found
    assert result.passages[0].article.path == "wedding.txt"


def test_a_nationality_typed_with_a_capital_is_answered_by_its_country(index: Index) -> None:
    # "Japanese" is no name the passages must write: "Japan's exports" answers it
    result = answer(index, "how much did Japanese steel exports rise in the first quarter")
    assert result.found
    assert result.passages[0].article.path == "exports.txt"
    assert "Japan's exports of steel rose 6%" in result.passages[0].passage.text


def test_a_nationality_noun_typed_with_a_capital_is_no_name(index: Index) -> None:
    # "Brit" is who buys, not a name the passages must write: "every Briton buys" answers it
    result = answer(index, "how many paperbacks does the average Brit buy a year")
    assert result.found
    assert "every Briton buys nine paperbacks" in result.passages[0].passage.text


def test_a_name_written_only_where_a_sentence_opens_is_still_a_name(index: Index) -> None:
    # "Rosalind" opens its only sentence: the storm's passage lacking it is no answer
    result = answer(index, "hurricane rosalind cost")
    assert not result.found
    assert "rosalind" in result.lead


def test_a_word_typed_with_a_capital_the_articles_write_in_lower_case_is_a_word(
    index: Index,
) -> None:
    # "Franc" was a name only "France" wrote with a capital (one stem): the race, or nothing
    result = answer(index, "until when can old Franc notes be changed")
    assert result.found
    assert result.passages[0].article.path == "notes.txt"


def test_le_alone_is_no_name(index: Index) -> None:
    # "Le" was a name no passage wrote beside "Amadou Sarr" ("Le Mans" writes it)
    result = answer(index, "why is Amadou Sarr called 'Le professeur'?")
    assert result.found
    assert result.passages[0].article.path == "notes.txt"


def test_a_name_misspelt_as_another_name_is_read_as_the_name_the_articles_write(
    index: Index,
) -> None:
    # "Brand" is Marta Brand's: "Ilse Brand" was two names no passage wrote together
    result = answer(index, "Ilse Brand comeback")
    assert result.found
    assert result.passages[0].article.path == "hurdles.txt"
    assert "(no article names “Ilse Brand”)" in result.lead


def test_two_people_named_in_one_sentence_do_not_answer_what_is_asked_of_them(
    index: Index,
) -> None:
    # a duet with her husband says nothing of their divorce (her first marriage's is no
    # sentence about them)
    result = answer(index, "did lena marsh and victor orlov get divorced")
    assert not result.found
    assert "divorced" in result.lead


def test_a_person_and_an_event_in_one_sentence_answer_in_the_story_s_words(index: Index) -> None:
    # "knocked out" is not written, "lost in the quarter-finals" is: the event is where
    result = answer(index, "was Victor Salas knocked out at the Porthmere Open")
    assert result.found
    assert result.passages[0].article.path == "tennis.txt"
